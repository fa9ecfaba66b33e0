import Alert from '@mui/material/Alert';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';
import { useErrorText } from './useErrorText';

export interface PendingDelete {
  title: string;
  /** Says what else goes with the record, so the clerk knows what "Xóa" costs. */
  message: string;
  run: () => Promise<void>;
}

export interface ConfirmDelete {
  /** Works out the consequences (which may need the database), then asks. */
  ask: (prepare: () => Promise<PendingDelete>) => void;
  dialog: ReactNode;
  /** Why the last delete failed, dismissible; nothing while there is no failure. */
  errorAlert: ReactNode;
}

/** The delete flow every list shares: count what goes with it, confirm, delete, report failures. */
export function useConfirmDelete(): ConfirmDelete {
  const { t } = useTranslation('common');
  const errorText = useErrorText();
  const [pending, setPending] = useState<PendingDelete | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const ask = useCallback(
    (prepare: () => Promise<PendingDelete>) => {
      setError(null);
      prepare().then(setPending, (e: unknown) => setError(errorText(e)));
    },
    [errorText],
  );

  const confirm = useCallback(() => {
    if (!pending) return;
    setBusy(true);
    pending
      .run()
      .catch((e: unknown) => setError(errorText(e)))
      .finally(() => {
        setBusy(false);
        setPending(null);
      });
  }, [pending, errorText]);

  const dialog = (
    <ConfirmDialog
      open={pending !== null}
      title={pending?.title ?? ''}
      message={pending?.message ?? ''}
      confirmLabel={t('actions.delete')}
      destructive
      busy={busy}
      onConfirm={confirm}
      onCancel={() => setPending(null)}
    />
  );
  const errorAlert = error && (
    <Alert severity="error" onClose={() => setError(null)}>
      {error}
    </Alert>
  );
  return { ask, dialog, errorAlert };
}
