/**
 * The solver's suggestions as rows of a diff, named from the live records, each with where
 * it stands now: still to decide, already applied (also after a reload), or overtaken by
 * edits since the solver ran (then it is not offered).
 */
import type { GrassrootsOrg, Official, PartyCell, Registration } from '../../../shared/domain/types';
import type { Suggestion } from '../../../shared/solver/types';

export interface LiveRecords {
  orgById: ReadonlyMap<string, GrassrootsOrg>;
  cellById: ReadonlyMap<string, PartyCell>;
  officialById: ReadonlyMap<string, Official>;
  registrationById: ReadonlyMap<string, Registration>;
  registrations: readonly Registration[];
}

export type RowStatus = 'pending' | 'applied' | 'stale';

/** A cell and, when it is not the organization itself, its organization; null when deleted. */
export interface Place {
  cell: string;
  org: string | null;
}

export interface BalanceRow {
  key: string;
  /** 1-based, in the solver's order. */
  index: number;
  suggestion: Suggestion;
  official: string | null;
  /** Moves only. */
  from: Place | null;
  to: Place | null;
  /** A moved registration for the whole term moves for every year of it. */
  term: { startYear: number; endYear: number } | null;
  status: RowStatus;
}

export function suggestionKey(s: Suggestion): string {
  return s.kind === 'move' ? `move:${s.registrationId}` : `add:${s.officialId}:${s.cellId}`;
}

function place(live: LiveRecords, cellId: string): Place | null {
  const cell = live.cellById.get(cellId);
  if (!cell) return null;
  const org = live.orgById.get(cell.orgId);
  return { cell: cell.name, org: org && org.name !== cell.name ? org.name : null };
}

function moveStatus(live: LiveRecords, s: Extract<Suggestion, { kind: 'move' }>, year: number): RowStatus {
  const r = live.registrationById.get(s.registrationId);
  if (!r || r.officialId !== s.officialId || !r.years.includes(year)) return 'stale';
  if (r.cellId === s.toCellId) return 'applied';
  return r.cellId === s.fromCellId && live.cellById.has(s.toCellId) ? 'pending' : 'stale';
}

export function balanceRows(suggestions: readonly Suggestion[], live: LiveRecords, year: number): BalanceRow[] {
  const registered = new Set(live.registrations.filter((r) => r.years.includes(year)).map((r) => `${r.officialId}|${r.cellId}`));
  return suggestions.map((s, i) => {
    const base = { key: suggestionKey(s), index: i + 1, suggestion: s, official: live.officialById.get(s.officialId)?.name ?? null };
    if (s.kind === 'add') {
      const exists = live.officialById.has(s.officialId) && live.cellById.has(s.cellId);
      const status: RowStatus = registered.has(`${s.officialId}|${s.cellId}`) ? 'applied' : exists ? 'pending' : 'stale';
      return { ...base, from: null, to: place(live, s.cellId), term: null, status };
    }
    const period = live.registrationById.get(s.registrationId)?.period;
    const term = period?.kind === 'term' ? { startYear: period.startYear, endYear: period.endYear } : null;
    return { ...base, from: place(live, s.fromCellId), to: place(live, s.toCellId), term, status: moveStatus(live, s, year) };
  });
}
