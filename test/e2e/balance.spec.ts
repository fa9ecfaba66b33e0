/**
 * Balancing in real Chromium against the built web renderer: a fresh profile loads the
 * sample district, the solver runs in its Web Worker, the clerk accepts every suggestion
 * and the dashboard's covered count rises by exactly what the solver promised; after a
 * reload the undo is still there, and undoing gives back the very same registrations.
 */
import { expect, test, type Page } from '@playwright/test';
import { computeCoverage } from '../../shared/coverage/coverage';
import type { Meeting, Recommendation } from '../../shared/domain/meetings';
import type { Registration } from '../../shared/domain/types';
import { formatCount, kpiValue, openPage, screenshot } from './support/app';
import { deleteRecords, readDatabase, readStore } from './support/db';

/** "1.234" (Vietnamese grouping) → 1234. */
async function shownCount(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  const value = Number(text.replace(/\./g, ''));
  if (!Number.isInteger(value)) throw new Error(`${testId} shows "${text}", not a count`);
  return value;
}

const sorted = (list: Registration[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

test('a clerk accepts the solver’s suggestions, sees coverage rise, and undoes them', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('load-sample').click();
  await expect(kpiValue(page, 'kpi-total-cells')).toBeVisible();

  // Balancing is planning, done before the grassroots send their notices, but the sample runs
  // up to today. Keep the meetings of one crowded cell only: its registrations must stay put.
  const loaded = await readDatabase(page);
  const year = loaded.settings.currentYear;
  const registrants = new Map<string, Set<string>>();
  for (const r of loaded.registrations.filter((r) => r.years.includes(year))) {
    registrants.set(r.cellId, (registrants.get(r.cellId) ?? new Set()).add(r.officialId));
  }
  const crowdedCellId = [...registrants].find(([, people]) => people.size >= 3)?.[0];
  if (!crowdedCellId) throw new Error('the sample has no crowded cell');
  const meetings = await readStore<Meeting>(page, 'meetings');
  const kept = new Set(loaded.registrations.filter((r) => r.cellId === crowdedCellId).map((r) => r.id));
  const dropped = meetings.filter((m) => !kept.has(m.registrationId));
  const droppedIds = new Set(dropped.map((m) => m.id));
  const recommendations = await readStore<Recommendation>(page, 'recommendations');
  await deleteRecords(page, 'recommendations', recommendations.filter((r) => droppedIds.has(r.meetingId)).map((r) => r.id));
  await deleteRecords(page, 'meetings', [...droppedIds]);
  const fixed = new Set(meetings.filter((m) => kept.has(m.registrationId)).map((m) => m.registrationId));
  expect(fixed.size).toBeGreaterThan(0);
  await page.reload();
  await expect(kpiValue(page, 'kpi-total-cells')).toBeVisible();

  const before = await readDatabase(page);
  const coveredAtStart = computeCoverage(before, year).coveredCells;
  await expect(kpiValue(page, 'kpi-covered')).toHaveText(formatCount(coveredAtStart));

  let rise = 0;
  let adds = 0;
  await test.step('the solver runs in a worker and its suggestions are listed as a diff', async () => {
    await openPage(page, 'balance');
    await expect(page.getByRole('heading', { name: `Cân đối đăng ký — ${year}` })).toBeVisible();
    await page.getByRole('button', { name: 'Đề xuất cân đối' }).click();
    await expect(page.getByTestId('balance-summary')).toBeVisible();

    const coveredBefore = await shownCount(page, 'balance-covered-before');
    const coveredAfter = await shownCount(page, 'balance-covered-after');
    const moves = await shownCount(page, 'balance-moves');
    adds = await shownCount(page, 'balance-adds');
    expect(coveredBefore).toBe(coveredAtStart);
    expect(coveredAfter).toBeGreaterThan(coveredBefore);
    rise = coveredAfter - coveredBefore;

    const rows = page.getByTestId('balance-row');
    await expect(rows).toHaveCount(moves + adds);
    await expect(page.locator('[data-testid="balance-row"][data-kind="move"]')).toHaveCount(moves);
    // A move reads as a diff: where from (−) and where to (+), with the solver's sentence.
    const firstMove = page.locator('[data-testid="balance-row"][data-kind="move"]').first();
    await expect(firstMove.getByTestId('diff-minus')).toHaveText(/^− .+: Chi bộ /);
    await expect(firstMove.getByTestId('diff-plus')).toHaveText(/^\+ .+: Chi bộ /);
    await expect(firstMove).toContainText('Chuyển đồng chí');
    await screenshot(page, 'balance-1-de-xuat');
  });

  await test.step('accepting all applies them at once and the dashboard counts rise by the summary', async () => {
    await page.getByTestId('balance-accept-all').click();
    await expect(page.getByTestId('balance-feedback')).toContainText('Đã áp dụng');
    await expect(page.locator('[data-testid="balance-row"][data-status="pending"]')).toHaveCount(0);
    await expect(page.getByTestId('balance-current')).toContainText(`${formatCount(coveredAtStart + rise)} / `);
    await expect(page.getByTestId('balance-last')).toBeVisible();
    await screenshot(page, 'balance-2-da-chap-nhan');

    await openPage(page, 'dashboard');
    await expect(kpiValue(page, 'kpi-covered')).toHaveText(formatCount(coveredAtStart + rise));
    const after = await readDatabase(page);
    expect(computeCoverage(after, year).coveredCells).toBe(coveredAtStart + rise);
    const added = after.registrations.filter((r) => r.note === 'Đề xuất cân đối');
    expect(added).toHaveLength(adds);
    for (const r of added) expect(r.period).toEqual({ kind: 'year', year, quarters: [] });
    expect(after.registrations).toHaveLength(before.registrations.length + adds);
    // Registrations with meetings were not moved: their meetings still name the cell they are at.
    for (const id of fixed) {
      expect(after.registrations.find((r) => r.id === id)).toEqual(before.registrations.find((r) => r.id === id));
    }
    await screenshot(page, 'balance-3-tong-quan-sau-can-doi');
  });

  await test.step('after a reload the undo is still offered, and it restores the database exactly', async () => {
    await page.reload();
    await openPage(page, 'balance');
    await expect(page.getByTestId('balance-last')).toContainText(`năm ${year}`);
    await page.getByRole('button', { name: 'Hoàn tác lần cân đối gần nhất' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hoàn tác lần cân đối' });
    await expect(dialog).toContainText(`Xóa ${adds} đăng ký đã thêm`);
    await dialog.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect(page.getByTestId('balance-feedback')).toContainText('Đã hoàn tác');
    await expect(page.getByTestId('balance-last')).toHaveCount(0);
    await expect(page.getByTestId('balance-current')).toContainText(`${formatCount(coveredAtStart)} / `);
    await screenshot(page, 'balance-4-hoan-tac');

    await openPage(page, 'dashboard');
    await expect(kpiValue(page, 'kpi-covered')).toHaveText(formatCount(coveredAtStart));
    const undone = await readDatabase(page);
    expect(sorted(undone.registrations)).toEqual(sorted(before.registrations));
  });
});
