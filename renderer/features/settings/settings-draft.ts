import type { CommitteeKind, Settings } from '../../../shared/domain/types';
import { DEFAULT_DOCUMENT_SYMBOL } from '../../../shared/domain/labels-vi';
import { fieldErrors, settingsSchema } from '../../../shared/domain/validation';

/** Settings as the form holds them: numbers and the recipient list as typed text. */
export type SettingsDraft = Omit<Settings, 'currentYear' | 'termStartYear' | 'termEndYear' | 'recipients'> & {
  currentYear: string;
  termStartYear: string;
  termEndYear: string;
  recipients: string;
};

const NUMBER_FIELDS = ['currentYear', 'termStartYear', 'termEndYear'] as const;

export function settingsToDraft(s: Settings): SettingsDraft {
  return {
    ...s,
    currentYear: String(s.currentYear),
    termStartYear: String(s.termStartYear),
    termEndYear: String(s.termEndYear),
    recipients: s.recipients.join('\n'),
  };
}

function toNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text.trim());
}

export type DraftResult = { ok: true; settings: Settings } | { ok: false; errors: Record<string, string> };

/** Validates the draft; on success the settings come back normalized. */
export function parseDraft(draft: SettingsDraft): DraftResult {
  const result = settingsSchema.safeParse({
    ...draft,
    currentYear: toNumber(draft.currentYear),
    termStartYear: toNumber(draft.termStartYear),
    termEndYear: toNumber(draft.termEndYear),
    recipients: draft.recipients.split(/\r?\n/),
  });
  if (result.success) return { ok: true, settings: result.data };
  const errors = fieldErrors(result);
  // An empty number box is "required", not "not a whole number".
  for (const field of NUMBER_FIELDS) if (draft[field].trim() === '') errors[field] = 'validation.required';
  return { ok: false, errors };
}

/**
 * Changing the kind changes the symbol too ("HU" → "TU"), unless the clerk had typed
 * their own symbol.
 */
export function withKind(draft: SettingsDraft, kind: CommitteeKind): SettingsDraft {
  const symbolIsDefault =
    draft.documentSymbol.trim() === '' || draft.documentSymbol === DEFAULT_DOCUMENT_SYMBOL[draft.committeeKind];
  return {
    ...draft,
    committeeKind: kind,
    documentSymbol: symbolIsDefault ? DEFAULT_DOCUMENT_SYMBOL[kind] : draft.documentSymbol,
  };
}
