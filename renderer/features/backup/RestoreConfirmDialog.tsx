import { useTranslation } from 'react-i18next';
import { Box, Typography } from '@mui/material';
import { formatBackupTime, totalRecords } from '../../../shared/backup/display';
import { BACKUP_TABLES, type BackupTable, type VerifiedBackup } from '../../../shared/backup/format';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatCount } from '../../components/format';

export type RestoreConfirmDialogProps = {
  /** The checked file and its name; the dialog is open while it is set. */
  pending: { name: string; verified: VerifiedBackup } | undefined;
  desktop: boolean;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Each count with Vietnamese thousands separators, and the total of what a restore puts back. */
function countTexts(counts: Partial<Record<BackupTable, number>>): Record<string, string> {
  const texts: Record<string, string> = { total: formatCount(totalRecords(counts)) };
  for (const table of BACKUP_TABLES) texts[table] = formatCount(counts[table] ?? 0);
  return texts;
}

/** Says what the file holds before it replaces everything: its date, app version and counts. */
export function RestoreConfirmDialog({ pending, desktop, busy, onConfirm, onCancel }: RestoreConfirmDialogProps) {
  const { t } = useTranslation('backup');
  const counts = pending?.verified.counts;
  const message = pending && counts && (
    <Box data-testid="restore-summary">
      <Typography variant="body2" gutterBottom>{t('confirmIntro', { name: pending.name })}</Typography>
      <Typography variant="body2">{t('confirmCreatedAt', { time: formatBackupTime(pending.verified.manifest.createdAt) })}</Typography>
      <Typography variant="body2">{t('confirmAppVersion', { version: pending.verified.manifest.appVersion })}</Typography>
      <Typography variant="body2" gutterBottom>{t('confirmCounts', countTexts(counts))}</Typography>
      <Typography variant="body2">{desktop ? t('confirmSafetyDesktop') : t('confirmSafetyWeb')}</Typography>
    </Box>
  );
  return (
    <ConfirmDialog
      open={pending !== undefined}
      title={t('confirmTitle')}
      message={message ?? ''}
      confirmLabel={t('confirmButton')}
      destructive
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
