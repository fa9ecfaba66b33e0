import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/errors';

/** A draft's check: the value to save, or a validation key per field. */
export type DraftCheck<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/**
 * The edit-then-save cycle both settings forms share. Only the clerk's edits are state, over
 * the live stored values: a change made elsewhere (the year in the top bar) shows in the
 * form unless the clerk is editing that very field.
 */
export function useDraftForm<D extends object, T>(stored: D, check: (draft: D) => DraftCheck<T>, save: (value: T) => Promise<void>) {
  const { t } = useTranslation('settings');
  const [edits, setEdits] = useState<Partial<D>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);
  const draft: D = { ...stored, ...edits };

  const submit = async () => {
    const result = check(draft);
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) return setFailure(t('hasErrors'));
    try {
      await save(result.value);
      setEdits({});
      setFailure(undefined);
      setSaved(true);
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  };

  return {
    draft,
    errors,
    failure,
    saved,
    dirty: Object.keys(edits).length > 0,
    change: (patch: Partial<D>) => setEdits((current) => ({ ...current, ...patch })),
    /** Replaces the edits wholesale (e.g. "back to the defaults"), clearing the messages. */
    replaceEdits: (next: Partial<D>) => {
      setEdits(next);
      setErrors({});
      setFailure(undefined);
    },
    submit,
    closeSaved: () => setSaved(false),
  };
}
