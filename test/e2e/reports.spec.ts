/**
 * The period reports in real Chromium against the built web renderer: the clerk picks a
 * period once, exports the BIỂU TỔNG HỢP (two sheets whose totals equal what the dashboard
 * counts from IndexedDB), sends the same period to the province (a file the province's reader
 * accepts, with the same figures), and prints the report's A4 view with the Party header on page 1.
 */
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { aggregateDashboard } from '../../shared/dashboard/aggregate';
import { dashboardInputOf } from '../../shared/dashboard/input';
import { prepareDashboard } from '../../shared/dashboard/prepare';
import type { Meeting, Recommendation } from '../../shared/domain/meetings';
import { consolidate } from '../../shared/submission/consolidate';
import { readSubmission } from '../../shared/submission/read-submission';
import { printA4, printCalls, stubPrint } from './support/print';
import { kpiValue, openPage, SCREENSHOT_DIR, screenshot } from './support/app';
import { readDatabase, readStore } from './support/db';

test('a clerk exports and prints the coverage summary for a quarter', async ({ page }) => {
  await stubPrint(page);
  await page.goto('/');
  await page.getByTestId('load-sample').click();
  await expect(kpiValue(page, 'kpi-total-cells')).toBeVisible();
  const data = { ...(await readDatabase(page)), meetings: await readStore<Meeting>(page, 'meetings'), recommendations: await readStore<Recommendation>(page, 'recommendations') };
  const year = data.settings.currentYear;

  await openPage(page, 'reports');
  await page.getByTestId('report-period-scope-quarter').click();
  await page.getByTestId('report-period-quarter').locator('xpath=..').getByRole('combobox').click();
  await page.getByRole('option', { name: 'Quý II', exact: true }).click();
  await expect(page.getByTestId('report-coverageSummary-period')).toHaveText(`Quý II năm ${year}`);
  const date = await page.evaluate(() => {
    const d = new Date();
    return { day: d.getDate(), month: d.getMonth() + 1, year: d.getFullYear() };
  });
  const today = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  const kpi = aggregateDashboard(prepareDashboard(dashboardInputOf(data)), { period: { kind: 'quarter', year, quarter: 2 }, orgId: null, today }).kpi;

  await test.step('the workbook has both tables, and its totals are the database’s', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByTestId('export-coverageSummary').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`Bieu-tong-hop-du-sinh-hoat-chi-bo-${year}-q2.xlsx`);
    const file = join(SCREENSHOT_DIR, download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Theo loại hình', 'Theo tổ chức cơ sở đảng']);
    for (const sheet of workbook.worksheets) {
      let total: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        if (String(row.getCell(1).value ?? '').startsWith('Tổng cộng') || String(row.getCell(2).value ?? '').startsWith('Tổng cộng')) total = row;
      });
      const numbers = (total?.values as unknown[] | undefined)?.filter((v): v is number => typeof v === 'number') ?? [];
      // Số chi bộ, có người, chưa có, quá tải, buổi theo lịch, đã dự: the last six numbers of the total row.
      expect(numbers.slice(-6)).toEqual([kpi.cells, kpi.covered, kpi.uncovered, kpi.crowded, kpi.meetingsPlanned, kpi.meetingsHeld]);
    }
  });

  await test.step('"Gửi tỉnh" writes a file the province’s reader accepts, with the same figures', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByTestId('export-submission').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`Gui-tinh-${year}-q2.xlsx`);
    const file = join(SCREENSHOT_DIR, download.suggestedFilename());
    await download.saveAs(file);
    const submission = await readSubmission(new Uint8Array(await readFile(file)));
    expect(submission.committee.name).toBe(data.settings.committeeName);
    expect(submission.period).toEqual({ kind: 'quarter', year, quarter: 2 });
    const { districts, total } = consolidate([submission]);
    expect(districts).toHaveLength(1);
    expect(total.cells).toBe(kpi.cells);
    expect(total.covered).toBe(kpi.covered);
    expect(total.meetingsHeld).toBe(kpi.meetingsHeld);
  });

  await test.step('"In" prints the same report as an A4 Party document', async () => {
    await page.getByTestId('print-coverageSummary').click();
    await expect(page.getByTestId('report-print')).toBeVisible();
    await expect.poll(() => printCalls(page)).toBe(1);
    await screenshot(page, 'reports-print-preview');
    const pdfPath = join(SCREENSHOT_DIR, 'reports-coverage-summary-print.pdf');
    const page1 = await printA4(page, pdfPath);
    expect(page1).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(page1).toContain(data.settings.committeeName.toUpperCase());
    expect(page1).toContain('BIỂU TỔNG HỢP');
    expect(page1).not.toContain('Quay lại');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdfPath, join(SCREENSHOT_DIR, 'reports-print-page')]);
    await page.getByTestId('report-print-back').click();
    await expect(page.getByTestId('export-coverageSummary')).toBeVisible();
  });
});
