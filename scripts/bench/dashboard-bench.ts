/**
 * What a clerk waits for when switching the dashboard between năm / quý / nhiệm kỳ, or to
 * another year or quarter, at province scale (≈15,000 cells, ≈57,000 meetings), measured in
 * Debian's Chromium against the built web app (out/web) with the sample written straight
 * into its IndexedDB. Each change is timed by the app's own marks, from the click's
 * 'dashboard:period-change' to 'dashboard:charts-rendered' (next frame after the charts
 * commit for the new counts).
 *
 * Baseline, measured in the same run: the same changes on the district sample (≈270
 * cells), where counting costs next to nothing, so the ratio says what province scale
 * adds on top of React, MUI and recharts redrawing, on any machine.
 * Goal: dashboard.period_change_ms ≤ 300 on a 2-core office PC.
 *
 * The sample's year is 2026 (term 2025–2030), so the year select moves between 2026 and
 * 2025, both with registrations and meetings, rather than into empty years of the term.
 */
import { statSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { generateSampleData } from '../../shared/sample/generator';
import { chromiumPath, freshContext, launchChromium } from './browser/chromium';
import { stepLabel, timePeriodChange, waitForFirstCharts, type PeriodStep } from './browser/measure';
import { openAppWithData } from './browser/seed-db';
import { ensureWebBuild, serveStatic, WEB_ROOT } from './browser/serve';
import { round } from './timing';
import type { BenchEntry, BenchSuite } from './types';

const SEED = 2025;
const YEAR = 2026;
const TODAY = '2026-10-15';
const GOAL_MS = 300;
const WARMUP = 2;
const RUNS = 10;
const DATA_TIMEOUT_MS = 120_000;

/** Starting from "Năm": every control a clerk uses to change the period, each twice in the timed runs. */
const CYCLE: readonly PeriodStep[] = [
  { control: 'scope', kind: 'quarter' },
  { control: 'quarter' },
  { control: 'scope', kind: 'term' },
  { control: 'scope', kind: 'year' },
  { control: 'year' },
];

interface SampleRun {
  samples: number[];
  cells: number;
  meetings: number;
}

const countFormat = new Intl.NumberFormat('vi-VN');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measureSample(browser: Browser, baseUrl: string, scale: 'province' | 'district', log: (line: string) => void): Promise<SampleRun> {
  const data = generateSampleData({ seed: SEED, scale, year: YEAR, today: TODAY });
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    const { seedMs, counts } = await openAppWithData(page, baseUrl, data);
    log(
      `dashboard: ${scale} sample (seed ${SEED}, today ${TODAY}) written to IndexedDB in ${Math.round(seedMs)} ms: ` +
        `${counts.cells} cells, ${counts.registrations} registrations, ${counts.meetings} meetings, ${counts.recommendations} recommendations`,
    );
    // The whole committee's cells on the card: the app has read every record.
    const total = new RegExp(`^${escapeRegExp(countFormat.format(data.cells.length))}$`);
    await page.getByTestId('kpi-total-cells-value').filter({ hasText: total }).waitFor({ timeout: DATA_TIMEOUT_MS });
    const firstCharts = await waitForFirstCharts(page, DATA_TIMEOUT_MS);
    log(`dashboard: ${scale} first charts ${Math.round(firstCharts)} ms after the reload began`);
    const samples: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const step = CYCLE[i % CYCLE.length]!;
      const ms = await timePeriodChange(page, step);
      if (i >= WARMUP) samples.push(ms);
      log(`dashboard: ${scale} ${i < WARMUP ? 'warm-up' : 'change'} ${stepLabel(step)} ${round(ms)} ms`);
    }
    return { samples, cells: data.cells.length, meetings: data.meetings?.length ?? 0 };
  } finally {
    await context.close();
  }
}

export const dashboardBench: BenchSuite = {
  name: 'dashboard',
  async run(log) {
    const chromium = chromiumPath();
    if (!chromium.found) {
      log(`dashboard: skipped, no Chromium at ${chromium.path} (install Debian's chromium or set CHROMIUM_PATH)`);
      return [];
    }
    ensureWebBuild(log);
    const built = statSync(`${WEB_ROOT}/index.html`).mtime.toISOString();
    const server = await serveStatic();
    let browser: Browser | undefined;
    try {
      browser = await launchChromium(chromium.path);
      log(`dashboard: ${WEB_ROOT} (built ${built}; npm run build:web after renderer changes) at ${server.url}, Chromium ${browser.version()}`);
      const province = await measureSample(browser, server.url, 'province', log);
      const district = await measureSample(browser, server.url, 'district', log);
      const ms = median(province.samples);
      const districtMs = median(district.samples);
      log(`dashboard: period change ${round(ms)} ms at province scale (goal ≤ ${GOAL_MS} ms: ${ms <= GOAL_MS ? 'met' : 'NOT met'})`);
      const entries: BenchEntry[] = [
        { name: 'dashboard.cells', value: province.cells, unit: 'count' },
        { name: 'dashboard.meetings', value: province.meetings, unit: 'count' },
        { name: 'dashboard.period_change_ms', value: round(ms), unit: 'ms' },
        { name: 'dashboard.period_change_min_ms', value: round(Math.min(...province.samples)), unit: 'ms' },
        { name: 'dashboard.period_change_max_ms', value: round(Math.max(...province.samples)), unit: 'ms' },
        { name: 'dashboard.period_change_district_ms', value: round(districtMs), unit: 'ms' },
        { name: 'dashboard.ratio_vs_district', value: round(ms / districtMs, 2), unit: 'ratio' },
      ];
      return entries;
    } finally {
      await browser?.close();
      await server.close();
    }
  },
};
