import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregateDashboard } from '../../../shared/dashboard/aggregate';
import { prepareDashboard } from '../../../shared/dashboard/prepare';
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import { periodYears } from '../../../shared/domain/period';
import type { Official, OfficialGroup, Registration, RegistrationPeriod } from '../../../shared/domain/types';
import { PARTY_HEADING, type DataRow, type ReportDocument } from '../../../shared/report/layout';
import {
  NOT_REGISTERED_VI,
  REGISTRATION_PLAN_COLUMNS,
  buildRegistrationPlanReport,
  plannedTimeVi,
  registrationPlanTotals,
  type RegistrationPlanReportInput,
} from '../../../shared/report/registration-plan-report';
import { countsInScope } from '../../../shared/synthesis/scope';
import { writeReportXlsx } from '../../../shared/xlsx/write-report';
import { settings } from '../fixtures/settings';
import { cells, orgs } from '../fixtures/small-district';

function official(id: string, name: string, group: OfficialGroup, position: string): Official {
  return { id, name, position, group, committee: '', area: '', field: '', capacity: 3 };
}

function reg(id: string, officialId: string, cellId: string, period: RegistrationPeriod, note = ''): Registration {
  return { id, officialId, cellId, period, years: periodYears(period), note };
}

/** Groups out of order and names out of order, so the report has to sort both. */
const officials: Official[] = [
  official('o1', 'Hoàng Văn Em', 'other', 'Giám đốc Sở Nội vụ'),
  official('m1', 'Đặng Văn Hòa', 'member', 'Tỉnh ủy viên, Bí thư Huyện ủy'),
  official('s1', 'Trần Văn Bình', 'standing', 'Phó Bí thư Tỉnh ủy'),
  official('b1', 'Phạm Thị Dung', 'board', 'Phó Trưởng Ban Tổ chức Tỉnh ủy'),
  official('m2', 'Dương Văn Đức', 'member', 'Tỉnh ủy viên'),
  official('s2', 'Nguyễn Thị Ánh', 'standing', 'Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy'),
];

const registrations: Registration[] = [
  // Quý III before Quý I at the same cell: the report puts them in calendar order.
  reg('r1', 's1', 'cell-1', { kind: 'year', year: 2025, quarters: [3] }),
  reg('r2', 's1', 'cell-1', { kind: 'year', year: 2025, quarters: [1] }, 'Dự cùng Ban Tổ chức'),
  reg('r3', 's1', 'cell-5', { kind: 'term', startYear: 2025, endYear: 2030 }),
  reg('r4', 's2', 'cell-2', { kind: 'year', year: 2025, quarters: [] }),
  reg('r5', 'm1', 'cell-4', { kind: 'year', year: 2025, quarters: [3, 1] }),
  reg('r6', 'm2', 'cell-3', { kind: 'year', year: 2026, quarters: [2] }),
  // Not counted anywhere: a cell of a missing organization, a missing cell, a deleted official.
  reg('r7', 'o1', 'cell-6', { kind: 'year', year: 2025, quarters: [1] }),
  reg('r8', 'm1', 'cell-missing', { kind: 'year', year: 2025, quarters: [2] }),
  reg('r9', 'gone', 'cell-1', { kind: 'year', year: 2025, quarters: [1] }),
];

const date = { day: 5, month: 3, year: 2025 };
const base = { settings, orgs, cells, officials, registrations, date };
const input = (period: DashboardPeriod): RegistrationPlanReportInput => ({ ...base, period });

const YEAR: DashboardPeriod = { kind: 'year', year: 2025 };
const Q1: DashboardPeriod = { kind: 'quarter', year: 2025, quarter: 1 };
const Q2: DashboardPeriod = { kind: 'quarter', year: 2025, quarter: 2 };
const TERM: DashboardPeriod = { kind: 'term', startYear: 2025, endYear: 2030 };
const PERIODS = [YEAR, Q1, Q2, TERM, { kind: 'year', year: 2026 }, { kind: 'year', year: 2031 }] as const satisfies readonly DashboardPeriod[];

const dataRows = (doc: ReportDocument) => doc.rows.filter((r): r is DataRow => r.kind === 'data');
const registeredRows = (doc: ReportDocument) => dataRows(doc).filter((r) => r.values.cell !== NOT_REGISTERED_VI);

/** What the database says, counted here without the report's code: registrations of existing officials at existing cells. */
function countedRegistrations(period: DashboardPeriod): Registration[] {
  const cellIds = new Set(cells.filter((c) => orgs.some((o) => o.id === c.orgId)).map((c) => c.id));
  const officialIds = new Set(officials.map((o) => o.id));
  return registrations.filter((r) => cellIds.has(r.cellId) && officialIds.has(r.officialId) && countsInScope(period)(r));
}

describe('plannedTimeVi', () => {
  it.each<[RegistrationPeriod, string]>([
    [{ kind: 'year', year: 2025, quarters: [3, 1, 3] }, 'Quý I, III/2025'],
    [{ kind: 'year', year: 2025, quarters: [2] }, 'Quý II/2025'],
    [{ kind: 'year', year: 2025, quarters: [4, 3, 2, 1] }, 'Quý I, II, III, IV/2025'],
    [{ kind: 'year', year: 2025, quarters: [] }, 'Cả năm 2025 (chưa xác định quý)'],
    [{ kind: 'term', startYear: 2025, endYear: 2030 }, 'Cả nhiệm kỳ 2025–2030'],
  ])('%j → %s', (period, text) => expect(plannedTimeVi(period)).toBe(text));
});

describe('buildRegistrationPlanReport for a year', () => {
  const doc = buildRegistrationPlanReport(input(YEAR));

  it('is a landscape DANH SÁCH whose header, signature and recipients come from the settings', () => {
    expect(doc.orientation).toBe('landscape');
    expect(doc.sheetName).toBe('Đăng ký Năm 2025');
    expect(doc.header).toEqual({
      superiorBody: 'ĐẢNG BỘ TỈNH NGHỆ AN',
      issuingBody: 'HUYỆN ỦY YÊN THÀNH',
      numberSymbol: 'Số      -DS/HU',
      placeDate: 'Yên Thành, ngày 05 tháng 3 năm 2025',
      documentType: 'DANH SÁCH',
      summary: ['tổng hợp đăng ký dự sinh hoạt chi bộ của các đồng chí lãnh đạo tỉnh', 'năm 2025'],
    });
    expect(doc.signature).toEqual({ onBehalf: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn Hùng' });
    expect(doc.recipients).toEqual(['- Ban Tổ chức Tỉnh ủy (để báo cáo),', '- Các tổ chức cơ sở đảng,', '- Lưu Văn phòng Huyện ủy.']);
    const other = buildRegistrationPlanReport({ ...input(YEAR), settings: { ...settings, committeeName: 'Thị ủy Hoàng Mai', documentSymbol: 'ThU', place: 'Hoàng Mai' } });
    expect(other.header.issuingBody).toBe('THỊ ỦY HOÀNG MAI');
    expect(other.header.numberSymbol).toBe('Số      -DS/ThU');
    expect(other.header.placeDate).toBe('Hoàng Mai, ngày 05 tháng 3 năm 2025');
  });

  it('has the seven columns, fitting the A4 landscape printable width', () => {
    expect(doc.columns.map((c) => c.title)).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Chi bộ đăng ký', 'Tổ chức cơ sở đảng', 'Thời gian dự kiến', 'Ghi chú']);
    // 25.2 cm = 952 px at 96 dpi; an Excel width unit is 7 px (text-fit's PX_PER_WIDTH_UNIT).
    expect(REGISTRATION_PLAN_COLUMNS.reduce((n, c) => n + c.width, 0) * 7).toBeLessThanOrEqual(952);
  });

  it('groups officials in OFFICIAL_GROUPS order, by name in Vietnamese order, one row per registration', () => {
    const blank = { stt: null, name: '', position: '' };
    expect(doc.rows).toEqual([
      { kind: 'group', label: 'I. Ủy viên Ban Thường vụ Tỉnh ủy' },
      {
        kind: 'data',
        values: { stt: 1, name: 'Nguyễn Thị Ánh', position: 'Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy', cell: 'Chi bộ thôn 2', org: 'Đảng bộ xã Hợp Thành', time: 'Cả năm 2025 (chưa xác định quý)', note: '' },
      },
      // By organization in Vietnamese order ("Đảng bộ Công an" before "Đảng bộ xã"), then by time at one cell.
      { kind: 'data', values: { stt: 2, name: 'Trần Văn Bình', position: 'Phó Bí thư Tỉnh ủy', cell: 'Chi bộ Đội An ninh', org: 'Đảng bộ Công an huyện', time: 'Cả nhiệm kỳ 2025–2030', note: '' } },
      { kind: 'data', values: { ...blank, cell: 'Chi bộ thôn 1', org: 'Đảng bộ xã Hợp Thành', time: 'Quý I/2025', note: 'Dự cùng Ban Tổ chức' } },
      { kind: 'data', values: { ...blank, cell: 'Chi bộ thôn 1', org: 'Đảng bộ xã Hợp Thành', time: 'Quý III/2025', note: '' } },
      { kind: 'group', label: 'II. Tỉnh ủy viên' },
      // "Dương" before "Đặng": Đ is a letter of its own, after D.
      { kind: 'data', values: { stt: 3, name: 'Dương Văn Đức', position: 'Tỉnh ủy viên', cell: NOT_REGISTERED_VI, org: '', time: '', note: '' } },
      {
        kind: 'data',
        values: { stt: 4, name: 'Đặng Văn Hòa', position: 'Tỉnh ủy viên, Bí thư Huyện ủy', cell: 'Chi bộ Phòng Tài chính - Kế hoạch', org: 'Chi bộ Phòng Tài chính - Kế hoạch', time: 'Quý I, III/2025', note: '' },
      },
      { kind: 'group', label: 'III. Lãnh đạo các ban xây dựng Đảng Tỉnh ủy' },
      { kind: 'data', values: { stt: 5, name: 'Phạm Thị Dung', position: 'Phó Trưởng Ban Tổ chức Tỉnh ủy', cell: NOT_REGISTERED_VI, org: '', time: '', note: '' } },
      { kind: 'group', label: 'IV. Khác' },
      // Registered only at a cell whose organization is gone: nothing counts.
      { kind: 'data', values: { stt: 6, name: 'Hoàng Văn Em', position: 'Giám đốc Sở Nội vụ', cell: NOT_REGISTERED_VI, org: '', time: '', note: '' } },
    ]);
  });

  it('states the totals in the total row and the notes', () => {
    expect(doc.totalRow).toEqual({ label: 'Tổng cộng: 3/6 đồng chí đăng ký, 5 lượt tại 4 chi bộ', values: {} });
    expect(doc.notes?.[0]).toContain('được tính trong năm 2025, kể cả đăng ký cho cả nhiệm kỳ; 3 đồng chí chưa đăng ký.');
  });

  it('leaves out groups nobody is in', () => {
    const standingOnly = buildRegistrationPlanReport({ ...input(YEAR), officials: officials.filter((o) => o.group === 'standing') });
    expect(standingOnly.rows.filter((r) => r.kind === 'group')).toEqual([{ kind: 'group', label: 'I. Ủy viên Ban Thường vụ Tỉnh ủy' }]);
  });

  it('still lists every official, and a total, when nobody registered', () => {
    const none = buildRegistrationPlanReport({ ...input(YEAR), registrations: [] });
    expect(dataRows(none).map((r) => r.values.cell)).toEqual(Array(officials.length).fill(NOT_REGISTERED_VI));
    expect(none.totalRow?.label).toBe('Tổng cộng: 0/6 đồng chí đăng ký, 0 lượt tại 0 chi bộ');
  });
});

describe('buildRegistrationPlanReport by period kind', () => {
  it.each(PERIODS)('lists exactly the registrations counted in %j', (period) => {
    const doc = buildRegistrationPlanReport(input(period));
    const expected = countedRegistrations(period);
    expect(registeredRows(doc)).toHaveLength(expected.length);
    // One numbered row per official, whatever the period.
    expect(dataRows(doc).filter((r) => r.values.stt !== null).map((r) => r.values.stt)).toEqual(officials.map((_, i) => i + 1));
    // Officials marked "Chưa đăng ký" are exactly those with nothing counted.
    const withNothing = officials.filter((o) => !expected.some((r) => r.officialId === o.id)).map((o) => o.name);
    expect(dataRows(doc).filter((r) => r.values.cell === NOT_REGISTERED_VI).map((r) => r.values.name).sort()).toEqual([...withNothing].sort());
    const totals = registrationPlanTotals(input(period));
    expect(totals).toEqual({
      officials: officials.length,
      registered: officials.length - withNothing.length,
      registrations: expected.length,
      cells: new Set(expected.map((r) => r.cellId)).size,
    });
    expect(doc.totalRow?.label).toBe(`Tổng cộng: ${totals.registered}/${totals.officials} đồng chí đăng ký, ${totals.registrations} lượt tại ${totals.cells} chi bộ`);
  });

  it.each(PERIODS)('agrees with the dashboard on số người and số đồng chí in %j', (period) => {
    const prepared = prepareDashboard({ ...base, meetings: [], recommendations: [], term: { startYear: 2025, endYear: 2030 }, rules: settings.rules });
    const { kpi } = aggregateDashboard(prepared, { period, orgId: null, today: '2025-03-05' });
    const totals = registrationPlanTotals(input(period));
    expect(totals.officials).toBe(kpi.officialsTotal);
    expect(totals.registered).toBe(kpi.officialsRegistered);
    // The dashboard's số lượt also counts registrations of deleted officials; the list names people.
    const ofDeleted = countedRegistrationsAnyOfficial(period).filter((r) => !officials.some((o) => o.id === r.officialId)).length;
    expect(totals.registrations + ofDeleted).toBe(kpi.registrations);
  });

  it('for a quarter: quarters named and terms count, a year without quarters does not', () => {
    const doc = buildRegistrationPlanReport(input(Q1));
    expect(doc.sheetName).toBe('Đăng ký Quý I năm 2025');
    expect(doc.header.summary[1]).toBe('quý I năm 2025');
    expect(registeredRows(doc).map((r) => r.values.time)).toEqual(['Cả nhiệm kỳ 2025–2030', 'Quý I/2025', 'Quý I, III/2025']);
    expect(dataRows(doc).find((r) => r.values.name === 'Nguyễn Thị Ánh')?.values.cell).toBe(NOT_REGISTERED_VI);
    expect(doc.notes).toContain('Đăng ký cả năm 2025 chưa xác định quý không tính vào quý I.');
    expect(registeredRows(buildRegistrationPlanReport(input(Q2))).map((r) => r.values.time)).toEqual(['Cả nhiệm kỳ 2025–2030']);
  });

  it('for a term: every year of the term, the plans of each year with their own year', () => {
    const doc = buildRegistrationPlanReport(input(TERM));
    expect(doc.sheetName).toBe('Đăng ký Nhiệm kỳ 2025 – 2030');
    expect(doc.header.summary[1]).toBe('nhiệm kỳ 2025 – 2030');
    expect(registeredRows(doc).map((r) => r.values.time)).toEqual([
      'Cả năm 2025 (chưa xác định quý)',
      'Cả nhiệm kỳ 2025–2030',
      'Quý I/2025',
      'Quý III/2025',
      'Quý II/2026',
      'Quý I, III/2025',
    ]);
    expect(doc.notes?.[0]).not.toContain('kể cả đăng ký cho cả nhiệm kỳ');
  });

  it('outside every registration: all officials "Chưa đăng ký"', () => {
    const doc = buildRegistrationPlanReport(input({ kind: 'year', year: 2031 }));
    expect(registeredRows(doc)).toEqual([]);
    expect(doc.totalRow?.label).toBe('Tổng cộng: 0/6 đồng chí đăng ký, 0 lượt tại 0 chi bộ');
  });
});

function countedRegistrationsAnyOfficial(period: DashboardPeriod): Registration[] {
  const cellIds = new Set(cells.filter((c) => orgs.some((o) => o.id === c.orgId)).map((c) => c.id));
  return registrations.filter((r) => cellIds.has(r.cellId) && countsInScope(period)(r));
}

describe('the registration plan as a workbook', () => {
  const doc = buildRegistrationPlanReport(input(YEAR));
  let ws: ExcelJS.Worksheet;
  let headerRow: number;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    // exceljs' load() is typed for Node's Buffer; the bytes are the same.
    await wb.xlsx.load((await writeReportXlsx(doc)) as unknown as ExcelJS.Buffer);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no worksheet');
    ws = sheet;
    headerRow = 0;
    ws.eachRow((row, n) => {
      if (headerRow === 0 && row.getCell(1).value === 'STT') headerRow = n;
    });
  });

  const text = (row: number, col: number) => String(ws.getCell(row, col).value ?? '');
  const rowTexts = (row: number) => REGISTRATION_PLAN_COLUMNS.map((_, i) => text(row, i + 1));

  it('carries the Party header block and the title from the settings', () => {
    expect(ws.name).toBe('Đăng ký Năm 2025');
    expect(text(1, 1)).toBe('ĐẢNG BỘ TỈNH NGHỆ AN');
    expect(text(2, 1)).toBe('HUYỆN ỦY YÊN THÀNH');
    expect(text(3, 1)).toBe('*');
    expect(text(4, 1)).toBe('Số      -DS/HU');
    const right = ws.getCell(1, ws.columnCount).master;
    expect(right.value).toBe(PARTY_HEADING);
    expect(right.font).toMatchObject({ bold: true, underline: true });
    expect(ws.getCell(4, ws.columnCount).master.value).toBe('Yên Thành, ngày 05 tháng 3 năm 2025');
    expect(ws.getCell(4, ws.columnCount).master.font.italic).toBe(true);
    expect(text(6, 1)).toBe('DANH SÁCH');
    expect(ws.getCell(6, 7).master.address).toBe('A6');
    expect(text(7, 1)).toBe('tổng hợp đăng ký dự sinh hoạt chi bộ của các đồng chí lãnh đạo tỉnh');
    expect(text(8, 1)).toBe('năm 2025');
  });

  it('writes the table: titles, group rows merged across, one row per registration, the total', () => {
    expect(headerRow).toBeGreaterThan(8);
    expect(rowTexts(headerRow)).toEqual(REGISTRATION_PLAN_COLUMNS.map((c) => c.title));
    doc.rows.forEach((r, i) => {
      const row = headerRow + 1 + i;
      if (r.kind === 'group') {
        expect(text(row, 1)).toBe(r.label);
        expect(ws.getCell(row, 7).master.address).toBe(`A${row}`);
        expect(ws.getCell(row, 1).font.bold).toBe(true);
      } else {
        expect(rowTexts(row)).toEqual(REGISTRATION_PLAN_COLUMNS.map((c) => String(r.values[c.key] ?? '')));
        expect(ws.getCell(row, 2).border.left?.style).toBe('thin');
      }
    });
    const totalRow = headerRow + 1 + doc.rows.length;
    expect(text(totalRow, 1)).toBe('Tổng cộng: 3/6 đồng chí đăng ký, 5 lượt tại 4 chi bộ');
    expect(ws.getCell(totalRow, 7).master.address).toBe(`A${totalRow}`);
    // Read back, the rows say what the database says: five registrations, three officials without.
    const body = Array.from({ length: doc.rows.length }, (_, i) => headerRow + 1 + i).filter((row) => ws.getCell(row, 1).master.address === `A${row}` && ws.getCell(row, 2).master.address !== `A${row}`);
    const cellTexts = body.map((row) => text(row, 4));
    expect(cellTexts.filter((t) => t !== NOT_REGISTERED_VI)).toHaveLength(countedRegistrations(YEAR).length);
    expect(cellTexts.filter((t) => t === NOT_REGISTERED_VI)).toHaveLength(3);
  });

  it('prints landscape A4, fit to width, the table header repeated on every page', () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
    expect(ws.getCell(headerRow + 2, 2).font).toMatchObject({ name: 'Times New Roman', size: 12 });
    expect(ws.getCell(headerRow + 2, 6).alignment).toMatchObject({ horizontal: 'center', wrapText: true });
  });

  it('puts the signature from the settings after the table', () => {
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))));
    expect(texts).toEqual(expect.arrayContaining(['Nơi nhận:', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Nguyễn Văn Hùng', '- Lưu Văn phòng Huyện ủy.']));
  });
});
