/**
 * The heading of a "BIỂU TỔNG HỢP" on coverage, shared by the district's summary and the
 * province's: the same document type, subject and period line, only "(theo …)" differs.
 */
import { periodLabelVi } from '../dashboard/period';
import type { DashboardPeriod } from '../dashboard/types';
import type { DateParts } from '../domain/labels-vi';
import type { Settings } from '../domain/types';
import { buildPartyHeader } from './party-header';
import type { PartyHeader } from './layout';

/** "năm 2025", "quý III năm 2025", "nhiệm kỳ 2025 – 2030". */
export function periodInSentence(period: DashboardPeriod): string {
  const label = periodLabelVi(period);
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** `by`: how the sheet groups its rows, e.g. "theo loại hình tổ chức cơ sở đảng". */
export function coverageSummaryHeader(settings: Settings, period: DashboardPeriod, by: string, date: DateParts): PartyHeader {
  return buildPartyHeader(settings, {
    docCode: 'BC',
    documentType: 'BIỂU TỔNG HỢP',
    summary: ['tình hình cán bộ lãnh đạo tỉnh đăng ký và dự sinh hoạt chi bộ', `${periodInSentence(period)} (${by})`],
    date,
  });
}
