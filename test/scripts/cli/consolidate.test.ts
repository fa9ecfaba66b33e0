/**
 * `npm run cli -- consolidate`: two sample districts written with `report submission`,
 * consolidated, and a tampered copy refused with the file's name.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsolidateResult } from '../../../scripts/cli/commands/consolidate';
import { runCli } from '../../../scripts/cli/main';
import type { CliIo } from '../../../scripts/cli/types';
import { aggregateDashboard } from '../../../shared/dashboard/aggregate';
import { dashboardInputOf } from '../../../shared/dashboard/input';
import { prepareDashboard } from '../../../shared/dashboard/prepare';
import { generateSampleData } from '../../../shared/sample/generator';
import { PROVINCE_SHEET_NAMES } from '../../../shared/report/province-summary-report';
import { DATA_SHEET_NAME, JSON_FIRST_ROW } from '../../../shared/submission/data-sheet';
import { buildSubmissionWorkbook } from '../../../shared/submission/write-submission';

let dir: string;
const path = (name: string) => join(dir, name);

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), readFile: () => Promise.reject(new Error('not used')) };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const PERIOD = { kind: 'quarter', year: 2025, quarter: 3 } as const;
const kpiOf = (seed: number) =>
  aggregateDashboard(prepareDashboard(dashboardInputOf(generateSampleData({ seed, scale: 'district', today: '2025-10-01' }))), {
    period: PERIOD,
    orgId: null,
    today: '2025-10-01',
  }).kpi;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'consolidate-'));
  const common = ['--period', '2025-q3', '--date', '01/10/2025'];
  expect((await cli('report', 'submission', '--sample', '1', '--out', path('yen-thanh.xlsx'), ...common)).code).toBe(0);
  expect((await cli('report', 'submission', '--sample', '2', '--out', path('do-luong.xlsx'), '--committee', 'Huyện ủy Đô Lương', ...common)).code).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('consolidate', () => {
  it('prints each district and the total (JSON)', async () => {
    const { code, out, err } = await cli('consolidate', path('yen-thanh.xlsx'), path('do-luong.xlsx'), '--json');
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const r = JSON.parse(out) as ConsolidateResult;
    expect(r.period).toBe('2025-q3');
    expect(r.districts.map((d) => [d.committee, d.file])).toEqual([
      ['Huyện ủy Yên Thành', resolve(path('yen-thanh.xlsx'))],
      ['Huyện ủy Đô Lương', resolve(path('do-luong.xlsx'))],
    ]);
    expect(r.districts.map((d) => d.kpi)).toEqual([kpiOf(1), kpiOf(2)]);
    expect(r.total.cells).toBe(kpiOf(1).cells + kpiOf(2).cells);
    expect(r.total.meetingsHeld).toBe(kpiOf(1).meetingsHeld + kpiOf(2).meetingsHeld);
    expect(r.replaced).toEqual([]);
  });

  it('prints Vietnamese text by default', async () => {
    const { code, out } = await cli('consolidate', path('yen-thanh.xlsx'), path('do-luong.xlsx'));
    expect(code).toBe(0);
    expect(out).toMatch(/^Tổng hợp 2 đơn vị, kỳ báo cáo: quý III năm 2025\./);
    expect(out).toContain('Tổng cộng: ');
  });

  it('refuses a tampered file, naming it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path('do-luong.xlsx')) as unknown as ArrayBuffer);
    const cell = wb.getWorksheet(DATA_SHEET_NAME)!.getCell(JSON_FIRST_ROW, 1);
    cell.value = String(cell.value).replace('"memberCount":', '"memberCount":9');
    writeFileSync(path('tampered.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
    const { code, err } = await cli('consolidate', path('yen-thanh.xlsx'), path('tampered.xlsx'));
    expect(code).toBe(1);
    expect(err).toContain(`Tệp "${path('tampered.xlsx')}" bị từ chối: Dữ liệu đã bị sửa hoặc hỏng: mã kiểm tra SHA-256 không khớp`);
  });

  it('refuses a cut file and a missing one; needs at least one file', async () => {
    const bytes = readFileSync(path('yen-thanh.xlsx'));
    writeFileSync(path('cut.xlsx'), bytes.subarray(0, 1000));
    expect((await cli('consolidate', path('cut.xlsx'))).err).toContain('bị từ chối: Không đọc được tệp: tệp bị cắt cụt');
    expect((await cli('consolidate', path('none.xlsx'))).err).toContain('tệp không tồn tại');
    expect((await cli('consolidate')).code).toBe(2);
  });

  it('writes the province summary with --out, and says what a re-sent file changed', async () => {
    // Yên Thành sends again, later, with its first ten registrations only.
    const sample = generateSampleData({ seed: 1, scale: 'district', today: '2025-10-01' });
    const later = { ...sample, registrations: sample.registrations.slice(0, 10) };
    writeFileSync(path('yen-thanh-2.xlsx'), await buildSubmissionWorkbook(later, PERIOD, '2025-10-01', new Date('2099-01-01T00:00:00Z')));
    const files = [path('yen-thanh.xlsx'), path('do-luong.xlsx'), path('yen-thanh-2.xlsx')];
    const { code, out, err } = await cli('consolidate', ...files, '--out', path('tinh.xlsx'), '--date', '02/10/2025', '--json');
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const r = JSON.parse(out) as ConsolidateResult;
    expect(r.out).toBe(resolve(path('tinh.xlsx')));
    expect(r.replaced).toHaveLength(1);
    const changes = r.replaced[0]!.changes;
    expect(changes.unchanged).toBe(false);
    expect(changes.registrationsRemoved).toHaveLength(sample.registrations.length - 10);
    expect(changes.registrationsAdded).toEqual([]);
    expect(changes.cellsRemoved).toEqual([]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path('tinh.xlsx')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([PROVINCE_SHEET_NAMES.byDistrict, PROVINCE_SHEET_NAMES.byType]);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(1, 1).value).toBe('ĐẢNG BỘ TỈNH NGHỆ AN');
    expect(ws.getCell(2, 1).value).toBe('BAN TỔ CHỨC TỈNH ỦY');
    const names: unknown[] = [];
    ws.eachRow((row) => row.getCell(2).value !== null && typeof row.getCell(1).value === 'number' && names.push(row.getCell(2).value));
    expect(names).toEqual(['Huyện ủy Đô Lương', 'Huyện ủy Yên Thành']);

    const again = await cli('consolidate', ...files, '--out', path('tinh.xlsx'));
    expect(again.code).toBe(1);
    expect(again.err).toContain('tệp đã có; thêm --force để ghi đè');
    const text = await cli('consolidate', ...files, '--out', path('tinh.xlsx'), '--force');
    expect(text.code).toBe(0);
    expect(text.out).toContain(`Tệp mới so với tệp cũ: ${sample.registrations.length - 10} lượt đăng ký bớt.`);
    expect(text.out).toContain(`Đã ghi biểu tổng hợp toàn tỉnh vào tệp ${resolve(path('tinh.xlsx'))}.`);
    expect((await cli('consolidate', ...files, '--out', path('tinh.txt'))).code).toBe(2);
    expect((await cli('consolidate', ...files, '--force')).code).toBe(2);
  });
});
