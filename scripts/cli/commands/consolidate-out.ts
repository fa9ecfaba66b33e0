/**
 * `consolidate --out tinh.xlsx`: the province-wide BIỂU TỔNG HỢP (shared/report/
 * province-summary-report.ts) written as the province's app would, under the header of the
 * provincial Organization Board of the districts' superior body (the CLI has no settings).
 */
import type { DateParts } from '../../../shared/domain/labels-vi';
import { DEFAULT_PLAN_RULES } from '../../../shared/domain/rules';
import type { Settings } from '../../../shared/domain/types';
import { isIsoDate, monthOf, parseViDate, todayIso, yearOf } from '../../../shared/meetings/iso-date';
import { buildProvinceSummaryReport } from '../../../shared/report/province-summary-report';
import type { ProvinceOverview } from '../../../shared/submission/province-overview';
import { writeReportWorkbook } from '../../../shared/xlsx/write-report';
import { writeOutFile } from '../write-out';

/** "Đảng bộ tỉnh Nghệ An" → the Organization Board of that province, in Nghệ An. */
export function provinceSettings(superiorBody: string, year: number): Settings {
  const body = superiorBody.trim() || 'Đảng bộ tỉnh';
  const place = body.replace(/^đảng bộ (tỉnh|thành phố)\s*/iu, '').trim() || body;
  return {
    committeeName: 'Ban Tổ chức Tỉnh ủy',
    // Not printed by the province report; Settings needs one of the district kinds.
    committeeKind: 'huyen_uy',
    superiorBody: body,
    documentSymbol: 'BTCTU',
    place,
    currentYear: year,
    termStartYear: year,
    termEndYear: year + 5,
    signerOnBehalf: 'K/T TRƯỞNG BAN',
    signerPosition: 'PHÓ TRƯỞNG BAN',
    signerName: '',
    recipients: ['Thường trực Tỉnh ủy (để báo cáo)', 'Lưu Ban Tổ chức Tỉnh ủy'],
    language: 'vi',
    mode: 'province',
    rules: { ...DEFAULT_PLAN_RULES },
  };
}

/** --date as dd/mm/yyyy or yyyy-mm-dd (today when left out), to ISO; null when it is not a day. */
export function reportDay(value: string | undefined): string | null {
  if (value === undefined) return todayIso();
  const v = value.trim();
  return isIsoDate(v) ? v : parseViDate(v);
}

const partsOf = (iso: string): DateParts => ({ day: Number(iso.slice(8, 10)), month: monthOf(iso), year: yearOf(iso) });

/** Writes the workbook; without `force` an existing file is never overwritten ('wx'). */
export async function writeProvinceSummary(path: string, overview: ProvinceOverview, date: string, force: boolean): Promise<void> {
  const superior = overview.districts[0]?.committee.superiorBody ?? '';
  const docs = buildProvinceSummaryReport({ overview, settings: provinceSettings(superior, yearOf(date)), date: partsOf(date) });
  await writeOutFile(path, await writeReportWorkbook(docs), force);
}
