/**
 * "Chi bộ chưa có người đăng ký, chi bộ quá tải, cán bộ chưa đăng ký" for a period: the
 * three lists the district works from when it steers officials where nobody goes and away
 * from where too many go. One workbook, one sheet (one ReportDocument) per list.
 *
 * Counting is the dashboard's (prepareDashboard + aggregateDashboard over the whole
 * committee), so each list is as long as the dashboard's "Chưa có người đăng ký", "Quá tải"
 * and "Cán bộ chưa đăng ký" figures for the same period, and agrees with "Tổng hợp".
 */
import { aggregateDashboard } from '../dashboard/aggregate';
import { periodLabelVi } from '../dashboard/period';
import { dashboardInputOf } from '../dashboard/input';
import { prepareDashboard, type PreparedDashboard } from '../dashboard/prepare';
import type { DashboardCell, DashboardPeriod } from '../dashboard/types';
import { OFFICIAL_GROUP_LABEL_VI, ORG_TYPE_LABEL_VI, type DateParts } from '../domain/labels-vi';
import { crowdingThreshold } from '../domain/rules';
import { OFFICIAL_GROUPS, type DistrictData, type Official, type Settings } from '../domain/types';
import { isoFromParts } from '../meetings/iso-date';
import { scopeYears } from '../synthesis/scope';
import { sortOfficials } from '../synthesis/plan';
import { COUNT_FORMAT, sttColumn, toRoman, type ReportColumn, type ReportDocument, type ReportRow } from './layout';
import { buildPartyHeader, buildSignature, recipientLines } from './party-header';
import { UNCOVERED_COLUMNS } from './uncovered-cells-report';

/** A district's data (meetings and recommendations are not needed), the period, and the document's date. */
export interface GapsReportInput extends Pick<DistrictData, 'settings' | 'orgs' | 'cells' | 'officials' | 'registrations'> {
  period: DashboardPeriod;
  date: DateParts;
}

export const GAPS_SHEET_NAMES = {
  uncovered: 'Chi bộ chưa có người đăng ký',
  crowded: 'Chi bộ quá tải',
  officials: 'Cán bộ chưa đăng ký',
} as const;

/** The uncovered-cells report's columns (88 characters: A4 portrait). */
export const GAPS_UNCOVERED_COLUMNS: ReportColumn[] = UNCOVERED_COLUMNS;

/**
 * Widths sum to 134 characters of 7 px: 938 px, inside the 25.2 cm (952 px) printable
 * width of A4 landscape with 3 cm + 1.5 cm margins. The names need the room.
 */
export const GAPS_CROWDED_COLUMNS: ReportColumn[] = [
  sttColumn(6),
  { key: 'org', title: 'Tổ chức cơ sở đảng', width: 26, align: 'left' },
  { key: 'cell', title: 'Chi bộ', width: 24, align: 'left' },
  { key: 'count', title: 'Số người đăng ký', width: 11, align: 'center', numFmt: COUNT_FORMAT },
  { key: 'names', title: 'Họ và tên người đăng ký', width: 45, align: 'left' },
  { key: 'years', title: 'Năm quá tải (số người)', width: 22, align: 'left' },
];

/**
 * Widths sum to 88 characters (A4 portrait, as the uncovered-cells report). STT and name
 * make 34: the writer gives the left header block the leading columns nearest 40% of the
 * width, and "ĐẢNG BỘ TỈNH NGHỆ AN" needs about 30 characters to stay on one line.
 */
export const GAPS_OFFICIAL_COLUMNS: ReportColumn[] = [
  sttColumn(6),
  { key: 'name', title: 'Họ và tên', width: 28, align: 'left' },
  { key: 'position', title: 'Chức vụ', width: 22, align: 'left' },
  { key: 'group', title: 'Nhóm', width: 14, align: 'left' },
  { key: 'committee', title: 'Cơ quan công tác', width: 18, align: 'left' },
];

/** Printed for a registrant whose official record was deleted. */
export const DELETED_OFFICIAL_VI = '(đã xóa khỏi danh sách)';

/** "năm 2025", "quý III năm 2025", "nhiệm kỳ 2025 – 2030": the label inside a sentence. */
function periodInText(period: DashboardPeriod): string {
  const label = periodLabelVi(period);
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** A cell of the aggregate with its index there (= its index in PreparedDashboard.cells). */
interface IndexedCell {
  cell: DashboardCell;
  index: number;
}

/** The data rows under group rows "I. <org>" whenever the organization changes; STT runs 1..n. */
function rowsByOrg(cells: readonly IndexedCell[], values: (at: IndexedCell, stt: number) => Record<string, string | number>): ReportRow[] {
  const rows: ReportRow[] = [];
  let groups = 0;
  let lastOrgId: string | undefined;
  cells.forEach((at, i) => {
    if (at.cell.orgId !== lastOrgId) {
      lastOrgId = at.cell.orgId;
      rows.push({ kind: 'group', label: `${toRoman(++groups)}. ${at.cell.orgName}` });
    }
    rows.push({ kind: 'data', values: values(at, i + 1) });
  });
  return rows;
}

function cellsWhere(cells: readonly DashboardCell[], keep: (cell: DashboardCell) => boolean): IndexedCell[] {
  return cells.flatMap((cell, index) => (keep(cell) ? [{ cell, index }] : []));
}

interface Context {
  settings: Settings;
  period: DashboardPeriod;
  date: DateParts;
}

function documentOf(ctx: Context, sheet: keyof typeof GAPS_SHEET_NAMES, summary: string, body: Omit<ReportDocument, 'sheetName' | 'header' | 'signature' | 'recipients'>): ReportDocument {
  return {
    sheetName: GAPS_SHEET_NAMES[sheet],
    header: buildPartyHeader(ctx.settings, { docCode: 'DS', documentType: 'DANH SÁCH', summary: [summary, periodInText(ctx.period)], date: ctx.date }),
    signature: buildSignature(ctx.settings),
    recipients: recipientLines(ctx.settings),
    ...body,
  };
}

function uncoveredSheet(ctx: Context, cells: readonly DashboardCell[]): ReportDocument {
  const uncovered = cellsWhere(cells, (c) => c.registrants.length === 0);
  const members = uncovered.reduce((n, { cell }) => n + cell.memberCount, 0);
  const when =
    ctx.period.kind === 'quarter'
      ? `Đăng ký cả năm chưa xác định quý không được tính cho quý nào; đăng ký cả nhiệm kỳ được tính cho mọi quý của các năm trong nhiệm kỳ.`
      : `Đăng ký cho cả nhiệm kỳ được tính cho mọi năm của nhiệm kỳ.`;
  return documentOf(ctx, 'uncovered', 'chi bộ chưa có đồng chí lãnh đạo tỉnh đăng ký dự sinh hoạt', {
    orientation: 'portrait',
    columns: GAPS_UNCOVERED_COLUMNS,
    rows: rowsByOrg(uncovered, ({ cell: c }, stt) => ({ stt, org: c.orgName, type: ORG_TYPE_LABEL_VI[c.orgType], cell: c.cellName, members: c.memberCount })),
    totalRow: { label: `Tổng cộng: ${uncovered.length} chi bộ`, values: { members } },
    notes: [`Ghi chú: Chi bộ chưa có người đăng ký là chi bộ không có đồng chí nào đăng ký dự sinh hoạt trong ${periodInText(ctx.period)}. ${when}`],
  });
}

/** "2025 (3 người); 2026 (4 người)": the years of the period in which the cell is over the limit. */
function crowdedYearsText(prepared: PreparedDashboard, cellIndex: number, years: readonly number[], threshold: number): string {
  const parts: string[] = [];
  for (const year of years) {
    const people = new Set(prepared.registrationsByCell[cellIndex]!.filter((r) => r.years.includes(year)).map((r) => r.officialId));
    if (people.size >= threshold) parts.push(`${year} (${people.size} người)`);
  }
  return parts.join('; ');
}

/** Crowding is counted per calendar year: "trong năm 2025", or each year of a term. */
function inOneYear(period: DashboardPeriod): string {
  return period.kind === 'term' ? `trong cùng một năm của ${periodInText(period)}` : `trong năm ${period.year}`;
}

function crowdedSheet(ctx: Context, prepared: PreparedDashboard, cells: readonly DashboardCell[]): ReportDocument {
  const { rules } = ctx.settings;
  const threshold = crowdingThreshold(rules);
  const years = scopeYears(ctx.period);
  const crowded = cellsWhere(cells, (c) => c.crowded);
  const rows = rowsByOrg(crowded, ({ cell: c, index }, stt) => ({
    stt,
    org: c.orgName,
    cell: c.cellName,
    count: c.registrants.length,
    names: c.registrants.map((r) => r.name ?? DELETED_OFFICIAL_VI).join(', '),
    years: crowdedYearsText(prepared, index, years, threshold),
  }));
  const quarterNote =
    ctx.period.kind === 'quarter'
      ? ' Báo cáo quý xét quá tải theo cả năm; cột "Số người đăng ký" và họ tên là những đồng chí đăng ký trong quý.'
      : '';
  return documentOf(ctx, 'crowded', `chi bộ có số đồng chí lãnh đạo tỉnh đăng ký dự sinh hoạt vượt quá quy định (tối đa ${rules.maxRegistrantsPerCell} đồng chí/năm)`, {
    orientation: 'landscape',
    columns: GAPS_CROWDED_COLUMNS,
    rows,
    totalRow: { label: `Tổng cộng: ${crowded.length} chi bộ`, values: {} },
    notes: [
      `Ghi chú: Chi bộ quá tải là chi bộ có từ ${threshold} đồng chí trở lên đăng ký dự sinh hoạt ${inOneYear(ctx.period)}.${quarterNote}`,
    ],
  });
}

/** Officials on record (one per id) with no registration counted in the period at an existing cell. */
function officialsWithout(prepared: PreparedDashboard, cells: readonly DashboardCell[]): Official[] {
  const registered = new Set(cells.flatMap((c) => c.registrants.map((r) => r.officialId)));
  return sortOfficials([...prepared.officialById.values()].filter((o) => !registered.has(o.id)));
}

function officialsSheet(ctx: Context, officials: readonly Official[]): ReportDocument {
  const rows: ReportRow[] = [];
  let groups = 0;
  let stt = 0;
  for (const group of OFFICIAL_GROUPS) {
    const members = officials.filter((o) => o.group === group);
    if (members.length === 0) continue;
    const label = OFFICIAL_GROUP_LABEL_VI[group];
    rows.push({ kind: 'group', label: `${toRoman(++groups)}. ${label}` });
    for (const o of members) rows.push({ kind: 'data', values: { stt: ++stt, name: o.name, position: o.position, group: label, committee: o.committee } });
  }
  return documentOf(ctx, 'officials', 'các đồng chí lãnh đạo tỉnh chưa đăng ký dự sinh hoạt chi bộ', {
    orientation: 'portrait',
    columns: GAPS_OFFICIAL_COLUMNS,
    rows,
    totalRow: { label: `Tổng cộng: ${officials.length} đồng chí`, values: {} },
    notes: [`Ghi chú: Đồng chí chưa đăng ký là đồng chí không có đăng ký nào được tính trong ${periodInText(ctx.period)} tại chi bộ đang có trong danh sách.`],
  });
}

/** Three sheets: cells without a registrant, crowded cells, officials without a registration. */
export function buildGapsReport(input: GapsReportInput): ReportDocument[] {
  const { settings, period, date } = input;
  // Meetings play no part in gaps: leave them out of the preparation.
  const prepared = prepareDashboard(dashboardInputOf({ ...input, meetings: [], recommendations: [] }));
  // The whole committee (orgId null): aggregate.cells is prepared.cells, index for index.
  const { cells } = aggregateDashboard(prepared, { period, orgId: null, today: isoFromParts(date.year, date.month, date.day) });
  const ctx: Context = { settings, period, date };
  return [uncoveredSheet(ctx, cells), crowdedSheet(ctx, prepared, cells), officialsSheet(ctx, officialsWithout(prepared, cells))];
}
