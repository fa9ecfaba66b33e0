import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Box, IconButton, InputAdornment, Stack, TextField, Typography } from '@mui/material';
import ClearIcon from '@mui/icons-material/Clear';
import SearchIcon from '@mui/icons-material/Search';
import {
  DataGrid,
  type GridColDef,
  type GridComparatorFn,
  type GridLocaleText,
  type GridRowIdGetter,
  type GridRowParams,
  type GridValidRowModel,
} from '@mui/x-data-grid';
import { viVN } from '@mui/x-data-grid/locales';
import { matchesSearch } from '../../shared/text/normalize';
import { compareVi } from '../../shared/text/collation';

export type VnDataGridProps<R extends GridValidRowModel> = {
  rows: readonly R[];
  columns: GridColDef<R>[];
  /** The texts of a row that the search box looks in. */
  searchText: (row: R) => string[];
  loading?: boolean;
  /** Buttons shown to the right of the search box (e.g. "Thêm"). */
  toolbar?: ReactNode;
  onRowDoubleClick?: (row: R) => void;
  getRowId?: GridRowIdGetter<R>;
  'aria-label': string;
  /**
   * Pixels of the window not given to this component: app bar, page padding and whatever the
   * page puts above it. The default fits a page with just a title above the grid.
   */
  offsetTop?: number;
  /** jsdom has no layout, so tests render every row instead of the virtualized window. */
  disableVirtualization?: boolean;
  /** What the search box starts with, e.g. from a link on another page (usePageParams().q). */
  initialSearch?: string;
  /** Rows whose text wraps onto several lines grow to fit it. */
  autoRowHeight?: boolean;
};

const PAGE_SIZES = [25, 50, 100];

/** Vietnamese order for text cells: "Đ" after "D", tones after the base letter. */
export const compareViCells: GridComparatorFn = (a, b) => compareVi(cellText(a), cellText(b));

function cellText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Text columns sort in Vietnamese order unless the page gave its own comparator. */
function withVietnameseSort<R extends GridValidRowModel>(columns: GridColDef<R>[]): GridColDef<R>[] {
  return columns.map((column) =>
    (column.type === undefined || column.type === 'string') && !column.sortComparator && !column.getSortComparator
      ? { ...column, sortComparator: compareViCells }
      : column,
  );
}

/** The list grid of every page: diacritic-insensitive search, Vietnamese sort, row count. */
export function VnDataGrid<R extends GridValidRowModel>(props: VnDataGridProps<R>) {
  const { rows, columns, searchText, loading, toolbar, onRowDoubleClick, getRowId, offsetTop = 160, initialSearch = '' } = props;
  const { t, i18n } = useTranslation('common');
  const [query, setQuery] = useState(initialSearch);
  // A new link to the same page (Back, another "Xem") brings a new search: show it.
  const [seeded, setSeeded] = useState(initialSearch);
  if (seeded !== initialSearch) {
    setSeeded(initialSearch);
    setQuery(initialSearch);
  }

  const shownRows = useMemo(
    () => (query.trim() === '' ? rows : rows.filter((row) => matchesSearch(searchText(row), query))),
    [rows, searchText, query],
  );
  const viColumns = useMemo(() => withVietnameseSort(columns), [columns]);
  const count = (n: number) => n.toLocaleString(i18n.language === 'vi' ? 'vi-VN' : 'en-US');
  const localeText: Partial<GridLocaleText> = {
    // MUI's Vietnamese grid texts, completed where that locale still has English.
    ...(i18n.language === 'vi' ? viVN.components.MuiDataGrid.defaultProps.localeText : {}),
    paginationDisplayedRows: ({ from, to, count: total }) =>
      t('grid.displayedRows', { from: count(from), to: count(to), count: count(total) }),
    columnMenuAriaLabel: (column) => t('grid.columnMenu', { column }),
    noRowsLabel: query.trim() === '' ? t('grid.noRows') : t('grid.noMatches'),
  };

  return (
    <Stack spacing={1.5} sx={{ height: `calc(100vh - ${offsetTop}px)`, minHeight: 360 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <SearchBox value={query} onChange={setQuery} />
        <Typography variant="body2" color="text.secondary" data-testid="grid-row-count" sx={{ flexGrow: 1 }}>
          {t('grid.rowCount', { shown: count(shownRows.length), total: count(rows.length) })}
        </Typography>
        {toolbar}
      </Stack>
      <Box sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        <DataGrid<R>
          rows={shownRows}
          columns={viColumns}
          loading={loading}
          getRowId={getRowId}
          localeText={localeText}
          onRowDoubleClick={onRowDoubleClick ? (params: GridRowParams<R>) => onRowDoubleClick(params.row) : undefined}
          disableVirtualization={props.disableVirtualization}
          getRowHeight={props.autoRowHeight ? () => 'auto' : undefined}
          aria-label={props['aria-label']}
          density="compact"
          // The free DataGrid pages at most 100 rows; the search box is how clerks find a row.
          pageSizeOptions={PAGE_SIZES}
          initialState={{ pagination: { paginationModel: { pageSize: 100, page: 0 } } }}
          disableRowSelectionOnClick
        />
      </Box>
    </Stack>
  );
}

type SearchBoxProps = { value: string; onChange: (value: string) => void };

function SearchBox({ value, onChange }: SearchBoxProps) {
  const { t } = useTranslation('common');
  return (
    <TextField
      size="small"
      label={t('grid.searchLabel')}
      placeholder={t('grid.searchPlaceholder')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      sx={{ minWidth: 340 }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
          endAdornment: value ? (
            <InputAdornment position="end">
              <IconButton size="small" aria-label={t('grid.clearSearch')} onClick={() => onChange('')}>
                <ClearIcon fontSize="small" />
              </IconButton>
            </InputAdornment>
          ) : undefined,
        },
      }}
    />
  );
}
