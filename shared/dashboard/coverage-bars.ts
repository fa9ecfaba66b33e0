/**
 * The coverage charts' numbers from the scope's cells: per org type, per organization
 * (worst first) and by number of registrants. Each adds up to the KPI's cells, so a chart
 * and the cards never disagree.
 */
import { ORG_TYPES, type OrgType } from '../domain/org-types';
import type { OrgRun } from './cell-order';
import { REGISTRANT_BUCKETS, type CoverageCounts, type DashboardCell, type DistributionBar, type OrgBar, type RegistrantBucket, type TypeBar } from './types';

export function emptyCounts(): CoverageCounts {
  return { cells: 0, covered: 0, uncovered: 0, crowded: 0, coveredNotCrowded: 0 };
}

export function addCell(counts: CoverageCounts, cell: DashboardCell): void {
  counts.cells++;
  if (cell.registrants.length === 0) counts.uncovered++;
  else {
    counts.covered++;
    if (cell.crowded) counts.crowded++;
    else counts.coveredNotCrowded++;
  }
}

export function countCells(cells: readonly DashboardCell[]): CoverageCounts {
  const counts = emptyCounts();
  for (const cell of cells) addCell(counts, cell);
  return counts;
}

/** ORG_TYPES order; types without a cell in scope left out. */
export function typeBars(cells: readonly DashboardCell[]): TypeBar[] {
  const byType = new Map<OrgType, CoverageCounts>();
  for (const cell of cells) {
    let counts = byType.get(cell.orgType);
    if (!counts) byType.set(cell.orgType, (counts = emptyCounts()));
    addCell(counts, cell);
  }
  return ORG_TYPES.flatMap((type) => {
    const counts = byType.get(type);
    return counts ? [{ type, ...counts }] : [];
  });
}

export const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/**
 * One bar per organization run (cells are grouped by organization), worst first: lowest
 * covered share, then most uncovered cells, then name in Vietnamese order.
 */
export function orgBars(runs: readonly OrgRun[], cells: readonly DashboardCell[], offset: number): OrgBar[] {
  const ranked = runs.map((run) => {
    const counts = emptyCounts();
    for (let i = run.start; i < run.end; i++) addCell(counts, cells[i - offset]!);
    const { org } = run;
    const bar: OrgBar = { orgId: org.id, orgName: org.name, orgType: org.type, ...counts, coveredShare: share(counts.covered, counts.cells) };
    return { bar, rank: run.rank };
  });
  ranked.sort((a, b) => a.bar.coveredShare - b.bar.coveredShare || b.bar.uncovered - a.bar.uncovered || a.rank - b.rank);
  return ranked.map(({ bar }) => bar);
}

export function bucketOf(registrants: number): RegistrantBucket {
  return registrants >= 3 ? '3+' : (String(registrants) as RegistrantBucket);
}

/** Always the four buckets, 0 to 3+. */
export function distributionBars(cells: readonly DashboardCell[]): DistributionBar[] {
  const counts = new Map<RegistrantBucket, number>(REGISTRANT_BUCKETS.map((b) => [b, 0]));
  for (const cell of cells) {
    const bucket = bucketOf(cell.registrants.length);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return REGISTRANT_BUCKETS.map((bucket) => ({ bucket, cells: counts.get(bucket) ?? 0 }));
}
