import { useTranslation } from 'react-i18next';
import { Alert, Button, Stack, Typography } from '@mui/material';
import UndoIcon from '@mui/icons-material/Undo';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { undoConfirmText } from './undo-text';
import { useUndoLast } from './useUndoLast';

export type UndoLastButtonProps = Record<string, never>;

/**
 * "Hoàn tác thao tác cuối", with the confirmation naming what comes back. Self-contained, so
 * a page without the log (e.g. onboarding, right after "Xóa toàn bộ dữ liệu") can offer it too.
 */
export function UndoLastButton(_props: UndoLastButtonProps) {
  const { t } = useTranslation('audit');
  const undo = useUndoLast();
  const { target } = undo;
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Button variant="outlined" startIcon={<UndoIcon />} disabled={!target || undo.busy} onClick={undo.ask} data-testid="audit-undo-last">
        {t('undo.button')}
      </Button>
      {target === null && (
        <Typography variant="body2" color="text.secondary">
          {t('undo.nothing')}
        </Typography>
      )}
      {undo.message && (
        <Alert severity={undo.message.severity} data-testid="audit-undo-message">
          {undo.message.text}
        </Alert>
      )}
      {target && (
        <ConfirmDialog
          open={undo.confirming}
          title={t('undo.confirmTitle')}
          message={undoConfirmText(t, target).map((line) => (
            <span key={line} style={{ display: 'block' }}>
              {line}
            </span>
          ))}
          confirmLabel={t('undo.confirmButton')}
          destructive
          busy={undo.busy}
          onConfirm={() => void undo.confirm()}
          onCancel={undo.cancel}
        />
      )}
    </Stack>
  );
}
