import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditRow } from '../../db/audit-types';
import { findUndoTarget, undoLast } from '../../db/audit-undo';
import { useDb } from '../../db/useDb';
import { undoErrorMessage } from './undo-text';

export interface UndoLastState {
  /** The entry "Hoàn tác thao tác cuối" would take back; null when there is none, undefined while loading. */
  target: AuditRow | null | undefined;
  confirming: boolean;
  busy: boolean;
  message?: { severity: 'success' | 'error'; text: string };
  ask: () => void;
  cancel: () => void;
  confirm: () => Promise<void>;
}

/** Undo of the log's latest undoable entry, behind a confirmation that names it. */
export function useUndoLast(): UndoLastState {
  const { t } = useTranslation('audit');
  const db = useDb();
  const target = useLiveQuery(async () => (await findUndoTarget(db)) ?? null, [db]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<UndoLastState['message']>();

  const confirm = async () => {
    if (!target?.id) return;
    setBusy(true);
    try {
      // The entry the clerk confirmed, not whatever is latest by now.
      const undone = await undoLast(db, target.id);
      setMessage({ severity: 'success', text: t('undo.done', { summary: undone.summary }) });
    } catch (error) {
      setMessage({ severity: 'error', text: undoErrorMessage(t, error) });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return {
    target,
    confirming,
    busy,
    message,
    ask: () => {
      setMessage(undefined);
      setConfirming(true);
    },
    cancel: () => setConfirming(false),
    confirm,
  };
}
