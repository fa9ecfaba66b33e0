/**
 * The coordination rules the synthesis checks the plan against. They are settings, because
 * provinces word the duty differently ("within a year or a term"); the defaults follow the
 * reference regulation as districts apply it.
 */

export const COVERAGE_SCOPES = ['year', 'term'] as const;
/** The span within which every cell should get an attending official, and every official a cell. */
export type CoverageScope = (typeof COVERAGE_SCOPES)[number];

export interface PlanRules {
  /** 'year': every cell needs someone in each year; 'term': once in the whole term is enough. */
  coverageScope: CoverageScope;
  /** Distinct registrants a cell may have in a year; one more makes it crowded. */
  maxRegistrantsPerCell: number;
  /** Fewest cells an official should register for within the coverage span (0: no check). */
  officialMinCells: number;
  /** Days before a meeting by which the grassroots notice must arrive; later is flagged. */
  noticeDays: number;
}

export const DEFAULT_PLAN_RULES: Readonly<PlanRules> = {
  coverageScope: 'year',
  maxRegistrantsPerCell: 2,
  officialMinCells: 1,
  noticeDays: 3,
};

export const MAX_REGISTRANTS_LIMIT = 20;
export const OFFICIAL_MIN_CELLS_LIMIT = 20;
export const NOTICE_DAYS_LIMIT = 60;

/**
 * The registrant count from which a cell is crowded, in the form shared/coverage takes it:
 * "at most 2" is "crowded from 3", the same as DEFAULT_CROWDING_THRESHOLD.
 */
export function crowdingThreshold(rules: Pick<PlanRules, 'maxRegistrantsPerCell'>): number {
  return rules.maxRegistrantsPerCell + 1;
}
