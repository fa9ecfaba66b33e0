import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, Button, Paper, Typography } from '@mui/material';
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorMessage } from '../../i18n/errors';
import { clearAllData } from '../../db/repositories/sample';
import { useDb } from '../../db/useDb';

/** "Xóa toàn bộ dữ liệu": the confirmation says exactly how much goes. */
export function DangerZone() {
  const { t } = useTranslation('settings');
  const db = useDb();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const counts = useLiveQuery(
    async () => ({
      orgs: await db.orgs.count(),
      cells: await db.cells.count(),
      officials: await db.officials.count(),
      registrations: await db.registrations.count(),
    }),
    [db],
  );

  const onConfirm = async () => {
    setBusy(true);
    try {
      // Once settings are gone the app itself switches to the onboarding screen.
      await clearAllData(db);
    } catch (error) {
      setFailure(errorMessage(t, error));
      setBusy(false);
      setOpen(false);
    }
  };

  return (
    <Paper sx={{ p: 3, borderColor: 'error.main', borderWidth: 1, borderStyle: 'solid' }}>
      <Typography variant="h6" component="h2" color="error" sx={{ mb: 1 }}>
        {t('danger.heading')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>{t('danger.help')}</Typography>
      {failure && <Alert severity="error" sx={{ mb: 2 }}>{failure}</Alert>}
      <Button variant="outlined" color="error" startIcon={<DeleteForeverIcon />} onClick={() => setOpen(true)} data-testid="clear-all-data">
        {t('danger.button')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('danger.confirmTitle')}
        message={t('danger.confirmMessage', counts ?? { orgs: 0, cells: 0, officials: 0, registrations: 0 })}
        confirmLabel={t('danger.confirmButton')}
        destructive
        busy={busy}
        onConfirm={() => void onConfirm()}
        onCancel={() => setOpen(false)}
      />
    </Paper>
  );
}
