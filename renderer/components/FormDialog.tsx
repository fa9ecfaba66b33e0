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
import type { SaveAction } from './useSaveAction';

export interface FormDialogProps {
  title: string;
  onClose: () => void;
  /** Called on Save or Enter; the browser's own form submission is already prevented. */
  onSubmit: () => void | Promise<void>;
  /** The dialog's `useSaveAction`: disables Save while saving and shows why a save failed. */
  save: SaveAction;
  /** The fields, stacked under the save error. */
  children: ReactNode;
  /** Lets end-to-end tests find this dialog among several open ones. */
  testId?: string;
}

/** The shell of every create/edit dialog: title, fields, save error, Cancel and Save. */
export function FormDialog({ title, onClose, onSubmit, save, children, testId }: FormDialogProps) {
  const { t } = useTranslation('common');

  function submit(event: FormEvent) {
    event.preventDefault();
    // A dialog opened from inside another dialog's form must not submit that one too.
    event.stopPropagation();
    void onSubmit();
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid={testId}>
      {/* noValidate: the zod messages under the fields replace the browser's own bubbles. */}
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
