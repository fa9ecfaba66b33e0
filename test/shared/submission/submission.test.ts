import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { aggregateDashboard } from '../../../shared/dashboard/aggregate';
import { dashboardInputOf } from '../../../shared/dashboard/input';
import { prepareDashboard } from '../../../shared/dashboard/prepare';
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import type { DistrictData } from '../../../shared/domain/types';
import { generateSampleData } from '../../../shared/sample/generator';
import { canonicalJson, sha256Hex } from '../../../shared/submission/checksum';
import { consolidate, sumKpis } from '../../../shared/submission/consolidate';
import { CHUNK_MAX, DATA_SHEET_NAME, JSON_FIRST_ROW, chunkText } from '../../../shared/submission/data-sheet';
import { SubmissionError, readSubmission } from '../../../shared/submission/read-submission';
import { SUBMISSION_SCHEMA_VERSION } from '../../../shared/submission/submission-schema';
import { buildSubmissionWorkbook } from '../../../shared/submission/write-submission';

const DATE = '2025-10-01';
const PERIOD: DashboardPeriod = { kind: 'quarter', year: 2025, quarter: 3 };

function district(seed: number, name: string): DistrictData {
  const data = generateSampleData({ seed, scale: 'district', today: DATE });
  return { ...data, settings: { ...data.settings, committeeName: name } };
}
const yenThanh = district(1, 'Huyện ủy Yên Thành');
const doLuong = district(2, 'Huyện ủy Đô Lương');

const kpiOf = (data: DistrictData) => aggregateDashboard(prepareDashboard(dashboardInputOf(data)), { period: PERIOD, orgId: null, today: DATE }).kpi;

async function editWorkbook(bytes: Uint8Array, edit: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(DATA_SHEET_NAME);
  if (!ws) throw new Error('no data sheet');
  edit(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const refusal = (p: Promise<unknown>) => p.then(
  () => 'accepted',
  (e: unknown) => (e instanceof SubmissionError ? e.message : `not a SubmissionError: ${String(e)}`),
);

describe('Gửi tỉnh workbook', () => {
  it('holds the report sheets and, last, the data sheet', async () => {
    const bytes = await buildSubmissionWorkbook(yenThanh, PERIOD, DATE, new Date('2025-10-01T08:00:00Z'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(['Theo loại hình', 'Theo tổ chức cơ sở đảng', expect.stringMatching(/^Đăng ký/), DATA_SHEET_NAME]);
    const ws = wb.getWorksheet(DATA_SHEET_NAME);
    expect(ws?.getCell('A1').value).toContain('không sửa');
    expect(ws?.getCell('B2').value).toBe(SUBMISSION_SCHEMA_VERSION);
    expect(ws?.getCell('B3').value).toBe('Huyện ủy Yên Thành');
    expect(ws?.getCell('B4').value).toBe('Quý III năm 2025 (2025-q3)');
    expect(String(ws?.getCell('B6').value)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads back what was written, checksum and all', async () => {
    const at = new Date('2025-10-01T08:00:00Z');
    const read = await readSubmission(await buildSubmissionWorkbook(yenThanh, PERIOD, DATE, at));
    expect(read.committee.name).toBe('Huyện ủy Yên Thành');
    expect(read.period).toEqual(PERIOD);
    expect(read.generatedAt).toBe(at.toISOString());
    expect(read.data.cells.map((c) => c.id)).toEqual(yenThanh.cells.map((c) => c.id));
    expect(read.data.registrations).toEqual(JSON.parse(JSON.stringify(yenThanh.registrations)));
  });

  it('consolidates two districts: the total is the sum of their dashboards', async () => {
    const at = new Date('2025-10-01T08:00:00Z');
    const files = await Promise.all([yenThanh, doLuong].map((d) => buildSubmissionWorkbook(d, PERIOD, DATE, at)));
    const result = consolidate(await Promise.all(files.map(readSubmission)));
    const expected = [kpiOf(yenThanh), kpiOf(doLuong)];
    expect(result.districts.map((d) => d.committee.name)).toEqual(['Huyện ủy Yên Thành', 'Huyện ủy Đô Lương']);
    expect(result.districts.map((d) => d.kpi)).toEqual(expected);
    expect(result.total).toEqual(sumKpis(expected));
    expect(result.total.cells).toBe(expected[0]!.cells + expected[1]!.cells);
    expect(result.total.meetingsHeld).toBe(expected[0]!.meetingsHeld + expected[1]!.meetingsHeld);
    expect(result.total.cells).toBeGreaterThan(0);
  });

  it('counts a re-sent district once, with its later file', async () => {
    const changed: DistrictData = { ...yenThanh, registrations: yenThanh.registrations.slice(0, 10) };
    const later = await readSubmission(await buildSubmissionWorkbook(changed, PERIOD, DATE, new Date('2025-10-02T08:00:00Z')));
    const earlier = await readSubmission(await buildSubmissionWorkbook(yenThanh, PERIOD, DATE, new Date('2025-10-01T08:00:00Z')));
    const other = await readSubmission(await buildSubmissionWorkbook(doLuong, PERIOD, DATE, new Date('2025-10-01T09:00:00Z')));
    const result = consolidate([later, other, earlier]);
    expect(result.districts.map((d) => d.index)).toEqual([0, 1]);
    expect(result.districts[0]?.kpi).toEqual(kpiOf(changed));
    expect(result.replaced).toEqual([
      { committee: 'Huyện ủy Yên Thành', index: 2, generatedAt: '2025-10-01T08:00:00.000Z', replacedBy: { index: 0, generatedAt: '2025-10-02T08:00:00.000Z' } },
    ]);
  });

  it('counts a file picked twice once, as a duplicate rather than a replacement', async () => {
    const bytes = await buildSubmissionWorkbook(yenThanh, PERIOD, DATE, new Date('2025-10-01T08:00:00Z'));
    const other = await readSubmission(await buildSubmissionWorkbook(doLuong, PERIOD, DATE, new Date('2025-10-01T09:00:00Z')));
    const result = consolidate([await readSubmission(bytes), other, await readSubmission(bytes)]);
    expect(result.districts.map((d) => d.index)).toEqual([0, 1]);
    expect(result.replaced).toEqual([]);
    expect(result.duplicates).toEqual([{ committee: 'Huyện ủy Yên Thành', index: 2, sameAs: 0 }]);
    expect(result.total.cells).toBe(kpiOf(yenThanh).cells + kpiOf(doLuong).cells);
  });

  it('refuses to mix periods', async () => {
    const at = new Date('2025-10-01T08:00:00Z');
    const a = await readSubmission(await buildSubmissionWorkbook(yenThanh, PERIOD, DATE, at));
    const b = await readSubmission(await buildSubmissionWorkbook(doLuong, { kind: 'year', year: 2025 }, DATE, at));
    expect(() => consolidate([a, b])).toThrow(/Không tổng hợp chung các kỳ khác nhau: Huyện ủy Yên Thành gửi quý iii năm 2025, Huyện ủy Đô Lương gửi năm 2025/);
  });
});

describe('a damaged submission is refused', () => {
  const good = buildSubmissionWorkbook(yenThanh, PERIOD, DATE, new Date('2025-10-01T08:00:00Z'));

  it('one character changed in the JSON: the checksum does not match', async () => {
    const bytes = await editWorkbook(await good, (ws) => {
      const cell = ws.getCell(JSON_FIRST_ROW, 1);
      cell.value = String(cell.value).replace('"memberCount":', '"memberCount":1');
    });
    expect(await refusal(readSubmission(bytes))).toMatch(/^Dữ liệu đã bị sửa hoặc hỏng: mã kiểm tra SHA-256 không khớp/);
  });

  it('a chunk row deleted: the data is cut', async () => {
    const bytes = await editWorkbook(await good, (ws) => (ws.getCell(JSON_FIRST_ROW, 1).value = null));
    expect(await refusal(readSubmission(bytes))).toMatch(/^Dữ liệu bị cắt cụt: trang "Dữ liệu \(máy đọc\)", dòng 9 trống/);
  });

  it('a truncated file', async () => {
    const bytes = await good;
    expect(await refusal(readSubmission(bytes.slice(0, Math.floor(bytes.length / 2))))).toMatch(/^Không đọc được tệp: tệp bị cắt cụt/);
  });

  it('a workbook without the data sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'x';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await refusal(readSubmission(bytes))).toBe(`Tệp không phải tệp gửi tỉnh: thiếu trang "${DATA_SHEET_NAME}".`);
  });

  it('an unknown schema version', async () => {
    const bytes = await editWorkbook(await good, (ws) => (ws.getCell('B2').value = 2));
    expect(await refusal(readSubmission(bytes))).toMatch(/^Phiên bản lược đồ "2" .* không được hỗ trợ: phần mềm này đọc phiên bản 1/);
  });

  it('a payload of the wrong shape, even with a matching checksum', async () => {
    const bytes = await editWorkbook(await good, (ws) => {
      const target = '"period":{"kind":"quarter","quarter":3';
      for (let r = JSON_FIRST_ROW; ws.getCell(r, 1).value; r++) {
        const text = String(ws.getCell(r, 1).value);
        if (text.includes(target)) ws.getCell(r, 1).value = text.replace(target, '"period":{"kind":"quarter","quarter":7');
      }
    });
    // Rewrite the checksum over the edited chunks, as a careless tool might.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(DATA_SHEET_NAME)!;
    const chunks: string[] = [];
    for (let r = JSON_FIRST_ROW; ws.getCell(r, 1).value; r++) chunks.push(String(ws.getCell(r, 1).value));
    ws.getCell('B6').value = await sha256Hex(chunks.join(''));
    const rewritten = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await refusal(readSubmission(rewritten))).toMatch(/^Dữ liệu không đúng lược đồ phiên bản 1: trường "period/);
  });
});

describe('helpers', () => {
  it('canonical JSON sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}');
  });

  it('chunks stay under the cell limit and never split a surrogate pair', () => {
    const text = `${'x'.repeat(CHUNK_MAX - 1)}😀${'y'.repeat(10)}`;
    const chunks = chunkText(text);
    expect(chunks.join('')).toBe(text);
    expect(chunks[0]).toHaveLength(CHUNK_MAX - 1);
    expect(chunks.every((c) => c.length <= CHUNK_MAX)).toBe(true);
  });

  it('sha256Hex matches a known digest', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
