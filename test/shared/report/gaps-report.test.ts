import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { aggregateDashboard } from '../../../shared/dashboard/aggregate';
import { prepareDashboard } from '../../../shared/dashboard/prepare';
import type { DashboardInput, DashboardKpi, DashboardPeriod } from '../../../shared/dashboard/types';
import type { DistrictData } from '../../../shared/domain/types';
import type { DataRow, ReportDocument } from '../../../shared/report/layout';
import { DELETED_OFFICIAL_VI, GAPS_SHEET_NAMES, buildGapsReport, type GapsReportInput } from '../../../shared/report/gaps-report';
import { buildUncoveredCellsReport } from '../../../shared/report/uncovered-cells-report';
import { generateSampleData } from '../../../shared/sample/generator';
import { writeReportXlsx } from '../../../shared/xlsx/write-report';
import { input as dashboardFixture } from '../dashboard/fixture';
import { settings } from '../fixtures/settings';

const date = { day: 15, month: 10, year: 2025 };
const YEAR: DashboardPeriod = { kind: 'year', year: 2025 };
const TERM: DashboardPeriod = { kind: 'term', startYear: 2025, endYear: 2030 };
const QUARTERS: DashboardPeriod[] = ([1, 2, 3, 4] as const).map((quarter) => ({ kind: 'quarter', year: 2025, quarter }));
const PERIODS: DashboardPeriod[] = [YEAR, ...QUARTERS, TERM, { kind: 'year', year: 2026 }];

/** The hand-made district of the dashboard tests, with the test settings (same term and rules). */
const fixture: DistrictData = { ...dashboardFixture, settings };

function kpiOf(data: DistrictData, period: DashboardPeriod): DashboardKpi {
  const input: DashboardInput = {
    orgs: data.orgs,
    cells: data.cells,
    officials: data.officials,
    registrations: data.registrations,
    meetings: data.meetings ?? [],
    recommendations: data.recommendations ?? [],
    term: { startYear: data.settings.termStartYear, endYear: data.settings.termEndYear },
    rules: data.settings.rules,
  };
  return aggregateDashboard(prepareDashboard(input), { period, orgId: null, today: '2025-10-15' }).kpi;
}

const dataRows = (doc: ReportDocument): DataRow[] => doc.rows.filter((r): r is DataRow => r.kind === 'data');
const counts = (docs: ReportDocument[]) => docs.map((d) => dataRows(d).length);
const report = (data: DistrictData, period: DashboardPeriod) => buildGapsReport({ ...data, period, date } satisfies GapsReportInput);

describe('buildGapsReport on the hand-made district', () => {
  it.each(PERIODS.map((p) => [JSON.stringify(p), p] as const))('lists as many as the dashboard counts: %s', (_, period) => {
    const kpi = kpiOf(fixture, period);
    expect(counts(report(fixture, period))).toEqual([kpi.uncovered, kpi.crowded, kpi.officialsWithout]);
  });

  it('names three sheets, each a DANH SÁCH for the period', () => {
    const docs = report(fixture, QUARTERS[2]!);
    expect(docs.map((d) => d.sheetName)).toEqual(Object.values(GAPS_SHEET_NAMES));
    for (const d of docs) {
      expect(d.sheetName.length).toBeLessThanOrEqual(31);
      expect(d.header.documentType).toBe('DANH SÁCH');
      expect(d.header.numberSymbol).toBe('Số      -DS/HU');
      expect(d.header.summary.at(-1)).toBe('quý III năm 2025');
      expect(d.signature.name).toBe('Nguyễn Văn Hùng');
    }
    expect(report(fixture, TERM)[0]!.header.summary.at(-1)).toBe('nhiệm kỳ 2025 – 2030');
  });

  it('lists the uncovered cells of a year exactly as the uncovered-cells report does', () => {
    const [uncovered] = report(fixture, YEAR);
    const legacy = buildUncoveredCellsReport({ ...fixture, year: 2025, date });
    expect(uncovered!.columns).toEqual(legacy.columns);
    expect(uncovered!.rows).toEqual(legacy.rows);
    expect(uncovered!.totalRow).toEqual(legacy.totalRow);
  });

  it('lists the crowded cell with its registrants by name and the crowded year', () => {
    const [, crowded] = report(fixture, YEAR);
    expect(crowded!.rows).toEqual([
      { kind: 'group', label: 'I. Đảng bộ xã Hợp Thành' },
      {
        kind: 'data',
        values: {
          stt: 1,
          org: 'Đảng bộ xã Hợp Thành',
          cell: 'Chi bộ thôn 1',
          count: 3,
          names: 'Lê Văn Cường, Nguyễn Văn An, Trần Thị Bình',
          years: '2025 (3 người)',
        },
      },
    ]);
    expect(crowded!.totalRow).toEqual({ label: 'Tổng cộng: 1 chi bộ', values: {} });
    expect(crowded!.notes?.[0]).toContain('từ 3 đồng chí trở lên đăng ký dự sinh hoạt trong năm 2025.');
    expect(report(fixture, TERM)[1]!.notes?.[0]).toContain('trong cùng một năm của nhiệm kỳ 2025 – 2030');
  });

  it('in a quarter lists a cell crowded in the year with the quarter’s registrants', () => {
    const [, crowded] = report(fixture, QUARTERS[0]!);
    const row = dataRows(crowded!)[0]!;
    expect(row.values).toMatchObject({ count: 2, names: 'Nguyễn Văn An, Trần Thị Bình', years: '2025 (3 người)' });
    expect(crowded!.notes?.[0]).toContain('theo cả năm');
  });

  it('lists officials without a counted registration by group, then name', () => {
    const [, , officials] = report(fixture, YEAR);
    // d registered only for a missing cell and a cell of a missing organization: not counted.
    expect(officials!.rows).toEqual([
      { kind: 'group', label: 'I. Tỉnh ủy viên' },
      { kind: 'data', values: { stt: 1, name: 'Đặng Văn Hòa', position: 'Tỉnh ủy viên', group: 'Tỉnh ủy viên', committee: '' } },
      { kind: 'data', values: { stt: 2, name: 'Phạm Thị Dung', position: 'Tỉnh ủy viên', group: 'Tỉnh ủy viên', committee: '' } },
    ]);
    expect(officials!.totalRow?.label).toBe('Tổng cộng: 2 đồng chí');
  });

  it('names a deleted registrant as deleted and does not list them as without registration', () => {
    const data = { ...fixture, officials: fixture.officials.filter((o) => o.id !== 'a') };
    const docs = report(data, YEAR);
    expect(dataRows(docs[1]!)[0]!.values.names).toBe(`Lê Văn Cường, Trần Thị Bình, ${DELETED_OFFICIAL_VI}`);
    const kpi = kpiOf(data, YEAR);
    expect(counts(docs)).toEqual([kpi.uncovered, kpi.crowded, kpi.officialsWithout]);
  });

  it('has empty lists with zero totals when there is no data', () => {
    const docs = report({ settings, orgs: [], cells: [], officials: [], registrations: [] }, YEAR);
    expect(docs.map((d) => d.rows)).toEqual([[], [], []]);
    expect(docs.map((d) => d.totalRow?.label)).toEqual(['Tổng cộng: 0 chi bộ', 'Tổng cộng: 0 chi bộ', 'Tổng cộng: 0 đồng chí']);
  });

  it('fits every table into the printable width of its orientation', () => {
    // 16.5 cm (624 px) portrait, 25.2 cm (952 px) landscape; an Excel width unit is 7 px.
    for (const d of report(fixture, YEAR)) {
      const px = d.columns.reduce((n, c) => n + c.width, 0) * 7;
      expect(px).toBeLessThanOrEqual(d.orientation === 'portrait' ? 624 : 952);
    }
    expect(report(fixture, YEAR).map((d) => d.orientation)).toEqual(['portrait', 'landscape', 'portrait']);
  });
});

describe('buildGapsReport on the district sample', () => {
  const sample = generateSampleData({ seed: 1, today: '2025-10-15' });

  it.each(PERIODS.map((p) => [JSON.stringify(p), p] as const))('lists as many as the dashboard counts: %s', (_, period) => {
    const kpi = kpiOf(sample, period);
    const docs = report(sample, period);
    expect(counts(docs)).toEqual([kpi.uncovered, kpi.crowded, kpi.officialsWithout]);
    expect(docs[0]!.totalRow?.label).toBe(`Tổng cộng: ${kpi.uncovered} chi bộ`);
    expect(docs[2]!.totalRow?.label).toBe(`Tổng cộng: ${kpi.officialsWithout} đồng chí`);
  });

  it('has something in every list for the year (the sample crowds a few cells)', () => {
    expect(counts(report(sample, YEAR)).every((n) => n > 0)).toBe(true);
  });
});

/** Rows whose first cell is a number: the table's data rows (STT). */
function sttRows(ws: ExcelJS.Worksheet): number[] {
  const stt: number[] = [];
  ws.eachRow((row) => {
    const v = row.getCell(1).value;
    if (typeof v === 'number') stt.push(v);
  });
  return stt;
}

function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && out.push(cell.value)));
  return out;
}

describe('gaps report workbook', () => {
  const sample = generateSampleData({ seed: 1, today: '2025-10-15' });

  it('writes each sheet and reads back the counts, header and page setup', async () => {
    const kpi = kpiOf(sample, YEAR);
    const docs = report(sample, YEAR);
    const expected = [kpi.uncovered, kpi.crowded, kpi.officialsWithout];
    for (const [i, doc] of docs.entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await writeReportXlsx(doc)) as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect(ws.name).toBe(doc.sheetName);
      expect(sttRows(ws)).toEqual(Array.from({ length: expected[i]! }, (_, k) => k + 1));
      const all = texts(ws);
      expect(all).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(all).toContain('DANH SÁCH');
      expect(all).toContain('năm 2025');
      expect(all).toContain(doc.totalRow!.label);
      expect(all).toEqual(expect.arrayContaining(doc.columns.map((c) => c.title)));
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: doc.orientation, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.pageSetup.printTitlesRow).toMatch(/^(\d+):\1$/);
    }
  });
});
