/**
 * The whole job, thin, in real Chromium against the built web renderer: a fresh profile
 * loads the sample district, the dashboard counts match the database, a clerk adds an
 * official and a registration through the dialogs, a reload keeps them (real IndexedDB),
 * and the exported .xlsx lists exactly the cells the database says nobody covers.
 */
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { computeCoverage, uncoveredCells } from '../../shared/coverage/coverage';
import { ORG_TYPE_LABEL_VI } from '../../shared/domain/labels-vi';
import { synthesize } from '../../shared/synthesis/synthesis';
import { countViolations, VIOLATION_KINDS } from '../../shared/synthesis/violations';
import { formatCount, kpiValue, openPage, pickBySearch, screenshot, SCREENSHOT_DIR } from './support/app';
import { readDatabase } from './support/db';

const NEW_OFFICIAL = { name: 'Hoàng Thị Thu Hà', position: 'Phó Trưởng Ban Tuyên giáo Tỉnh ủy' };

test('a clerk loads the sample district, registers an official for an uncovered cell, and exports the uncovered list', async ({
  page,
}) => {
  await test.step('a fresh profile offers the sample district or a start of one’s own, in Vietnamese', async () => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByTestId('load-sample')).toHaveText(/Tải dữ liệu mẫu/);
    await expect(page.getByTestId('start-empty')).toHaveText(/Bắt đầu/);
    await screenshot(page, '01-lan-dau-mo');
    await page.getByTestId('load-sample').click();
    await expect(kpiValue(page, 'kpi-total-cells')).toBeVisible();
  });

  const before = await readDatabase(page);
  const year = before.settings.currentYear;
  const coverage = computeCoverage(before, year);
  const firstUncovered = uncoveredCells(before, year)[0];
  if (!firstUncovered) throw new Error('the sample district must leave some cells uncovered');

  await test.step('the dashboard counts and chart come from the database for the working year', async () => {
    expect(before.cells.length).toBeGreaterThan(200);
    await expect(kpiValue(page, 'kpi-total-cells')).toHaveText(formatCount(coverage.totalCells));
    await expect(kpiValue(page, 'kpi-covered')).toHaveText(formatCount(coverage.coveredCells));
    await expect(kpiValue(page, 'kpi-uncovered')).toHaveText(formatCount(coverage.uncoveredCells));
    await expect(kpiValue(page, 'kpi-crowded')).toHaveText(formatCount(coverage.crowdedCells));
    await expect(kpiValue(page, 'kpi-officials-registered')).toHaveText(
      `${formatCount(coverage.officialsRegistered)} / ${formatCount(before.officials.length)}`,
    );

    const chart = page.getByTestId('chart-by-type');
    // One row of bars per type of organization that has cells, labelled in Vietnamese.
    const typeLabels = coverage.byType.map((t) => ORG_TYPE_LABEL_VI[t.type]);
    // A long label wraps over two lines (two tspans): read it as the clerk does, words apart.
    const ticks = chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
    await expect(ticks).toHaveCount(typeLabels.length);
    expect(await ticks.evaluateAll((els) => els.map((el) => [...el.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')))).toEqual(typeLabels);
    // Each drawn bar is one non-zero count: covered (not crowded), crowded and uncovered per type.
    const parts = (t: (typeof coverage.byType)[number]) => [t.covered - t.crowded, t.crowded, t.uncovered];
    const nonZeroBars = coverage.byType.reduce((n, t) => n + parts(t).filter((x) => x > 0).length, 0);
    await expect(chart.locator('[data-testid^="bar-by-type-"]')).toHaveCount(nonZeroBars);
    // Hovering a type shows its counts, as a clerk would check them.
    const first = coverage.byType[0]!;
    await chart.locator(`[data-testid="bar-by-type-uncovered-${first.type}"]`).hover();
    const tooltip = chart.locator('.recharts-tooltip-wrapper');
    await expect(tooltip).toContainText(ORG_TYPE_LABEL_VI[first.type]);
    await expect(tooltip).toContainText(`Chưa có người đăng ký: ${formatCount(first.uncovered)} chi bộ`);
    await expect(tooltip).toContainText(`Tổng số: ${formatCount(first.cells)} chi bộ`);
    await page.mouse.move(0, 0);
    await screenshot(page, '02-tong-quan');
  });

  await test.step('organizations and cells are listed from the database', async () => {
    await openPage(page, 'organizations');
    await expect(page.getByRole('heading', { name: /Tổ chức cơ sở đảng/ })).toBeVisible();
    await expect(page.getByTestId('grid-row-count').first()).toContainText(formatCount(before.orgs.length));
    await screenshot(page, '03-to-chuc-co-so-dang');
  });

  await test.step('an official is added through the dialog and found by a search without diacritics', async () => {
    await openPage(page, 'officials');
    await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm cán bộ đăng ký' });
    // Saving empty shows the Vietnamese messages under the fields and keeps the dialog open.
    await dialog.getByLabel('Họ và tên').fill('');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toContainText('Không được để trống');
    await dialog.getByLabel('Họ và tên').fill(NEW_OFFICIAL.name);
    await dialog.getByLabel('Chức vụ').fill(NEW_OFFICIAL.position);
    await dialog.getByLabel('Cơ quan công tác').fill('Ban Tuyên giáo Tỉnh ủy');
    await screenshot(page, '04a-them-can-bo');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('textbox', { name: /Tìm kiếm/ }).fill('hoang thi thu ha');
    await expect(page.getByRole('gridcell', { name: NEW_OFFICIAL.name, exact: true })).toBeVisible();
    await screenshot(page, '04-can-bo-dang-ky');
  });

  const cellLabel = `${firstUncovered.cell.name} — ${firstUncovered.org.name}`;
  const cellOption = firstUncovered.org.kind === 'chi_bo_co_so' ? firstUncovered.cell.name : cellLabel;

  await test.step('the official registers for a cell nobody had registered for', async () => {
    await openPage(page, 'registrations');
    await page.getByRole('button', { name: 'Thêm đăng ký' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm đăng ký dự sinh hoạt' });
    await pickBySearch(page, 'Cán bộ', 'hoang thi thu ha', `${NEW_OFFICIAL.name} (${NEW_OFFICIAL.position})`);
    await pickBySearch(page, 'Chi bộ', stripMarks(firstUncovered.cell.name), cellOption);
    await dialog.getByRole('checkbox', { name: 'Quý II', exact: true }).check();
    await screenshot(page, '05a-them-dang-ky');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('textbox', { name: /Tìm kiếm/ }).fill('hoang thi thu ha');
    const row = page.getByRole('row').filter({ hasText: NEW_OFFICIAL.name });
    await expect(row).toHaveCount(1);
    await expect(row.locator('[data-field="cellName"]')).toHaveText(firstUncovered.cell.name);
    await screenshot(page, '05-dang-ky-du-sinh-hoat');
  });

  await test.step('after a reload everything entered is still there and the counts moved by one', async () => {
    await page.reload();
    await openPage(page, 'dashboard');
    await expect(kpiValue(page, 'kpi-covered')).toHaveText(formatCount(coverage.coveredCells + 1));
    await expect(kpiValue(page, 'kpi-uncovered')).toHaveText(formatCount(coverage.uncoveredCells - 1));
    await expect(kpiValue(page, 'kpi-officials-registered')).toHaveText(
      `${formatCount(coverage.officialsRegistered + 1)} / ${formatCount(before.officials.length + 1)}`,
    );

    const after = await readDatabase(page);
    const official = after.officials.find((o) => o.name === NEW_OFFICIAL.name);
    expect(official?.position).toBe(NEW_OFFICIAL.position);
    const registration = after.registrations.find((r) => r.officialId === official?.id);
    expect(registration).toMatchObject({ cellId: firstUncovered.cell.id, years: [year] });
    expect(registration?.period).toMatchObject({ kind: 'year', year, quarters: [2] });
  });

  await test.step('"Tổng hợp" counts the plan and the points to resolve as the shared rules do, and links to the records', async () => {
    await openPage(page, 'synthesis');
    const db = await readDatabase(page);
    const term = { startYear: db.settings.termStartYear, endYear: db.settings.termEndYear };
    const s = synthesize({ ...db, term }, { kind: 'year', year }, db.settings.rules);
    await expect(page.getByTestId('synthesis-summary')).toHaveText(
      `${formatCount(s.totals.coveredCells)} / ${formatCount(s.totals.cells)} chi bộ có người đăng ký · ` +
        `${formatCount(s.totals.officials)} người · ${formatCount(s.totals.registrations)} lượt đăng ký`,
    );
    const counts = countViolations(s.violations);
    for (const kind of VIOLATION_KINDS) {
      await expect(page.getByTestId(`violations-${kind}-count`)).toHaveText(formatCount(counts[kind]));
    }
    // The cell registered for above is no longer among the uncovered ones.
    expect(s.violations.some((v) => v.kind === 'uncoveredCell' && v.cellId === firstUncovered.cell.id)).toBe(false);
    await screenshot(page, '05b-tong-hop');

    const crowded = s.violations.find((v) => v.kind === 'crowdedCell');
    if (!crowded) throw new Error('the sample district must crowd some cells');
    const cell = db.cells.find((c) => c.id === crowded.cellId)!;
    await page.getByTestId('violations-crowdedCell').getByRole('button').first().click();
    await page.getByRole('button', { name: new RegExp(`^Xem đăng ký: ${escapeRegExp(cell.name)}( —|$)`) }).first().click();
    await expect(page).toHaveURL(/#\/registrations\?q=/);
    await expect(page.getByRole('textbox', { name: /Tìm kiếm/ })).toHaveValue(new RegExp(`^${escapeRegExp(cell.name)}`));
    await expect(page.locator('[data-field="cellName"]').filter({ hasText: cell.name }).first()).toBeVisible();
  });

  await test.step('the uncovered list exports as .xlsx with exactly the database’s uncovered cells', async () => {
    await openPage(page, 'reports');
    await expect(page.getByTestId('uncovered-count')).toContainText(formatCount(coverage.uncoveredCells - 1));
    await screenshot(page, '06-bao-cao');
    const downloading = page.waitForEvent('download');
    await page.getByTestId('export-uncovered').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`Danh-sach-chi-bo-chua-co-nguoi-dang-ky-${year}.xlsx`);
    const file = join(SCREENSHOT_DIR, download.suggestedFilename());
    await download.saveAs(file);
    await expect(page.getByTestId('export-result')).toBeVisible();

    const db = await readDatabase(page);
    const expected = uncoveredCells(db, year);
    expect(expected.map((r) => r.cell.id)).not.toContain(firstUncovered.cell.id);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.pageSetup.paperSize).toBe(9); // A4
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(texts.some((t) => t.includes(db.settings.committeeName.toUpperCase()))).toBe(true);

    // Data rows carry a numeric STT in column A; group rows ("I. Đảng bộ …") do not.
    const rows: { stt: number; org: string; cell: string; members: number }[] = [];
    sheet.eachRow((row) => {
      const stt = row.getCell(1).value;
      if (typeof stt === 'number') {
        rows.push({
          stt,
          org: String(row.getCell(2).value),
          cell: String(row.getCell(4).value),
          members: Number(row.getCell(5).value),
        });
      }
    });
    expect(rows).toEqual(
      expected.map((r, i) => ({ stt: i + 1, org: r.org.name, cell: r.cell.name, members: r.cell.memberCount })),
    );
    expect(sheet.getCell('A1').font?.name).toBe('Times New Roman');
  });

  await test.step('settings show the committee and where the data lives', async () => {
    await openPage(page, 'settings');
    await expect(page.getByTestId('committee-name')).toHaveText(before.settings.committeeName);
    await expect(page.getByLabel('Tên cấp ủy')).toHaveValue(before.settings.committeeName);
    await expect(page.getByTestId('app-info')).toContainText('IndexedDB');
    await screenshot(page, '07-cai-dat');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Chi bộ Thôn Đông" → "Chi bo Thon Dong": what a clerk without a Vietnamese keyboard types. */
function stripMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}
