import { describe, expect, it } from 'vitest';
import {
  COVERAGE_STYLE,
  DARK,
  LIGHT_PLAN,
  LIGHT_WARN,
  MEETING_STYLE,
  MID,
  RECOMMENDATION_STYLE,
  type SeriesStyle,
} from '../../../../../renderer/features/dashboard/charts/chart-colors';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** CIE L*: how light a colour prints in grey. */
function lightness(hex: string): number {
  const y = luminance(hex);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

/** Fills of one chart must differ this much in L* to stay apart on a grey printout. */
const MIN_LIGHTNESS_GAP = 20;

function expectDistinctInGrey(styles: readonly SeriesStyle[]) {
  const ls = styles.map((s) => lightness(s.fill)).sort((a, b) => a - b);
  for (let i = 1; i < ls.length; i++) expect(ls[i]! - ls[i - 1]!).toBeGreaterThanOrEqual(MIN_LIGHTNESS_GAP);
}

describe('chart colours', () => {
  it('keep the series of each chart apart when printed in grey', () => {
    expectDistinctInGrey(Object.values(COVERAGE_STYLE));
    expectDistinctInGrey(Object.values(MEETING_STYLE));
    expectDistinctInGrey(Object.values(RECOMMENDATION_STYLE));
  });

  it('outline every fill that would vanish on white paper', () => {
    for (const style of [DARK, MID, LIGHT_WARN, LIGHT_PLAN]) {
      if (contrastWithWhite(style.fill) < 3) {
        expect(style.stroke, style.fill).toBeDefined();
        expect(contrastWithWhite(style.stroke!)).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
