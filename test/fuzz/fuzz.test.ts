/**
 * Hostile and broken files through every reader the clerk can point at a file: the import
 * (directory, registrations, meeting notices), the province's submission reader and the
 * backup reader, and a sample through the import's commit. FUZZ_COUNT inputs (default 150;
 * `npm run fuzz` runs 10,000), from FUZZ_SEED: a failure names its seed and case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../renderer/db/database';
import { loadImportSnapshot, type ImportSnapshot } from '../../renderer/db/repositories/import';
import { freshDb } from '../renderer/db/fixtures';
import { seed } from '../renderer/features/seed';
import { buildBases, fuzzInput, type Bases } from './inputs';
import { flip, FUZZ_COUNT, FUZZ_SEED, rngFor } from './prng';
import { backupTarget, commitTarget, importTarget, submissionTarget, type ImportRun, type Outcome } from './targets';

type Target = 'import' | 'submission' | 'backup' | 'commit';
const tally: Record<Target, Record<Outcome, number>> = {
  import: { accepted: 0, refused: 0 },
  submission: { accepted: 0, refused: 0 },
  backup: { accepted: 0, refused: 0 },
  commit: { accepted: 0, refused: 0 },
};
const failures: string[] = [];
/** Every accepted import, and one in this many refused ones, also goes through commitImport. */
const COMMIT_EVERY = 10;

let bases: Bases;
let db: AppDatabase;
let snapshot: ImportSnapshot;
let backup: Uint8Array;

/** What dexie-export-import uses of FileReader: readAsArrayBuffer and onload. */
class FileReaderShim {
  result: ArrayBuffer | null = null;
  onload: ((ev: { target: FileReaderShim }) => void) | null = null;
  onerror: ((ev: { target: { error: unknown } }) => void) | null = null;
  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => this.onerror?.({ target: { error } }),
    );
  }
}

beforeAll(async () => {
  bases = await buildBases();
  db = freshDb();
  await seed(db);
  snapshot = await loadImportSnapshot(db);
  // dexie-export-import reads `self` when it loads and a FileReader when it exports, as in a
  // browser; the rest of this file runs in Node (jsdom would slow every case down).
  const env = globalThis as { self?: unknown; FileReader?: unknown };
  env.self ??= globalThis;
  env.FileReader ??= FileReaderShim;
  const { createBackup } = await import('../../renderer/db/backup/create-backup');
  backup = (await createBackup(db)).bytes;
}, 120_000);

afterAll(async () => {
  await db.delete();
});

async function attempt(target: Target, index: number, label: string, run: () => Promise<Outcome>): Promise<Outcome | null> {
  try {
    const outcome = await run();
    tally[target][outcome]++;
    return outcome;
  } catch (error) {
    failures.push(`seed ${FUZZ_SEED}, case ${index} (${label}), ${target}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** Backup bytes broken the same ways: cut, flipped, or not gzip at all. */
function brokenBackup(index: number): Uint8Array {
  const rng = rngFor(FUZZ_SEED ^ 0x5bd1e995, index);
  const out = backup.slice(0, rng.chance(0.4) ? rng.int(0, backup.length - 1) : backup.length);
  for (let k = rng.int(rng.chance(0.4) ? 0 : 1, 6); k > 0; k--) flip(rng, out, rng.int(0, out.length - 1));
  return out;
}

describe(`fuzz: ${FUZZ_COUNT} bad inputs, seed ${FUZZ_SEED}`, () => {
  it('refuses the decompression bomb and the million-row sheet in the guard, fast', async () => {
    for (const [index, limitMs] of [[0, 3_000], [1, 8_000]] as const) {
      const input = await fuzzInput(rngFor(FUZZ_SEED, index), index, bases);
      const started = performance.now();
      const result = await importTarget(input.bytes, input.kind, snapshot);
      const ms = performance.now() - started;
      console.log(`${input.label}: refused in ${Math.round(ms)} ms`);
      expect(result.outcome).toBe('refused');
      expect(ms).toBeLessThan(limitMs);
    }
  }, 60_000);

  it('never throws anything but the typed errors, always in Vietnamese, and never half-writes', async () => {
    const started = performance.now();
    for (let index = 0; index < FUZZ_COUNT; index++) {
      const input = await fuzzInput(rngFor(FUZZ_SEED, index), index, bases);
      let run: ImportRun | undefined;
      const imported = await attempt('import', index, input.label, async () => (run = await importTarget(input.bytes, input.kind, snapshot)).outcome);
      await attempt('submission', index, input.label, () => submissionTarget(input.bytes));
      await attempt('backup', index, input.label, () => backupTarget(index % 2 === 0 ? brokenBackup(index) : input.bytes));
      if (imported === 'accepted' || index % COMMIT_EVERY === 2) await attempt('commit', index, input.label, () => commitTarget(db, input.bytes, input.kind, run));
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`fuzz seed ${FUZZ_SEED}: ${FUZZ_COUNT} inputs in ${seconds} s`);
    for (const [target, counts] of Object.entries(tally)) {
      console.log(`  ${target.padEnd(10)} ${counts.accepted + counts.refused} inputs: ${counts.refused} refused, ${counts.accepted} accepted`);
    }
    console.log(`  failures: ${failures.length}`);
    for (const f of failures.slice(0, 50)) console.log(`  ✗ ${f}`);
    expect(failures).toEqual([]);
  }, 3_600_000);
});
