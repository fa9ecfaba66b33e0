import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDomainError } from '../../../shared/domain/errors';
import type { Suggestion } from '../../../shared/solver/types';
import { useErrorText } from '../../components/useErrorText';
import type { BalanceUndoRow } from '../../db/database';
import { applySuggestions, forgetLastBalance, getLastBalance, undoLastBalance } from '../../db/repositories/balance';
import { useDb } from '../../db/useDb';

export interface Feedback {
  severity: 'success' | 'info' | 'error';
  text: string;
  /** An undo refused because records changed since: the clerk may drop it instead. */
  canForget?: boolean;
}

const UNDO_REFUSALS = new Set(['errors.balanceUndoChanged', 'errors.balanceUndoDuplicate']);

function counts(entry: BalanceUndoRow) {
  return { moves: entry.moved.length, adds: entry.created.length, total: entry.moved.length + entry.created.length };
}

/** Accept, undo and drop-undo, each one repository transaction, with a sentence about the outcome. */
export function useBalanceActions() {
  const db = useDb();
  const { t } = useTranslation('balance');
  const errorText = useErrorText();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [busy, setBusy] = useState(false);
  const lastBalance = useLiveQuery(() => getLastBalance(db), [db]);

  const act = useCallback(
    async (action: () => Promise<Feedback>, onError: (error: unknown) => Feedback) => {
      setBusy(true);
      try {
        setFeedback(await action());
      } catch (error) {
        setFeedback(onError(error));
      } finally {
        setBusy(false);
      }
    },
    [],
  );
  const failed = useCallback((error: unknown): Feedback => ({ severity: 'error', text: errorText(error) }), [errorText]);

  const accept = useCallback(
    (suggestions: Suggestion[], year: number) =>
      act(async () => {
        const entry = await applySuggestions(db, suggestions, year);
        return { severity: 'success', text: t('accept.done', counts(entry)) };
      }, failed),
    [act, db, t, failed],
  );

  const undo = useCallback(
    () =>
      act(
        async () => {
          const entry = await undoLastBalance(db);
          return { severity: 'success', text: t('undo.done', counts(entry)) };
        },
        (error) => ({ ...failed(error), canForget: isDomainError(error) && UNDO_REFUSALS.has(error.code) }),
      ),
    [act, db, t, failed],
  );

  const forget = useCallback(
    () =>
      act(async () => {
        await forgetLastBalance(db);
        return { severity: 'info', text: t('undo.forgotten') };
      }, failed),
    [act, db, t, failed],
  );

  const dismiss = useCallback(() => setFeedback(null), []);
  return { lastBalance, feedback, busy, accept, undo, forget, dismiss };
}
