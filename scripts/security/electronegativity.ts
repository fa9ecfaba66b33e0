/**
 * `npm run security:electron`: scans the Electron main and preload sources, the renderer and
 * its index.html (CSP) with Electronegativity, offline, writes test-results/electronegativity
 * .csv and .sarif, prints a summary and fails on any finding of MEDIUM severity or above that
 * electronegativity-suppressions.ts does not explain, or on a file it could not parse.
 *
 * Blind spot, covered elsewhere: the tool's per-window checks only read the object literal in
 * `new BrowserWindow({...})`, while window.ts builds the options in windowOptions(); those
 * flags are pinned by test/electron/security.test.ts and main-entry.test.ts instead.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateFindings, formatSummary, toCsv } from './electronegativity-gate';
import { scanWithElectronegativity, SCANNED_PATHS, stage } from './electronegativity-runner';
import { SUPPRESSIONS } from './electronegativity-suppressions';

const ROOT = path.resolve(__dirname, '..', '..');
const OUTPUT_DIR = path.join(ROOT, 'test-results');

function electronVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
  const version = pkg.devDependencies?.electron;
  if (!version) throw new Error('package.json has no electron devDependency.');
  return version.replace(/^[^\d]*/, '');
}

async function main(): Promise<number> {
  const started = performance.now();
  const input = stage(ROOT, SCANNED_PATHS);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  try {
    const sarifPath = path.join(OUTPUT_DIR, 'electronegativity.sarif');
    const scan = await scanWithElectronegativity({ input, electronVersion: electronVersion(), sarifPath });
    writeFileSync(path.join(OUTPUT_DIR, 'electronegativity.csv'), toCsv(scan.findings));
    const gate = evaluateFindings(scan.findings, SUPPRESSIONS);
    console.log(formatSummary(gate, scan.checks, performance.now() - started));
    for (const error of scan.parseErrors) console.error(`Không phân tích được / could not parse: ${error}`);
    console.log('Kết quả / results: test-results/electronegativity.csv, test-results/electronegativity.sarif');
    return gate.blocking.length > 0 || scan.parseErrors.length > 0 ? 1 : 0;
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    // exitCode, not exit(): Electronegativity writes the SARIF file asynchronously.
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
