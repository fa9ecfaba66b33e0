/**
 * The import pipeline on a province-sized registrations file (15,000 rows against the
 * province directory of ≈15,000 cells), timed against a plain exceljs read of the same
 * bytes in the same run: exceljs' unzip and XML parse is the floor any .xlsx import
 * pays, so the ratio says what our own work (cell conversion, table detection, row
 * extraction, matching) adds on any machine. Goal: import.ratio_vs_exceljs_read ≤ 1.5.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import ExcelJS from 'exceljs';
import { assembleRegistrations, type RegistrationImportPlan } from '../../shared/import/assemble-registrations';
import { analyzeSheets, extractAll } from '../../shared/import/pipeline';
import { readWorkbook } from '../../shared/import/read-workbook';
import { generateSampleData } from '../../shared/sample/generator';
import type { DistrictData } from '../../shared/domain/types';
import { provinceRegistrationsWorkbook } from './import-workbook';
import { round } from './timing';
import type { BenchEntry, BenchSuite } from './types';

const SEED = 2025;
const YEAR = 2025;
const ROWS = 15_000;
const WARMUP = 2;
const RUNS = 7;

/**
 * A full collection before each timed call, and one inside the timing at its end: each
 * run pays for collecting the garbage it leaves (a loaded exceljs workbook is plenty),
 * not for what the previous run left, and the baseline does not leave its own garbage
 * for the next run to collect.
 */
function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
const collectGarbage = garbageCollector();

/** Milliseconds one call takes, from a clean heap to a clean heap. */
async function elapsed(fn: () => Promise<unknown>): Promise<number> {
  collectGarbage();
  const start = performance.now();
  await fn();
  collectGarbage();
  return performance.now() - start;
}

/** Of an odd number of samples. */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

interface Stages {
  read: number[];
  extract: number[];
  assemble: number[];
}

type Outcome = Pick<RegistrationImportPlan, 'needsDecision'> & { registrations: number; errors: number };

/** Our whole import of the file, stage by stage: what the import screen runs before showing the plan. */
async function importFile(bytes: Uint8Array, data: DistrictData, stages: Stages): Promise<Outcome> {
  const t0 = performance.now();
  const grids = await readWorkbook(bytes);
  const t1 = performance.now();
  const { rows } = extractAll(analyzeSheets(grids, 'registrations', 'dang-ky.xlsx'));
  const t2 = performance.now();
  const plan = assembleRegistrations(rows, { directory: { orgs: data.orgs, cells: data.cells }, officials: data.officials, year: YEAR });
  stages.read.push(t1 - t0);
  stages.extract.push(t2 - t1);
  stages.assemble.push(performance.now() - t2);
  return { registrations: plan.registrations.length, needsDecision: plan.needsDecision, errors: plan.errors.length };
}

async function exceljsRead(bytes: Uint8Array): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
}

export const importBench: BenchSuite = {
  name: 'import',
  async run(log) {
    const data = generateSampleData({ seed: SEED, scale: 'province', year: YEAR });
    const bytes = await provinceRegistrationsWorkbook(data, ROWS);
    log(`import: ${ROWS} registration rows (${Math.round(bytes.length / 1024)} KB) against ${data.orgs.length} organizations, ${data.cells.length} cells`);
    const stages: Stages = { read: [], extract: [], assemble: [] };
    // Each warmed up first (the JIT needs a couple of runs over this much code), then
    // alternated so both see the same machine state.
    let p = await importFile(bytes, data, { read: [], extract: [], assemble: [] });
    for (let i = 0; i < WARMUP; i++) {
      await exceljsRead(bytes);
      p = await importFile(bytes, data, { read: [], extract: [], assemble: [] });
    }
    const baseline: number[] = [];
    const ours: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      baseline.push(await elapsed(() => exceljsRead(bytes)));
      ours.push(await elapsed(async () => (p = await importFile(bytes, data, stages))));
    }
    const [oursMs, baselineMs] = [median(ours), median(baseline)];
    const entries: BenchEntry[] = [
      { name: 'import.rows', value: ROWS, unit: 'count' },
      { name: 'import.ms', value: round(oursMs), unit: 'ms' },
      { name: 'import.exceljs_read_ms', value: round(baselineMs), unit: 'ms' },
      { name: 'import.ratio_vs_exceljs_read', value: round(oursMs / baselineMs, 2), unit: 'ratio' },
      { name: 'import.read_ms', value: round(median(stages.read)), unit: 'ms' },
      { name: 'import.detect_extract_ms', value: round(median(stages.extract)), unit: 'ms' },
      { name: 'import.match_ms', value: round(median(stages.assemble)), unit: 'ms' },
      { name: 'import.registrations', value: p.registrations, unit: 'count' },
      { name: 'import.needs_decision', value: p.needsDecision, unit: 'count' },
      { name: 'import.errors', value: p.errors, unit: 'count' },
    ];
    return entries;
  },
};
