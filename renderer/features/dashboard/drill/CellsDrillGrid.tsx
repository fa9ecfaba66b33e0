/**
 * A cells drill-down ("Chi bộ chưa có người đăng ký · Loại hình: Xã"): each cell with its
 * organization and who registered, opening the cell card the matrix opens.
 */
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ORG_TYPE_LABEL_VI } from '../../../../shared/domain/labels-vi';
import type { DashboardCell } from '../../../../shared/dashboard/types';
import { VnDataGrid } from '../../../components/VnDataGrid';
import { countColumn, nameOrDeleted, OpenLink } from './drill-columns';

export type CellsDrillGridProps = {
  rows: readonly DashboardCell[];
  onOpenCell: (cell: DashboardCell) => void;
  /** Pixels above the grid (see VnDataGrid). */
  offsetTop: number;
  disableVirtualization?: boolean;
};

export function CellsDrillGrid({ rows, onOpenCell, offsetTop, disableVirtualization }: CellsDrillGridProps) {
  const { t } = useTranslation('dashboard');
  const deleted = t('drill.deletedOfficial');
  const registrantNames = useCallback(
    (cell: DashboardCell) => cell.registrants.map((r) => nameOrDeleted(r.name, deleted)).join(', '),
    [deleted],
  );
  const columns = useMemo<GridColDef<DashboardCell>[]>(
    () => [
      { field: 'orgName', headerName: t('drill.columns.org'), flex: 1.2, minWidth: 180 },
      {
        field: 'cellName',
        headerName: t('drill.columns.cell'),
        flex: 1.2,
        minWidth: 160,
        renderCell: ({ row }) => <OpenLink text={row.cellName} onOpen={() => onOpenCell(row)} />,
      },
      { field: 'orgType', headerName: t('drill.columns.type'), width: 170, valueGetter: (_value, row) => ORG_TYPE_LABEL_VI[row.orgType] },
      countColumn<DashboardCell>('memberCount', t('drill.columns.members'), (row) => row.memberCount, 120),
      countColumn<DashboardCell>('registrantCount', t('drill.columns.registrantCount'), (row) => row.registrants.length, 140),
      { field: 'registrants', headerName: t('drill.columns.registrants'), flex: 2, minWidth: 220, valueGetter: (_value, row) => registrantNames(row) },
    ],
    [t, onOpenCell, registrantNames],
  );
  const searchText = useCallback(
    (row: DashboardCell) => [row.cellName, row.orgName, ORG_TYPE_LABEL_VI[row.orgType], registrantNames(row)],
    [registrantNames],
  );
  return (
    <VnDataGrid
      aria-label={t('drill.grid.cells')}
      rows={rows}
      columns={columns}
      searchText={searchText}
      getRowId={(row) => row.cellId}
      onRowDoubleClick={onOpenCell}
      offsetTop={offsetTop}
      disableVirtualization={disableVirtualization}
      toolbar={
        <Typography variant="caption" color="text.secondary">
          {t('drill.openHint.cells')}
        </Typography>
      }
    />
  );
}
