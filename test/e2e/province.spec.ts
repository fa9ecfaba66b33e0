/**
 * Province mode in real Chromium against the built web renderer: the Organization Board
 * switches the app to "Cấp tỉnh", imports two districts' "Gửi tỉnh" files (written here in
 * Node by the districts' own code), sees totals equal to the sum of the districts' figures,
 * imports a later file of one district (one cell removed) and reads exactly that change,
 * is refused a corrupted copy with the reader's Vietnamese message, and exports the summary.
 */
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DashboardKpi, DashboardPeriod } from '../../shared/dashboard/types';
import type { DistrictData } from '../../shared/domain/types';
import { generateSampleData } from '../../shared/sample/generator';
import { districtKpi, sumKpis } from '../../shared/submission/consolidate';
import { readSubmission } from '../../shared/submission/read-submission';
import { buildSubmissionWorkbook } from '../../shared/submission/write-submission';
import { formatCount, openPage, SCREENSHOT_DIR, screenshot } from './support/app';
import { readStore } from './support/db';
import { printCalls, stubPrint } from './support/print';

const YEAR = 2025;
const PERIOD: DashboardPeriod = { kind: 'year', year: YEAR };
const REPORT_DATE = `${YEAR}-10-01`;
const DIR = join(SCREENSHOT_DIR, 'province-files');

function district(seed: number, committeeName: string): DistrictData {
  const data = generateSampleData({ seed, scale: 'district', year: YEAR, today: REPORT_DATE });
  return { ...data, settings: { ...data.settings, committeeName } };
}

async function writeSubmission(name: string, data: DistrictData, generatedAt: string): Promise<{ path: string; bytes: Uint8Array }> {
  const bytes = await buildSubmissionWorkbook(data, PERIOD, REPORT_DATE, new Date(generatedAt));
  const path = join(DIR, name);
  await writeFile(path, bytes);
  return { path, bytes };
}

/** The figures the province must show for a file: the district's own dashboard count of what it sent. */
async function kpiOf(bytes: Uint8Array): Promise<DashboardKpi> {
  return districtKpi(await readSubmission(bytes));
}

/** What the reader says about a file it refuses (the province page shows it after the file's name). */
async function refusalOf(bytes: Uint8Array): Promise<string> {
  try {
    await readSubmission(bytes);
  } catch (error) {
    return error instanceof Error && error.name === 'SubmissionError' ? error.message : `Không đọc được tệp: ${String(error)}`;
  }
  throw new Error('The corrupted copy was accepted');
}

const TABLE_KPIS = ['cells', 'covered', 'uncovered', 'crowded', 'meetingsPlanned', 'meetingsHeld', 'recommendationsOpen', 'recommendationsOverdue'] as const;

async function expectTotals(page: Page, total: DashboardKpi): Promise<void> {
  await expect(page.getByTestId('province-total-cells-value')).toHaveText(formatCount(total.cells));
  await expect(page.getByTestId('province-total-uncovered-value')).toHaveText(formatCount(total.uncovered));
  for (const key of TABLE_KPIS) await expect(page.getByTestId(`province-district-total-${key}`)).toHaveText(formatCount(total[key]));
}

/**
 * "Nhập tệp các huyện gửi" the way the clerk does it: the button opens the platform's file
 * dialog (a multiple file input in the web build), which gets the files.
 */
async function importFiles(page: Page, paths: string[]): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByTestId('province-import').click();
  const chooser = await choosing;
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(paths);
}

test('the province imports two districts, replaces one, refuses a corrupted file and exports the summary', async ({ page }) => {
  await mkdir(DIR, { recursive: true });
  const dataA = district(21, 'Huyện ủy Yên Thành');
  const dataB = district(22, 'Thành ủy Vinh');
  const a = await writeSubmission('Gui-tinh-yen-thanh.xlsx', dataA, `${YEAR}-10-01T08:00:00Z`);
  const b = await writeSubmission('Gui-tinh-vinh.xlsx', dataB, `${YEAR}-10-01T09:00:00Z`);
  // A cell nobody ever registered for: removing it changes the cells and nothing else.
  const removed = dataA.cells.find((c) => !dataA.registrations.some((r) => r.cellId === c.id));
  if (!removed) throw new Error('The sample district has no cell without registrations');
  const removedOrg = dataA.orgs.find((o) => o.id === removed.orgId);
  const a2 = await writeSubmission('Gui-tinh-yen-thanh-lan-2.xlsx', { ...dataA, cells: dataA.cells.filter((c) => c.id !== removed.id) }, `${YEAR}-10-05T08:00:00Z`);
  const flipped = a2.bytes.slice();
  const at = Math.floor(flipped.length / 2);
  flipped[at] = (flipped[at] ?? 0) ^ 0xff;
  const flippedPath = join(DIR, 'Gui-tinh-yen-thanh-hong.xlsx');
  await writeFile(flippedPath, flipped);
  const [kpiA, kpiB, kpiA2] = await Promise.all([kpiOf(a.bytes), kpiOf(b.bytes), kpiOf(a2.bytes)]);

  await stubPrint(page);
  await page.goto('/');
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('committee-name')).toBeVisible({ timeout: 30_000 });
  const districtCells = (await readStore(page, 'cells')).length;

  await test.step('Settings → "Cấp tỉnh" leaves only the province page and settings', async () => {
    await openPage(page, 'settings');
    await page.getByTestId('mode-province').click();
    await expect(page.getByTestId('mode-result')).toHaveText('Đã chuyển sang chế độ cấp tỉnh.');
    await expect(page.getByRole('navigation').getByRole('button')).toHaveText(['Tổng hợp toàn tỉnh', 'Cài đặt']);
    await screenshot(page, 'province-01-settings-mode');
    await page.getByTestId('nav-province').click();
    await expect(page).toHaveURL(/#\/province$/);
    await expect(page.getByTestId('province-empty')).toBeVisible();
  });

  await test.step('two districts imported: the totals are the sum of their own figures', async () => {
    await importFiles(page, [a.path, b.path]);
    await expect(page.getByTestId('province-result-0')).toHaveAttribute('data-status', 'added');
    await expect(page.getByTestId('province-result-1')).toHaveAttribute('data-status', 'added');
    await expect(page.getByTestId('province-district-row')).toHaveCount(2);
    await expectTotals(page, sumKpis([kpiA, kpiB]));
    await screenshot(page, 'province-02-imported');
  });

  await test.step('a later file of one district replaces it, and its changes name exactly the cell removed', async () => {
    await importFiles(page, [a2.path]);
    await expect(page.getByTestId('province-result-0')).toHaveAttribute('data-status', 'replaced');
    await expect(page.getByTestId('province-result-0')).toContainText('Gui-tinh-yen-thanh-lan-2.xlsx: đã thay tệp trước của Huyện ủy Yên Thành');
    await expectTotals(page, sumKpis([kpiA2, kpiB]));
    await page.getByTestId('province-changes-0').click();
    const dialog = page.getByTestId('province-changes-dialog');
    await expect(dialog.getByTestId('changes-cells-removed').locator('li')).toHaveText([`${removed.name} (${removedOrg?.name ?? ''})`]);
    for (const other of ['cells-added', 'registrations-added', 'registrations-removed', 'registrations-changed']) {
      await expect(dialog.getByTestId(`changes-${other}`)).toHaveCount(0);
    }
    await expect(dialog.getByTestId('changes-kpi-cells')).toContainText(`${formatCount(kpiA.cells)} → ${formatCount(kpiA2.cells)}`);
    await screenshot(page, 'province-03-changes');
    await page.getByTestId('province-changes-close').click();
  });

  await test.step('a byte-flipped copy is refused with the reader’s Vietnamese message, and nothing changes', async () => {
    const before = await readStore(page, 'submissions');
    await importFiles(page, [flippedPath]);
    await expect(page.getByTestId('province-result-0')).toHaveAttribute('data-status', 'refused');
    await expect(page.getByTestId('province-result-0')).toHaveText(`Gui-tinh-yen-thanh-hong.xlsx: không nhập được. ${await refusalOf(flipped)}`);
    expect(await readStore(page, 'submissions')).toEqual(before);
    await expectTotals(page, sumKpis([kpiA2, kpiB]));
    await screenshot(page, 'province-04-refused');
  });

  await test.step('the summary workbook’s total row is the sum of the districts', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByTestId('province-export').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`Tong-hop-toan-tinh-${YEAR}.xlsx`);
    const file = join(SCREENSHOT_DIR, download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Theo huyện');
    if (!sheet) throw new Error('No "Theo huyện" sheet');
    const numbers = (row: ExcelJS.Row) => (row.values as unknown[]).slice(3).filter((v): v is number => typeof v === 'number');
    const districts: number[][] = [];
    let total: number[] = [];
    sheet.eachRow((row) => {
      const first = String(row.getCell(1).value ?? '');
      if (first.startsWith('Tổng cộng')) total = numbers(row);
      else if (typeof row.getCell(1).value === 'number' && ['Huyện ủy Yên Thành', 'Thành ủy Vinh'].includes(String(row.getCell(2).value))) districts.push(numbers(row));
    });
    const expected = sumKpis([kpiA2, kpiB]);
    expect(total).toEqual(TABLE_KPIS.map((key) => expected[key]));
    expect(districts).toHaveLength(2);
    expect(total).toEqual(districts[0]?.map((v, i) => v + (districts[1]?.[i] ?? 0)));
  });

  await test.step('"In" shows the same summary as an A4 Party document', async () => {
    await page.getByTestId('province-print').click();
    await expect(page.getByTestId('report-print')).toBeVisible();
    await expect.poll(() => printCalls(page)).toBe(1);
    await expect(page.getByTestId('report-print-total-row').first()).toContainText(formatCount(sumKpis([kpiA2, kpiB]).cells));
    await screenshot(page, 'province-05-print');
    await page.getByTestId('report-print-back').click();
  });

  // Province mode never touched the district's own data.
  expect((await readStore(page, 'cells')).length).toBe(districtCells);
});
