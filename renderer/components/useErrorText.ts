import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errors';

/** Turns a thrown repository error into a sentence for the clerk, in the UI language. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation('common');
  return useCallback((error: unknown) => errorMessage(t, error), [t]);
}
