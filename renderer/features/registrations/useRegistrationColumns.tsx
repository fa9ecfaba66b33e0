import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriodVi } from '../../../shared/domain/labels-vi';
import type { Registration } from '../../../shared/domain/types';
import { RowActions } from '../../components/RowActions';
import type { RegistrationRow } from './registration-rows';

export interface RegistrationColumnActions {
  onEdit: (registration: Registration) => void;
  onDelete: (row: RegistrationRow) => void;
}

export function useRegistrationColumns({ onEdit, onDelete }: RegistrationColumnActions): GridColDef<RegistrationRow>[] {
  const { t } = useTranslation('registrations');
  return useMemo<GridColDef<RegistrationRow>[]>(
    () => [
      { field: 'officialName', headerName: t('columns.official'), flex: 1.3, minWidth: 150 },
      { field: 'position', headerName: t('columns.position'), flex: 1, minWidth: 120 },
      { field: 'cellName', headerName: t('columns.cell'), flex: 1.3, minWidth: 150 },
      { field: 'orgName', headerName: t('columns.org'), flex: 1.3, minWidth: 150 },
      {
        field: 'time',
        headerName: t('columns.time'),
        flex: 1.3,
        minWidth: 170,
        valueGetter: (_value, row) => formatPeriodVi(row.registration.period),
      },
      {
        field: 'note',
        headerName: t('columns.note'),
        flex: 1,
        minWidth: 100,
        valueGetter: (_value, row) => row.registration.note,
      },
      {
        field: 'actions',
        headerName: t('columns.actions'),
        width: 96,
        sortable: false,
        filterable: false,
        disableColumnMenu: true,
        renderCell: ({ row }) => (
          <RowActions
            itemName={`${row.officialName} — ${row.cellName}`}
            onEdit={() => onEdit(row.registration)}
            onDelete={() => onDelete(row)}
          />
        ),
      },
    ],
    [t, onEdit, onDelete],
  );
}
