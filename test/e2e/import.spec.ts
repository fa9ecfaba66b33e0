/**
 * Importing a registrations workbook the way offices really keep them, in real Chromium:
 * the file goes through the worker, the clerk settles the one ambiguous cell, the commit
 * lands in IndexedDB, and the registrations page lists the new rows.
 */
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { uncoveredCells } from '../../shared/coverage/coverage';
import type { DistrictData, Official, RegistrationPeriod } from '../../shared/domain/types';
import { openPage, screenshot } from './support/app';
import { readDatabase } from './support/db';

const FILE_NAME = 'Dang ky du sinh hoat (tong hop).xlsx';
const NEW_OFFICIAL = { name: 'Hoàng Thị Thu Hà', position: 'Phó Trưởng Ban Tuyên giáo Tỉnh ủy' };
const AMBIGUOUS = 'Chi bộ thôn 1';

interface Planned {
  official: { name: string; position: string };
  org: string;
  cell: string;
  time: string;
}

const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** Merges the range and writes its top-left cell, as Excel keeps merged values. */
function merged(ws: ExcelJS.Worksheet, range: string, value: ExcelJS.CellValue, bold = false): void {
  ws.mergeCells(range);
  const cell = ws.getCell(range.split(':')[0]!);
  cell.value = value;
  if (bold) cell.font = { name: 'Times New Roman', bold: true };
}

function put(ws: ExcelJS.Worksheet, row: number, values: (ExcelJS.CellValue | undefined)[]): void {
  values.forEach((v, i) => {
    if (v !== undefined) ws.getCell(row, i + 1).value = v;
  });
}

/**
 * A Party-document header block, a two-row header with "Đăng ký dự sinh hoạt tại" merged
 * over three columns, a "(1)…(7)" row, sections, one official merged over two rows, a cell
 * written without its organization, an exact repeat, an impossible quarter, a totals row
 * with a formula and a signature block.
 */
async function messyWorkbook(rows: { twoCells: [Planned, Planned]; ambiguous: Planned; single: Planned; impossible: Planned; newcomer: Planned }) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Hướng dẫn').getCell('A1').value = 'Điền danh sách ở trang “Đăng ký”.';
  const ws = wb.addWorksheet('Đăng ký');
  merged(ws, 'A1:C1', 'ĐẢNG BỘ TỈNH NGHỆ AN');
  merged(ws, 'D1:G1', 'ĐẢNG CỘNG SẢN VIỆT NAM', true);
  merged(ws, 'A2:C2', 'HUYỆN ỦY YÊN THÀNH', true);
  merged(ws, 'A3:C3', '*');
  merged(ws, 'D3:G3', 'Yên Thành, ngày 10 tháng 01 năm 2026');
  merged(ws, 'A6:G6', 'DANH SÁCH', true);
  merged(ws, 'A7:G7', 'Cán bộ lãnh đạo tỉnh đăng ký dự sinh hoạt chi bộ', true);
  for (const [range, text] of [['A9:A10', 'STT'], ['B9:B10', 'Họ và tên'], ['C9:C10', 'Chức vụ'], ['G9:G10', 'Ghi chú']] as const) merged(ws, range, text, true);
  merged(ws, 'D9:F9', 'Đăng ký dự sinh hoạt tại', true);
  put(ws, 10, [undefined, undefined, undefined, 'Tổ chức cơ sở đảng', 'Chi bộ', 'Thời gian dự kiến']);
  put(ws, 11, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)']);
  merged(ws, 'A12:G12', 'I. ỦY VIÊN BAN THƯỜNG VỤ TỈNH ỦY', true);
  const [first, second] = rows.twoCells;
  merged(ws, 'A13:A14', 1);
  merged(ws, 'B13:B14', `Đ/c ${first.official.name}`);
  merged(ws, 'C13:C14', first.official.position);
  put(ws, 13, [undefined, undefined, undefined, first.org, first.cell, first.time]);
  put(ws, 14, [undefined, undefined, undefined, second.org, second.cell, second.time]);
  const { ambiguous, single, impossible, newcomer } = rows;
  put(ws, 15, [2, ambiguous.official.name, ambiguous.official.position, '', ambiguous.cell, ambiguous.time]);
  merged(ws, 'A16:G16', 'II. TỈNH ỦY VIÊN', true);
  put(ws, 17, [1, single.official.name, single.official.position, single.org, single.cell, single.time]);
  put(ws, 18, [2, single.official.name, single.official.position, single.org, single.cell, single.time]);
  put(ws, 19, [3, impossible.official.name, impossible.official.position, impossible.org, impossible.cell, impossible.time]);
  put(ws, 20, [4, newcomer.official.name, newcomer.official.position, newcomer.org, newcomer.cell, newcomer.time, 'Cán bộ mới']);
  merged(ws, 'A21:C21', 'Tổng cộng', true);
  ws.getCell('D21').value = { formula: 'COUNTA(E13:E20)', result: 8 };
  merged(ws, 'A23:C23', 'Nơi nhận:', true);
  merged(ws, 'E23:G23', 'T/M BAN THƯỜNG VỤ', true);
  merged(ws, 'A24:C24', '- Ban Tổ chức Tỉnh ủy;');
  merged(ws, 'E28:G28', 'Hoàng Văn Dũng', true);
  const data: unknown = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** Sample officials and cells nobody covers yet, so each row of the file is new to the database. */
function planRows(db: DistrictData, year: number) {
  const orgById = new Map(db.orgs.map((o) => [o.id, o]));
  const free = uncoveredCells(db, year).filter((r) => r.org.kind === 'dang_bo_co_so' && r.cell.name !== AMBIGUOUS);
  const officials = db.officials.slice(0, 4);
  // Communes whose "thôn 1" the second official does not attend yet: any of them is a new registration.
  const attended = new Set(db.registrations.filter((r) => r.officialId === officials[1]?.id).map((r) => r.cellId));
  const ambiguousOrgs = db.cells.filter((c) => c.name === AMBIGUOUS && !attended.has(c.id)).map((c) => orgById.get(c.orgId)!);
  if (free.length < 5 || officials.length < 4 || ambiguousOrgs.length < 2) throw new Error('the sample district changed shape');
  const who = (o: Official) => ({ name: o.name, position: o.position });
  const at = (i: number, official: { name: string; position: string }, time: string): Planned => ({
    official,
    org: free[i]!.org.name,
    cell: free[i]!.cell.name,
    time,
  });
  return {
    twoCells: [at(0, who(officials[0]!), 'Quý I, III'), at(1, who(officials[0]!), 'Quý II')] as [Planned, Planned],
    ambiguous: { official: who(officials[1]!), org: '', cell: AMBIGUOUS, time: 'Quý II' },
    single: at(2, who(officials[2]!), 'Cả năm'),
    impossible: at(3, who(officials[3]!), 'Quý V'),
    newcomer: at(4, NEW_OFFICIAL, 'Quý IV'),
    ambiguousOrgs,
  };
}

async function uploadThroughFileChooser(page: Page, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pick-file').click();
  await (await chooser).setFiles({ name: FILE_NAME, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
}

const count = (page: Page, status: string) => page.getByTestId(`import-count-${status}`);

test('a clerk imports a messy registrations workbook, settles the ambiguous cell and commits it', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('kpi-total-cells-value')).toBeVisible();
  const before = await readDatabase(page);
  const year = before.settings.currentYear;
  const rows = planRows(before, year);
  const file = await messyWorkbook(rows);
  const chosenOrg = rows.ambiguousOrgs[1]!;
  const chosenLabel = `${AMBIGUOUS} (${chosenOrg.name})`;

  await test.step('the file is read in the worker and its columns are matched', async () => {
    await openPage(page, 'import');
    await expect(page.getByRole('heading', { name: 'Nhập từ Excel' })).toBeVisible();
    await page.getByTestId('import-kind-registrations').check();
    await screenshot(page, 'import-1-chon-tep');
    await uploadThroughFileChooser(page, file);
    await expect(page.getByTestId('import-file-name')).toHaveText(`Tệp: ${FILE_NAME}`);
    const sheet = page.getByTestId('import-sheet-mapping');
    await expect(sheet).toHaveCount(1);
    await expect(sheet).toContainText('Trang tính “Đăng ký”');
    await expect(sheet).toContainText('Tiêu đề ở dòng 9–10');
    await expect(sheet.getByRole('combobox', { name: 'Thông tin ở cột B' })).toHaveText('Họ và tên cán bộ');
    await expect(sheet.getByRole('combobox', { name: 'Thông tin ở cột D' })).toHaveText('Tổ chức cơ sở đảng');
    await expect(sheet.getByRole('combobox', { name: 'Thông tin ở cột E' })).toHaveText('Chi bộ');
    await expect(sheet.getByRole('combobox', { name: 'Thông tin ở cột F' })).toHaveText('Thời gian dự kiến');
    await screenshot(page, 'import-2-doi-chieu-cot');
  });

  await test.step('every row gets a status and a Vietnamese reason; the ambiguous cell waits for the clerk', async () => {
    await page.getByTestId('import-check').click();
    await expect(count(page, 'ok')).toHaveText('Hợp lệ: 4');
    await expect(count(page, 'duplicate')).toHaveText('Trùng — đã gộp: 1');
    await expect(count(page, 'needsDecision')).toHaveText('Cần chọn: 1');
    await expect(count(page, 'error')).toHaveText('Lỗi: 1');
    await expect(page.getByTestId('import-commit')).toBeDisabled();
    const grid = page.getByRole('grid', { name: 'Các dòng đọc được từ tệp' });
    const errorRow = grid.getByRole('row').filter({ hasText: 'một năm chỉ có bốn quý' });
    await expect(errorRow.locator('[data-field="status"]')).toHaveText('Lỗi');
    await expect(errorRow.locator('[data-field="row"]')).toHaveText('19');
    await expect(errorRow.locator('[data-field="column"]')).toHaveText('F');
    await expect(grid.getByRole('row').filter({ hasText: 'Trùng với dòng 17 (Đăng ký)' }).locator('[data-field="status"]')).toHaveText('Trùng — đã gộp');
    const decision = page.getByTestId('decision-Đăng ký:15');
    await expect(decision).toContainText(`Có nhiều tổ chức cơ sở đảng có “${AMBIGUOUS}”`);
    await screenshot(page, 'import-3-kiem-tra');

    await decision.getByRole('combobox', { name: 'Chi bộ dự sinh hoạt' }).click();
    const suggestions = page.getByRole('listbox').getByRole('option');
    await expect(suggestions.first()).toContainText(AMBIGUOUS);
    await page.getByRole('option', { name: chosenLabel, exact: true }).click();
    await expect(count(page, 'ok')).toHaveText('Hợp lệ: 5');
    await expect(count(page, 'needsDecision')).toHaveText('Cần chọn: 0');
    await expect(page.getByTestId('import-will-add')).toHaveText('Sẽ thêm: 0 tổ chức cơ sở đảng, 0 chi bộ, 1 cán bộ, 5 lượt đăng ký.');
    await screenshot(page, 'import-4-da-chon');
  });

  await test.step('the commit writes it all and says what was added', async () => {
    await page.getByTestId('import-commit').click();
    await expect(page.getByTestId('import-done')).toContainText('Đã thêm 0 tổ chức cơ sở đảng, 0 chi bộ, 1 cán bộ và 5 lượt đăng ký.');
    await expect(page.getByTestId('import-done')).toContainText('Không nhập 1 dòng lỗi.');
    await screenshot(page, 'import-5-ket-qua');
  });

  await test.step('IndexedDB holds exactly the new rows', async () => {
    const after = await readDatabase(page);
    expect(after.registrations.length).toBe(before.registrations.length + 5);
    expect(after.officials.length).toBe(before.officials.length + 1);
    const official = (p: { name: string }) => after.officials.find((o) => o.name === p.name)!;
    const cell = (org: string, name: string) => {
      const orgId = after.orgs.find((o) => o.name === org)!.id;
      return after.cells.find((c) => c.orgId === orgId && c.name === name)!.id;
    };
    const added = after.registrations.filter((r) => !before.registrations.some((b) => b.id === r.id));
    const has = (p: { name: string }, cellId: string, period: RegistrationPeriod) =>
      expect(added.some((r) => r.officialId === official(p).id && r.cellId === cellId && JSON.stringify(r.period) === JSON.stringify(period))).toBe(true);
    const [first, second] = rows.twoCells;
    has(first.official, cell(first.org, first.cell), { kind: 'year', year, quarters: [1, 3] });
    has(second.official, cell(second.org, second.cell), { kind: 'year', year, quarters: [2] });
    has(rows.ambiguous.official, cell(chosenOrg.name, AMBIGUOUS), { kind: 'year', year, quarters: [2] });
    has(rows.single.official, cell(rows.single.org, rows.single.cell), { kind: 'year', year, quarters: [1, 2, 3, 4] });
    has(NEW_OFFICIAL, cell(rows.newcomer.org, rows.newcomer.cell), { kind: 'year', year, quarters: [4] });
    expect(official(NEW_OFFICIAL).position).toBe(NEW_OFFICIAL.position);
    expect(added.some((r) => r.officialId === official(rows.impossible.official).id)).toBe(false);
  });

  await test.step('the registrations page lists the new rows', async () => {
    await page.getByTestId('import-open-registrations').click();
    await expect(page).toHaveURL(/#\/registrations$/);
    await page.getByRole('textbox', { name: /Tìm kiếm/ }).fill(stripMarks(rows.ambiguous.official.name).toLowerCase());
    const row = page.getByRole('row').filter({ hasText: chosenOrg.name });
    await expect(row).toHaveCount(1);
    await expect(row.locator('[data-field="cellName"]')).toHaveText(AMBIGUOUS);
    await page.getByRole('textbox', { name: /Tìm kiếm/ }).fill('hoang thi thu ha');
    await expect(page.getByRole('row').filter({ hasText: NEW_OFFICIAL.name })).toHaveCount(1);
    await screenshot(page, 'import-6-dang-ky');
  });
});
