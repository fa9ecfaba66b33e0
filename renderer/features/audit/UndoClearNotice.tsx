import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert } from '@mui/material';
import { findUndoTarget } from '../../db/audit-undo';
import { useDb } from '../../db/useDb';
import { UndoLastButton } from './UndoLastButton';

export type UndoClearNoticeProps = Record<string, never>;

/**
 * After "Xóa toàn bộ dữ liệu" the app is back at onboarding, where the log is out of reach:
 * this offers the way back there, and only when the latest undoable action is that clear.
 */
export function UndoClearNotice(_props: UndoClearNoticeProps) {
  const { t } = useTranslation('audit');
  const db = useDb();
  const target = useLiveQuery(async () => (await findUndoTarget(db)) ?? null, [db]);
  if (target?.action !== 'clear') return null;
  return (
    <Alert severity="info" sx={{ mb: 3 }} data-testid="undo-clear-notice" action={<UndoLastButton />}>
      {t('undo.afterClear')}
    </Alert>
  );
}
