import UndoIcon from '@mui/icons-material/Undo';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateVi } from '../../../shared/domain/labels-vi';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { BalanceUndoRow } from '../../db/database';

export interface UndoBarProps {
  entry: BalanceUndoRow;
  busy: boolean;
  onUndo: () => void;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "15/03/2025" and "14:05", local time, whatever the UI language (dates are dd/mm/yyyy). */
export function whenApplied(iso: string): { date: string; time: string } {
  const d = new Date(iso);
  return {
    date: formatDateVi({ day: d.getDate(), month: d.getMonth() + 1, year: d.getFullYear() }),
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

/** The last accepted balancing and the way back, asked once more before anything is deleted. */
export function UndoBar({ entry, busy, onUndo }: UndoBarProps) {
  const { t } = useTranslation('balance');
  const [confirming, setConfirming] = useState(false);
  const values = { ...whenApplied(entry.appliedAt), year: entry.year, moves: entry.moved.length, adds: entry.created.length };
  return (
    <>
      <Alert
        severity="info"
        icon={<UndoIcon />}
        data-testid="balance-last"
        action={
          <Button color="inherit" size="small" onClick={() => setConfirming(true)} disabled={busy} data-testid="balance-undo">
            {t('undo.button')}
          </Button>
        }
      >
        {t('undo.last', values)}
      </Alert>
      <ConfirmDialog
        open={confirming}
        title={t('undo.confirmTitle')}
        message={t('undo.confirmMessage', values)}
        confirmLabel={t('undo.confirm')}
        destructive
        busy={busy}
        onConfirm={() => {
          setConfirming(false);
          onUndo();
        }}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
