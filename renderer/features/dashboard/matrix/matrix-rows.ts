/**
 * The matrix's rows as plain data: one per grassroots organization, its cells in the order the
 * aggregate gives them, and the x/y count the row shows. Grouping and the org-name filter are
 * pure so they can be tested without a DOM and recomputed cheaply on every keystroke: the
 * folded search text is computed once per row, not once per keystroke per row.
 */
import type { DashboardCell, RegistrantBucket } from '../../../../shared/dashboard/types';
import type { OrgType } from '../../../../shared/domain/org-types';
import { foldForSearch } from '../../../../shared/text/normalize';

export interface MatrixRowData {
  orgId: string;
  orgName: string;
  orgType: OrgType;
  cells: DashboardCell[];
  /** Cells with at least one registrant (crowded ones included). */
  covered: number;
  /** Cells with nobody registered: the gaps the matrix is for. */
  uncovered: number;
  crowded: number;
  /** foldForSearch(orgName): lower case, no diacritics. */
  searchKey: string;
}

export interface MatrixFilter {
  /** Typed by the clerk; diacritics and case do not matter, every word must occur. */
  query: string;
  /** Only organizations with at least one cell nobody registered for. */
  onlyWithGaps: boolean;
}

/** 0, 1, 2 or 3+ distinct registrants: the tile's colour. */
export function registrantBucket(count: number): RegistrantBucket {
  if (count <= 0) return '0';
  if (count === 1) return '1';
  if (count === 2) return '2';
  return '3+';
}

/**
 * One row per organization, in the order organizations first appear in `cells` (the aggregate
 * sorts by organization then cell, Vietnamese order); an organization's cells keep their order
 * even if `cells` interleaves organizations.
 */
export function groupCellsByOrg(cells: readonly DashboardCell[]): MatrixRowData[] {
  const rows = new Map<string, MatrixRowData>();
  for (const cell of cells) {
    let row = rows.get(cell.orgId);
    if (!row) {
      row = {
        orgId: cell.orgId,
        orgName: cell.orgName,
        orgType: cell.orgType,
        cells: [],
        covered: 0,
        uncovered: 0,
        crowded: 0,
        searchKey: foldForSearch(cell.orgName),
      };
      rows.set(cell.orgId, row);
    }
    row.cells.push(cell);
    if (cell.registrants.length > 0) row.covered += 1;
    else row.uncovered += 1;
    if (cell.crowded) row.crowded += 1;
  }
  return [...rows.values()];
}

/** The rows the filter keeps, in their order. Same token rule as the grids' quick search (matchesSearch). */
export function filterMatrixRows(rows: readonly MatrixRowData[], filter: MatrixFilter): MatrixRowData[] {
  const tokens = foldForSearch(filter.query)
    .split(' ')
    .filter((token) => token.length > 0);
  return rows.filter(
    (row) => (!filter.onlyWithGaps || row.uncovered > 0) && tokens.every((token) => row.searchKey.includes(token)),
  );
}
