import { useState } from 'react';
import { useErrorText } from './useErrorText';

export interface SaveAction {
  /** True from the start of a save until it fails; Save stays disabled so it cannot run twice. */
  saving: boolean;
  saveError: string | null;
  /**
   * Runs `save`, then closes the dialog. On failure the dialog stays open with the reason
   * shown, so the clerk's input is not lost and Save can be pressed again.
   */
  run: (save: () => Promise<unknown>) => Promise<void>;
}

/** The save half of every create/edit dialog. */
export function useSaveAction(onClose: () => void): SaveAction {
  const errorText = useErrorText();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  async function run(save: () => Promise<unknown>) {
    setSaving(true);
    try {
      await save();
      onClose();
    } catch (error) {
      setSaveError(errorText(error));
      setSaving(false);
    }
  }

  return { saving, saveError, run };
}
