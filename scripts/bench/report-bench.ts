/**
 * The longest detail report at province scale: the consolidated registration plan
 * ("DANH SÁCH tổng hợp đăng ký…") for the five years the sample's history covers
 * (2021–2025, ≈15,000 registrations, one data row each; the settings' own term 2025–2030
 * holds only its first year, ≈1,700), built as a ReportDocument and written as .xlsx by
 * our formatted writer (Party header, bordered table, fitted row heights, page breaks).
 *
 * Baseline, measured in the same run: a plain exceljs write of the same table (the same
 * rows × columns as plain cells, no styles, no header block, no signature): the floor any
 * .xlsx export of these rows pays for exceljs' cell model, XML and zip, so the ratio says
 * what our formatting adds on any machine. Goals: report.ms < 5000 on a 2-core office PC,
 * report.ratio_vs_exceljs_write ≤ 1.3 (our write stage against the plain write).
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import ExcelJS from 'exceljs';
import { periodLabelVi } from '../../shared/dashboard/period';
import type { DashboardPeriod } from '../../shared/dashboard/types';
import type { ReportDocument } from '../../shared/report/layout';
import { buildRegistrationPlanReport, type RegistrationPlanReportInput } from '../../shared/report/registration-plan-report';
import { generateSampleData } from '../../shared/sample/generator';
import { workbookBytes } from '../../shared/xlsx/workbook-bytes';
import { writeReportXlsx } from '../../shared/xlsx/write-report';
import { round } from './timing';
import type { BenchEntry, BenchSuite } from './types';

const SEED = 2025;
const TODAY = '2025-10-15';
/** Every registration of the sample's history (2021–2025) counted: the longest plan it has. */
const PERIOD: DashboardPeriod = { kind: 'term', startYear: 2021, endYear: 2025 };
const WARMUP = 2;
const RUNS = 7;
const GOAL_MS = 5000;
const GOAL_RATIO = 1.3;

/**
 * A full collection before each timed call and one inside the timing at its end, as in
 * import-bench: each stage pays for the garbage it leaves (a 100,000-cell exceljs workbook
 * is plenty), not for what the previous one left.
 */
function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
const collectGarbage = garbageCollector();

/** Milliseconds one call takes, from a clean heap to a clean heap, and what it returned. */
async function elapsed<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  collectGarbage();
  const start = performance.now();
  const result = await fn();
  collectGarbage();
  return [performance.now() - start, result];
}

/** Of an odd number of samples. */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

/** The report's table as plain values, one sheet, nothing else: titles, group labels, data rows, total. */
async function plainWrite(doc: ReportDocument): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Báo cáo');
  ws.addRow(doc.columns.map((c) => c.title));
  for (const r of doc.rows) ws.addRow(r.kind === 'data' ? doc.columns.map((c) => r.values[c.key] ?? null) : [r.label]);
  if (doc.totalRow) ws.addRow([doc.totalRow.label]);
  return workbookBytes(wb);
}

const dataRows = (doc: ReportDocument) => doc.rows.filter((r) => r.kind === 'data').length;
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

export const reportBench: BenchSuite = {
  name: 'report',
  async run(log) {
    const data = generateSampleData({ seed: SEED, scale: 'province', today: TODAY });
    const input: RegistrationPlanReportInput = { ...data, period: PERIOD, date: { day: 15, month: 10, year: 2025 } };
    let doc = buildRegistrationPlanReport(input);
    const rows = dataRows(doc);
    log(
      `report: registration plan (Danh sách tổng hợp đăng ký), ${periodLabelVi(PERIOD)}, province sample (seed ${SEED}, today ${TODAY}): ` +
        `${rows} data rows, ${doc.rows.length - rows} group rows, ${data.officials.length} officials, ${data.registrations.length} registrations`,
    );
    // Each warmed up first, then alternated so both see the same machine state.
    let bytes = await writeReportXlsx(doc);
    let plain = await plainWrite(doc);
    for (let i = 0; i < WARMUP; i++) {
      plain = await plainWrite(doc);
      doc = buildRegistrationPlanReport(input);
      bytes = await writeReportXlsx(doc);
    }
    const baseline: number[] = [];
    const build: number[] = [];
    const write: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const [b] = await elapsed(() => plainWrite(doc));
      const [d, built] = await elapsed(() => buildRegistrationPlanReport(input));
      const [w, written] = await elapsed(() => writeReportXlsx(built));
      [doc, bytes] = [built, written];
      baseline.push(b);
      build.push(d);
      write.push(w);
      total.push(d + w);
    }
    const [ms, writeMs, baselineMs] = [median(total), median(write), median(baseline)];
    const ratio = writeMs / baselineMs;
    log(`report: ${Math.round(bytes.length / 1024)} KB written, ${Math.round(plain.length / 1024)} KB plain`);
    log(`report: build and write ${round(ms)} ms (goal < ${GOAL_MS} ms: ${verdict(ms < GOAL_MS)})`);
    log(`report: write ${round(ratio, 2)}× the plain exceljs write (goal ≤ ${GOAL_RATIO}: ${verdict(round(ratio, 2) <= GOAL_RATIO)})`);
    const entries: BenchEntry[] = [
      { name: 'report.rows', value: rows, unit: 'count' },
      { name: 'report.ms', value: round(ms), unit: 'ms' },
      { name: 'report.build_ms', value: round(median(build)), unit: 'ms' },
      { name: 'report.write_ms', value: round(writeMs), unit: 'ms' },
      { name: 'report.exceljs_write_ms', value: round(baselineMs), unit: 'ms' },
      { name: 'report.ratio_vs_exceljs_write', value: round(ratio, 2), unit: 'ratio' },
      { name: 'report.bytes', value: bytes.length, unit: 'bytes' },
    ];
    return entries;
  },
};
