/**
 * Changes the dashboard's period the way a clerk does (toggle buttons, year and quarter
 * selects) and reads how long each change took from the app's own performance marks:
 * 'dashboard:period-change' when the clerk asks for a period, 'dashboard:charts-rendered'
 * once the charts have committed for its counts. Both are stamped by the page's clock, so
 * Playwright's round trips do not count.
 */
import type { Locator, Page } from 'playwright-core';
import type { PageGlobals } from './page-globals';

export const PERIOD_CHANGE_MARK = 'dashboard:period-change';
export const CHARTS_RENDERED_MARK = 'dashboard:charts-rendered';

const CHANGE_TIMEOUT_MS = 60_000;
const IDLE_TIMEOUT_MS = 2_000;

export type PeriodStep =
  | { control: 'scope'; kind: 'year' | 'quarter' | 'term' }
  /** Another option of the year or quarter select: the one before the shown one, or after it if it is the first. */
  | { control: 'year' | 'quarter' };

export function stepLabel(step: PeriodStep): string {
  return step.control === 'scope' ? step.kind : `${step.control}-select`;
}

/** The MUI select whose hidden input carries `testId`: the combobox beside it is what a person clicks. */
function selectCombobox(page: Page, testId: string): Locator {
  return page.getByTestId(testId).locator('xpath=..').getByRole('combobox');
}

async function pickNeighbourOption(page: Page, testId: string): Promise<void> {
  await selectCombobox(page, testId).click();
  const listbox = page.getByRole('listbox');
  const options = listbox.getByRole('option');
  const count = await options.count();
  let selected = -1;
  for (let i = 0; i < count && selected < 0; i++) {
    if ((await options.nth(i).getAttribute('aria-selected')) === 'true') selected = i;
  }
  if (count < 2 || selected < 0) throw new Error(`${testId}: no other option to pick (${count} options, selected ${selected})`);
  await options.nth(selected > 0 ? selected - 1 : 1).click();
  await listbox.waitFor({ state: 'detached' });
}

export async function applyStep(page: Page, step: PeriodStep): Promise<void> {
  if (step.control === 'scope') await page.getByTestId(`dashboard-scope-${step.kind}`).click();
  else await pickNeighbourOption(page, `dashboard-${step.control}`);
}

interface MarkArgs {
  change: string;
  rendered: string;
  since: number;
}

/** True once a change mark stamped after `since` is followed by a rendered mark. */
function changeRendered({ change, rendered, since }: MarkArgs): boolean {
  const changes = performance.getEntriesByName(change).filter((e) => e.startTime >= since);
  const last = changes[changes.length - 1];
  return last !== undefined && performance.getEntriesByName(rendered).some((e) => e.startTime >= last.startTime);
}

/**
 * From the first change mark after `since` to the first rendered mark after the last
 * change mark (one click may ask twice: that is still one wait for the clerk).
 */
function changeDuration({ change, rendered, since }: MarkArgs): number {
  const changes = performance.getEntriesByName(change).filter((e) => e.startTime >= since);
  const first = changes[0];
  const last = changes[changes.length - 1];
  const done = last && performance.getEntriesByName(rendered).find((e) => e.startTime >= last.startTime);
  if (!first || !done) throw new Error('no period change followed by drawn charts');
  return done.startTime - first.startTime;
}

/** Resolves when the page's main thread has had nothing to do (or after 2 s): the next click starts from quiet. */
function idleInPage(timeout: number): Promise<void> {
  const g = globalThis as unknown as PageGlobals;
  return new Promise<void>((resolve) => {
    g.requestIdleCallback(() => resolve(), { timeout });
  });
}

/** Applies one step and returns how long the app took from the change to the drawn charts (ms). */
export async function timePeriodChange(page: Page, step: PeriodStep): Promise<number> {
  const since = await page.evaluate(() => performance.now());
  await applyStep(page, step);
  const args: MarkArgs = { change: PERIOD_CHANGE_MARK, rendered: CHARTS_RENDERED_MARK, since };
  try {
    await page.waitForFunction(changeRendered, args, { timeout: CHANGE_TIMEOUT_MS });
  } catch (error) {
    const marks = await page.evaluate(
      ({ change, rendered }) => [change, rendered].map((n) => `${n} ×${performance.getEntriesByName(n).length}`).join(', '),
      args,
    );
    throw new Error(`${stepLabel(step)}: no '${CHARTS_RENDERED_MARK}' after '${PERIOD_CHANGE_MARK}' within ${CHANGE_TIMEOUT_MS} ms (${marks})`, {
      cause: error,
    });
  }
  const ms = await page.evaluate(changeDuration, args);
  await page.evaluate(idleInPage, IDLE_TIMEOUT_MS);
  return ms;
}

/**
 * Waits for the page's first charts (the first count of freshly loaded data) and returns
 * when they were drawn, in ms since the page's navigation began.
 */
export async function waitForFirstCharts(page: Page, timeout = 120_000): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, CHARTS_RENDERED_MARK, { timeout });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN, CHARTS_RENDERED_MARK);
}
