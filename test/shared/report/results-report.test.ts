/**
 * The results report on the hand-made district (counted by hand below) and on the
 * generated district sample (checked against the dashboard's aggregate), then written and
 * read back with exceljs.
 *
 * Hand-made 2025, report date 15/10/2025 (= the dashboard fixture's TODAY):
 * - Q1 m-q1 (An, cell-1) held, Bí thư came; Q2 m-q2 (Cường, cell-5) not attended and
 *   m-ghost (deleted official, cell-2) held, Bí thư came; Q3 m-q3-early (An) held, nobody
 *   recorded, m-q3 (An) scheduled; Q4 m-q4 (Cường, cell-5) held, Phó Bí thư came.
 *   Outside: m-2024, m-2026; never counted: the fixture's orphans.
 * - Recommendations: rec-overdue (new, due 01/03), rec-done (resolved) at m-q1; rec-open
 *   (forwarded, due 01/12) at m-q3; rec-q4 (answered, due 10/10: overdue) at m-q4.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregateDashboard } from '../../../shared/dashboard/aggregate';
import { prepareDashboard } from '../../../shared/dashboard/prepare';
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import { RECOMMENDATION_STATUS_LABEL_VI } from '../../../shared/domain/labels-vi';
import type { Meeting, Recommendation } from '../../../shared/domain/meetings';
import type { DistrictData } from '../../../shared/domain/types';
import type { DataRow, ReportDocument } from '../../../shared/report/layout';
import { buildResultsReport, RESULTS_QUARTER_COLUMNS, type ResultsReportInput } from '../../../shared/report/results-report';
import { RESULTS_OFFICIAL_COLUMNS, RESULTS_RECOMMENDATION_COLUMNS } from '../../../shared/report/results-tables';
import { generateSampleData } from '../../../shared/sample/generator';
import { writeReportXlsx } from '../../../shared/xlsx/write-report';
import * as dashboard from '../dashboard/fixture';
import { settings } from '../fixtures/settings';
import { cells, officials, orgs, registrations } from '../fixtures/small-district';
import { meeting, reg } from '../meetings/fixture';

const date = { day: 15, month: 10, year: 2025 };
const YEAR: DashboardPeriod = { kind: 'year', year: 2025 };

const meetings: Meeting[] = [
  ...dashboard.meetings.map((m) => (m.id === 'm-q1' ? { ...m, hostAttended: 'secretary' as const } : m)),
  meeting('m-q4', 'reg-7', '2025-10-01', { status: 'held', hostAttended: 'deputy' }),
  meeting('m-ghost', 'reg-ghost', '2025-06-01', { status: 'held', hostAttended: 'secretary' }),
];

const recQ4: Recommendation = {
  id: 'rec-q4',
  meetingId: 'm-q4',
  content: 'Bố trí kinh phí sửa trụ sở',
  field: 'Tài chính',
  addressedTo: 'UBND huyện',
  dueDate: '2025-10-10',
  status: 'answered',
  history: [
    { status: 'new', date: '2025-10-01', note: '', skipReason: '' },
    { status: 'answered', date: '2025-10-05', note: 'Đưa vào dự toán năm 2026', skipReason: 'Trả lời tại chỗ' },
  ],
};

const data: DistrictData = {
  settings,
  orgs,
  cells,
  officials: officials.map((o) => (o.id === 'b' ? { ...o, group: 'standing' as const, position: 'Phó Bí thư Tỉnh ủy' } : o)),
  registrations: [...registrations, reg('reg-ghost', 'gone', { kind: 'year', year: 2025, quarters: [2] }, 'cell-2')],
  meetings,
  recommendations: [...dashboard.recommendations, recQ4],
};

const docs = buildResultsReport({ ...data, period: YEAR, date });
const [byQuarter, byOfficial, recs] = docs as [ReportDocument, ReportDocument, ReportDocument];
const dataRows = (doc: ReportDocument) => doc.rows.filter((r): r is DataRow => r.kind === 'data').map((r) => r.values);
const width = (doc: ReportDocument) => doc.columns.reduce((n, c) => n + c.width, 0);

describe('buildResultsReport: the document', () => {
  it('is a BÁO CÁO in three sheets, each with the header, signature and recipients from the settings', () => {
    expect(docs.map((d) => d.sheetName)).toEqual(['Kết quả theo quý', 'Kết quả theo cán bộ', 'Kiến nghị, đề xuất']);
    for (const doc of docs) {
      expect(doc.header).toMatchObject({ documentType: 'BÁO CÁO', numberSymbol: 'Số      -BC/HU', placeDate: 'Yên Thành, ngày 15 tháng 10 năm 2025' });
      expect(doc.header.summary.slice(0, 2)).toEqual(['kết quả dự sinh hoạt chi bộ của các đồng chí lãnh đạo tỉnh', 'năm 2025']);
      expect(doc.signature.name).toBe('Nguyễn Văn Hùng');
      expect(doc.recipients.at(-1)).toBe('- Lưu Văn phòng Huyện ủy.');
      expect(doc.notes?.[0]).toMatch(/^Ghi chú: Số liệu tính đến ngày 15\/10\/2025\. \S/);
    }
    expect(docs.map((d) => d.header.summary[2])).toEqual([
      'Biểu 1: Buổi sinh hoạt theo quý',
      'Biểu 2: Kết quả của từng đồng chí',
      'Biểu 3: Kiến nghị, đề xuất và kết quả giải quyết',
    ]);
  });

  it('names the period as the dashboard does', () => {
    const summary = (period: DashboardPeriod) => buildResultsReport({ ...data, period, date })[0]!.header.summary[1];
    expect(summary({ kind: 'quarter', year: 2025, quarter: 3 })).toBe('quý III năm 2025');
    expect(summary({ kind: 'term', startYear: 2025, endYear: 2030 })).toBe('nhiệm kỳ 2025 – 2030');
  });

  it('fits each table into its paper: two portrait sheets, the wide register landscape', () => {
    // Printable width at 7 px per width unit: portrait 624 px, landscape 952 px (3 cm + 1.5 cm margins).
    expect([byQuarter.orientation, byOfficial.orientation, recs.orientation]).toEqual(['portrait', 'portrait', 'landscape']);
    expect(width(byQuarter) * 7).toBeLessThanOrEqual(624);
    expect(width(byOfficial) * 7).toBeLessThanOrEqual(624);
    expect(width(recs) * 7).toBeLessThanOrEqual(952);
    expect(width(recs)).toBeGreaterThan(88);
  });
});

describe('sheet 1: meetings by quarter', () => {
  it('counts planned, held, not attended, pending and who of the grassroots came, per quarter', () => {
    const pick = ({ quarter, planned, held, notAttended, pending, heldShare, secretary, deputy, noHost }: Record<string, unknown>) =>
      [quarter, planned, held, notAttended, pending, heldShare, secretary, deputy, noHost];
    expect(dataRows(byQuarter).map(pick)).toEqual([
      ['Quý I năm 2025', 1, 1, 0, 0, 1, 1, 0, 0],
      ['Quý II năm 2025', 2, 1, 1, 0, 0.5, 1, 0, 0],
      ['Quý III năm 2025', 2, 1, 0, 1, 0.5, 0, 0, 1],
      ['Quý IV năm 2025', 1, 1, 0, 0, 1, 0, 1, 0],
    ]);
    expect(dataRows(byQuarter).map((v) => v.stt)).toEqual([1, 2, 3, 4]);
    expect(byQuarter.totalRow).toEqual({
      label: 'Tổng cộng',
      values: { planned: 6, held: 4, notAttended: 1, pending: 1, heldShare: 0.667, secretary: 2, deputy: 1, noHost: 1 },
    });
  });

  it('shows a dash, not 0%, where nothing was planned', () => {
    const [sheet] = buildResultsReport({ ...data, period: { kind: 'year', year: 2027 }, date });
    expect(dataRows(sheet!).map((v) => v.heldShare)).toEqual(['—', '—', '—', '—']);
    expect(sheet!.totalRow?.values).toMatchObject({ planned: 0, heldShare: '—' });
  });

  it('has the columns the header promises', () => {
    expect(RESULTS_QUARTER_COLUMNS.map((c) => c.title)).toEqual([
      'STT', 'Thời gian', 'Buổi sinh hoạt theo lịch', 'Đã dự', 'Không dự được', 'Chưa diễn ra', 'Tỷ lệ đã dự',
      'Bí thư cơ sở dự cùng', 'Phó Bí thư cơ sở dự cùng', 'Không có Bí thư, Phó Bí thư dự',
    ]);
  });
});

describe('sheet 2: per official', () => {
  it('groups officials by group, by name within, with every official on record and the deleted one last', () => {
    const shape = byOfficial.rows.map((r) => (r.kind === 'group' ? r.label : `${r.values.stt ?? '-'} ${r.values.name}`));
    expect(shape).toEqual([
      'I. Ủy viên Ban Thường vụ Tỉnh ủy',
      '1 Trần Thị Bình',
      'II. Tỉnh ủy viên',
      '2 Đặng Văn Hòa',
      '3 Lê Văn Cường',
      '4 Nguyễn Văn An',
      '5 Phạm Thị Dung',
      '- Cán bộ không còn trong danh sách',
    ]);
  });

  it('counts each official’s meetings, distinct cells held and recommendations raised', () => {
    const byName = new Map(dataRows(byOfficial).map((v) => [v.name, v]));
    expect(byName.get('Nguyễn Văn An')).toMatchObject({ planned: 3, held: 2, notAttended: 0, pending: 1, cellsHeld: 1, recommendations: 3 });
    expect(byName.get('Lê Văn Cường')).toMatchObject({ planned: 2, held: 1, notAttended: 1, pending: 0, cellsHeld: 1, recommendations: 1 });
    expect(byName.get('Trần Thị Bình')).toMatchObject({ position: 'Phó Bí thư Tỉnh ủy', planned: 0, cellsHeld: 0, recommendations: 0 });
    expect(byName.get('Cán bộ không còn trong danh sách')).toMatchObject({ planned: 1, held: 1, cellsHeld: 1 });
    expect(byOfficial.totalRow?.values).toEqual({ planned: 6, held: 4, notAttended: 1, pending: 1, cellsHeld: '', recommendations: 4 });
    expect(byOfficial.notes?.[0]).toContain('có 2 đồng chí đã dự sinh hoạt tại 3 chi bộ');
  });
});

describe('sheet 3: recommendations', () => {
  it('lists the period’s recommendations by meeting date, with status, due date, overdue flag and last step', () => {
    expect(dataRows(recs)).toEqual([
      { stt: 1, content: 'Kiến nghị rec-overdue', field: 'Giao thông', addressedTo: 'UBND xã', where: 'Chi bộ thôn 1\n(Đảng bộ xã Hợp Thành)', meetingDate: '10/02/2025', status: 'Mới tiếp nhận', dueDate: '01/03/2025', overdue: 'Quá hạn', lastStep: '' },
      { stt: 2, content: 'Kiến nghị rec-done', field: 'Giao thông', addressedTo: 'UBND xã', where: 'Chi bộ thôn 1\n(Đảng bộ xã Hợp Thành)', meetingDate: '10/02/2025', status: 'Đã giải quyết', dueDate: '01/03/2025', overdue: '', lastStep: '' },
      { stt: 3, content: 'Kiến nghị rec-open', field: 'Giao thông', addressedTo: 'UBND xã', where: 'Chi bộ thôn 1\n(Đảng bộ xã Hợp Thành)', meetingDate: '20/08/2025', status: 'Đã chuyển', dueDate: '01/12/2025', overdue: '', lastStep: '' },
      { stt: 4, content: 'Bố trí kinh phí sửa trụ sở', field: 'Tài chính', addressedTo: 'UBND huyện', where: 'Chi bộ Đội An ninh\n(Đảng bộ Công an huyện)', meetingDate: '01/10/2025', status: 'Đã trả lời', dueDate: '10/10/2025', overdue: 'Quá hạn', lastStep: '05/10/2025: Đưa vào dự toán năm 2026' },
    ]);
  });

  it('totals the overdue ones and counts every status in the notes', () => {
    expect(recs.totalRow).toEqual({ label: 'Tổng cộng: 4 kiến nghị, đề xuất', values: { overdue: 2 } });
    expect(recs.notes?.[0]).toContain('Mới tiếp nhận 1; Đã chuyển 1; Đã trả lời 1; Đã giải quyết 1; Đóng, không xử lý 0. Chưa giải quyết xong: 3, trong đó quá hạn trả lời: 2.');
    expect(RESULTS_RECOMMENDATION_COLUMNS.map((c) => c.key)).toEqual(['stt', 'content', 'field', 'addressedTo', 'where', 'meetingDate', 'status', 'dueDate', 'overdue', 'lastStep']);
    expect(RESULTS_OFFICIAL_COLUMNS).toHaveLength(9);
  });

  it('measures overdue at the report’s date: a day earlier, rec-q4 is not overdue yet', () => {
    const early = buildResultsReport({ ...data, period: YEAR, date: { day: 10, month: 10, year: 2025 } })[2]!;
    expect(dataRows(early).map((v) => v.overdue)).toEqual(['Quá hạn', '', '', '']);
  });
});

describe('agrees with the dashboard on the generated district sample', () => {
  const sample = generateSampleData({ seed: 7, scale: 'district', today: dashboard.TODAY });
  const prepared = prepareDashboard({
    ...sample,
    meetings: sample.meetings ?? [],
    recommendations: sample.recommendations ?? [],
    term: { startYear: sample.settings.termStartYear, endYear: sample.settings.termEndYear },
    rules: sample.settings.rules,
  });
  const periods: DashboardPeriod[] = [YEAR, { kind: 'quarter', year: 2025, quarter: 2 }, { kind: 'term', startYear: 2025, endYear: 2030 }];

  it.each(periods)('counts what aggregateDashboard counts for %o', (period) => {
    const agg = aggregateDashboard(prepared, { period, orgId: null, today: dashboard.TODAY });
    const [q, o, r] = buildResultsReport({ ...sample, period, date }) as [ReportDocument, ReportDocument, ReportDocument];
    expect(agg.kpi.meetingsPlanned).toBeGreaterThan(0);
    expect(dataRows(q).map((v) => [v.planned, v.held, v.notAttended, v.pending])).toEqual(
      agg.meetingsByQuarter.map((b) => [b.planned, b.held, b.notAttended, b.pending]),
    );
    const hosts = dataRows(q).map((v) => Number(v.secretary) + Number(v.deputy) + Number(v.noHost));
    expect(hosts).toEqual(agg.meetingsByQuarter.map((b) => b.held));
    expect(q.totalRow?.values).toMatchObject({ planned: agg.kpi.meetingsPlanned, held: agg.kpi.meetingsHeld });
    expect(o.totalRow?.values).toMatchObject({ planned: agg.kpi.meetingsPlanned, held: agg.kpi.meetingsHeld, recommendations: agg.kpi.recommendationsTotal });
    const sum = (key: string) => dataRows(o).reduce((n, v) => n + Number(v[key]), 0);
    expect([sum('planned'), sum('held'), sum('recommendations')]).toEqual([agg.kpi.meetingsPlanned, agg.kpi.meetingsHeld, agg.kpi.recommendationsTotal]);
    expect(dataRows(o).filter((v) => v.stt !== null)).toHaveLength(agg.kpi.officialsTotal);
    const statusCounts = agg.recommendationsByStatus.map((b) => dataRows(r).filter((v) => v.status === RECOMMENDATION_STATUS_LABEL_VI[b.status]).length);
    expect(statusCounts).toEqual(agg.recommendationsByStatus.map((b) => b.count));
    expect(dataRows(r).filter((v) => v.overdue === 'Quá hạn')).toHaveLength(agg.kpi.recommendationsOverdue);
    expect(r.totalRow?.values.overdue).toBe(agg.kpi.recommendationsOverdue);
  });
});

describe('written with writeReportXlsx and read back with exceljs', () => {
  const sample = generateSampleData({ seed: 7, scale: 'district', today: dashboard.TODAY });
  const input: ResultsReportInput = { ...sample, period: YEAR, date };
  const sampleDocs = buildResultsReport(input);
  const sheets: ExcelJS.Worksheet[] = [];

  beforeAll(async () => {
    for (const doc of sampleDocs) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await writeReportXlsx(doc)) as unknown as ExcelJS.Buffer);
      sheets.push(wb.worksheets[0]!);
    }
  });

  /** The table header row: the first with "STT" in column A. */
  const headerRow = (ws: ExcelJS.Worksheet) => {
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === 'STT') return r;
    throw new Error('no table header');
  };
  const totalRow = (ws: ExcelJS.Worksheet) => {
    for (let r = headerRow(ws) + 1; r <= ws.rowCount; r++) if (String(ws.getCell(r, 1).value).startsWith('Tổng cộng')) return r;
    throw new Error('no total row');
  };
  /** Numbers in a column between the header and the total: the data rows. */
  const columnSum = (ws: ExcelJS.Worksheet, col: number) => {
    let sum = 0;
    for (let r = headerRow(ws) + 1; r < totalRow(ws); r++) if (typeof ws.getCell(r, 1).value === 'number') sum += Number(ws.getCell(r, col).value);
    return sum;
  };

  it('prints the header block, title and the sheet’s part where the format puts them', () => {
    for (const ws of sheets) {
      expect(ws.getCell('A1').value).toBe('ĐẢNG BỘ TỈNH NGHỆ AN');
      expect(String(ws.getCell('A4').value)).toMatch(/^Số +-BC\//);
      expect(ws.getCell('A6').value).toBe('BÁO CÁO');
      expect(ws.getCell('A6').font).toMatchObject({ bold: true, name: 'Times New Roman' });
      expect(ws.getCell('A8').value).toBe('năm 2025');
      expect(String(ws.getCell('A9').value)).toMatch(/^Biểu \d: /);
    }
    const right = (ws: ExcelJS.Worksheet) => ws.getRow(1).values as unknown[];
    expect(right(sheets[0]!)).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('sets A4 in each sheet’s orientation, fitted to width, the table header repeated', () => {
    sheets.forEach((ws, i) => {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: sampleDocs[i]!.orientation, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.pageSetup.printTitlesRow).toBe(`${headerRow(ws)}:${headerRow(ws)}`);
    });
  });

  it('has totals that equal the sum of the rows and the dashboard', () => {
    const agg = aggregateDashboard(
      prepareDashboard({
        ...sample,
        meetings: sample.meetings ?? [],
        recommendations: sample.recommendations ?? [],
        term: { startYear: 2025, endYear: 2030 },
        rules: sample.settings.rules,
      }),
      { period: YEAR, orgId: null, today: dashboard.TODAY },
    );
    const [q, o, r] = sheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
    // Sheet 1: planned C, held D, not attended E, pending F, secretary H, deputy I, none J.
    for (const col of [3, 4, 5, 6, 8, 9, 10]) expect(q.getCell(totalRow(q), col).value).toBe(columnSum(q, col));
    expect(q.getCell(totalRow(q), 3).value).toBe(agg.kpi.meetingsPlanned);
    expect(q.getCell(totalRow(q), 4).value).toBe(agg.kpi.meetingsHeld);
    expect(q.getCell(totalRow(q), 7).numFmt).toBe('0.0%');
    expect(q.getCell(totalRow(q), 7).value).toBeCloseTo(agg.kpi.meetingsHeld / agg.kpi.meetingsPlanned, 3);
    // Sheet 2: planned D, held E, recommendations I; the deleted officials' row has no STT, so counted apart.
    expect(o.getCell(totalRow(o), 4).value).toBe(agg.kpi.meetingsPlanned);
    expect(o.getCell(totalRow(o), 9).value).toBe(agg.kpi.recommendationsTotal);
    expect(o.getCell(totalRow(o), 4).numFmt).toBe('#,##0');
    // Sheet 3: one numbered row per recommendation, the overdue count in column I.
    let rows = 0;
    let overdue = 0;
    for (let row = headerRow(r) + 1; row < totalRow(r); row++) {
      rows++;
      if (r.getCell(row, 9).value === 'Quá hạn') overdue++;
    }
    expect(rows).toBe(agg.kpi.recommendationsTotal);
    expect(r.getCell(totalRow(r), 9).value).toBe(overdue);
    expect(overdue).toBe(agg.kpi.recommendationsOverdue);
    expect(r.getCell(totalRow(r), 1).value).toBe(`Tổng cộng: ${agg.kpi.recommendationsTotal} kiến nghị, đề xuất`);
  });
});
