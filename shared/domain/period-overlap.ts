import type { RegistrationPeriod } from './types';
import { periodYears } from './period';

/**
 * Whether two registration periods can mean the same meetings. A term, or a year with
 * no quarters given ("chưa xác định"), may cover any quarter of its years, so it overlaps
 * every period sharing a year; two year periods with quarters overlap only on a common quarter.
 */
export function periodsOverlap(a: RegistrationPeriod, b: RegistrationPeriod): boolean {
  const yearsB = new Set(periodYears(b));
  if (!periodYears(a).some((y) => yearsB.has(y))) return false;
  if (a.kind === 'term' || b.kind === 'term') return true;
  if (a.quarters.length === 0 || b.quarters.length === 0) return true;
  return a.quarters.some((q) => b.quarters.includes(q));
}
