/**
 * `npm run bench [-- <suite>…]`: runs the benchmark suites (scripts/bench/index.ts), prints
 * a table and writes every entry to bench-results.json as [{ name, value, unit }].
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { SUITES } from './bench/index';
import type { BenchEntry } from './bench/types';

const OUTPUT = 'bench-results.json';

function table(entries: BenchEntry[]): string {
  const w = Math.max(4, ...entries.map((e) => e.name.length));
  const v = Math.max(5, ...entries.map((e) => String(e.value).length));
  const rows = entries.map((e) => `${e.name.padEnd(w)}  ${String(e.value).padStart(v)}  ${e.unit}`);
  return [`${'name'.padEnd(w)}  ${'value'.padStart(v)}  unit`, `${'-'.repeat(w)}  ${'-'.repeat(v)}  ----`, ...rows].join('\n');
}

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((n) => !SUITES.some((s) => s.name === n));
  if (unknown.length > 0) {
    console.error(`Không có bộ đo: ${unknown.join(', ')}. Có: ${SUITES.map((s) => s.name).join(', ')}.`);
    return 2;
  }
  const suites = wanted.length > 0 ? SUITES.filter((s) => wanted.includes(s.name)) : SUITES;
  console.log(`Node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model ?? '?'})`);
  const entries: BenchEntry[] = [];
  for (const suite of suites) entries.push(...(await suite.run((line) => console.log(line))));
  writeFileSync(OUTPUT, `${JSON.stringify(entries, null, 2)}\n`);
  console.log(`\n${table(entries)}\n\nĐã ghi ${entries.length} số đo vào ${OUTPUT}.`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
