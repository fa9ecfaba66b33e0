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
  // An edit the stored value has caught up with is no longer an edit. Dropping it here (during
  // render, React's "adjust state on prop change") rather than right after saving keeps the
  // saved text on screen until the live query delivers it, instead of flashing the old value.
  const settled = Object.keys(edits).filter((key) => sameValue(edits[key as keyof D], stored[key as keyof D]));
  if (settled.length > 0) {
    const rest = { ...edits };
    for (const key of settled) delete rest[key as keyof D];
    setEdits(rest);
  }
  const draft: D = { ...stored, ...edits };

  const submit = async () => {
    const result = check(draft);
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) return setFailure(t('hasErrors'));
    try {
      await save(result.value);
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
    dirty: Object.keys(edits).length > settled.length,
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

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
