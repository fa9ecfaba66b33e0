/**
 * Number fields are typed as text; an empty or garbled field becomes `undefined` / NaN so
 * the zod schema reports it with its own message instead of silently storing 0.
 */
export function parseWholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}
