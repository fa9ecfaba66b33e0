/**
 * A broken domain rule, raised by the repositories and shown to the clerk.
 * `code` is an i18n key in the 'common' namespace and `params` its interpolation
 * values, so the message is translated where it is shown, not where it is raised.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
