/**
 * The three parts a stacked coverage bar splits a set of cells into. Together they add up to
 * the cells, and each part is exactly what the matching drill-down lists.
 */
export const COVERAGE_SERIES = ['coveredNotCrowded', 'crowded', 'uncovered'] as const;
export type CoverageSeries = (typeof COVERAGE_SERIES)[number];

/** In test ids: bar-by-type-covered-not-crowded-xa. */
export const COVERAGE_SERIES_SLUG: Record<CoverageSeries, string> = {
  coveredNotCrowded: 'covered-not-crowded',
  crowded: 'crowded',
  uncovered: 'uncovered',
};
