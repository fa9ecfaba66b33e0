import BalanceIcon from '@mui/icons-material/Balance';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crowdingThreshold } from '../../../shared/domain/rules';
import type { Settings } from '../../../shared/domain/types';
import { formatCount } from '../../components/format';
import { PageYearSelect } from '../../components/PageYearSelect';
import { SettingsGate } from '../../components/SettingsGate';
import { usePageYear } from '../../components/usePageYear';
import { startWorkerBalanceJob, type StartBalanceJob } from './balance-job';
import { balanceRows } from './balance-rows';
import { RunStatus } from './RunStatus';
import { SuggestionsPanel } from './SuggestionsPanel';
import { UndoBar } from './UndoBar';
import { useBalanceActions, type Feedback } from './useBalanceActions';
import { useBalanceData } from './useBalanceData';
import { useBalanceRun } from './useBalanceRun';

export interface BalancePageProps {
  /** Tests run the solver in-process; the app uses a Web Worker. */
  startJob?: StartBalanceJob;
}

/**
 * "Cân đối đăng ký": the solver proposes the fewest changes so no cell is left without a
 * registrant while others are crowded; the clerk reviews them as a diff, accepts them in one
 * transaction, and can undo the last acceptance.
 */
export function BalancePage({ startJob = startWorkerBalanceJob }: BalancePageProps) {
  return <SettingsGate>{(settings) => <BalanceView settings={settings} startJob={startJob} />}</SettingsGate>;
}

function BalanceView({ settings, startJob }: { settings: Settings; startJob: StartBalanceJob }) {
  const { t } = useTranslation('balance');
  const [year, setYear] = usePageYear(settings);
  const [allowOutsideArea, setAllowOutsideArea] = useState(false);
  const threshold = crowdingThreshold(settings.rules);
  const data = useBalanceData(year, threshold);
  const { status, run, start, cancel } = useBalanceRun(startJob);
  const actions = useBalanceActions();
  // An answer for another year is not shown: its rows would not match this year's records.
  const shown = run && run.year === year ? run : null;
  const rows = useMemo(() => (shown && data ? balanceRows(shown.result.suggestions, data, shown.year) : []), [shown, data]);

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {t('title')} — {year}
        </Typography>
        <PageYearSelect label={t('year')} settings={settings} year={year} onChange={setYear} data-testid="balance-year" />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {t('description')}
      </Typography>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack spacing={1.5}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
            <FormControlLabel
              sx={{ flexGrow: 1 }}
              control={
<Checkbox checked={allowOutsideArea} onChange={(event) => setAllowOutsideArea(event.target.checked)} />
              }
              label={t('allowOutsideArea')}
            />
            <Button
              variant="contained"
              startIcon={<BalanceIcon />}
              disabled={status.status === 'running' || actions.busy}
              onClick={() => void start(year, allowOutsideArea)}
              data-testid="balance-run"
            >
              {t('run')}
            </Button>
          </Stack>
          <RunStatus state={status} onCancel={cancel} />
        </Stack>
      </Paper>
      {data ? (
        <Typography data-testid="balance-current">
          {t('current', {
            year,
            covered: formatCount(data.coverage.coveredCells),
            cells: formatCount(data.coverage.totalCells),
            crowded: formatCount(data.coverage.crowdedCells),
            threshold,
          })}
        </Typography>
      ) : (
        <LinearProgress aria-label={t('common:loading')} />
      )}
      {actions.lastBalance && <UndoBar entry={actions.lastBalance} busy={actions.busy} onUndo={() => void actions.undo()} />}
      {actions.feedback && <FeedbackAlert feedback={actions.feedback} onForget={() => void actions.forget()} onClose={actions.dismiss} />}
      {shown && data && (
        <SuggestionsPanel
          key={shown.id}
          run={shown}
          rows={rows}
          busy={actions.busy}
          onAccept={(suggestions) => void actions.accept(suggestions, shown.year)}
        />
      )}
    </Stack>
  );
}

function FeedbackAlert({ feedback, onForget, onClose }: { feedback: Feedback; onForget: () => void; onClose: () => void }) {
  const { t } = useTranslation('balance');
  return (
    <Alert
      severity={feedback.severity}
      onClose={onClose}
      data-testid="balance-feedback"
      action={
        feedback.canForget ? (
          <Button color="inherit" size="small" onClick={onForget}>
            {t('undo.forget')}
          </Button>
        ) : undefined
      }
    >
      {feedback.text}
    </Alert>
  );
}

export default BalancePage;
