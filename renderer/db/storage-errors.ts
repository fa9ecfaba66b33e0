/**
 * Recognises "the disk (or the browser's storage quota) is full", however it reaches us:
 * IndexedDB raises a DOMException named QuotaExceededError; Dexie maps it to its own
 * `Dexie.QuotaExceededError` (the original as `inner`), wraps it in an AbortError when the
 * whole transaction aborts, and lists it among a BulkError's failures. The clerk should read
 * one plain sentence for all of them, not "Có lỗi ngoài dự kiến: AbortError …".
 */
import { DomainError } from '../../shared/domain/errors';

/** DOMException's name; Dexie's class has the same name. Firefox's localStorage used the other. */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** Wrappers are shallow in practice; the bound only guards against a cycle. */
const MAX_DEPTH = 6;

export const STORAGE_FULL_CODE = 'errors.storageFull';

function causesOf(error: object): unknown[] {
  const record = error as { inner?: unknown; cause?: unknown; failures?: unknown; failuresByPos?: unknown };
  const found: unknown[] = [record.inner, record.cause];
  if (Array.isArray(record.failures)) found.push(...(record.failures as unknown[]));
  if (record.failuresByPos && typeof record.failuresByPos === 'object') found.push(...Object.values(record.failuresByPos));
  return found.filter((cause) => cause !== undefined && cause !== null);
}

/** True when `error`, or anything it wraps, says the storage quota is exhausted. */
export function isQuotaExceededError(error: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH || typeof error !== 'object' || error === null) return false;
  const { name } = error as { name?: unknown };
  if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
  return causesOf(error).some((cause) => isQuotaExceededError(cause, depth + 1));
}

/** The error to throw instead, so every screen shows the same Vietnamese explanation. */
export function storageFullError(): DomainError {
  return new DomainError(STORAGE_FULL_CODE);
}
