/**
 * "Các điểm cần xử lý": where the plan breaks the coordination rules. Every item carries the
 * ids of the records involved, so the screen can open them.
 *
 * Which spans are checked: crowding and capacity are per year (each year of the scope; a
 * quarter is checked as its year), coverage and the officials' minimum per the rules'
 * coverage scope (see ruleSpans). Counting is shared/coverage's: cells of missing
 * organizations and registrations for missing cells are left out everywhere.
 */
import { indexCoverage, sortByOrgThenCell, touchesYear, type CellRow, type CoverageIndex } from '../coverage/coverage';
import { periodsOverlap } from '../domain/period-overlap';
import { crowdingThreshold, type PlanRules } from '../domain/rules';
import type { Official, Registration } from '../domain/types';
import { sortOfficials } from './plan';
import { ruleSpans, scopeAsPeriod, scopeYears, touchesSpan, type SynthesisData, type SynthesisScope, type YearSpan } from './scope';

export const VIOLATION_KINDS = [
  'uncoveredCell',
  'crowdedCell',
  'officialUnderMinimum',
  'officialOverCapacity',
  'duplicateRegistration',
] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];

export interface YearCount {
  year: number;
  count: number;
}

export interface SpanCount {
  span: YearSpan;
  count: number;
}

export type Violation =
  /** Nobody registered in these rule spans. */
  | { kind: 'uncoveredCell'; cellId: string; orgId: string; spans: YearSpan[] }
  /** More distinct registrants than the rules allow, in these years. */
  | { kind: 'crowdedCell'; cellId: string; orgId: string; years: YearCount[]; limit: number }
  /** Fewer distinct cells than the rules ask for, in these rule spans (count 0: no registration). */
  | { kind: 'officialUnderMinimum'; officialId: string; spans: SpanCount[]; minimum: number }
  /** More distinct cells than the official's yearly capacity, in these years. */
  | { kind: 'officialOverCapacity'; officialId: string; years: YearCount[]; capacity: number }
  /** Two registrations of one official at one cell whose periods may mean the same meetings. */
  | { kind: 'duplicateRegistration'; officialId: string; cellId: string; orgId: string; registrationIds: [string, string] };

export type ViolationOf<K extends ViolationKind> = Extract<Violation, { kind: K }>;

type CellIndexes = { span: YearSpan; index: CoverageIndex }[];

function cellsByOfficial(index: CoverageIndex): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [cellId, registrations] of index.registrationsByCell) {
    for (const r of registrations) {
      let set = map.get(r.officialId);
      if (!set) map.set(r.officialId, (set = new Set()));
      set.add(cellId);
    }
  }
  return map;
}

function cellViolations(ordered: readonly CellRow[], perYear: CellIndexes, perRule: CellIndexes, rules: PlanRules): Violation[] {
  const threshold = crowdingThreshold(rules);
  const limit = rules.maxRegistrantsPerCell;
  const uncovered: Violation[] = [];
  const crowded: Violation[] = [];
  for (const { cell, org } of ordered) {
    const spans = perRule.filter(({ index }) => !index.officialsByCell.has(cell.id)).map(({ span }) => span);
    if (spans.length > 0) uncovered.push({ kind: 'uncoveredCell', cellId: cell.id, orgId: org.id, spans });
    const years = perYear.flatMap(({ span, index }) => {
      const count = index.officialsByCell.get(cell.id)?.size ?? 0;
      return count >= threshold ? [{ year: span.startYear, count }] : [];
    });
    if (years.length > 0) crowded.push({ kind: 'crowdedCell', cellId: cell.id, orgId: org.id, years, limit });
  }
  return [...uncovered, ...crowded];
}

function officialViolations(officials: Official[], perYear: CellIndexes, perRule: CellIndexes, minimum: number): Violation[] {
  const yearCounts = perYear.map(({ span, index }) => ({ year: span.startYear, cells: cellsByOfficial(index) }));
  const ruleCounts = perRule.map(({ span, index }) => ({ span, cells: cellsByOfficial(index) }));
  const sorted = sortOfficials(officials);
  const under: Violation[] = [];
  const over: Violation[] = [];
  for (const official of sorted) {
    const spans = ruleCounts
      .map(({ span, cells }) => ({ span, count: cells.get(official.id)?.size ?? 0 }))
      .filter(({ count }) => count < minimum);
    if (spans.length > 0) under.push({ kind: 'officialUnderMinimum', officialId: official.id, spans, minimum });
    const years = yearCounts
      .map(({ year, cells }) => ({ year, count: cells.get(official.id)?.size ?? 0 }))
      .filter(({ count }) => count > official.capacity);
    if (years.length > 0) over.push({ kind: 'officialOverCapacity', officialId: official.id, years, capacity: official.capacity });
  }
  return [...under, ...over];
}

/** Pairs of overlapping registrations of one official at one cell, both touching the scope. */
function duplicateViolations(data: SynthesisData, ordered: readonly CellRow[], scope: SynthesisScope): Violation[] {
  const officialIds = new Set(data.officials.map((o) => o.id));
  const scopePeriod = scopeAsPeriod(scope);
  const byCell = new Map<string, Map<string, Registration[]>>();
  for (const r of data.registrations) {
    if (!officialIds.has(r.officialId) || !periodsOverlap(r.period, scopePeriod)) continue;
    let byOfficial = byCell.get(r.cellId);
    if (!byOfficial) byCell.set(r.cellId, (byOfficial = new Map()));
    const list = byOfficial.get(r.officialId);
    if (list) list.push(r);
    else byOfficial.set(r.officialId, [r]);
  }
  const found: Violation[] = [];
  for (const { cell, org } of ordered) {
    for (const [officialId, list] of byCell.get(cell.id) ?? []) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const [a, b] = [list[i]!, list[j]!];
          if (!periodsOverlap(a.period, b.period)) continue;
          found.push({ kind: 'duplicateRegistration', officialId, cellId: cell.id, orgId: org.id, registrationIds: [a.id, b.id] });
        }
      }
    }
  }
  return found;
}

/**
 * Every rule the plan breaks in the scope, grouped by kind in VIOLATION_KINDS order; cells by
 * organization then cell name, officials by name. `ordered` saves sorting the cells again
 * when the caller has them sorted (ScopeIndex.ordered).
 */
export function violations(
  data: SynthesisData,
  scope: SynthesisScope,
  rules: PlanRules,
  ordered?: readonly CellRow[],
): Violation[] {
  const perYear: CellIndexes = scopeYears(scope).map((year) => ({
    span: { startYear: year, endYear: year },
    index: indexCoverage(data, touchesYear(year)),
  }));
  const perRule: CellIndexes = ruleSpans(scope, rules, data.term).map((span) => ({
    span,
    index:
      perYear.find((y) => span.startYear === span.endYear && y.span.startYear === span.startYear)?.index ??
      indexCoverage(data, touchesSpan(span)),
  }));
  const cells = ordered ?? sortByOrgThenCell(indexCoverage(data, () => false).cells);
  const found = [
    ...cellViolations(cells, perYear, perRule, rules),
    ...officialViolations(data.officials, perYear, perRule, rules.officialMinCells),
    ...duplicateViolations(data, cells, scope),
  ];
  return VIOLATION_KINDS.flatMap((kind) => found.filter((v) => v.kind === kind));
}

/** How many items of each kind, every kind present. */
export function countViolations(items: readonly Violation[]): Record<ViolationKind, number> {
  const counts = Object.fromEntries(VIOLATION_KINDS.map((kind) => [kind, 0])) as Record<ViolationKind, number>;
  for (const v of items) counts[v.kind]++;
  return counts;
}

/** The ids of the cells found crowded, for marking them in the plan tables. */
export function crowdedCellIds(items: readonly Violation[]): Set<string> {
  return new Set(items.flatMap((v) => (v.kind === 'crowdedCell' ? [v.cellId] : [])));
}
