/**
 * Page setup and print rules for the dashboard's print view. Mounted only with the view, so
 * printing any other page keeps the browser's defaults.
 *
 * On paper only `[data-print-root]` shows: everything that neither is it, holds it nor sits
 * inside it is removed (display: none, not visibility: hidden, which would keep the app bar's
 * and the drawer's room and push the report onto a second page), and the elements that hold
 * it lose their offsets (the drawer's margin, the app bar's toolbar spacer, the page padding),
 * so the sheet starts at the page margin and nothing is cut. On screen the same markup is a
 * preview: a white A4-wide sheet on grey, padded by the page margins, so what fits on screen
 * fits on paper.
 */
import GlobalStyles from '@mui/material/GlobalStyles';

/** Instruction 36-HD/VPTW: top 20 mm, right 15 mm, bottom 20 mm, left 30 mm. */
export const PRINT_PAGE_MARGIN = '20mm 15mm 20mm 30mm';
/** A4 portrait content width (210 − 30 − 15 mm): what the charts' print widths are made for. */
export const PRINT_CONTENT_WIDTH = '165mm';

const ROOT = '[data-print-root]';
const SHEET = '[data-print-sheet]';
const FONT = '"Times New Roman", Times, "Liberation Serif", serif';

const keepWhole = { breakInside: 'avoid', pageBreakInside: 'avoid' } as const;

const styles = {
  '@page': { size: 'A4 portrait', margin: PRINT_PAGE_MARGIN },
  [ROOT]: {
    backgroundColor: '#9e9e9e',
    padding: '24px 0',
    overflowX: 'auto',
  },
  [SHEET]: {
    boxSizing: 'content-box',
    width: PRINT_CONTENT_WIDTH,
    minHeight: '257mm',
    margin: '0 auto',
    padding: PRINT_PAGE_MARGIN,
    backgroundColor: '#fff',
    color: '#000',
    boxShadow: '0 2px 12px rgba(0, 0, 0, 0.35)',
    fontFamily: FONT,
    fontSize: '13pt',
    lineHeight: 1.35,
  },
  // One typeface on the sheet: the charts' captions and legends (MUI Typography, one class)
  // would keep the theme's sans-serif; two attributes outrank that class.
  [`${ROOT} ${SHEET} *`]: { fontFamily: 'inherit' },
  // Each chart whole on one page (ChartFrame is a <figure>, testid chart-<id>).
  [`${SHEET} figure, ${SHEET} svg, ${SHEET} [data-testid^="chart-"], ${SHEET} [data-print-keep]`]: keepWhole,
  [`${SHEET} thead`]: { display: 'table-header-group' },
  '@media print': {
    'html, body': { margin: 0, padding: 0, backgroundColor: '#fff' },
    [`body *:not(${ROOT}):not(${ROOT} *):not(:has(${ROOT}))`]: { display: 'none !important' },
    [`body *:has(${ROOT})`]: {
      display: 'block !important',
      position: 'static !important',
      margin: '0 !important',
      padding: '0 !important',
      border: '0 !important',
      width: 'auto !important',
      maxWidth: 'none !important',
      minWidth: '0 !important',
      minHeight: '0 !important',
      height: 'auto !important',
      overflow: 'visible !important',
      transform: 'none !important',
      boxShadow: 'none !important',
      backgroundColor: 'transparent !important',
    },
    // margin: a Stack around the view spaces its children with a more specific selector.
    [ROOT]: { backgroundColor: 'transparent', padding: 0, margin: '0 !important', overflow: 'visible' },
    [SHEET]: { width: 'auto', minHeight: 0, margin: 0, padding: 0, boxShadow: 'none' },
    [`${ROOT} *`]: { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' },
  },
} as const;

export function PrintStyles() {
  return <GlobalStyles styles={styles} />;
}
