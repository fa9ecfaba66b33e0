import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregateDashboard } from '../../../shared/dashboard/aggregate';
import { prepareDashboard } from '../../../shared/dashboard/prepare';
import type { DashboardKpi, DashboardPeriod } from '../../../shared/dashboard/types';
import type { DistrictData, GrassrootsOrg } from '../../../shared/domain/types';
import { summarizeCoverage, type SummaryFigures } from '../../../shared/report/coverage-summary-counts';
import {
  buildCoverageSummaryReport,
  COVERAGE_BY_ORG_COLUMNS,
  COVERAGE_BY_TYPE_COLUMNS,
  COVERAGE_SHEET_NAMES,
  type CoverageSummaryReportInput,
} from '../../../shared/report/coverage-summary-report';
import { PARTY_HEADING, type DataRow, type ReportDocument } from '../../../shared/report/layout';
import { generateSampleData } from '../../../shared/sample/generator';
import { compareVi } from '../../../shared/text/collation';
import { writeReportWorkbook } from '../../../shared/xlsx/write-report';
import { meetings, recommendations } from '../dashboard/fixture';
import { settings } from '../fixtures/settings';
import { cells, officials, orgs, registrations } from '../fixtures/small-district';

const date = { day: 5, month: 3, year: 2025 };
const YEAR: DashboardPeriod = { kind: 'year', year: 2025 };

/** The small district with its meetings, plus an organization that has no cell yet. */
const noCells: GrassrootsOrg = { id: 'org-4', name: 'Đảng bộ xã Bắc Thành', type: 'xa', kind: 'dang_bo_co_so' };
const small: DistrictData = { settings, orgs: [...orgs, noCells], cells, officials, registrations, meetings, recommendations };

/** The sample district with a term of meetings up to 20/08/2025. */
const sample = generateSampleData({ seed: 1, today: '2025-08-20' });

function kpiOf(data: DistrictData, period: DashboardPeriod): DashboardKpi {
  const prepared = prepareDashboard({
    ...data,
    meetings: data.meetings ?? [],
    recommendations: data.recommendations ?? [],
    term: { startYear: data.settings.termStartYear, endYear: data.settings.termEndYear },
    rules: data.settings.rules,
  });
  return aggregateDashboard(prepared, { period, orgId: null, today: '2025-03-05' }).kpi;
}

/** What the dashboard's cards say, in the summary's figures (it has no organization count). */
function kpiFigures(kpi: DashboardKpi): Omit<SummaryFigures, 'orgs'> {
  const { cells, covered, uncovered, crowded, meetingsPlanned, meetingsHeld } = kpi;
  return { cells, covered, uncovered, crowded, meetingsPlanned, meetingsHeld };
}

const dataRows = (doc: ReportDocument): DataRow[] => doc.rows.filter((r): r is DataRow => r.kind === 'data');

/** Column by column, the sum of the data rows. */
function sumOfRows(doc: ReportDocument): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const col of doc.columns.slice(2)) sums[col.key] = dataRows(doc).reduce((n, r) => n + Number(r.values[col.key] ?? 0), 0);
  return sums;
}

const build = (data: DistrictData, period: DashboardPeriod): ReportDocument[] => buildCoverageSummaryReport({ ...data, period, date });

describe('buildCoverageSummaryReport: the small district, year 2025', () => {
  const [byType, byOrg] = build(small, YEAR);
  if (!byType || !byOrg) throw new Error('two sheets expected');

  it('is a BIỂU TỔNG HỢP of the period, in two portrait sheets with unique short names', () => {
    expect(byType.header.documentType).toBe('BIỂU TỔNG HỢP');
    expect(byType.header.numberSymbol).toBe('Số      -BC/HU');
    expect(byType.header.summary).toEqual([
      'tình hình cán bộ lãnh đạo tỉnh đăng ký và dự sinh hoạt chi bộ',
      'năm 2025 (theo loại hình tổ chức cơ sở đảng)',
    ]);
    expect(byOrg.header.summary[1]).toBe('năm 2025 (theo tổ chức cơ sở đảng)');
    expect([byType.sheetName, byOrg.sheetName]).toEqual([COVERAGE_SHEET_NAMES.byType, COVERAGE_SHEET_NAMES.byOrg]);
    for (const doc of [byType, byOrg]) {
      expect(doc.orientation).toBe('portrait');
      expect(doc.sheetName.length).toBeLessThanOrEqual(31);
      expect(doc.signature).toEqual({ onBehalf: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn Hùng' });
      expect(doc.recipients.at(-1)).toBe('- Lưu Văn phòng Huyện ủy.');
      expect(doc.notes?.[0]).toContain('từ 3 đồng chí trở lên');
    }
  });

  it('names the columns', () => {
    const figures = ['Số chi bộ', 'Có người đăng ký', 'Chưa có người đăng ký', 'Quá tải', 'Buổi sinh hoạt theo lịch', 'Buổi đã dự'];
    expect(byType.columns.map((c) => c.title)).toEqual(['STT', 'Loại hình', 'Số TCCSĐ', ...figures]);
    expect(byOrg.columns.map((c) => c.title)).toEqual(['STT', 'Tổ chức cơ sở đảng', ...figures]);
  });

  it('counts by type in ORG_TYPES order, an organization without cells included', () => {
    expect(byType.rows).toEqual([
      { kind: 'data', values: { stt: 1, name: 'Xã', orgs: 2, cells: 3, covered: 1, uncovered: 2, crowded: 1, meetingsPlanned: 3, meetingsHeld: 2 } },
      { kind: 'data', values: { stt: 2, name: 'Cơ quan hành chính', orgs: 1, cells: 1, covered: 0, uncovered: 1, crowded: 0, meetingsPlanned: 0, meetingsHeld: 0 } },
      { kind: 'data', values: { stt: 3, name: 'Công an', orgs: 1, cells: 1, covered: 1, uncovered: 0, crowded: 0, meetingsPlanned: 1, meetingsHeld: 0 } },
    ]);
    expect(byType.totalRow).toEqual({
      label: 'Tổng cộng',
      values: { orgs: 4, cells: 5, covered: 2, uncovered: 3, crowded: 1, meetingsPlanned: 4, meetingsHeld: 2 },
    });
  });

  it('lists organizations under their type, in Vietnamese name order, numbered across groups', () => {
    const fig = (cells: number, covered: number, uncovered: number, crowded: number, planned: number, held: number) => ({
      cells, covered, uncovered, crowded, meetingsPlanned: planned, meetingsHeld: held,
    });
    expect(byOrg.rows).toEqual([
      { kind: 'group', label: 'I. Xã' },
      { kind: 'data', values: { stt: 1, name: 'Đảng bộ xã Bắc Thành', ...fig(0, 0, 0, 0, 0, 0) } },
      { kind: 'data', values: { stt: 2, name: 'Đảng bộ xã Hợp Thành', ...fig(3, 1, 2, 1, 3, 2) } },
      { kind: 'group', label: 'II. Cơ quan hành chính' },
      { kind: 'data', values: { stt: 3, name: 'Chi bộ Phòng Tài chính - Kế hoạch', ...fig(1, 0, 1, 0, 0, 0) } },
      { kind: 'group', label: 'III. Công an' },
      { kind: 'data', values: { stt: 4, name: 'Đảng bộ Công an huyện', ...fig(1, 1, 0, 0, 1, 0) } },
    ]);
    expect(byOrg.totalRow).toEqual({ label: 'Tổng cộng: 4 tổ chức cơ sở đảng', values: fig(5, 2, 3, 1, 4, 2) });
  });

  it('totals what the dashboard shows for the year', () => {
    expect(byType.totalRow?.values).toMatchObject(kpiFigures(kpiOf(small, YEAR)));
  });

  it('fits both tables into the A4 portrait printable width', () => {
    // 16.5 cm = 624 px at 96 dpi; an Excel width unit is 7 px with the default font.
    for (const columns of [COVERAGE_BY_TYPE_COLUMNS, COVERAGE_BY_ORG_COLUMNS]) {
      expect(columns.reduce((n, c) => n + c.width, 0) * 7).toBeLessThanOrEqual(624);
    }
  });

  it('empty data: no rows and a total of zeros', () => {
    const empty = { settings, orgs: [], cells: [], officials: [], registrations: [] };
    const [t, o] = build(empty, YEAR);
    expect(t?.rows).toEqual([]);
    expect(o?.rows).toEqual([]);
    expect(t?.totalRow?.values).toEqual({ orgs: 0, cells: 0, covered: 0, uncovered: 0, crowded: 0, meetingsPlanned: 0, meetingsHeld: 0 });
  });
});

describe('buildCoverageSummaryReport: the sample district', () => {
  const periods: DashboardPeriod[] = [
    YEAR,
    { kind: 'quarter', year: 2025, quarter: 1 },
    { kind: 'quarter', year: 2025, quarter: 3 },
    { kind: 'term', startYear: 2025, endYear: 2030 },
    { kind: 'year', year: 2024 },
  ];

  it.each(periods)('totals equal the sum of the rows and the dashboard: %j', (period) => {
    const kpi = kpiFigures(kpiOf(sample, period));
    const [byType, byOrg] = build(sample, period);
    for (const doc of [byType, byOrg]) {
      if (!doc) throw new Error('two sheets expected');
      expect(doc.totalRow?.values).toEqual(sumOfRows(doc));
      expect(doc.totalRow?.values).toMatchObject(kpi);
    }
    expect(byType?.totalRow?.values['orgs']).toBe(sample.orgs.length);
    expect(dataRows(byOrg!)).toHaveLength(sample.orgs.length);
  });

  it('has figures worth checking: meetings planned and held, crowded and uncovered cells', () => {
    const { total } = summarizeCoverage({ ...sample, period: YEAR, date });
    expect(total.meetingsPlanned).toBeGreaterThan(total.meetingsHeld);
    expect(total.meetingsHeld).toBeGreaterThan(0);
    expect(total.crowded).toBeGreaterThan(0);
    expect(total.uncovered).toBeGreaterThan(0);
    expect(total.covered).toBeGreaterThan(0);
  });

  it('orders each type’s organizations by name', () => {
    const { byType } = summarizeCoverage({ ...sample, period: YEAR, date });
    expect(byType.length).toBeGreaterThan(1);
    for (const { orgs: list } of byType) {
      const names = list.map((o) => o.org.name);
      expect(names).toEqual([...names].sort(compareVi));
    }
  });
});

describe('the coverage summary workbook, read back with exceljs', () => {
  const input: CoverageSummaryReportInput = { ...sample, period: YEAR, date };
  const docs = buildCoverageSummaryReport(input);
  let sheets: ExcelJS.Worksheet[] = [];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    // exceljs' load() is typed for Node's Buffer; the bytes are the same.
    await wb.xlsx.load((await writeReportWorkbook(docs)) as unknown as ExcelJS.Buffer);
    sheets = wb.worksheets;
  });

  const text = (ws: ExcelJS.Worksheet, row: number, col: number) => String(ws.getCell(row, col).value ?? '');
  const headerRowOf = (ws: ExcelJS.Worksheet) => {
    for (let r = 1; r <= ws.rowCount; r++) if (text(ws, r, 1) === 'STT') return r;
    throw new Error('no table header');
  };

  it('has one sheet per document, named, with the Party header and the title', () => {
    expect(sheets.map((ws) => ws.name)).toEqual([COVERAGE_SHEET_NAMES.byType, COVERAGE_SHEET_NAMES.byOrg]);
    for (const ws of sheets) {
      expect(text(ws, 1, 1)).toBe('ĐẢNG BỘ TỈNH NGHỆ AN');
      expect(text(ws, 2, 1)).toBe('HUYỆN ỦY YÊN THÀNH');
      const heading = ws.getRow(1).values as unknown[];
      expect(heading).toContain(PARTY_HEADING);
      expect(text(ws, 6, 1)).toBe('BIỂU TỔNG HỢP');
      expect(text(ws, 7, 1)).toBe('tình hình cán bộ lãnh đạo tỉnh đăng ký và dự sinh hoạt chi bộ');
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
    }
  });

  it('writes the column titles in the table header row', () => {
    sheets.forEach((ws, i) => {
      const row = headerRowOf(ws);
      const columns = docs[i]!.columns;
      expect(columns.map((_, c) => text(ws, row, c + 1))).toEqual(columns.map((c) => c.title));
    });
  });

  it('has a total row equal to the sum of its rows and to the dashboard', () => {
    const kpi = kpiFigures(kpiOf(sample, YEAR));
    sheets.forEach((ws, i) => {
      const columns = docs[i]!.columns;
      const sums = new Array<number>(columns.length).fill(0);
      let total: number[] | undefined;
      for (let r = headerRowOf(ws) + 1; r <= ws.rowCount && !total; r++) {
        const first = text(ws, r, 1);
        const figures = columns.map((_, c) => Number(ws.getCell(r, c + 1).value ?? 0));
        if (typeof ws.getCell(r, 1).value === 'number') figures.forEach((v, c) => (sums[c]! += v));
        else if (first.startsWith('Tổng cộng')) total = figures;
      }
      expect(total?.slice(2)).toEqual(sums.slice(2));
      const byKey = Object.fromEntries(columns.map((c, k) => [c.key, total?.[k]]));
      expect(byKey).toMatchObject(kpi);
      if (i === 0) expect(byKey['orgs']).toBe(sample.orgs.length);
    });
  });
});
