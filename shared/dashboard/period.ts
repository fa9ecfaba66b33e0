/**
 * The dashboard's periods as calendar spans: which days a meeting must fall on to count,
 * which quarters the meetings chart has a bar for, and how the period reads in Vietnamese
 * (titles, the print view, file names). Registrations do not use the days: they count by
 * the synthesis's rules (shared/synthesis/scope countsInScope).
 */
import { QUARTERS, type Quarter } from '../domain/types';
import { isoFromParts } from '../meetings/iso-date';
import { scopeYears } from '../synthesis/scope';
import type { DashboardPeriod } from './types';

export interface QuarterOfYear {
  year: number;
  quarter: Quarter;
}

const ROMAN: Record<Quarter, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };
/** Day of month of each quarter's last day (31 March, 30 June, 30 September, 31 December). */
const QUARTER_LAST_DAY: Record<Quarter, number> = { 1: 31, 2: 30, 3: 30, 4: 31 };

/** First and last day of the period, both included, as "yyyy-mm-dd". */
export function periodDateRange(p: DashboardPeriod): { from: string; to: string } {
  switch (p.kind) {
    case 'year':
      return { from: isoFromParts(p.year, 1, 1), to: isoFromParts(p.year, 12, 31) };
    case 'quarter':
      return { from: isoFromParts(p.year, (p.quarter - 1) * 3 + 1, 1), to: isoFromParts(p.year, p.quarter * 3, QUARTER_LAST_DAY[p.quarter]) };
    case 'term':
      return { from: isoFromParts(p.startYear, 1, 1), to: isoFromParts(p.endYear, 12, 31) };
  }
}

/** The quarters the period spans, in order: four for a year, one for a quarter, four per year of a term. */
export function periodQuarters(p: DashboardPeriod): QuarterOfYear[] {
  if (p.kind === 'quarter') return [{ year: p.year, quarter: p.quarter }];
  return scopeYears(p).flatMap((year) => QUARTERS.map((quarter) => ({ year, quarter })));
}

/** "Năm 2025", "Quý III năm 2025", "Nhiệm kỳ 2025 – 2030". */
export function periodLabelVi(p: DashboardPeriod): string {
  switch (p.kind) {
    case 'year':
      return `Năm ${p.year}`;
    case 'quarter':
      return `Quý ${ROMAN[p.quarter]} năm ${p.year}`;
    case 'term':
      return `Nhiệm kỳ ${p.startYear} – ${p.endYear}`;
  }
}
