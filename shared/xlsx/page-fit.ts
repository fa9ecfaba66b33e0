/**
 * Where the printed pages of a report break. Left to itself, Excel or LibreOffice breaks
 * wherever a page is full: the signature block may then start a page of its own (under a
 * repeated table header with no rows), or split between two pages, and a group row may end
 * a page with its rows on the next. Every row height is set by the writer, so the pages
 * can be laid out here and fixed with manual breaks, which both programs obey.
 */
import { PX_PER_WIDTH_UNIT } from './text-fit';

export type Orientation = 'portrait' | 'landscape';

const CM = 72 / 2.54;
/** A4 in points. */
const A4 = { short: 21 * CM, long: 29.7 * CM };
/** Instruction 36 margins in cm: top and bottom 2, left 3, right 1.5. */
export const MARGINS_CM = { top: 2, bottom: 2, left: 3, right: 1.5, header: 0.8, footer: 0.8 } as const;

/** The area inside the margins, in points (headers and footers print in the margins). */
export function printableArea(orientation: Orientation): { widthPt: number; heightPt: number } {
  const [w, h] = orientation === 'portrait' ? [A4.short, A4.long] : [A4.long, A4.short];
  return {
    widthPt: w - (MARGINS_CM.left + MARGINS_CM.right) * CM,
    heightPt: h - (MARGINS_CM.top + MARGINS_CM.bottom) * CM,
  };
}

/** The zoom "fit to 1 page wide" gives: 1 when the columns fit, less when they are wider. */
export function fitToWidthScale(widths: readonly number[], orientation: Orientation): number {
  const tablePt = widths.reduce((sum, w) => sum + w * PX_PER_WIDTH_UNIT * 0.75, 0);
  return Math.min(1, printableArea(orientation).widthPt / tablePt);
}

/**
 * Share of each page left unused, so that a renderer measuring a little differently
 * (row heights snapped to its own units, a zoom rounded to a whole percent) still fits every page before the next manual break and never adds a break of its own.
 * The pages are laid out for Excel, which prints a table that fits the width unshrunk;
 * LibreOffice measures the default font's digit unrounded (7.4 px, not 7), shrinks the
 * same table by about 5% and so fits a little more on each page than laid out here.
 */
const SLACK = 0.02;

export interface PageLayout {
  /** Height in points of each row, indexed by row number (index 0 unused). */
  heights: readonly number[];
  /** The table header row, repeated at the top of every page after the first. */
  titleRow: number;
  /**
   * Rows a page must not start with: the row after a group row (the group would end a
   * page without its rows) and every row of the closing tail after its first.
   */
  noBreakBefore: ReadonlySet<number>;
  orientation: Orientation;
  scale: number;
}

/** The first row of every page after the first. */
export function pageStarts(layout: PageLayout): number[] {
  const { heights, titleRow, noBreakBefore } = layout;
  const capacity = (printableArea(layout.orientation).heightPt / layout.scale) * (1 - SLACK);
  const height = (r: number) => heights[r] ?? 0;
  const starts: number[] = [];
  let pageStart = 1;
  let used = 0;
  for (let r = 1; r < heights.length; r++) {
    if (used + height(r) <= capacity || r === pageStart) {
      used += height(r);
      continue;
    }
    // Page full before r: start the next page at r, or earlier when r may not start one.
    let start = r;
    while (start > pageStart + 1 && (noBreakBefore.has(start) || start <= titleRow + 1)) start--;
    if (noBreakBefore.has(start) || start <= titleRow + 1) start = r;
    starts.push(start);
    pageStart = start;
    used = (start > titleRow ? height(titleRow) : 0);
    for (let k = start; k <= r; k++) used += height(k);
  }
  return starts;
}

/**
 * Rows a page must not start with, for a table with its header at `titleRow`, group rows
 * at `groupRows`, its last row (the total, if any) at `tableEnd`, and the notes, recipients
 * and signature after it up to `lastRow`: the closing part is kept on one page together
 * with the table's last two rows, so the signature never stands alone under a header.
 */
export function keepTogetherRows(titleRow: number, groupRows: readonly number[], tableEnd: number, lastRow: number): Set<number> {
  const rows = new Set<number>();
  for (const g of groupRows) rows.add(g + 1);
  let tailStart = Math.max(titleRow + 1, tableEnd - 1);
  if (groupRows.includes(tailStart - 1)) tailStart--;
  for (let r = tailStart + 1; r <= lastRow; r++) rows.add(r);
  return rows;
}
