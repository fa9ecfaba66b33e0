/**
 * "DANH SÁCH tổng hợp đăng ký dự sinh hoạt chi bộ của các đồng chí lãnh đạo tỉnh — <kỳ>":
 * who registered for which cell and when, official by official, grouped as the province
 * ranks them (Ban Thường vụ, Tỉnh ủy viên, lãnh đạo các ban xây dựng Đảng, khác).
 * A registration is listed when "Tổng hợp" counts it for the period
 * (shared/synthesis/scope countsInScope), so the figures agree with the synthesis and the
 * dashboard; every official on record is listed, those with nothing as "Chưa đăng ký".
 */
import { periodLabelVi } from '../dashboard/period';
import type { DashboardPeriod } from '../dashboard/types';
import { OFFICIAL_GROUP_LABEL_VI, type DateParts } from '../domain/labels-vi';
import { OFFICIAL_GROUPS, type DistrictData, type Quarter, type RegistrationPeriod } from '../domain/types';
import { officialPlans, type OfficialPlan, type PlanEntry } from '../synthesis/plan';
import { normalizeText } from '../text/normalize';
import { sttColumn, toRoman, type ReportColumn, type ReportDocument, type ReportRow } from './layout';
import { buildPartyHeader, buildSignature, recipientLines } from './party-header';

export interface RegistrationPlanReportInput extends Pick<DistrictData, 'settings' | 'orgs' | 'cells' | 'officials' | 'registrations'> {
  period: DashboardPeriod;
  /** The date printed in the place-and-date line. */
  date: DateParts;
}

/** What the cell column says for an official with nothing counted in the period. */
export const NOT_REGISTERED_VI = 'Chưa đăng ký';

/**
 * Landscape: positions ("Phó Chủ tịch Thường trực UBND tỉnh") and organization names are
 * long, and seven columns of them do not fit the 88 characters of portrait. Widths sum to
 * 134 characters of 7 px (text-fit's PX_PER_WIDTH_UNIT): 938 px, inside the 25.2 cm
 * (952 px) printable width of A4 landscape with 3 cm + 1.5 cm margins.
 */
export const REGISTRATION_PLAN_COLUMNS: ReportColumn[] = [
  sttColumn(5),
  { key: 'name', title: 'Họ và tên', width: 20, align: 'left' },
  { key: 'position', title: 'Chức vụ', width: 25, align: 'left' },
  { key: 'cell', title: 'Chi bộ đăng ký', width: 22, align: 'left' },
  { key: 'org', title: 'Tổ chức cơ sở đảng', width: 22, align: 'left' },
  // "Quý I, II, III, IV/2025" and "Cả nhiệm kỳ 2025–2030" on one line.
  { key: 'time', title: 'Thời gian dự kiến', width: 22, align: 'center' },
  { key: 'note', title: 'Ghi chú', width: 18, align: 'left' },
];

const ROMAN_QUARTER: Record<Quarter, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };

/**
 * The planned time as the table writes it, short enough for its column: "Quý I, III/2025",
 * "Cả năm 2025 (chưa xác định quý)", "Cả nhiệm kỳ 2025–2030".
 */
export function plannedTimeVi(period: RegistrationPeriod): string {
  if (period.kind === 'term') return `Cả nhiệm kỳ ${period.startYear}–${period.endYear}`;
  const quarters = [...new Set(period.quarters)].sort((a, b) => a - b);
  if (quarters.length === 0) return `Cả năm ${period.year} (chưa xác định quý)`;
  return `Quý ${quarters.map((q) => ROMAN_QUARTER[q]).join(', ')}/${period.year}`;
}

/** When a period starts, for ordering one official's registrations at the same cell. */
function periodStart(period: RegistrationPeriod): number {
  return period.kind === 'term' ? period.startYear * 10 : period.year * 10 + Math.min(5, ...period.quarters);
}

/** The summary's second line: "năm 2025", "quý III năm 2025", "nhiệm kỳ 2025 – 2030". */
function periodPhraseVi(period: DashboardPeriod): string {
  const label = periodLabelVi(period);
  return label.charAt(0).toLowerCase() + label.slice(1);
}

export interface RegistrationPlanTotals {
  /** Officials on record. */
  officials: number;
  /** Of those, with at least one registration counted in the period (số người). */
  registered: number;
  /** Registrations counted in the period (số lượt). */
  registrations: number;
  /** Distinct cells among them (số chi bộ). */
  cells: number;
}

function officialRows(plan: OfficialPlan, stt: number): ReportRow[] {
  const who = { stt, name: normalizeText(plan.official.name), position: normalizeText(plan.official.position) };
  if (plan.entries.length === 0) {
    return [{ kind: 'data', values: { ...who, cell: NOT_REGISTERED_VI, org: '', time: '', note: '' } }];
  }
  // The plan orders entries by organization then cell; a stable sort keeps that and puts
  // two registrations at one cell (Quý I, then Quý III) in calendar order.
  const cellRank = new Map<string, number>();
  plan.entries.forEach((e, i) => cellRank.set(e.cell.id, cellRank.get(e.cell.id) ?? i));
  const key = (e: PlanEntry) => [cellRank.get(e.cell.id) ?? 0, periodStart(e.registration.period)] as const;
  const entries = plan.entries
    .map((entry, i) => ({ entry, i, k: key(entry) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map(({ entry }) => entry);
  // STT, name and position once per official: the rows under them are that official's.
  return entries.map((e, i): ReportRow => ({
    kind: 'data',
    values: {
      ...(i === 0 ? who : { stt: null, name: '', position: '' }),
      cell: normalizeText(e.cell.name),
      org: normalizeText(e.org.name),
      time: plannedTimeVi(e.registration.period),
      note: normalizeText(e.registration.note),
    },
  }));
}

/** Group rows "I. Ủy viên Ban Thường vụ Tỉnh ủy" in OFFICIAL_GROUPS order; empty groups left out; STT runs 1..n. */
function groupedRows(plans: readonly OfficialPlan[]): ReportRow[] {
  const rows: ReportRow[] = [];
  let groups = 0;
  let stt = 0;
  for (const group of OFFICIAL_GROUPS) {
    const members = plans.filter((p) => p.official.group === group);
    if (members.length === 0) continue;
    rows.push({ kind: 'group', label: `${toRoman(++groups)}. ${OFFICIAL_GROUP_LABEL_VI[group]}` });
    for (const plan of members) rows.push(...officialRows(plan, ++stt));
  }
  return rows;
}

function totalsOf(plans: readonly OfficialPlan[]): RegistrationPlanTotals {
  const cells = new Set<string>();
  let registrations = 0;
  for (const p of plans) {
    registrations += p.entries.length;
    for (const e of p.entries) cells.add(e.cell.id);
  }
  return { officials: plans.length, registered: plans.filter((p) => p.entries.length > 0).length, registrations, cells: cells.size };
}

/** Every official by name (Vietnamese order) with the registrations counted in the period. */
export function registrationPlans(input: RegistrationPlanReportInput): OfficialPlan[] {
  const { settings, period } = input;
  const data = { ...input, term: { startYear: settings.termStartYear, endYear: settings.termEndYear } };
  return officialPlans(data, period);
}

function notesFor(period: DashboardPeriod, totals: RegistrationPlanTotals): string[] {
  const terms = period.kind === 'term' ? '' : ', kể cả đăng ký cho cả nhiệm kỳ';
  const notes = [
    `Ghi chú: Danh sách gồm các đăng ký dự sinh hoạt chi bộ được tính trong ${periodPhraseVi(period)}${terms}; ${totals.officials - totals.registered} đồng chí chưa đăng ký.`,
  ];
  if (period.kind === 'quarter') {
    notes.push(`Đăng ký cả năm ${period.year} chưa xác định quý không tính vào quý ${ROMAN_QUARTER[period.quarter]}.`);
  }
  return notes;
}

export function buildRegistrationPlanReport(input: RegistrationPlanReportInput): ReportDocument {
  const { settings, period, date } = input;
  const plans = registrationPlans(input);
  const totals = totalsOf(plans);
  return {
    sheetName: `Đăng ký ${periodLabelVi(period)}`,
    orientation: 'landscape',
    header: buildPartyHeader(settings, {
      docCode: 'DS',
      documentType: 'DANH SÁCH',
      summary: ['tổng hợp đăng ký dự sinh hoạt chi bộ của các đồng chí lãnh đạo tỉnh', periodPhraseVi(period)],
      date,
    }),
    columns: REGISTRATION_PLAN_COLUMNS,
    rows: groupedRows(plans),
    totalRow: {
      label: `Tổng cộng: ${totals.registered}/${totals.officials} đồng chí đăng ký, ${totals.registrations} lượt tại ${totals.cells} chi bộ`,
      values: {},
    },
    signature: buildSignature(settings),
    recipients: recipientLines(settings),
    notes: notesFor(period, totals),
  };
}

/** The counts the total row states, for callers (and tests) that check them against the data. */
export function registrationPlanTotals(input: RegistrationPlanReportInput): RegistrationPlanTotals {
  return totalsOf(registrationPlans(input));
}
