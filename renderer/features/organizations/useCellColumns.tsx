import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ORG_TYPE_LABEL_VI } from '../../../shared/domain/labels-vi';
import type { PartyCell } from '../../../shared/domain/types';
import { formatCount } from '../../components/format';
import { RowActions } from '../../components/RowActions';
import type { CellRow } from './org-rows';

export interface CellColumnOptions {
  year: number;
  onEdit: (cell: PartyCell) => void;
  onDelete: (cell: PartyCell) => void;
}

export function useCellColumns({ year, onEdit, onDelete }: CellColumnOptions): GridColDef<CellRow>[] {
  const { t } = useTranslation('organizations');
  return useMemo<GridColDef<CellRow>[]>(
    () => [
      { field: 'name', headerName: t('cellColumns.name'), flex: 2, minWidth: 180 },
      { field: 'orgName', headerName: t('cellColumns.org'), flex: 2, minWidth: 180 },
      {
        field: 'type',
        headerName: t('cellColumns.type'),
        flex: 1,
        minWidth: 130,
        valueGetter: (_value, row) => ORG_TYPE_LABEL_VI[row.type],
      },
      {
        field: 'memberCount',
        headerName: t('cellColumns.memberCount'),
        type: 'number',
        width: 120,
        valueFormatter: (value: number) => formatCount(value),
      },
      {
        field: 'registrants',
        headerName: t('cellColumns.registrants', { year }),
        type: 'number',
        width: 210,
        valueFormatter: (value: number) => formatCount(value),
      },
      {
        field: 'actions',
        headerName: t('cellColumns.actions'),
        width: 110,
        sortable: false,
        filterable: false,
        disableColumnMenu: true,
        renderCell: ({ row }) => (
          <RowActions
            itemName={row.name}
            onEdit={() => onEdit(row.cell)}
            onDelete={() => onDelete(row.cell)}
            deleteDisabledReason={row.isOwnCell ? t('deleteCell.ownCell') : undefined}
          />
        ),
      },
    ],
    [t, year, onEdit, onDelete],
  );
}
