/**
 * "BIỂU TỔNG HỢP tình hình cán bộ lãnh đạo tỉnh đăng ký và dự sinh hoạt chi bộ": how far
 * the registrations reach the grassroots in a period, two sheets: by type of grassroots
 * organization, then organization by organization grouped by type. Both totals are the
 * sums of their rows and equal the dashboard's figures for the same period.
 */
import { ORG_TYPE_LABEL_VI } from '../domain/labels-vi';
import { crowdingThreshold } from '../domain/rules';
import { summarizeCoverage, type CoverageSummary, type CoverageSummaryReportInput, type SummaryFigures } from './coverage-summary-counts';
import { countColumn, sttColumn, toRoman, type ReportColumn, type ReportDocument, type ReportRow, type ReportValue } from './layout';
import { buildSignature, recipientLines } from './party-header';
import { coverageSummaryHeader, periodInSentence } from './summary-header';

export type { CoverageSummaryReportInput } from './coverage-summary-counts';

const count = (key: keyof SummaryFigures, title: string, width: number): ReportColumn => countColumn(key, title, width);

/** The figures' columns, shared by both sheets (the organization sheet leaves out "Số TCCSĐ": each row is one). */
const FIGURE_COLUMNS: ReportColumn[] = [
  count('cells', 'Số chi bộ', 8),
  count('covered', 'Có người đăng ký', 9),
  count('uncovered', 'Chưa có người đăng ký', 9),
  count('crowded', 'Quá tải', 8),
  count('meetingsPlanned', 'Buổi sinh hoạt theo lịch', 9),
  count('meetingsHeld', 'Buổi đã dự', 8),
];

/** Widths sum to 88 characters of 7 px: inside A4 portrait's 624 px printable width (see uncovered-cells-report.ts). */
export const COVERAGE_BY_TYPE_COLUMNS: ReportColumn[] = [
  sttColumn(5),
  { key: 'name', title: 'Loại hình', width: 24, align: 'left' },
  count('orgs', 'Số TCCSĐ', 8),
  ...FIGURE_COLUMNS,
];

/** Widths sum to 88 characters, as above: the organization's name gets the room of "Số TCCSĐ". */
export const COVERAGE_BY_ORG_COLUMNS: ReportColumn[] = [
  sttColumn(5),
  { key: 'name', title: 'Tổ chức cơ sở đảng', width: 32, align: 'left' },
  ...FIGURE_COLUMNS,
];

export const COVERAGE_SHEET_NAMES = { byType: 'Theo loại hình', byOrg: 'Theo tổ chức cơ sở đảng' } as const;

function figureValues(figures: Readonly<SummaryFigures>, columns: readonly ReportColumn[]): Record<string, ReportValue> {
  const values: Record<string, ReportValue> = {};
  for (const col of columns) {
    if (col.key in figures) values[col.key] = figures[col.key as keyof SummaryFigures];
  }
  return values;
}

function notes(input: CoverageSummaryReportInput): string[] {
  const when = periodInSentence(input.period);
  const threshold = crowdingThreshold(input.settings.rules);
  return [
    `Ghi chú: Chi bộ có người đăng ký là chi bộ có ít nhất một đồng chí lãnh đạo tỉnh đăng ký dự sinh hoạt trong ${when}, kể cả đăng ký cho cả nhiệm kỳ; chi bộ quá tải là chi bộ có từ ${threshold} đồng chí trở lên đăng ký trong cùng một năm. Buổi sinh hoạt theo lịch là các buổi có ngày sinh hoạt trong ${when}; buổi đã dự là buổi đồng chí lãnh đạo tỉnh đã dự.`,
  ];
}

function sheet(
  input: CoverageSummaryReportInput,
  parts: { sheetName: string; by: string; columns: ReportColumn[]; rows: ReportRow[]; total: SummaryFigures; totalLabel: string },
): ReportDocument {
  const { settings, period, date } = input;
  return {
    sheetName: parts.sheetName,
    orientation: 'portrait',
    header: coverageSummaryHeader(settings, period, parts.by, date),
    columns: parts.columns,
    rows: parts.rows,
    totalRow: { label: parts.totalLabel, values: figureValues(parts.total, parts.columns) },
    signature: buildSignature(settings),
    recipients: recipientLines(settings),
    notes: notes(input),
  };
}

function typeRows(summary: CoverageSummary): ReportRow[] {
  return summary.byType.map(({ type, figures }, i) => ({
    kind: 'data',
    values: { stt: i + 1, name: ORG_TYPE_LABEL_VI[type], ...figureValues(figures, COVERAGE_BY_TYPE_COLUMNS) },
  }));
}

/** A group row "I. Xã" per type; STT runs 1..n over the whole list, so the last one is the number of organizations. */
function orgRows(summary: CoverageSummary): ReportRow[] {
  const rows: ReportRow[] = [];
  let stt = 0;
  summary.byType.forEach(({ type, orgs }, i) => {
    rows.push({ kind: 'group', label: `${toRoman(i + 1)}. ${ORG_TYPE_LABEL_VI[type]}` });
    for (const { org, figures } of orgs) {
      rows.push({ kind: 'data', values: { stt: ++stt, name: org.name, ...figureValues(figures, COVERAGE_BY_ORG_COLUMNS) } });
    }
  });
  return rows;
}

/** Sheet 1 by type of grassroots organization, sheet 2 by organization. */
export function buildCoverageSummaryReport(input: CoverageSummaryReportInput): ReportDocument[] {
  const summary = summarizeCoverage(input);
  return [
    sheet(input, {
      sheetName: COVERAGE_SHEET_NAMES.byType,
      by: 'theo loại hình tổ chức cơ sở đảng',
      columns: COVERAGE_BY_TYPE_COLUMNS,
      rows: typeRows(summary),
      total: summary.total,
      totalLabel: 'Tổng cộng',
    }),
    sheet(input, {
      sheetName: COVERAGE_SHEET_NAMES.byOrg,
      by: 'theo tổ chức cơ sở đảng',
      columns: COVERAGE_BY_ORG_COLUMNS,
      rows: orgRows(summary),
      total: summary.total,
      totalLabel: `Tổng cộng: ${summary.total.orgs} tổ chức cơ sở đảng`,
    }),
  ];
}
