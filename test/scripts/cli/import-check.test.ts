/**
 * `npm run cli -- import-check`: the messy office workbooks and a filled template written
 * to a temp dir, run through the command function, and once through the real CLI process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../scripts/cli/main';
import type { CliIo } from '../../../scripts/cli/types';
import type { ImportCheckResult } from '../../../scripts/cli/commands/import-check-report';
import { TEMPLATE_HEADER_ROW, buildTemplateWorkbook } from '../../../shared/import/templates';
import { messyDirectoryWorkbook, messyOfficialsWorkbook, messyRegistrationsWorkbook } from '../../shared/import/messy-workbooks';

let dir: string;
const path = (name: string) => join(dir, name);

/** A filled registrations template: a duplicate, an impossible quarter, and two people on one cell. */
async function filledRegistrations(): Promise<Uint8Array> {
  const wb = buildTemplateWorkbook('registrations');
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  const r = TEMPLATE_HEADER_ROW + 2;
  ws.getRow(r).values = [1, 'Nguyễn Văn An', 'Phó Bí thư Tỉnh ủy', 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 1', 'Quý I'];
  ws.getRow(r + 1).values = [2, 'Nguyễn Văn An', 'Phó Bí thư Tỉnh ủy', 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 1', 'Quý I'];
  ws.getRow(r + 2).values = [3, 'Trần Văn Bình', 'Tỉnh ủy viên', 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 2', 'Quý V'];
  ws.getRow(r + 3).values = [4, 'Lê Thị Hạnh', 'Tỉnh ủy viên', 'Hoa Thành', 'Xóm 1', 'Hằng quý'];
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A filled meetings template against the messy files: two notices that fit a registration, one in a year with none. */
async function filledMeetings(): Promise<Uint8Array> {
  const wb = buildTemplateWorkbook('meetings');
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  const r = TEMPLATE_HEADER_ROW + 2;
  ws.getRow(r).values = [1, 'Nguyễn Văn An', 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 1', '20/3/2025', '7h30', 'Nhà văn hóa xóm 1', 'Thường kỳ', '', 'Bí thư', 'x'];
  ws.getRow(r + 1).values = [2, 'Phạm Thị Cúc', 'Chi bộ Trường THPT Yên Thành 2', 'Chi bộ Trường THPT Yên Thành 2', '10/5/2025', '14h'];
  ws.getRow(r + 2).values = [3, 'Nguyễn Văn An', 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 2', '20/3/2026', '7h30'];
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'import-check-'));
  writeFileSync(path('danh-muc.xlsx'), await messyDirectoryWorkbook());
  writeFileSync(path('can-bo.xlsx'), await messyOfficialsWorkbook());
  writeFileSync(path('dang-ky.xlsx'), await messyRegistrationsWorkbook());
  writeFileSync(path('mau-da-dien.xlsx'), await filledRegistrations());
  writeFileSync(path('lich.xlsx'), await filledMeetings());
  writeFileSync(path('hong.xlsx'), 'không phải Excel');
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet('Sheet1').getCell('A1').value = 'Ghi chép';
  writeFileSync(path('khong-bang.xlsx'), new Uint8Array((await empty.xlsx.writeBuffer()) as ArrayBuffer));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), readFile: () => Promise.reject(new Error('not used')) };
  const code = await runCli(['import-check', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function check(...args: string[]): Promise<ImportCheckResult> {
  const { code, out, err } = await cli(...args, '--json');
  expect({ code, err }).toEqual({ code: 0, err: '' });
  return JSON.parse(out) as ImportCheckResult;
}

describe('import-check --json on the messy office files', () => {
  it('counts what an import would give and lists the cells to choose', async () => {
    const result = await check('--directory', path('danh-muc.xlsx'), '--officials', path('can-bo.xlsx'), path('dang-ky.xlsx'), '--year', '2025');
    expect(result.summary).toEqual({
      grassrootsOrgs: 4,
      cells: 6,
      members: 171,
      // 5 from the list, 3 more named only in the registrations file.
      officials: 8,
      registrations: 3,
      duplicatesMerged: 0,
      errors: [],
      needsDecision: 2,
      cellsWithoutRegistrant: 3,
      crowdedCells: 0,
      officialsWithoutRegistration: 6,
    });
    expect(result.files.directory).toMatchObject({ file: path('danh-muc.xlsx'), sheets: ['Sheet1'], rows: 6, grassrootsOrgs: 4, cells: 6, errors: 0 });
    expect(result.files.officials).toMatchObject({ sheets: ['TUV'], rows: 5, officials: 5 });
    expect(result.files.registrations).toMatchObject({ sheets: ['Đăng ký'], rows: 5, registrations: 3, newOfficials: 3, needsDecision: 2 });
    expect(result.decisions).toEqual([
      {
        sheet: 'Đăng ký',
        row: 16,
        cellText: 'Chi bộ khối 3',
        orgText: 'Đảng bộ thị trấn Yên Thành',
        candidates: [
          { label: 'Chi bộ khối 1 (Đảng bộ thị trấn Yên Thành)', score: 0.5 },
          { label: 'Chi bộ khối 2 (Đảng bộ thị trấn Yên Thành)', score: 0.5 },
        ],
      },
      { sheet: 'Đăng ký', row: 18, cellText: 'Chi bộ thôn Đông', orgText: 'Đảng bộ xã Bắc Thành', candidates: [] },
    ]);
  });

  it('takes the officials from the registration rows without --officials', async () => {
    const result = await check('--directory', path('danh-muc.xlsx'), path('dang-ky.xlsx'), '--year', '2025');
    expect(result.files.officials).toBeUndefined();
    expect(result.summary).toMatchObject({ officials: 4, registrations: 3, officialsWithoutRegistration: 2 });
  });

  it('counts only the registrations touching the year asked for', async () => {
    const result = await check('--directory', path('danh-muc.xlsx'), path('dang-ky.xlsx'), '--year', '2026');
    expect(result.summary).toMatchObject({ registrations: 0, cellsWithoutRegistrant: 6 });
  });
});

describe('import-check --meetings', () => {
  const args = () => ['--directory', path('danh-muc.xlsx'), '--officials', path('can-bo.xlsx'), path('dang-ky.xlsx'), '--year', '2025', '--meetings', path('lich.xlsx'), '--today', '01/03/2025'];

  it('links the notices to the registrations the files give and lists the rows in error', async () => {
    const result = await check(...args());
    const r = TEMPLATE_HEADER_ROW + 2;
    expect(result.files.meetings).toMatchObject({ file: path('lich.xlsx'), sheets: ['Lịch sinh hoạt'], rows: 3, meetings: 2, errors: 1, duplicatesMerged: 0, needsDecision: 0 });
    expect(result.summary).toMatchObject({ meetings: 2, registrations: 3, needsDecision: 2 });
    expect(result.summary.errors).toEqual([{ sheet: 'Lịch sinh hoạt', row: r + 2, reason: expect.stringContaining('trong năm 2026') as string }]);
    expect(result.meetingDecisions).toEqual([]);
  });

  it('says it in Vietnamese without --json', async () => {
    const { code, out } = await cli(...args());
    expect(code).toBe(0);
    expect(out).toContain('Lịch sinh hoạt (');
    expect(out).toContain('3 dòng; 2 buổi sinh hoạt sẽ thêm, 0 buổi trùng, 1 dòng lỗi, 0 dòng cần chọn đăng ký.');
  });

  it('leaves the output as it was without --meetings', async () => {
    const result = await check('--directory', path('danh-muc.xlsx'), path('dang-ky.xlsx'), '--year', '2025');
    expect(result.files.meetings).toBeUndefined();
    expect(result.meetingDecisions).toBeUndefined();
    expect('meetings' in result.summary).toBe(false);
  });

  it('refuses a --today that is not a day, with the usage', async () => {
    const { code, err } = await cli('--directory', path('danh-muc.xlsx'), path('dang-ky.xlsx'), '--meetings', path('lich.xlsx'), '--today', '31/02/2025');
    expect(code).toBe(2);
    expect(err).toContain('--today phải là một ngày');
  });
});

describe('import-check on a filled template', () => {
  const args = () => ['--directory', path('danh-muc.xlsx'), path('mau-da-dien.xlsx'), '--year', '2025'];

  it('reports row errors and merged duplicates, and still exits 0', async () => {
    const result = await check(...args());
    const r = TEMPLATE_HEADER_ROW + 2;
    expect(result.summary).toMatchObject({ officials: 2, registrations: 2, duplicatesMerged: 1, needsDecision: 0, crowdedCells: 0, officialsWithoutRegistration: 0 });
    expect(result.summary.errors).toEqual([{ sheet: 'Đăng ký', row: r + 2, reason: expect.stringContaining('Quý V') as string }]);
    expect(result.decisions).toEqual([]);
  });

  it('counts a cell as crowded from --crowding registrants', async () => {
    expect((await check(...args(), '--crowding', '2')).summary.crowdedCells).toBe(1);
  });

  it('prints a readable Vietnamese summary without --json', async () => {
    const { code, out } = await cli(...args());
    expect(code).toBe(0);
    expect(out).toContain('Kiểm tra tệp nhập liệu, năm 2025');
    expect(out).toContain('2 lượt đăng ký trong năm 2025');
    expect(out).toContain('Số dòng trùng đã gộp: 1. Số dòng lỗi (không nhập): 1.');
    expect(out).toMatch(/Trang “Đăng ký”, dòng 13: Thời gian “Quý V” không đúng/);
  });
});

describe('import-check failures', () => {
  it.each([
    [['--directory', 'khong-co.xlsx', 'dang-ky.xlsx'], 'Không đọc được tệp danh mục tổ chức cơ sở đảng "khong-co.xlsx": tệp không tồn tại.'],
    [['--directory', 'danh-muc.xlsx', 'hong.xlsx'], 'Tệp đăng ký dự sinh hoạt "hong.xlsx": Không đọc được tệp: đây không phải tệp Excel .xlsx'],
    [['--directory', 'can-bo.xlsx', 'dang-ky.xlsx'], 'Tệp danh mục tổ chức cơ sở đảng "can-bo.xlsx": không tìm thấy bảng danh sách tổ chức cơ sở đảng'],
    [['--directory', 'danh-muc.xlsx', '--officials', 'khong-bang.xlsx', 'dang-ky.xlsx'], 'Tệp danh sách cán bộ "khong-bang.xlsx": không tìm thấy bảng'],
  ])('%j exits 1 naming the file', async (names, message) => {
    const args = names.map((a) => (a.endsWith('.xlsx') ? path(a) : a));
    const { code, out, err } = await cli(...args, '--json');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(message.replace(/"([^"]+\.xlsx)"/, (_, f: string) => `"${path(f)}"`));
  });

  it.each([
    [['dang-ky.xlsx'], 'Thiếu --directory'],
    [['--directory', 'danh-muc.xlsx'], 'Thiếu tệp đăng ký'],
    [['--directory', 'danh-muc.xlsx', 'a.xlsx', 'b.xlsx'], 'Chỉ nhận một tệp đăng ký'],
    [['--directory', 'danh-muc.xlsx', 'dang-ky.xlsx', '--year', '25'], '--year phải là số nguyên từ 2000 đến 2100'],
    [['--directory', 'danh-muc.xlsx', 'dang-ky.xlsx', '--crowding', 'ba'], '--crowding phải là số nguyên'],
    [['--directory', 'danh-muc.xlsx', 'dang-ky.xlsx', '--nam', '2025'], 'Không có tùy chọn --nam'],
  ])('%j exits 2 with the usage', async (args, message) => {
    const { code, err } = await cli(...args);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain('Cách dùng: npm run cli -- import-check --directory');
  });
});

describe('import-check as a process', () => {
  const root = resolve(__dirname, '../../..');
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/cli.ts', 'import-check', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

  it('prints the same JSON on stdout and exits 0', async () => {
    const args = ['--directory', path('danh-muc.xlsx'), path('dang-ky.xlsx'), '--year', '2025', '--json'];
    const child = run(...args);
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual(await check(...args.slice(0, -1)));
  });

  it('exits non-zero with the file named on stderr when a file is missing', () => {
    const child = run('--directory', path('khong-co.xlsx'), path('dang-ky.xlsx'), '--json');
    expect(child.status).toBe(1);
    expect(child.stdout).toBe('');
    expect(child.stderr).toContain(`"${path('khong-co.xlsx')}": tệp không tồn tại`);
  });
});
