/**
 * Column pieces the three drill-down grids share: ISO dates that sort as dates and read
 * dd/mm/yyyy, counts in Vietnamese grouping, and the link a clerk clicks to open a row
 * (VnDataGrid opens rows on double-click only; a link is also reachable by keyboard).
 */
import Link from '@mui/material/Link';
import type { GridColDef, GridValidRowModel } from '@mui/x-data-grid';
import { formatIsoVi } from '../../../../shared/meetings/iso-date';
import { formatCount } from '../../../components/format';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A "yyyy-mm-dd" value: sorted as text (which is date order), shown as dd/mm/yyyy. */
export function isoDateColumn<R extends GridValidRowModel>(
  field: string,
  headerName: string,
  isoOf: (row: R) => string,
): GridColDef<R> {
  return {
    field,
    headerName,
    width: 120,
    valueGetter: (_value, row) => isoOf(row),
    sortComparator: byText,
    valueFormatter: (value: string) => formatIsoVi(value),
  };
}

export function countColumn<R extends GridValidRowModel>(
  field: string,
  headerName: string,
  countOf: (row: R) => number,
  width = 130,
): GridColDef<R> {
  return {
    field,
    headerName,
    type: 'number',
    width,
    valueGetter: (_value, row) => countOf(row),
    valueFormatter: (value: number) => formatCount(value),
  };
}

export type OpenLinkProps = { text: string; onOpen: () => void };

/** The row's opener: its most telling text, as a button-link. */
export function OpenLink({ text, onOpen }: OpenLinkProps) {
  return (
    <Link component="button" type="button" variant="body2" onClick={onOpen} sx={{ textAlign: 'left' }}>
      {text}
    </Link>
  );
}

/** A registrant's or attendee's name; a deleted official still shows as someone. */
export function nameOrDeleted(name: string | null, deletedLabel: string): string {
  return name ?? deletedLabel;
}
