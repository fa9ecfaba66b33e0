/**
 * `npm run cli -- report`: each report written from the sample district to a temp dir and
 * read back with exceljs, the --json result checked against the shared builders, the
 * command-line mistakes, and once through the real CLI process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../scripts/cli/main';
import type { ReportResult } from '../../../scripts/cli/commands/report';
import type { CliIo } from '../../../scripts/cli/types';
import { COVERAGE_SHEET_NAMES } from '../../../shared/report/coverage-summary-report';
import { GAPS_SHEET_NAMES } from '../../../shared/report/gaps-report';
import { PARTY_HEADING } from '../../../shared/report/layout';
import { buildReportDocuments } from '../../../shared/report/report-kinds';
import { generateSampleData } from '../../../shared/sample/generator';

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), readFile: () => Promise.reject(new Error('not used')) };
  const code = await runCli(['report', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function report(...args: string[]): Promise<ReportResult> {
  const { code, out, err } = await cli(...args, '--json');
  expect({ code, err }).toEqual({ code: 0, err: '' });
  return JSON.parse(out) as ReportResult;
}

/** Each sheet's name and the text of its header block (the first eight rows). */
async function readBack(file: string): Promise<{ name: string; header: string }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const texts: string[] = [];
    for (let r = 1; r <= 8; r++) ws.getRow(r).eachCell((c) => void (typeof c.value === 'string' && texts.push(c.value)));
    return { name: ws.name, header: texts.join('\n') };
  });
}

describe('report writes the Reports page workbooks', () => {
  it.each([
    ['plan', ['Đăng ký Năm 2025'], 'DANH SÁCH'],
    ['coverage', [COVERAGE_SHEET_NAMES.byType, COVERAGE_SHEET_NAMES.byOrg], 'BIỂU TỔNG HỢP'],
    ['gaps', [GAPS_SHEET_NAMES.uncovered, GAPS_SHEET_NAMES.crowded, GAPS_SHEET_NAMES.officials], 'DANH SÁCH'],
    ['results', ['Kết quả theo quý', 'Kết quả theo cán bộ', 'Kiến nghị, đề xuất'], 'BÁO CÁO'],
    ['calendar', ['Lịch dự sinh hoạt'], 'THÔNG BÁO'],
  ])('%s: the sheets, each under the Party header', async (kind, sheets, documentType) => {
    const file = path(`${kind}.xlsx`);
    const result = await report(kind, '--sample', '1', '--out', file, '--date', '20/08/2025');
    expect(result.file).toBe(resolve(file));
    expect(result.sheets.map((s) => s.name)).toEqual(sheets);
    const read = await readBack(file);
    expect(read.map((s) => s.name)).toEqual(sheets);
    for (const s of read) {
      expect(s.header).toContain(PARTY_HEADING);
      expect(s.header).toContain('ĐẢNG BỘ TỈNH NGHỆ AN');
      expect(s.header).toContain('HUYỆN ỦY YÊN THÀNH');
      expect(s.header).toContain('Yên Thành, ngày 20 tháng 8 năm 2025');
      expect(s.header).toContain(documentType);
    }
  });

  it('writes the one file named and nothing else', () => {
    const sub = path('only');
    mkdirSync(sub);
    return cli('gaps', '--sample', '1', '--out', join(sub, 'bao-cao.xlsx')).then(({ code }) => {
      expect(code).toBe(0);
      expect(readdirSync(sub)).toEqual(['bao-cao.xlsx']);
    });
  });
});

describe('report --json', () => {
  it('counts the rows the shared builders give, for the sample current year by default', async () => {
    const result = await report('gaps', '--sample', '3', '--out', path('gaps-3.xlsx'), '--date', '05/03/2025');
    const data = generateSampleData({ seed: 3, scale: 'district', today: '2025-03-05' });
    const docs = buildReportDocuments({ report: 'gaps', input: { ...data, period: { kind: 'year', year: 2025 }, date: { day: 5, month: 3, year: 2025 } } });
    expect(result).toEqual({
      report: 'gaps',
      file: resolve(path('gaps-3.xlsx')),
      sample: { seed: 3, scale: 'district' },
      period: '2025',
      date: '2025-03-05',
      sheets: docs.map((d) => ({
        name: d.sheetName,
        title: `${d.header.documentType} ${d.header.summary.join(' – ')}`,
        rows: d.rows.filter((r) => r.kind === 'data').length,
        groups: d.rows.filter((r) => r.kind === 'group').length,
      })),
    });
  });

  it('takes a quarter or a term as the period', async () => {
    expect((await report('coverage', '--sample', '1', '--out', path('q3.xlsx'), '--period', '2025-q3', '--date', '2025-10-01')).period).toBe('2025-q3');
    const term = await report('plan', '--sample', '1', '--out', path('term.xlsx'), '--period', '2025-2030', '--date', '01/10/2025');
    expect(term.sheets[0]?.title).toContain('nhiệm kỳ 2025 – 2030');
  });

  it('gives the calendar its days: the period by default, or --from/--to', async () => {
    const q3 = await report('calendar', '--sample', '1', '--out', path('cal-q3.xlsx'), '--period', '2025-q3', '--date', '20/08/2025');
    expect(q3).toMatchObject({ from: '2025-07-01', to: '2025-09-30' });
    expect(q3.period).toBeUndefined();
    expect(q3.sheets[0]?.rows).toBeGreaterThan(0);
    const days = await report('calendar', '--sample', '1', '--out', path('cal-days.xlsx'), '--from', '01/08/2025', '--to', '31/08/2025', '--date', '20/08/2025');
    expect(days).toMatchObject({ from: '2025-08-01', to: '2025-08-31' });
    expect(days.sheets[0]?.title).toContain('từ ngày 01/08/2025 đến ngày 31/08/2025');
  });
});

describe('report summary text', () => {
  it('names the file, the period, and each sheet with its rows', async () => {
    const file = path('text.xlsx');
    const { code, out, err } = await cli('results', '--sample', '1', '--out', file, '--period', '2025-q3', '--date', '01/10/2025');
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain(`Đã ghi báo cáo “báo cáo kết quả dự sinh hoạt chi bộ” vào tệp ${resolve(file)}`);
    expect(out).toContain('Dữ liệu mẫu số 1 (một huyện), kỳ báo cáo: quý III năm 2025, ngày báo cáo 01/10/2025.');
    expect(out).toContain('3 trang tính (sheet):');
    expect(out).toMatch(/- “Kết quả theo quý”: \d+ dòng/);
  });
});

describe('report refuses what it cannot do', () => {
  it('lists the reports for an unknown or missing one', async () => {
    for (const args of [['summary'], []]) {
      const { code, out, err } = await cli(...args, '--sample', '1', '--out', path('x.xlsx'));
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toContain(args.length > 0 ? 'Báo cáo không hợp lệ: "summary"' : 'Thiếu tên báo cáo');
      for (const kind of ['plan', 'coverage', 'gaps', 'results', 'calendar']) expect(err).toContain(`  ${kind} `);
    }
    expect(existsSync(path('x.xlsx'))).toBe(false);
  });

  it.each([
    [['plan', '--out', 'a.xlsx'], 'Thiếu --sample <seed>'],
    [['plan', '--sample', 'abc', '--out', 'a.xlsx'], '--sample phải là số nguyên từ 0 trở lên (nhận được "abc")'],
    [['plan', '--sample', '-1', '--out', 'a.xlsx'], 'Tùy chọn --sample cần một giá trị'],
    [['plan', '--sample', '1'], 'Thiếu --out <tệp.xlsx>'],
    [['plan', '--sample', '1', '--out', 'a.csv'], '--out phải là một tệp .xlsx (nhận được'],
    [['plan', '--sample', '1', '--out', 'a.xlsx', '--scale', 'country'], '--scale chỉ nhận "district"'],
    [['plan', '--sample', '1', '--out', 'a.xlsx', '--period', '2025-q5'], '--period phải là một năm (2025), một quý (2025-q3) hoặc một nhiệm kỳ (2025-2030) (nhận được "2025-q5")'],
    [['plan', '--sample', '1', '--out', 'a.xlsx', '--period', '2030-2025'], '--period phải là'],
    [['plan', '--sample', '1', '--out', 'a.xlsx', '--date', '31/02/2025'], '--date phải là một ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd (nhận được "31/02/2025")'],
    [['plan', '--sample', '1', '--out', 'a.xlsx', '--from', '01/01/2025'], '--from và --to chỉ dùng với báo cáo calendar'],
    [['calendar', '--sample', '1', '--out', 'a.xlsx', '--to', '1/13/2025'], '--to phải là một ngày'],
    [['calendar', '--sample', '1', '--out', 'a.xlsx', '--from', '01/09/2025', '--to', '01/08/2025'], 'Ngày bắt đầu (01/09/2025) phải trước hoặc bằng ngày kết thúc (01/08/2025)'],
    [['plan', 'gaps', '--sample', '1', '--out', 'a.xlsx'], 'Chỉ nhận một tên báo cáo; thừa: "gaps"'],
    [['plan', '--sample', '1', '--out', 'a.xlsx', '--pdf'], 'Không có tùy chọn --pdf'],
  ])('%j exits 2 naming the argument', async (args, message) => {
    const { code, out, err } = await cli(...args.map((a) => (a.endsWith('.xlsx') || a.endsWith('.csv') ? path(a) : a)));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err).toContain('Cách dùng: npm run cli -- report <plan|coverage|gaps|results|calendar|submission>');
    expect(existsSync(path('a.xlsx'))).toBe(false);
  });

  it('does not overwrite a file without --force', async () => {
    const file = path('co-san.xlsx');
    writeFileSync(file, 'bản của văn phòng');
    const refused = await cli('plan', '--sample', '1', '--out', file);
    expect(refused).toEqual({ code: 1, out: '', err: `Tệp --out "${file}" đã có; thêm --force để ghi đè.` });
    expect(readFileSync(file, 'utf8')).toBe('bản của văn phòng');
    expect((await cli('plan', '--sample', '1', '--out', file, '--force')).code).toBe(0);
    expect((await readBack(file)).map((s) => s.name)).toEqual(['Đăng ký Năm 2025']);
  });

  it('exits 1 naming --out when the file cannot be written', async () => {
    const missing = path('khong-co/bao-cao.xlsx');
    expect(await cli('plan', '--sample', '1', '--out', missing)).toEqual({
      code: 1,
      out: '',
      err: `Không ghi được tệp --out "${missing}": thư mục chứa tệp không tồn tại.`,
    });
    mkdirSync(path('thu-muc.xlsx'));
    const dirOut = await cli('plan', '--sample', '1', '--out', path('thu-muc.xlsx'), '--force');
    expect(dirOut.code).toBe(1);
    expect(dirOut.err).toBe(`Không ghi được tệp --out "${path('thu-muc.xlsx')}": đây là thư mục, không phải tệp.`);
  });
});

describe('report as a process', () => {
  const root = resolve(__dirname, '../../..');
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/cli.ts', 'report', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

  it('prints the JSON on stdout and exits 0', () => {
    const child = run('calendar', '--sample', '1', '--out', path('process.xlsx'), '--period', '2025-q3', '--date', '20/08/2025', '--json');
    expect(child.status).toBe(0);
    expect((JSON.parse(child.stdout) as ReportResult).sheets.map((s) => s.name)).toEqual(['Lịch dự sinh hoạt']);
  });

  it('exits 2 with the message on stderr for an unknown report', () => {
    const child = run('summary', '--sample', '1', '--out', path('process-x.xlsx'));
    expect(child.status).toBe(2);
    expect(child.stdout).toBe('');
    expect(child.stderr).toContain('Báo cáo không hợp lệ: "summary"');
  });
});
