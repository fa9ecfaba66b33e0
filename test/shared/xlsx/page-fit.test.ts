import { describe, expect, it } from 'vitest';
import { fitToWidthScale, keepTogetherRows, pageStarts, printableArea } from '../../../shared/xlsx/page-fit';

/** Row heights by row number (index 0 unused). */
const heights = (rows: number[]) => [0, ...rows];

describe('printableArea and fitToWidthScale', () => {
  it('measures A4 inside the Instruction 36 margins', () => {
    expect(printableArea('portrait').widthPt).toBeCloseTo((16.5 / 2.54) * 72, 1);
    expect(printableArea('portrait').heightPt).toBeCloseTo((25.7 / 2.54) * 72, 1);
    expect(printableArea('landscape').widthPt).toBeCloseTo((25.2 / 2.54) * 72, 1);
    expect(printableArea('landscape').heightPt).toBeCloseTo((17 / 2.54) * 72, 1);
  });

  it('prints a table that fits unshrunk and shrinks a wider one to the width', () => {
    expect(fitToWidthScale([6, 30, 15, 27, 10], 'portrait')).toBe(1);
    // 176 units of 7 px = 924 pt on a 467.7 pt wide page.
    expect(fitToWidthScale([88, 88], 'portrait')).toBeCloseTo(467.7 / 924, 3);
  });
});

describe('pageStarts', () => {
  // Landscape: 481.9 pt a page, 472.3 pt with the slack. Rows 1–4 header block, 5 the table header.
  const layout = (rows: number[], noBreakBefore: Set<number> = new Set()) =>
    pageStarts({ heights: heights(rows), titleRow: 5, noBreakBefore, orientation: 'landscape', scale: 1 });

  it('breaks where a page is full, counting the repeated table header on later pages', () => {
    // 4×25 + 30 + 20 rows of 20 pt: page 1 holds 130 + 17×20 = 470 pt (rows 1–22).
    const rows = [25, 25, 25, 25, 30, ...Array<number>(40).fill(20)];
    const starts = layout(rows);
    expect(starts[0]).toBe(23);
    // Later pages: 30 pt header + 22 rows = 470 pt.
    expect(starts[1]).toBe(45);
    expect(starts).toHaveLength(2);
  });

  it('moves a break back to keep the closing rows on one page with the last table rows', () => {
    const rows = [25, 25, 25, 25, 30, ...Array<number>(20).fill(20)];
    // Rows 1–25; page 1 ends after row 22. Keep rows 21–25 together: the page breaks before 21.
    expect(layout(rows)).toEqual([23]);
    expect(layout(rows, new Set([22, 23, 24, 25]))).toEqual([21]);
  });

  it('uses the shrunk height of a table fitted to the width', () => {
    const rows = [25, 25, 25, 25, 30, ...Array<number>(40).fill(20)];
    const half = pageStarts({ heights: heights(rows), titleRow: 5, noBreakBefore: new Set(), orientation: 'landscape', scale: 0.5 });
    // Twice the room: 930 pt of rows fit on one 944 pt page.
    expect(half).toEqual([]);
  });
});

describe('keepTogetherRows', () => {
  it('forbids starting a page after a group row or inside the closing tail', () => {
    // Header 11, group rows 12 and 20, last data row 29, total 30, closing rows 31–40.
    const rows = keepTogetherRows(11, [12, 20], 30, 40);
    expect(rows.has(13)).toBe(true);
    expect(rows.has(21)).toBe(true);
    expect(rows.has(14)).toBe(false);
    expect(rows.has(29)).toBe(false);
    for (let r = 30; r <= 40; r++) expect(rows.has(r)).toBe(true);
  });

  it('keeps a group row with the last rows when it heads them', () => {
    const rows = keepTogetherRows(11, [12, 28], 30, 40);
    expect(rows.has(29)).toBe(true);
    expect(rows.has(28)).toBe(false);
  });
});
