import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveAction } from '../../components/useSaveAction';

export interface FormDialogWithIdProps {
  title: string;
  /** The end-to-end tests find the dialog by it (the shared FormDialog takes none). */
  testId: string;
  onClose: () => void;
  onSubmit: () => void | Promise<void>;
  save: SaveAction;
  children: ReactNode;
}

/** The shared FormDialog's layout (title, save error, fields, Hủy / Lưu), with a test id. */
export function FormDialogWithId({ title, testId, onClose, onSubmit, save, children }: FormDialogWithIdProps) {
  const { t } = useTranslation('common');

  function submit(event: FormEvent) {
    event.preventDefault();
    // A form inside another dialog's form must not submit that one too.
    event.stopPropagation();
    void onSubmit();
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid={testId}>
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {save.saveError && <Alert severity="error">{save.saveError}</Alert>}
            {children}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={save.saving}>
            {t('actions.save')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
