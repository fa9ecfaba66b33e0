/**
 * Chart colours. Clerks print the dashboard on grey laser printers, so the series of one chart
 * differ in lightness first (dark ≈ L* 33, mid ≈ L* 61, light ≈ L* 89) and in hue second
 * (blue / reddish purple / orange: apart for the common colour-vision deficiencies). The light
 * fill would vanish on white paper, so it always carries a dark outline.
 */

export interface SeriesStyle {
  fill: string;
  /** Only the light fills have one: without it they disappear on white paper. */
  stroke?: string;
}

/** Text drawn on the charts: ink, never a series colour (light orange text is unreadable). */
export const INK = 'rgba(0, 0, 0, 0.87)';
export const GRID_STROKE = '#c4c4c4';

/** Dark blue: what is fine (cells with someone registered, meetings attended, settled recommendations). */
export const DARK: SeriesStyle = { fill: '#1f4e8c' };
/** Mid reddish purple: covered but crowded. */
export const MID: SeriesStyle = { fill: '#cc79a7' };
/** Light orange with a brown outline: what still needs doing (uncovered cells, open recommendations). */
export const LIGHT_WARN: SeriesStyle = { fill: '#fdd9a8', stroke: '#8a4a0f' };
/** Light blue with a dark blue outline: the plan that "held" is measured against. */
export const LIGHT_PLAN: SeriesStyle = { fill: '#a6c8ec', stroke: '#2f5f98' };

export const COVERAGE_STYLE = {
  coveredNotCrowded: DARK,
  crowded: MID,
  uncovered: LIGHT_WARN,
} as const satisfies Record<string, SeriesStyle>;

export const MEETING_STYLE = {
  planned: LIGHT_PLAN,
  held: DARK,
} as const satisfies Record<string, SeriesStyle>;

/** Open recommendations need action; resolved and closed ones do not. */
export const RECOMMENDATION_STYLE = { open: LIGHT_WARN, done: DARK } as const satisfies Record<string, SeriesStyle>;
