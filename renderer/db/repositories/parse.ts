import type { z } from 'zod';
import { DomainError } from '../../../shared/domain/errors';
import { fieldErrors } from '../../../shared/domain/validation';

/**
 * The forms validate first; this is the repositories' own guard, so nothing malformed
 * reaches the database whatever the caller did.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const [field = '', message = ''] = Object.entries(fieldErrors(result))[0] ?? [];
  throw new DomainError('errors.invalidInput', { field, message });
}
