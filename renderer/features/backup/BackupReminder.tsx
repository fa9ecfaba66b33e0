import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@mui/material';
import { isBackupOverdue } from '../../../shared/backup/display';
import { useDb } from '../../db/useDb';
import { usePlatform } from '../../platform/usePlatform';
import { startAutoBackups } from './backup-actions';
import { useBackupActions } from './useBackupActions';
import { useBackupState } from './useBackupState';

/**
 * Mounted once in the app shell. Desktop: starts the automatic backups (daily, on quit). Web,
 * where nothing backs up by itself: a banner when the last backup is older than 7 days (or
 * there never was one), with the button to back up now.
 */
export function BackupReminder() {
  const { t } = useTranslation('backup');
  const db = useDb();
  const platform = usePlatform();
  const state = useBackupState();
  const actions = useBackupActions();
  const [now] = useState(() => new Date());

  useEffect(() => startAutoBackups(db, platform), [db, platform]);

  if (platform.backups || !state || !isBackupOverdue(state.lastBackupAt, now, state.hasData)) {
    return actions.notice?.severity === 'error' ? <Alert severity="error" sx={{ mb: 2 }}>{actions.notice.text}</Alert> : null;
  }
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2 }}
      data-testid="backup-reminder"
      action={
        <Button color="inherit" size="small" disabled={actions.busy} onClick={() => void actions.saveNow()} data-testid="backup-reminder-now">
          {t('backupNow')}
        </Button>
      }
    >
      {state.lastBackupAt ? t('reminder') : t('reminderNever')}
    </Alert>
  );
}
