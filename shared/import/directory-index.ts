/**
 * The directory as lookup tables, built once per import, and the suggestions offered
 * when a written name matches nothing. Used by match-directory only.
 */
import type { GrassrootsOrg, PartyCell } from '../domain/types';
import { bigrams, cellKeys, orgKeys, similarity, type CellKeys } from './directory-keys';

export interface Entry {
  cell: PartyCell;
  org: GrassrootsOrg;
  keys: CellKeys;
  /** accentKey of the name, computed when first needed. */
  accent?: string;
}

export type Scored = [Entry, number];

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class DirectoryIndex {
  readonly orgById: ReadonlyMap<string, GrassrootsOrg>;
  readonly entries = new Map<string, Entry>();
  readonly byExact = new Map<string, Entry[]>();
  readonly byLoose = new Map<string, Entry[]>();
  readonly byOrg = new Map<string, Entry[]>();
  readonly orgByFull = new Map<string, GrassrootsOrg[]>();
  readonly orgByCore = new Map<string, GrassrootsOrg[]>();
  /** Shared by the index and the lookups: a province repeats "Chi bộ thôn 1" a thousand times. */
  private readonly keyCache = new Map<string, CellKeys>();

  constructor(readonly orgs: readonly GrassrootsOrg[], cells: readonly PartyCell[]) {
    this.orgById = new Map(orgs.map((o) => [o.id, o]));
    for (const cell of cells) {
      const org = this.orgById.get(cell.orgId);
      // A cell whose organization is gone cannot be registered for (coverage ignores it too).
      if (!org) continue;
      const entry: Entry = { cell, org, keys: this.keysOf(cell.name) };
      this.entries.set(cell.id, entry);
      push(this.byExact, entry.keys.exact, entry);
      push(this.byLoose, entry.keys.loose, entry);
      push(this.byOrg, org.id, entry);
    }
    for (const org of orgs) {
      const keys = orgKeys(org.name);
      push(this.orgByFull, keys.full, org);
      push(this.orgByCore, keys.core, org);
    }
  }

  keysOf(name: string): CellKeys {
    let keys = this.keyCache.get(name);
    if (!keys) this.keyCache.set(name, (keys = cellKeys(name)));
    return keys;
  }

  cellsOf(orgIds: readonly string[]): Entry[] {
    return orgIds.length === 1 ? (this.byOrg.get(orgIds[0] ?? '') ?? []) : orgIds.flatMap((id) => this.byOrg.get(id) ?? []);
  }
}

/** A suggestion below this shares too little with what was written to help. */
const FUZZY_MIN = 0.3;
/** Posting lists this long ("chi", "1") make a poor filter; used only when nothing rarer exists. */
const COMMON_WORD = 2_000;
const POOL_TARGET = 300;

/**
 * Cells named like what was written, by character bigrams. Its tables are built on first
 * use only: most files never need a suggestion.
 */
export class Suggestions {
  private byWord: Map<string, Entry[]> | null = null;
  private orgGrams: { id: string; grams: Set<string> }[] | null = null;
  private readonly grams = new Map<string, Set<string>>();

  constructor(
    private readonly index: DirectoryIndex,
    /** Multiplies similarity, so suggestions rank below real matches. */
    private readonly weight: number,
  ) {}

  /** Among `within`, or without it among the cells sharing the key's rarest words. */
  byCellName(key: string, within: Entry[] | null): Scored[] {
    if (within) return this.score(key, within);
    const words = this.wordIndex();
    const lists = [...new Set(key.split(' '))].map((w) => words.get(w) ?? []).sort((a, b) => a.length - b.length);
    const pool = new Set<Entry>();
    for (const list of lists) {
      if (pool.size >= POOL_TARGET || (list.length > COMMON_WORD && pool.size > 0)) break;
      for (const e of list.slice(0, COMMON_WORD)) pool.add(e);
    }
    return this.score(key, pool);
  }

  /** The cells of organizations named like `orgText`. */
  byOrgName(orgText: string): Scored[] {
    this.orgGrams ??= this.index.orgs.map((o) => ({ id: o.id, grams: bigrams(orgKeys(o.name).full) }));
    const want = bigrams(orgKeys(orgText).full);
    const out: Scored[] = [];
    for (const o of this.orgGrams) {
      const s = similarity(want, o.grams);
      if (s >= FUZZY_MIN) for (const e of this.index.byOrg.get(o.id) ?? []) out.push([e, s * this.weight]);
    }
    return out;
  }

  private score(key: string, pool: Iterable<Entry>): Scored[] {
    const want = this.gramsOf(key);
    const out: Scored[] = [];
    for (const e of pool) {
      const s = similarity(want, this.gramsOf(e.keys.exact));
      if (s >= FUZZY_MIN) out.push([e, s * this.weight]);
    }
    return out;
  }

  private gramsOf(key: string): Set<string> {
    let g = this.grams.get(key);
    if (!g) this.grams.set(key, (g = bigrams(key)));
    return g;
  }

  private wordIndex(): Map<string, Entry[]> {
    if (this.byWord) return this.byWord;
    const byWord = new Map<string, Entry[]>();
    for (const e of this.index.entries.values()) for (const w of new Set(e.keys.exact.split(' '))) push(byWord, w, e);
    return (this.byWord = byWord);
  }
}
