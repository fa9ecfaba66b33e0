/**
 * What the period reports add to the dashboard's print rules (PrintStyles, mounted with them):
 * a named page per orientation, so a portrait list and a landscape table print each on their
 * own paper, and a new sheet for every document. On screen each sheet is previewed at its
 * orientation's width.
 */
import GlobalStyles from '@mui/material/GlobalStyles';
import { PRINT_PAGE_MARGIN } from '../../dashboard/print/print-styles';

const SHEET = '[data-print-sheet]';

/** Content box of an A4 sheet inside the Instruction 36 margins (left 30, right 15, top and bottom 20 mm). */
const CONTENT = {
  portrait: { width: '165mm', minHeight: '257mm' },
  landscape: { width: '252mm', minHeight: '170mm' },
} as const;

const styles = {
  '@page report-portrait': { size: 'A4 portrait', margin: PRINT_PAGE_MARGIN },
  '@page report-landscape': { size: 'A4 landscape', margin: PRINT_PAGE_MARGIN },
  [`${SHEET}[data-orientation="portrait"]`]: { page: 'report-portrait' },
  [`${SHEET}[data-orientation="landscape"]`]: { page: 'report-landscape' },
  [`${SHEET} + ${SHEET}`]: { breakBefore: 'page', pageBreakBefore: 'always' },
  // Screen only: on paper the dashboard's rules let the sheet fill the page box.
  '@media screen': {
    [`${SHEET}[data-orientation="portrait"]`]: CONTENT.portrait,
    [`${SHEET}[data-orientation="landscape"]`]: CONTENT.landscape,
    [`${SHEET} + ${SHEET}`]: { marginTop: '24px' },
  },
} as const;

export function ReportPrintStyles() {
  return <GlobalStyles styles={styles} />;
}
