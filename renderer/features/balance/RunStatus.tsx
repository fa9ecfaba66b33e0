import { useTranslation } from 'react-i18next';
import { JobStatus } from '../../components/JobStatus';
import type { RunStatus as RunState } from './useBalanceRun';

export interface RunStatusProps {
  state: RunState;
  onCancel: () => void;
}

/** Progress with a way out while the solver runs, then a word if it did not finish. */
export function RunStatus({ state, onCancel }: RunStatusProps) {
  const { t } = useTranslation('balance');
  return (
    <JobStatus
      state={state}
      onCancel={onCancel}
      labels={{ running: t('running'), cancel: t('cancel'), cancelled: t('cancelled') }}
      testIds={{ cancel: 'balance-cancel', result: 'balance-run-result' }}
    />
  );
}
