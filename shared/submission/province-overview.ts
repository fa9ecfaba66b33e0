/**
 * The province's "Tổng quan": each district's figures for the period as its own dashboard
 * counts them (its term, its rules, its report date), and their sums. A committee that sent
 * several files counts once, with its latest (consolidate.ts's rules).
 */
import { emptyCounts } from '../dashboard/coverage-bars';
import { periodLabelVi } from '../dashboard/period';
import type { DashboardKpi, DashboardPeriod, TypeBar } from '../dashboard/types';
import { ORG_TYPES, type OrgType } from '../domain/org-types';
import { compareNormalizedVi } from '../text/collation';
import { normalizeText } from '../text/normalize';
import { canonicalJson } from './checksum';
import { committeeKey } from './committee-key';
import { districtAggregate, pickLatest, sumKpis } from './consolidate';
import { SubmissionError } from './read-submission';
import type { Submission } from './submission-schema';

export interface ProvinceDistrict {
  /** committeeKey(committee): the same district however its name was spaced or cased. */
  key: string;
  committee: Submission['committee'];
  generatedAt: string;
  kpi: DashboardKpi;
  /** ORG_TYPES order; types with at least one cell in the period. */
  byType: TypeBar[];
}

export interface ProvinceOverview {
  period: DashboardPeriod;
  /** By name in Vietnamese order. */
  districts: ProvinceDistrict[];
  /** Sum of the districts; the covered share recomputed from the sums. */
  total: DashboardKpi;
  /** ORG_TYPES order; each type's counts summed across the districts. */
  byType: TypeBar[];
}

const COUNT_KEYS = ['cells', 'covered', 'uncovered', 'crowded', 'coveredNotCrowded'] as const satisfies readonly Exclude<keyof TypeBar, 'type'>[];

/** Per type, the districts' bars added up (each district counted with its own rules). */
export function sumTypeBars(lists: readonly (readonly TypeBar[])[]): TypeBar[] {
  const byType = new Map<OrgType, TypeBar>();
  for (const bar of lists.flat()) {
    let sum = byType.get(bar.type);
    if (!sum) byType.set(bar.type, (sum = { type: bar.type, ...emptyCounts() }));
    for (const key of COUNT_KEYS) sum[key] += bar[key];
  }
  return ORG_TYPES.flatMap((type) => {
    const sum = byType.get(type);
    return sum ? [sum] : [];
  });
}

function checkPeriod(period: DashboardPeriod, submissions: readonly Submission[]): void {
  const other = submissions.find((s) => canonicalJson(s.period) !== canonicalJson(period));
  if (other) {
    throw new SubmissionError(
      `${other.committee.name} gửi ${periodLabelVi(other.period).toLocaleLowerCase('vi')}, không phải ${periodLabelVi(period).toLocaleLowerCase('vi')}: ` +
        'không tổng hợp chung các kỳ khác nhau.',
    );
  }
}

/** An empty list is an empty province (nothing received yet for the period), not an error. */
export function provinceOverview(period: DashboardPeriod, submissions: readonly Submission[]): ProvinceOverview {
  checkPeriod(period, submissions);
  const districts = pickLatest(submissions).kept.flatMap((index): ProvinceDistrict[] => {
    const s = submissions[index];
    if (!s) return [];
    const aggregate = districtAggregate(s);
    return [{ key: committeeKey(s.committee), committee: s.committee, generatedAt: s.generatedAt, kpi: aggregate.kpi, byType: aggregate.byType }];
  });
  const keyed = districts.map((d) => ({ d, name: normalizeText(d.committee.name) }));
  keyed.sort((a, b) => compareNormalizedVi(a.name, b.name) || (a.d.key < b.d.key ? -1 : a.d.key > b.d.key ? 1 : 0));
  const sorted = keyed.map(({ d }) => d);
  return { period, districts: sorted, total: sumKpis(sorted.map((d) => d.kpi)), byType: sumTypeBars(sorted.map((d) => d.byType)) };
}
