/**
 * The coverage dashboard in real Chromium against the built web renderer: after loading the
 * sample, its numbers equal what IndexedDB holds (counted here from the raw records, and
 * crowding by the synthesis); the "uncovered" bar of one type opens a grid listing exactly
 * those cells and Back returns; the matrix shows a cell's registrants; each chart saves as
 * PNG and is photographed; "In" prints an A4 document with the Party header on page 1.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Meeting, Recommendation } from '../../shared/domain/meetings';
import type { DistrictData } from '../../shared/domain/types';
import { synthesize } from '../../shared/synthesis/synthesis';
import { formatCount, kpiValue, SCREENSHOT_DIR, screenshot } from './support/app';
import { printA4, printCalls, stubPrint } from './support/print';
import { readDatabase, readStore } from './support/db';

const CHARTS = ['by-type', 'by-org', 'distribution', 'meetings-by-quarter', 'recommendations'] as const;

/** What the dashboard must say for a year, counted straight from the records. */
function expectedForYear(data: DistrictData, meetings: Meeting[], recs: Recommendation[], year: number, today: string) {
  const orgIds = new Set(data.orgs.map((o) => o.id));
  const cells = data.cells.filter((c) => orgIds.has(c.orgId));
  const cellIds = new Set(cells.map((c) => c.id));
  const regs = data.registrations.filter((r) => r.years.includes(year) && cellIds.has(r.cellId));
  const covered = new Set(regs.map((r) => r.cellId));
  const officialIds = new Set(data.officials.map((o) => o.id));
  const registered = new Set(regs.map((r) => r.officialId).filter((id) => officialIds.has(id)));
  const regById = new Map(data.registrations.map((r) => [r.id, r]));
  const ofYear = meetings.filter((m) => {
    const reg = regById.get(m.registrationId);
    return reg !== undefined && cellIds.has(reg.cellId) && m.date.startsWith(`${year}-`);
  });
  const meetingIds = new Set(ofYear.map((m) => m.id));
  const recsOfYear = recs.filter((r) => meetingIds.has(r.meetingId));
  const open = recsOfYear.filter((r) => r.status !== 'resolved' && r.status !== 'closed');
  const synthesis = synthesize(
    { ...data, term: { startYear: data.settings.termStartYear, endYear: data.settings.termEndYear } },
    { kind: 'year', year },
    data.settings.rules,
  );
  return {
    cells: cells.length,
    covered: covered.size,
    uncovered: cells.length - covered.size,
    crowded: synthesis.types.reduce((n, t) => n + t.crowded, 0),
    officialsRegistered: registered.size,
    officials: data.officials.length,
    meetingsPlanned: ofYear.length,
    meetingsHeld: ofYear.filter((m) => m.status === 'held').length,
    recsOpen: open.length,
    recsOverdue: open.filter((r) => r.dueDate !== '' && r.dueDate < today).length,
    uncoveredByType: (type: string) =>
      cells.filter((c) => !covered.has(c.id) && data.orgs.find((o) => o.id === c.orgId)?.type === type).map((c) => c.id),
    synthesis,
  };
}

/** Every row id of the MUI data grid: each page of 100, scrolling through its virtualized body. */
async function gridRowIds(page: Page, testId: string): Promise<Set<string>> {
  const grid = page.getByTestId(testId);
  const scroller = grid.locator('.MuiDataGrid-virtualScroller');
  const next = grid.locator('.MuiTablePagination-actions button').last();
  const ids = new Set<string>();
  for (let pageNo = 0; pageNo < 50; pageNo++) {
    await scroller.evaluate((el) => (el.scrollTop = 0));
    for (let step = 0; step < 100; step++) {
      for (const id of await grid.locator('.MuiDataGrid-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''))) ids.add(id);
      const done = await scroller.evaluate((el) => {
        const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
        el.scrollTop += el.clientHeight * 0.5;
        return atEnd;
      });
      if (done) break;
      // The grid renders the rows of the new scroll position on its next frames.
      await page.waitForTimeout(100);
    }
    if ((await next.count()) === 0 || (await next.isDisabled())) break;
    await next.click();
  }
  return ids;
}

test('the dashboard shows where the gaps are, drills into them, and prints on A4', async ({ page }) => {
  await stubPrint(page);
  await page.goto('/');
  await page.getByTestId('load-sample').click();
  await expect(kpiValue(page, 'kpi-total-cells')).toBeVisible();

  const data = await readDatabase(page);
  const meetings = await readStore<Meeting>(page, 'meetings');
  const recs = await readStore<Recommendation>(page, 'recommendations');
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const year = data.settings.currentYear;
  const expected = expectedForYear(data, meetings, recs, year, today);

  await test.step('the cards equal what the database holds for the working year', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Năm ${year}`);
    await expect(kpiValue(page, 'kpi-total-cells')).toHaveText(formatCount(expected.cells));
    await expect(kpiValue(page, 'kpi-covered')).toHaveText(formatCount(expected.covered));
    await expect(kpiValue(page, 'kpi-uncovered')).toHaveText(formatCount(expected.uncovered));
    await expect(kpiValue(page, 'kpi-crowded')).toHaveText(formatCount(expected.crowded));
    await expect(kpiValue(page, 'kpi-officials-registered')).toHaveText(
      `${formatCount(expected.officialsRegistered)} / ${formatCount(expected.officials)}`,
    );
    await expect(kpiValue(page, 'kpi-meetings')).toHaveText(`${formatCount(expected.meetingsHeld)} / ${formatCount(expected.meetingsPlanned)}`);
    await expect(kpiValue(page, 'kpi-recommendations')).toHaveText(formatCount(expected.recsOpen));
    await expect(kpiValue(page, 'kpi-recommendations-overdue')).toHaveText(formatCount(expected.recsOverdue));
    for (const id of CHARTS) await expect(page.getByTestId(`chart-${id}`)).toBeVisible();
    await screenshot(page, 'dashboard-charts');
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    for (const id of CHARTS) await page.getByTestId(`chart-${id}`).screenshot({ path: join(SCREENSHOT_DIR, `dashboard-chart-${id}.png`) });
  });

  await test.step('a click on the "uncovered" bar of one type lists exactly those cells, and Back returns', async () => {
    const type = expected.synthesis.types.filter((t) => t.uncovered > 0).sort((a, b) => b.uncovered - a.uncovered)[0]?.type;
    if (!type) throw new Error('the sample has no uncovered cell');
    const wanted = new Set(expected.uncoveredByType(type));
    await page.getByTestId(`bar-by-type-uncovered-${type}`).click();
    await expect(page.getByTestId('drill-count')).toContainText(formatCount(wanted.size));
    await expect(page.getByTestId('drill-grid')).toBeVisible();
    expect(await gridRowIds(page, 'drill-grid')).toEqual(wanted);
    await screenshot(page, 'dashboard-drill-uncovered');
    await page.getByTestId('drill-back').click();
    await expect(page.getByTestId('chart-by-type')).toBeVisible();
    // The browser's Back returns to the drill-down, and Back again to the charts.
    await page.goBack();
    await expect(page.getByTestId('drill-grid')).toBeVisible();
    await page.goBack();
    await expect(page.getByTestId('chart-by-type')).toBeVisible();
  });

  await test.step('over the whole term, a quarter’s "held" bar lists exactly that quarter’s held meetings', async () => {
    await page.getByTestId('dashboard-scope-term').click();
    const { termStartYear: from, termEndYear: to } = data.settings;
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Nhiệm kỳ ${from} – ${to}`);
    const orgIds = new Set(data.orgs.map((o) => o.id));
    const cellIds = new Set(data.cells.filter((c) => orgIds.has(c.orgId)).map((c) => c.id));
    const regCell = new Map(data.registrations.map((r) => [r.id, r.cellId]));
    const counted = meetings.filter((m) => cellIds.has(regCell.get(m.registrationId) ?? '') && m.status === 'held');
    const quarterOf = (iso: string) => Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;
    const byQuarter = new Map<string, Meeting[]>();
    for (const m of counted) {
      const key = `${m.date.slice(0, 4)}-${quarterOf(m.date)}`;
      byQuarter.set(key, [...(byQuarter.get(key) ?? []), m]);
    }
    const busiest = [...byQuarter].sort((a, b) => b[1].length - a[1].length)[0];
    if (!busiest) throw new Error('the sample has no held meeting');
    const [key, held] = busiest;
    await page.getByTestId(`bar-meetings-held-${key}`).click();
    await expect(page.getByTestId('drill-count')).toContainText(formatCount(held.length));
    expect(await gridRowIds(page, 'drill-grid')).toEqual(new Set(held.map((m) => m.id)));
    await screenshot(page, 'dashboard-drill-meetings-term');
    await page.getByTestId('drill-back').click();
    await page.getByTestId('dashboard-scope-year').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Năm ${year}`);
  });

  await test.step('a chart saves as a PNG picture', async () => {
    const download = page.waitForEvent('download');
    await page.getByTestId('chart-by-type-png').click();
    const file = await download;
    const bytes = await readFile(await file.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // A 2× picture of a chart hundreds of pixels wide: width from the IHDR chunk.
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(600);
    expect(file.suggestedFilename()).toMatch(/\.png$/);
  });

  await test.step('the matrix shows a cell’s registrants on hover and opens the cell', async () => {
    await page.getByTestId('dashboard-view-matrix').click();
    await expect(page.getByTestId('coverage-matrix')).toBeVisible();
    const reg = data.registrations.find((r) => r.years.includes(year))!;
    const cell = data.cells.find((c) => c.id === reg.cellId)!;
    const official = data.officials.find((o) => o.id === reg.officialId)!;
    const org = data.orgs.find((o) => o.id === cell.orgId)!;
    await page.getByTestId('matrix-search').fill(org.name);
    const tile = page.getByTestId(`matrix-tile-${cell.id}`);
    await tile.hover();
    await expect(page.getByRole('tooltip')).toContainText(official.name);
    await screenshot(page, 'dashboard-matrix');
    await tile.click();
    await expect(page.getByTestId('cell-card')).toContainText(cell.name);
    await expect(page.getByTestId('cell-card')).toContainText(official.name);
    await page.keyboard.press('Escape');
    await page.getByTestId('dashboard-view-charts').click();
  });

  await test.step('"In" prints an A4 document whose first page carries the Party header', async () => {
    await page.getByTestId('dashboard-print-button').click();
    await expect(page.getByTestId('dashboard-print')).toBeVisible();
    await expect.poll(() => printCalls(page)).toBe(1);
    await screenshot(page, 'dashboard-print-preview');
    const pdfPath = join(SCREENSHOT_DIR, 'dashboard-print.pdf');
    const page1 = await printA4(page, pdfPath);
    expect(page1).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(page1).toContain(data.settings.committeeName.toUpperCase());
    expect(page1).toContain('BÁO CÁO');
    expect(page1).toContain(`năm ${year}`);
    // Nothing of the app around it is printed.
    expect(page1).not.toContain('Quay lại tổng quan');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(SCREENSHOT_DIR, 'dashboard-print-page')]);
    await page.getByTestId('print-back').click();
    await expect(page.getByTestId('chart-by-type')).toBeVisible();
  });
});
