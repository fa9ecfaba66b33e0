import type { TFunction } from 'i18next';
import { isDomainError } from '../../shared/domain/errors';
import { isQuotaExceededError, STORAGE_FULL_CODE } from '../db/storage-errors';

/** A message for anything a repository or platform call threw, in the UI language. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (isDomainError(error)) {
    const params: Record<string, string | number> = { ...error.params };
    // An invalid-input error carries a validation key as its detail: translate it too.
    if (typeof params.message === 'string' && params.message.startsWith('validation.')) {
      params.message = t(`common:${params.message}`);
    }
    return t(`common:${error.code}`, params);
  }
  // A full disk surfaces from any save (a dialog, the settings, a restore) as a raw browser error.
  if (isQuotaExceededError(error)) return t(`common:${STORAGE_FULL_CODE}`);
  const message = error instanceof Error ? error.message : String(error);
  return t('common:errors.unexpected', { message });
}
