/**
 * A small deterministic generator (mulberry32): case `i` of seed `s` is always the same bytes,
 * so a failure printed as "seed 20261122, case 417" is reproduced with FUZZ_SEED=20261122.
 */
export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function rngFor(seed: number, index: number): Rng {
  let state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T,
  };
}

/** XORs one byte with a random non-zero value: a flipped byte. */
export function flip(rng: Rng, bytes: Uint8Array, at: number): void {
  if (at >= 0 && at < bytes.length) bytes[at] = (bytes[at] ?? 0) ^ rng.int(1, 255);
}

const env = (globalThis as unknown as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

/** FUZZ_SEED, or a fixed default so that `npm test` is the same run every time. */
export const FUZZ_SEED = Number(env.FUZZ_SEED ?? 20261122) >>> 0;
/** How many inputs in all (each fed to every target): 150 in `npm test` (~40 s here), 10,000 with `npm run fuzz`. */
export const FUZZ_COUNT = Math.max(20, Number(env.FUZZ_COUNT ?? 150));
