import Box from '@mui/material/Box';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFICIAL_GROUP_LABEL_VI } from '../../../shared/domain/labels-vi';
import type { Official } from '../../../shared/domain/types';
import { formatCount } from '../../components/format';
import { RowActions } from '../../components/RowActions';
import type { OfficialRow } from './official-rows';

export interface OfficialColumnOptions {
  year: number;
  onEdit: (official: Official) => void;
  onDelete: (official: Official) => void;
}

/** Short header, full meaning in the header's tooltip: the grid must fit a 1366 px screen. */
const countColumn = (field: keyof OfficialRow, headerName: string, description: string): GridColDef<OfficialRow> => ({
  field,
  headerName,
  description,
  type: 'number',
  width: 88,
  valueFormatter: (value: number) => formatCount(value),
});

export function useOfficialColumns({ year, onEdit, onDelete }: OfficialColumnOptions): GridColDef<OfficialRow>[] {
  const { t } = useTranslation('officials');
  return useMemo<GridColDef<OfficialRow>[]>(
    () => [
      { field: 'name', headerName: t('columns.name'), flex: 1.3, minWidth: 140 },
      { field: 'position', headerName: t('columns.position'), flex: 1.5, minWidth: 140 },
      {
        field: 'group',
        headerName: t('columns.group'),
        flex: 1,
        minWidth: 100,
        valueGetter: (_value, row) => OFFICIAL_GROUP_LABEL_VI[row.group],
      },
      { field: 'committee', headerName: t('columns.committee'), flex: 1.2, minWidth: 100 },
      { field: 'area', headerName: t('columns.area'), flex: 1, minWidth: 80 },
      { field: 'field', headerName: t('columns.field'), flex: 1, minWidth: 80 },
      countColumn('capacity', t('columns.capacity'), t('columns.capacityHelp')),
      countColumn('registrationCount', t('columns.registrations', { year }), t('columns.registrationsHelp', { year })),
      {
        ...countColumn('cellCount', t('columns.cells', { year }), t('columns.cellsHelp', { year })),
        // More cells than the official can attend is what the clerk must rebalance: make it stand out.
        renderCell: ({ row, formattedValue }) =>
          row.cellCount > row.capacity ? (
            <Box
              component="span"
              sx={{ color: 'error.main', fontWeight: 700 }}
              title={t('overCapacity', { cells: row.cellCount, capacity: row.capacity })}
            >
              {formattedValue} ⚠
            </Box>
          ) : (
            formattedValue
          ),
      },
      {
        field: 'actions',
        headerName: t('columns.actions'),
        width: 88,
        sortable: false,
        filterable: false,
        disableColumnMenu: true,
        renderCell: ({ row }) => (
          <RowActions itemName={row.name} onEdit={() => onEdit(row.official)} onDelete={() => onDelete(row.official)} />
        ),
      },
    ],
    [t, year, onEdit, onDelete],
  );
}
