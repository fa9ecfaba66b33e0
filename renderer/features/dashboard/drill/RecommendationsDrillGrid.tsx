/**
 * A recommendations drill-down ("Kiến nghị, đề xuất quá hạn · Năm 2025"): each item, where it
 * was sent and its deadline, opening the recommendations page searched for its content
 * (that page reads `?q=`; its status filter stays "all" so the item is always found).
 */
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationDrillRow } from '../../../../shared/dashboard/types';
import { formatIsoVi } from '../../../../shared/meetings/iso-date';
import { useNavigation } from '../../../app/useNavigation';
import { VnDataGrid } from '../../../components/VnDataGrid';
import { isoDateColumn, nameOrDeleted, OpenLink } from './drill-columns';

export type RecommendationsDrillGridProps = {
  rows: readonly RecommendationDrillRow[];
  /** Pixels above the grid (see VnDataGrid). */
  offsetTop: number;
  disableVirtualization?: boolean;
};

export function RecommendationsDrillGrid({ rows, offsetTop, disableVirtualization }: RecommendationsDrillGridProps) {
  const { t } = useTranslation('dashboard');
  const { navigate } = useNavigation();
  const open = useCallback(
    (row: RecommendationDrillRow) => navigate('recommendations', { q: row.recommendation.content }),
    [navigate],
  );
  const columns = useMemo<GridColDef<RecommendationDrillRow>[]>(
    () => [
      {
        field: 'content',
        headerName: t('drill.columns.content'),
        flex: 2,
        minWidth: 240,
        valueGetter: (_value, row) => row.recommendation.content,
        renderCell: ({ row }) => <OpenLink text={row.recommendation.content} onOpen={() => open(row)} />,
      },
      {
        field: 'addressedTo',
        headerName: t('drill.columns.addressedTo'),
        flex: 1,
        minWidth: 150,
        valueGetter: (_value, row) => row.recommendation.addressedTo,
      },
      isoDateColumn<RecommendationDrillRow>('dueDate', t('drill.columns.dueDate'), (row) => row.recommendation.dueDate),
      {
        field: 'status',
        headerName: t('drill.columns.status'),
        width: 170,
        valueGetter: (_value, row) => t(`drill.recStatus.${row.recommendation.status}`),
      },
      {
        field: 'overdue',
        headerName: t('drill.columns.overdue'),
        width: 100,
        valueGetter: (_value, row) => (row.overdue ? t('drill.overdueYes') : ''),
      },
      isoDateColumn<RecommendationDrillRow>('meetingDate', t('drill.columns.meetingDate'), (row) => row.meetingDate),
    ],
    [t, open],
  );
  const deleted = t('drill.deletedOfficial');
  const searchText = useCallback(
    (row: RecommendationDrillRow) => [
      row.recommendation.content,
      row.recommendation.addressedTo,
      row.recommendation.field,
      row.cellName,
      row.orgName,
      nameOrDeleted(row.officialName, deleted),
      formatIsoVi(row.recommendation.dueDate),
      formatIsoVi(row.meetingDate),
    ],
    [deleted],
  );
  return (
    <VnDataGrid
      aria-label={t('drill.grid.recommendations')}
      rows={rows}
      columns={columns}
      searchText={searchText}
      getRowId={(row) => row.recommendation.id}
      onRowDoubleClick={open}
      offsetTop={offsetTop}
      disableVirtualization={disableVirtualization}
      toolbar={
        <Typography variant="caption" color="text.secondary">
          {t('drill.openHint.recommendations')}
        </Typography>
      }
    />
  );
}
