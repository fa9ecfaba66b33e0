import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { daysBetween, formatIsoVi } from '../../../shared/meetings/iso-date';
import type { RecommendationRow } from './recommendation-rows';
import { OverdueChip, StatusChip } from './StatusChip';

/** Every cell of an overdue row carries it, so the whole row is highlighted. */
export const OVERDUE_CELL_CLASS = 'rec-overdue';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function useRecommendationColumns(onOpen: (row: RecommendationRow) => void, today: string): GridColDef<RecommendationRow>[] {
  const { t } = useTranslation('recommendations');
  return useMemo<GridColDef<RecommendationRow>[]>(() => {
    // ISO dates sort as text; the cell shows dd/mm/yyyy.
    const date = (field: 'meetingDate' | 'dueDate' | 'lastStepDate', minWidth = 110): GridColDef<RecommendationRow> => ({
      field,
      headerName: t(`columns.${field}`),
      minWidth,
      sortComparator: byText,
      valueFormatter: (value: string) => formatIsoVi(value),
    });
    const columns: GridColDef<RecommendationRow>[] = [
      // The open button first, so it is on screen however wide the grid scrolls; then what the clerk
      // follows up: the item, where it stands and its deadline; where it came from after.
      {
        field: 'actions',
        headerName: t('columns.actions'),
        width: 80,
        sortable: false,
        filterable: false,
        disableColumnMenu: true,
        renderCell: ({ row }) => (
          <Tooltip title={t('page.view')} describeChild>
            <IconButton size="small" aria-label={`${t('page.view')}: ${row.content}`} onClick={() => onOpen(row)}>
              <OpenInNewIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        ),
      },
      { field: 'content', headerName: t('columns.content'), flex: 2, minWidth: 220 },
      {
        field: 'status',
        headerName: t('columns.status'),
        minWidth: 150,
        valueGetter: (_value, row) => t(`status.${row.status}`),
        renderCell: ({ row }) => (
          <Box sx={{ display: 'flex', alignItems: 'center', height: '100%' }}>
            <StatusChip status={row.status} />
          </Box>
        ),
      },
      {
        ...date('dueDate', 170),
        renderCell: ({ row }) => (
          <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'center', height: '100%' }}>
            <span>{row.dueDate ? formatIsoVi(row.dueDate) : ''}</span>
            {row.overdue && <OverdueChip days={daysBetween(row.dueDate, today)} />}
          </Box>
        ),
      },
      { field: 'addressedTo', headerName: t('columns.addressedTo'), flex: 1, minWidth: 140 },
      { field: 'field', headerName: t('columns.field'), flex: 0.8, minWidth: 110 },
      date('meetingDate'),
      { field: 'cellName', headerName: t('columns.cell'), flex: 1, minWidth: 130 },
      { field: 'orgName', headerName: t('columns.org'), flex: 1, minWidth: 130 },
      { field: 'officialName', headerName: t('columns.official'), flex: 1, minWidth: 130 },
      date('lastStepDate'),
    ];
    return columns.map((column) => ({ ...column, cellClassName: ({ row }) => (row.overdue ? OVERDUE_CELL_CLASS : '') }));
  }, [t, onOpen, today]);
}
