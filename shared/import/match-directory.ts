/**
 * Finds the cell a spreadsheet names, given the directory. A cell name alone is rarely
 * enough ("Chi bộ thôn 1" exists in most communes), so the written organization narrows
 * it down. The matcher only answers "unique" when one cell fits better than every other;
 * otherwise it ranks candidates for the clerk to choose from, and never picks for them.
 *
 * The index is built once per import: a province file has ~15,000 rows to look up
 * against ~15,000 cells, so every lookup is a few map reads.
 */
import type { GrassrootsOrg, PartyCell } from '../domain/types';
import { compareNormalizedVi } from '../text/collation';
import { fold, memoize } from './assemble-common';
import { DirectoryIndex, Suggestions, type Entry, type Scored } from './directory-index';
import { accentKey, orgKeys } from './directory-keys';

export interface MatchCandidate {
  cellId: string;
  /** "Chi bộ thôn 1 (Đảng bộ xã Hoa Thành)", or the name alone for a chi bộ cơ sở. */
  label: string;
  score: number;
}

/** What the written organization resolved to; messages name it. */
export type OrgResolution =
  | { status: 'notGiven' }
  | { status: 'found'; orgIds: string[] }
  | { status: 'notFound' };

export type DirectoryMatch =
  | { kind: 'unique'; cellId: string; score: number; org: OrgResolution }
  | { kind: 'ambiguous'; candidates: MatchCandidate[]; org: OrgResolution }
  | { kind: 'none'; candidates: MatchCandidate[]; org: OrgResolution };

export interface DirectoryMatcher {
  match(cellText: string, orgText?: string): DirectoryMatch;
  cell(cellId: string): PartyCell | undefined;
  org(orgId: string): GrassrootsOrg | undefined;
  label(cellId: string): string;
}

export const MAX_CANDIDATES = 5;
/** A unique match at or below this score went through a looser spelling ("Xóm 1" for "Thôn 1"). */
export const LOOSE_MATCH_SCORE = 0.9;
/** Scores by how a cell was found; only their order matters to callers. */
const SCORE = { exact: 1, loose: LOOSE_MATCH_SCORE, orgCore: 0.95, otherOrg: 0.6, orgMissing: 0.6, fuzzy: 0.7, orgOnly: 0.5 };

interface OrgHit {
  res: OrgResolution;
  factor: number;
  orgIds: string[];
  ids: ReadonlySet<string>;
}

const round = (n: number) => Math.round(n * 100) / 100;
const hasMarks = (s: string) => fold(s) !== s.toLowerCase().trim();

/** Keeps the items whose name has the written diacritics, when that leaves any. */
function byAccent<T>(items: T[], written: string, key: (t: T) => string, kind: 'cell' | 'org'): T[] {
  const want = accentKey(written, kind);
  const kept = items.filter((t) => key(t) === want);
  return kept.length > 0 ? kept : items;
}

/** Highest score per cell. */
function dedupe(scored: Scored[]): Scored[] {
  const best = new Map<Entry, number>();
  for (const [e, s] of scored) best.set(e, Math.max(s, best.get(e) ?? 0));
  return [...best];
}

const labelOf = (e: Entry) => (fold(e.cell.name) === fold(e.org.name) ? e.cell.name : `${e.cell.name} (${e.org.name})`);

/**
 * Thousands of equal candidates ("thôn 1" with no organization) are cut to the best five
 * by score alone (stable: directory order breaks ties) before any label is built.
 */
function candidates(scored: Scored[]): MatchCandidate[] {
  return (
    [...scored]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_CANDIDATES)
      .map(([e, score]) => ({ cellId: e.cell.id, label: labelOf(e), score: round(score) }))
      // Stored names are normalized already, and this runs on every unsettled lookup.
      .sort((a, b) => b.score - a.score || compareNormalizedVi(a.label, b.label))
  );
}

class Matcher implements DirectoryMatcher {
  private readonly index: DirectoryIndex;
  private readonly suggestions: Suggestions;
  private readonly orgCache = new Map<string, OrgHit>();
  /** By name: a province has a thousand cells named "Chi bộ thôn 1", one key serves them all. */
  private readonly cellAccent = memoize((name: string) => accentKey(name, 'cell'));
  private readonly accentOf = (e: Entry) => (e.accent ??= this.cellAccent(e.cell.name));
  /**
   * Organization text, then cell text → result: files repeat the same pair often ("Thôn 1",
   * no organization, row after row). Two maps rather than one joined key, so no string is
   * built per lookup. Results are never mutated.
   */
  private readonly results = new Map<string, Map<string, DirectoryMatch>>();

  constructor(orgs: readonly GrassrootsOrg[], cells: readonly PartyCell[]) {
    this.index = new DirectoryIndex(orgs, cells);
    this.suggestions = new Suggestions(this.index, SCORE.fuzzy);
  }

  match(cellText: string, orgText = ''): DirectoryMatch {
    let inOrg = this.results.get(orgText);
    if (!inOrg) this.results.set(orgText, (inOrg = new Map()));
    let result = inOrg.get(cellText);
    if (!result) inOrg.set(cellText, (result = this.matchOnce(cellText, orgText)));
    return result;
  }

  cell(cellId: string): PartyCell | undefined {
    return this.index.entries.get(cellId)?.cell;
  }

  org(orgId: string): GrassrootsOrg | undefined {
    return this.index.orgById.get(orgId);
  }

  label(cellId: string): string {
    const e = this.index.entries.get(cellId);
    return e ? labelOf(e) : cellId;
  }

  private matchOnce(cellText: string, orgText: string): DirectoryMatch {
    const hit = this.resolveOrg(orgText);
    const keys = this.index.keysOf(cellText);
    if (keys.exact === '') return this.orgOnly(hit, orgText);
    const found = hit.res.status === 'found';
    if (hit.res.status !== 'notFound') {
      const settled =
        this.settle(this.named(hit, found, keys.exact, 'exact'), SCORE.exact, hit, cellText) ??
        this.settle(this.named(hit, found, keys.loose, 'loose').filter((e) => e.keys.exact !== keys.exact), SCORE.loose, hit, cellText);
      if (settled) return settled;
    }
    // Someone wrote the organization in the cell column: a chi bộ cơ sở, usually.
    if (hit.res.status === 'notGiven') {
      const asOrg = this.resolveOrg(cellText);
      if (asOrg.res.status === 'found') return this.orgOnly(asOrg, cellText);
    }
    // Same name in another organization: the clerk may have written the wrong one.
    const sameName = [...(this.index.byExact.get(keys.exact) ?? []), ...(this.index.byLoose.get(keys.loose) ?? [])];
    const elsewhere: Scored[] = sameName.filter((e) => !hit.ids.has(e.org.id)).map((e) => [e, SCORE.otherOrg]);
    const near = this.suggestions.byCellName(keys.exact, found ? this.index.cellsOf(hit.orgIds) : null);
    return { kind: 'none', candidates: candidates(dedupe([...elsewhere, ...near])), org: hit.res };
  }

  /**
   * The cells with this key: inside the organization when it was found (its dozen cells
   * rather than the province's thousand "thôn 1"), else across the directory.
   */
  private named(hit: OrgHit, found: boolean, key: string, which: 'exact' | 'loose'): Entry[] {
    if (!found) return (which === 'exact' ? this.index.byExact : this.index.byLoose).get(key) ?? [];
    // A plain loop: this runs for every row of a file.
    const out: Entry[] = [];
    for (const e of this.index.cellsOf(hit.orgIds)) if (e.keys[which] === key) out.push(e);
    return out;
  }

  /** One best cell, or several equally good, or nothing at this tier. */
  private settle(hits: Entry[], score: number, hit: OrgHit, cellText: string): DirectoryMatch | null {
    if (hits.length === 0) return null;
    const kept = hits.length > 1 && hasMarks(cellText) ? byAccent(hits, cellText, this.accentOf, 'cell') : hits;
    const first = kept[0];
    if (kept.length === 1 && first) return { kind: 'unique', cellId: first.cell.id, score: round(score * hit.factor), org: hit.res };
    return { kind: 'ambiguous', candidates: candidates(kept.map((e) => [e, score * hit.factor])), org: hit.res };
  }

  private resolveOrg(orgText: string): OrgHit {
    const cached = this.orgCache.get(orgText);
    if (cached) return cached;
    const keys = orgKeys(orgText);
    let found = this.index.orgByFull.get(keys.full);
    let factor: number = SCORE.exact;
    if (!found) {
      found = this.index.orgByCore.get(keys.core);
      factor = SCORE.orgCore;
    }
    if (found && found.length > 1 && hasMarks(orgText)) found = byAccent(found, orgText, (o) => accentKey(o.name, 'org'), 'org');
    const orgIds = found?.map((o) => o.id) ?? [];
    const res: OrgResolution = found ? { status: 'found', orgIds } : keys.full === '' ? { status: 'notGiven' } : { status: 'notFound' };
    const hit: OrgHit = { res, factor: found ? factor : SCORE.orgMissing, orgIds, ids: new Set(orgIds) };
    this.orgCache.set(orgText, hit);
    return hit;
  }

  /** No cell written: the organization's single cell, or its cells to choose from. */
  private orgOnly(hit: OrgHit, orgText: string): DirectoryMatch {
    if (hit.res.status !== 'found') {
      const scored = hit.res.status === 'notFound' ? this.suggestions.byOrgName(orgText) : [];
      return { kind: 'none', candidates: candidates(scored), org: hit.res };
    }
    const inOrg = this.index.cellsOf(hit.orgIds);
    const only = inOrg[0];
    if (inOrg.length === 1 && only) return { kind: 'unique', cellId: only.cell.id, score: round(hit.factor), org: hit.res };
    return { kind: inOrg.length > 1 ? 'ambiguous' : 'none', candidates: candidates(inOrg.map((e) => [e, SCORE.orgOnly])), org: hit.res };
  }
}

/** Builds the index (once per import); lookups are then a few map reads each. */
export function createDirectoryMatcher(orgs: readonly GrassrootsOrg[], cells: readonly PartyCell[]): DirectoryMatcher {
  return new Matcher(orgs, cells);
}
