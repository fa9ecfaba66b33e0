/**
 * "DANH SÁCH chi bộ chưa có đồng chí lãnh đạo tỉnh đăng ký dự sinh hoạt năm …": the
 * list the district sends up so the province can steer officials to cells nobody visits.
 */
import { uncoveredCells, type CoverageInput } from '../coverage/coverage';
import { ORG_TYPE_LABEL_VI, type DateParts } from '../domain/labels-vi';
import type { Settings } from '../domain/types';
import { countColumn, sttColumn, toRoman, type ReportColumn, type ReportDocument, type ReportRow } from './layout';
import { buildPartyHeader, buildSignature, recipientLines } from './party-header';

export interface UncoveredCellsReportInput extends CoverageInput {
  settings: Settings;
  year: number;
  date: DateParts;
}

/**
 * Widths sum to 88 characters of 7 px (Calibri 11, the workbook's default font): 616 px,
 * just inside the 16.5 cm (624 px) printable width of A4 portrait with 3 cm + 1.5 cm margins.
 */
export const UNCOVERED_COLUMNS: ReportColumn[] = [
  sttColumn(6),
  { key: 'org', title: 'Tổ chức cơ sở đảng', width: 30, align: 'left' },
  { key: 'type', title: 'Loại hình', width: 15, align: 'left' },
  { key: 'cell', title: 'Chi bộ', width: 27, align: 'left' },
  countColumn('members', 'Số đảng viên', 10),
];

/** Group rows "I. Đảng bộ xã …" per organization; STT runs 1..n over the whole list. */
function groupedRows(input: CoverageInput, year: number): { rows: ReportRow[]; cellCount: number; memberCount: number } {
  const rows: ReportRow[] = [];
  let groups = 0;
  let lastOrgId: string | undefined;
  let cellCount = 0;
  let memberCount = 0;
  for (const { cell, org } of uncoveredCells(input, year)) {
    if (org.id !== lastOrgId) {
      lastOrgId = org.id;
      rows.push({ kind: 'group', label: `${toRoman(++groups)}. ${org.name}` });
    }
    cellCount++;
    memberCount += cell.memberCount;
    rows.push({
      kind: 'data',
      values: { stt: cellCount, org: org.name, type: ORG_TYPE_LABEL_VI[org.type], cell: cell.name, members: cell.memberCount },
    });
  }
  return { rows, cellCount, memberCount };
}

export function buildUncoveredCellsReport(input: UncoveredCellsReportInput): ReportDocument {
  const { settings, year, date } = input;
  const { rows, cellCount, memberCount } = groupedRows(input, year);
  return {
    sheetName: `Chưa có đăng ký ${year}`,
    orientation: 'portrait',
    header: buildPartyHeader(settings, {
      docCode: 'DS',
      documentType: 'DANH SÁCH',
      summary: ['chi bộ chưa có đồng chí lãnh đạo tỉnh đăng ký dự sinh hoạt', `năm ${year}`],
      date,
    }),
    columns: UNCOVERED_COLUMNS,
    rows,
    totalRow: { label: `Tổng cộng: ${cellCount} chi bộ`, values: { members: memberCount } },
    signature: buildSignature(settings),
    recipients: recipientLines(settings),
    notes: [
      `Ghi chú: Chi bộ được tính là đã có đăng ký khi có ít nhất một đồng chí đăng ký dự sinh hoạt trong năm ${year}, kể cả đăng ký cho cả nhiệm kỳ.`,
    ],
  };
}
