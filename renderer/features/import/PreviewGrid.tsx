import Chip from '@mui/material/Chip';
import type { GridColDef } from '@mui/x-data-grid';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { VnDataGrid } from '../../components/VnDataGrid';
import { STATUS_COLOR } from './PreviewCounts';
import type { PreviewRow } from './preview-rows';

export interface PreviewGridProps {
  rows: readonly PreviewRow[];
  /** Tests render every row (jsdom has no layout). */
  disableVirtualization?: boolean;
}

/** Long reasons wrap; the row grows to fit them. */
const wrapStyle = { whiteSpace: 'pre-line', paddingTop: 6, paddingBottom: 6, lineHeight: 1.4 } as const;
const wrapped = ({ value }: { value?: unknown }) => <div style={wrapStyle}>{String(value ?? '')}</div>;

function useColumns(): GridColDef<PreviewRow>[] {
  const { t } = useTranslation('import');
  return useMemo(
    () => [
      {
        field: 'status',
        headerName: t('preview.columns.status'),
        width: 136,
        valueGetter: (_value, row) => (row.skipped ? t('status.skipped') : t(`status.${row.status}`)),
        renderCell: ({ row, value }) => (
          <Chip size="small" color={row.skipped ? 'default' : STATUS_COLOR[row.status]} variant={row.skipped ? 'outlined' : 'filled'} label={String(value)} />
        ),
      },
      { field: 'sheet', headerName: t('preview.columns.sheet'), width: 96 },
      { field: 'row', headerName: t('preview.columns.row'), type: 'number', width: 64 },
      { field: 'column', headerName: t('preview.columns.column'), width: 56 },
      { field: 'value', headerName: t('preview.columns.value'), flex: 1, minWidth: 110, renderCell: wrapped },
      { field: 'reason', headerName: t('preview.columns.reason'), flex: 2, minWidth: 230, renderCell: wrapped },
      { field: 'result', headerName: t('preview.columns.result'), flex: 1.6, minWidth: 200, renderCell: wrapped },
    ],
    [t],
  );
}

/** Every row read from the file: where it is, its status, why, and what it becomes. */
export function PreviewGrid({ rows, disableVirtualization }: PreviewGridProps) {
  const { t } = useTranslation('import');
  const columns = useColumns();
  const searchText = useCallback((row: PreviewRow) => [row.sheet, row.value, row.reason, row.result, t(`status.${row.status}`)], [t]);
  return (
    <VnDataGrid
      aria-label={t('preview.grid')}
      rows={rows}
      columns={columns}
      searchText={searchText}
      autoRowHeight
      offsetTop={140}
      disableVirtualization={disableVirtualization}
    />
  );
}
