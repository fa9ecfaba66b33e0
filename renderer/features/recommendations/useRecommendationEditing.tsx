import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../shared/domain/meetings';
import { useConfirmDelete } from '../../components/useConfirmDelete';
import { deleteRecommendation } from '../../db/repositories/recommendations';
import { useDb } from '../../db/useDb';
import { RecommendationDialog } from './RecommendationDialog';

export interface RecommendationEditing {
  /** Opens the form: a recommendation to edit, or a meeting id to add one to. */
  edit: (recommendation: Recommendation) => void;
  add: (meetingId: string) => void;
  remove: (recommendation: Recommendation) => void;
  /** The open form and the delete confirmation; render them once. */
  dialogs: ReactNode;
  errorAlert: ReactNode;
}

type Editing = { meetingId: string; recommendation: Recommendation | null } | null;

/** Add, edit and delete, the same from a meeting and from the list of every recommendation. */
export function useRecommendationEditing(): RecommendationEditing {
  const { t } = useTranslation('recommendations');
  const db = useDb();
  const [editing, setEditing] = useState<Editing>(null);
  const deletion = useConfirmDelete();
  const { ask } = deletion;

  const edit = useCallback((recommendation: Recommendation) => setEditing({ meetingId: recommendation.meetingId, recommendation }), []);
  const add = useCallback((meetingId: string) => setEditing({ meetingId, recommendation: null }), []);
  const remove = useCallback(
    (recommendation: Recommendation) =>
      ask(async () => ({
        title: t('deleteDialog.title'),
        message: t('deleteDialog.message', { content: recommendation.content, steps: recommendation.history.length }),
        run: () => deleteRecommendation(db, recommendation.id),
      })),
    [ask, db, t],
  );

  const dialogs = (
    <>
      {editing && (
        <RecommendationDialog meetingId={editing.meetingId} recommendation={editing.recommendation} onClose={() => setEditing(null)} />
      )}
      {deletion.dialog}
    </>
  );
  return { edit, add, remove, dialogs, errorAlert: deletion.errorAlert };
}
