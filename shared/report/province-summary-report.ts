/**
 * "BIỂU TỔNG HỢP" of the whole province, from the districts' "Gửi tỉnh" files: one row per
 * district (Đảng bộ huyện và tương đương), then the types of grassroots organization summed
 * across districts. Laid out like the district's own summary (coverage-summary-report.ts):
 * same header, signature and column builders, A4 portrait; totals are the sums of the rows.
 */
import type { DashboardKpi, DashboardPeriod, TypeBar } from '../dashboard/types';
import { ORG_TYPE_LABEL_VI, type DateParts } from '../domain/labels-vi';
import type { Settings } from '../domain/types';
import type { ProvinceOverview } from '../submission/province-overview';
import { countColumn, sttColumn, type ReportColumn, type ReportDocument, type ReportRow, type ReportValue } from './layout';
import { buildSignature, recipientLines } from './party-header';
import { coverageSummaryHeader, periodInSentence } from './summary-header';

export interface ProvinceSummaryInput {
  overview: ProvinceOverview;
  /** The province's settings (its Organization Board's header, signer and recipients). */
  settings: Settings;
  date: DateParts;
}

export const PROVINCE_SHEET_NAMES = { byDistrict: 'Theo huyện', byType: 'Theo loại hình' } as const;

type DistrictKey = Exclude<keyof DashboardKpi, 'coveredShare'>;
type TypeKey = Exclude<keyof TypeBar, 'type' | 'coveredNotCrowded'>;

/** Widths sum to 87 characters of 7 px: inside A4 portrait's 624 px printable width (see uncovered-cells-report.ts). */
export const PROVINCE_BY_DISTRICT_COLUMNS: ReportColumn[] = [
  sttColumn(5),
  { key: 'name', title: 'Đảng bộ huyện và tương đương', width: 20, align: 'left' },
  countColumn('cells' satisfies DistrictKey, 'Số chi bộ', 7),
  countColumn('covered' satisfies DistrictKey, 'Có người đăng ký', 8),
  countColumn('uncovered' satisfies DistrictKey, 'Chưa có người đăng ký', 8),
  countColumn('crowded' satisfies DistrictKey, 'Quá tải', 7),
  countColumn('meetingsPlanned' satisfies DistrictKey, 'Buổi sinh hoạt theo lịch', 8),
  countColumn('meetingsHeld' satisfies DistrictKey, 'Buổi đã dự', 7),
  countColumn('recommendationsOpen' satisfies DistrictKey, 'Kiến nghị chưa giải quyết', 9),
  countColumn('recommendationsOverdue' satisfies DistrictKey, 'Kiến nghị quá hạn', 8),
];

/**
 * The district summary's type sheet without what a TypeBar does not count (organizations,
 * meetings). As wide as the district sheet (87 characters): a narrower table leaves the
 * header's right block too little room for the place-and-date line, which then wraps.
 */
export const PROVINCE_BY_TYPE_COLUMNS: ReportColumn[] = [
  sttColumn(5),
  { key: 'name', title: 'Loại hình', width: 31, align: 'left' },
  countColumn('cells' satisfies TypeKey, 'Số chi bộ', 13),
  countColumn('covered' satisfies TypeKey, 'Có người đăng ký', 13),
  countColumn('uncovered' satisfies TypeKey, 'Chưa có người đăng ký', 13),
  countColumn('crowded' satisfies TypeKey, 'Quá tải', 12),
];

/** The figure columns' values out of a KPI or a type bar (both key their counts by column key). */
function figureValues(figures: object, columns: readonly ReportColumn[]): Record<string, ReportValue> {
  const values: Record<string, ReportValue> = {};
  for (const col of columns.slice(2)) {
    const v = (figures as Record<string, unknown>)[col.key];
    values[col.key] = typeof v === 'number' ? v : 0;
  }
  return values;
}

/** Kept short: with the header and the signature, the type sheet's ten rows then fit one A4 page. */
function notes(period: DashboardPeriod, meetings: boolean): string[] {
  const when = periodInSentence(period);
  const base =
    `Ghi chú: Số liệu theo tệp gửi tỉnh mới nhất của từng đơn vị, mỗi đơn vị tính theo nhiệm kỳ và quy tắc (ngưỡng quá tải) của mình. ` +
    `Chi bộ có người đăng ký là chi bộ có ít nhất một đồng chí lãnh đạo tỉnh đăng ký dự sinh hoạt trong ${when}; chi bộ quá tải cũng là chi bộ có người đăng ký.`;
  return [meetings ? `${base} Buổi sinh hoạt theo lịch là các buổi có ngày sinh hoạt trong ${when}; kiến nghị quá hạn tính đến ngày báo cáo của từng đơn vị.` : base];
}

interface SheetParts {
  sheetName: string;
  by: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  total: object;
  totalLabel: string;
}

function sheet(input: ProvinceSummaryInput, parts: SheetParts): ReportDocument {
  const { settings, date, overview } = input;
  return {
    sheetName: parts.sheetName,
    orientation: 'portrait',
    header: coverageSummaryHeader(settings, overview.period, parts.by, date),
    columns: parts.columns,
    rows: parts.rows,
    totalRow: { label: parts.totalLabel, values: figureValues(parts.total, parts.columns) },
    signature: buildSignature(settings),
    recipients: recipientLines(settings),
    notes: notes(overview.period, parts.columns.some((c) => c.key === 'meetingsPlanned')),
  };
}

/** Sheet 1 one row per district (Vietnamese name order), sheet 2 per type of organization. */
export function buildProvinceSummaryReport(input: ProvinceSummaryInput): ReportDocument[] {
  const { overview } = input;
  const districtRows: ReportRow[] = overview.districts.map((d, i) => ({
    kind: 'data',
    values: { stt: i + 1, name: d.committee.name, ...figureValues(d.kpi, PROVINCE_BY_DISTRICT_COLUMNS) },
  }));
  const typeRows: ReportRow[] = overview.byType.map((bar, i) => ({
    kind: 'data',
    values: { stt: i + 1, name: ORG_TYPE_LABEL_VI[bar.type], ...figureValues(bar, PROVINCE_BY_TYPE_COLUMNS) },
  }));
  return [
    sheet(input, {
      sheetName: PROVINCE_SHEET_NAMES.byDistrict,
      by: 'theo đảng bộ huyện và tương đương',
      columns: PROVINCE_BY_DISTRICT_COLUMNS,
      rows: districtRows,
      total: overview.total,
      totalLabel: `Tổng cộng: ${overview.districts.length} đơn vị`,
    }),
    sheet(input, {
      sheetName: PROVINCE_SHEET_NAMES.byType,
      by: 'theo loại hình tổ chức cơ sở đảng',
      columns: PROVINCE_BY_TYPE_COLUMNS,
      rows: typeRows,
      total: overview.total,
      totalLabel: 'Tổng cộng',
    }),
  ];
}
