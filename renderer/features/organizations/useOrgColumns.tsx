import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ORG_TYPE_LABEL_VI } from '../../../shared/domain/labels-vi';
import type { GrassrootsOrg } from '../../../shared/domain/types';
import { formatCount } from '../../components/format';
import { RowActions } from '../../components/RowActions';
import type { OrgRow } from './org-rows';

export interface OrgColumnActions {
  onEdit: (org: GrassrootsOrg) => void;
  onDelete: (org: GrassrootsOrg) => void;
}

export function useOrgColumns({ onEdit, onDelete }: OrgColumnActions): GridColDef<OrgRow>[] {
  const { t } = useTranslation('organizations');
  return useMemo<GridColDef<OrgRow>[]>(
    () => [
      { field: 'name', headerName: t('orgColumns.name'), flex: 2, minWidth: 220 },
      {
        field: 'type',
        headerName: t('orgColumns.type'),
        flex: 1,
        minWidth: 140,
        valueGetter: (_value, row) => ORG_TYPE_LABEL_VI[row.type],
      },
      {
        field: 'kind',
        headerName: t('orgColumns.kind'),
        flex: 1,
        minWidth: 140,
        valueGetter: (_value, row) => t(`kind.${row.kind}`),
      },
      {
        field: 'cellCount',
        headerName: t('orgColumns.cellCount'),
        type: 'number',
        width: 110,
        valueFormatter: (value: number) => formatCount(value),
      },
      {
        field: 'memberCount',
        headerName: t('orgColumns.memberCount'),
        type: 'number',
        width: 130,
        valueFormatter: (value: number) => formatCount(value),
      },
      {
        field: 'actions',
        headerName: t('orgColumns.actions'),
        width: 110,
        sortable: false,
        filterable: false,
        disableColumnMenu: true,
        renderCell: ({ row }) => (
          <RowActions itemName={row.name} onEdit={() => onEdit(row.org)} onDelete={() => onDelete(row.org)} />
        ),
      },
    ],
    [t, onEdit, onDelete],
  );
}
