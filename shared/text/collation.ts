/**
 * Vietnamese sort order. ICU's "vi" collation treats ă, â, đ, ê, ô, ơ, ư as letters of
 * their own (so "Đ" sorts after "D") and tones as secondary differences (so "Ánh" sorts
 * right after "Anh", before "Bình"). Sensitivity stays "variant": with "base", "Anh" and
 * "Ánh" would compare equal and their order would depend on the input order.
 * numeric: "Thôn 2" before "Thôn 10".
 */
import { normalizeText } from './normalize';

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

export function compareVi(a: string, b: string): number {
  return collator.compare(normalizeText(a), normalizeText(b));
}

/** A sorted copy; each key is computed and normalized once (lists reach 15,000 cells). */
export function sortVi<T>(items: readonly T[], key: (t: T) => string): T[] {
  const keyed = items.map((item, index) => ({ item, index, k: normalizeText(key(item)) }));
  // Ties keep input order, so equal names do not shuffle between renders.
  keyed.sort((x, y) => collator.compare(x.k, y.k) || x.index - y.index);
  return keyed.map((e) => e.item);
}

/** For callers that sort by several keys: compare already-normalized strings. */
export function compareNormalizedVi(a: string, b: string): number {
  return collator.compare(a, b);
}
