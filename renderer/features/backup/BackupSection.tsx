import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paper, Stack, Typography } from '@mui/material';
import BackupIcon from '@mui/icons-material/Backup';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import RestoreIcon from '@mui/icons-material/Restore';
import { formatBackupTime } from '../../../shared/backup/display';
import { errorMessage } from '../../i18n/errors';
import { usePlatform } from '../../platform/usePlatform';
import { RestoreConfirmDialog } from './RestoreConfirmDialog';
import { useBackupActions } from './useBackupActions';
import { useBackupState } from './useBackupState';

/** Settings: back up now, restore from a file, and (desktop) open the automatic backups folder. */
export function BackupSection() {
  const { t } = useTranslation('backup');
  const platform = usePlatform();
  const state = useBackupState();
  const actions = useBackupActions();
  const [folderError, setFolderError] = useState<string>();
  const last = state?.lastBackupAt;

  const openFolder = () => {
    setFolderError(undefined);
    platform.backups?.openFolder().catch((error: unknown) => setFolderError(errorMessage(t, error)));
  };

  return (
    <Paper sx={{ p: 3 }} data-testid="backup-section">
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>{t('heading')}</Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>{t('help')}</Typography>
      {platform.backups && <Typography variant="body2" sx={{ mb: 1 }}>{t('helpDesktop')}</Typography>}
      <Typography variant="body2" sx={{ mb: 2 }} data-testid="last-backup">
        {last ? t('lastBackup', { time: formatBackupTime(last) }) : t('never')}
      </Typography>
      {actions.notice && <Alert severity={actions.notice.severity} sx={{ mb: 2 }} data-testid="backup-notice">{actions.notice.text}</Alert>}
      {folderError && <Alert severity="error" sx={{ mb: 2 }}>{folderError}</Alert>}
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button variant="contained" startIcon={<BackupIcon />} disabled={actions.busy} onClick={() => void actions.saveNow()} data-testid="backup-now">
          {t('backupNow')}
        </Button>
        <Button variant="outlined" startIcon={<RestoreIcon />} disabled={actions.busy} onClick={() => void actions.pickFile()} data-testid="backup-restore">
          {t('restore')}
        </Button>
        {platform.backups && (
          <Button variant="text" startIcon={<FolderOpenIcon />} onClick={openFolder} data-testid="backup-open-folder">
            {t('openFolder')}
          </Button>
        )}
      </Stack>
      <RestoreConfirmDialog
        pending={actions.pending}
        desktop={platform.backups !== undefined}
        busy={actions.busy}
        onConfirm={() => void actions.confirmRestore()}
        onCancel={actions.cancelRestore}
      />
    </Paper>
  );
}
