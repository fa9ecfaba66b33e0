/** Numbers and periods as the charts write them (Vietnamese style whatever the UI language). */
import type { DashboardPeriod } from '../../../../shared/dashboard/types';
import type { Quarter } from '../../../../shared/domain/types';

const percentFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/** 0.255 → "25,5%". */
export function formatPercent(share: number): string {
  return percentFormat.format(share);
}

/** 0 when there is nothing to divide: "0 of 0" reads as nothing done, not as an error. */
export function shareOf(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

export const ROMAN_QUARTER: Record<Quarter, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };

/** The period in a file name, without diacritics: nam-2025, quy-3-2025, nhiem-ky-2025-2030. */
export function periodSlug(period: DashboardPeriod): string {
  switch (period.kind) {
    case 'year':
      return `nam-${period.year}`;
    case 'quarter':
      return `quy-${period.quarter}-${period.year}`;
    case 'term':
      return `nhiem-ky-${period.startYear}-${period.endYear}`;
  }
}
