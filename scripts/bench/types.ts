/**
 * A benchmark suite produces named figures. Add one by writing `<name>-bench.ts` exporting
 * a `BenchSuite` and listing it in `index.ts`; `npm run bench` runs every suite (or those
 * named on the command line) and writes all entries to bench-results.json.
 */

export interface BenchEntry {
  /** Dotted, suite first: "solver.ms", "import.rows". */
  name: string;
  value: number;
  /** "ms", "count", "fraction", "ratio"… */
  unit: string;
}

export interface BenchSuite {
  name: string;
  run(log: (line: string) => void): Promise<BenchEntry[]> | BenchEntry[];
}
