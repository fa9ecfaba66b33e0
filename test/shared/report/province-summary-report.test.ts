import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import type { Settings } from '../../../shared/domain/types';
import { PARTY_HEADING, type DataRow, type ReportDocument } from '../../../shared/report/layout';
import {
  PROVINCE_BY_DISTRICT_COLUMNS,
  PROVINCE_BY_TYPE_COLUMNS,
  PROVINCE_SHEET_NAMES,
  buildProvinceSummaryReport,
} from '../../../shared/report/province-summary-report';
import { generateSampleData } from '../../../shared/sample/generator';
import { provinceOverview } from '../../../shared/submission/province-overview';
import { submissionOf } from '../../../shared/submission/write-submission';
import { headerSplit, writeReportWorkbook } from '../../../shared/xlsx/write-report';
import { FONT_NAME } from '../../../shared/xlsx/xlsx-style';
import { settings as districtSettings } from '../fixtures/settings';

const DATE = '2025-10-01';
const date = { day: 1, month: 10, year: 2025 };
const PERIOD: DashboardPeriod = { kind: 'quarter', year: 2025, quarter: 3 };

/** The province's Organization Board, which receives the districts' files. */
const province: Settings = {
  ...districtSettings,
  committeeName: 'Ban Tổ chức Tỉnh ủy',
  documentSymbol: 'BTCTU',
  place: 'Nghệ An',
  signerOnBehalf: 'K/T TRƯỞNG BAN',
  signerPosition: 'PHÓ TRƯỞNG BAN',
  signerName: 'Trần Văn Minh',
  recipients: ['Thường trực Tỉnh ủy (để báo cáo)', 'Các huyện ủy, thành ủy, thị ủy', 'Lưu Ban Tổ chức Tỉnh ủy'],
  mode: 'province',
};

function submission(seed: number, name: string) {
  const data = generateSampleData({ seed, scale: 'district', today: DATE });
  return submissionOf({ ...data, settings: { ...data.settings, committeeName: name } }, PERIOD, DATE, new Date('2025-10-01T08:00:00Z'));
}
const overview = provinceOverview(PERIOD, [submission(1, 'Huyện ủy Yên Thành'), submission(2, 'Thành ủy Vinh'), submission(3, 'Huyện ủy Đô Lương')]);
const docs = buildProvinceSummaryReport({ overview, settings: province, date });

const dataRows = (doc: ReportDocument): DataRow[] => doc.rows.filter((r): r is DataRow => r.kind === 'data');
const FIGURES = (doc: ReportDocument) => doc.columns.slice(2).map((c) => c.key);

describe('buildProvinceSummaryReport', () => {
  it('has a district sheet and a type sheet, A4 portrait, with the province’s header', () => {
    expect(docs.map((d) => d.sheetName)).toEqual([PROVINCE_SHEET_NAMES.byDistrict, PROVINCE_SHEET_NAMES.byType]);
    for (const doc of docs) {
      expect(doc.orientation).toBe('portrait');
      expect(doc.header).toMatchObject({ superiorBody: 'ĐẢNG BỘ TỈNH NGHỆ AN', issuingBody: 'BAN TỔ CHỨC TỈNH ỦY', numberSymbol: 'Số      -BC/BTCTU', documentType: 'BIỂU TỔNG HỢP' });
      expect(doc.header.placeDate).toBe('Nghệ An, ngày 01 tháng 10 năm 2025');
      expect(doc.signature).toEqual({ onBehalf: 'K/T TRƯỞNG BAN', position: 'PHÓ TRƯỞNG BAN', name: 'Trần Văn Minh' });
      expect(doc.recipients.at(-1)).toBe('- Lưu Ban Tổ chức Tỉnh ủy.');
    }
    expect(docs[0]?.header.summary).toEqual(['tình hình cán bộ lãnh đạo tỉnh đăng ký và dự sinh hoạt chi bộ', 'quý III năm 2025 (theo đảng bộ huyện và tương đương)']);
  });

  it('lists the districts in Vietnamese order, one row each, with their own figures', () => {
    const rows = dataRows(docs[0]!);
    expect(rows.map((r) => r.values['name'])).toEqual(['Huyện ủy Đô Lương', 'Huyện ủy Yên Thành', 'Thành ủy Vinh']);
    expect(rows.map((r) => r.values['stt'])).toEqual([1, 2, 3]);
    rows.forEach((r, i) => expect(r.values).toMatchObject({ cells: overview.districts[i]!.kpi.cells, recommendationsOpen: overview.districts[i]!.kpi.recommendationsOpen }));
  });

  it('totals are the sums of the rows and the overview’s total, on both sheets', () => {
    for (const doc of docs) {
      const sums = Object.fromEntries(FIGURES(doc).map((k) => [k, dataRows(doc).reduce((n, r) => n + Number(r.values[k]), 0)]));
      expect(doc.totalRow?.values).toEqual(sums);
      expect(overview.total).toMatchObject(sums);
    }
    expect(docs[0]?.totalRow?.label).toBe('Tổng cộng: 3 đơn vị');
    expect(overview.total.meetingsHeld).toBeGreaterThan(0);
    expect(overview.total.crowded).toBeGreaterThan(0);
  });

  it('fits both tables into the A4 portrait printable width', () => {
    for (const columns of [PROVINCE_BY_DISTRICT_COLUMNS, PROVINCE_BY_TYPE_COLUMNS]) {
      expect(columns.reduce((n, c) => n + c.width, 0) * 7).toBeLessThanOrEqual(624);
    }
  });

  it('no district yet: no rows and a total of zeros', () => {
    const [byDistrict, byType] = buildProvinceSummaryReport({ overview: provinceOverview(PERIOD, []), settings: province, date });
    expect(byDistrict?.rows).toEqual([]);
    expect(byType?.rows).toEqual([]);
    expect(Object.values(byDistrict?.totalRow?.values ?? { x: 1 }).every((v) => v === 0)).toBe(true);
  });
});

describe('the province summary workbook, read back with exceljs', () => {
  let sheets: ExcelJS.Worksheet[] = [];
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeReportWorkbook(docs)) as unknown as ExcelJS.Buffer);
    sheets = wb.worksheets;
  });

  const text = (ws: ExcelJS.Worksheet, row: number, col: number) => String(ws.getCell(row, col).value ?? '');
  const headerRowOf = (ws: ExcelJS.Worksheet) => {
    for (let r = 1; r <= ws.rowCount; r++) if (text(ws, r, 1) === 'STT') return r;
    throw new Error('no table header');
  };
  const letter = (col: number) => String.fromCharCode(64 + col);

  it('places the Party header, the title and the column titles', () => {
    expect(sheets.map((ws) => ws.name)).toEqual([PROVINCE_SHEET_NAMES.byDistrict, PROVINCE_SHEET_NAMES.byType]);
    sheets.forEach((ws, i) => {
      const columns = docs[i]!.columns;
      const split = headerSplit(columns.map((c) => c.width));
      expect(text(ws, 1, 1)).toBe('ĐẢNG BỘ TỈNH NGHỆ AN');
      expect(text(ws, 2, 1)).toBe('BAN TỔ CHỨC TỈNH ỦY');
      expect(text(ws, 4, 1)).toBe('Số      -BC/BTCTU');
      expect(text(ws, 1, split + 1)).toBe(PARTY_HEADING);
      expect(text(ws, 4, split + 1)).toBe('Nghệ An, ngày 01 tháng 10 năm 2025');
      expect(text(ws, 6, 1)).toBe('BIỂU TỔNG HỢP');
      expect(text(ws, 7, 1)).toBe('tình hình cán bộ lãnh đạo tỉnh đăng ký và dự sinh hoạt chi bộ');
      const row = headerRowOf(ws);
      expect(columns.map((_, c) => text(ws, row, c + 1))).toEqual(columns.map((c) => c.title));
      const last = letter(columns.length);
      expect(ws.model.merges).toEqual(expect.arrayContaining([`A1:${letter(split)}1`, `${letter(split + 1)}1:${last}1`, `A6:${last}6`, `A7:${last}7`]));
    });
  });

  it('writes every text in Times New Roman', () => {
    for (const ws of sheets) {
      ws.eachRow((row) => row.eachCell((cell) => expect(cell.font?.name, cell.address).toBe(FONT_NAME)));
      expect(ws.getCell(6, 1).font.bold).toBe(true);
    }
  });

  it('prints on A4, fitted to the width, the table header repeated on every page', () => {
    for (const ws of sheets) {
      const row = headerRowOf(ws);
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${row}:${row}` });
    }
  });

  it('has a total row equal to the sum of its rows and to the overview', () => {
    sheets.forEach((ws, i) => {
      const columns = docs[i]!.columns;
      const sums = new Array<number>(columns.length).fill(0);
      let total: number[] | undefined;
      let rows = 0;
      for (let r = headerRowOf(ws) + 1; r <= ws.rowCount && !total; r++) {
        const figures = columns.map((_, c) => Number(ws.getCell(r, c + 1).value ?? 0));
        if (typeof ws.getCell(r, 1).value === 'number') {
          rows++;
          figures.forEach((v, c) => (sums[c]! += v));
        } else if (text(ws, r, 1).startsWith('Tổng cộng')) total = figures;
      }
      expect(rows).toBe(i === 0 ? overview.districts.length : overview.byType.length);
      expect(total?.slice(2)).toEqual(sums.slice(2));
      const byKey = Object.fromEntries(columns.slice(2).map((c, k) => [c.key, total?.[k + 2]]));
      expect(overview.total).toMatchObject(byKey);
    });
  });
});
