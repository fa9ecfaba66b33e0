/**
 * A meetings drill-down ("Buổi sinh hoạt đã dự · Quý II năm 2025"): each meeting where and
 * with whom, opening it on the meetings page (which reads `?meeting=<id>`).
 */
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/domain/meetings';
import type { MeetingDrillRow } from '../../../../shared/dashboard/types';
import { formatIsoVi } from '../../../../shared/meetings/iso-date';
import { useNavigation } from '../../../app/useNavigation';
import { VnDataGrid } from '../../../components/VnDataGrid';
import { isoDateColumn, nameOrDeleted, OpenLink } from './drill-columns';

export type MeetingsDrillGridProps = {
  rows: readonly MeetingDrillRow[];
  /** Pixels above the grid (see VnDataGrid). */
  offsetTop: number;
  disableVirtualization?: boolean;
};

function timeRange(m: Pick<Meeting, 'startTime' | 'endTime'>): string {
  return m.endTime ? `${m.startTime}–${m.endTime}` : m.startTime;
}

export function MeetingsDrillGrid({ rows, offsetTop, disableVirtualization }: MeetingsDrillGridProps) {
  const { t } = useTranslation('dashboard');
  const { navigate } = useNavigation();
  const open = useCallback((row: MeetingDrillRow) => navigate('meetings', { meeting: row.meeting.id }), [navigate]);
  const deleted = t('drill.deletedOfficial');
  const columns = useMemo<GridColDef<MeetingDrillRow>[]>(
    () => [
      {
        ...isoDateColumn<MeetingDrillRow>('date', t('drill.columns.date'), (row) => row.meeting.date),
        renderCell: ({ row }) => <OpenLink text={formatIsoVi(row.meeting.date)} onOpen={() => open(row)} />,
      },
      { field: 'time', headerName: t('drill.columns.time'), width: 110, valueGetter: (_value, row) => timeRange(row.meeting) },
      {
        field: 'officialName',
        headerName: t('drill.columns.official'),
        flex: 1.2,
        minWidth: 160,
        valueGetter: (_value, row) => nameOrDeleted(row.officialName, deleted),
      },
      { field: 'cellName', headerName: t('drill.columns.cell'), flex: 1.2, minWidth: 150 },
      { field: 'orgName', headerName: t('drill.columns.org'), flex: 1.2, minWidth: 170 },
      {
        field: 'status',
        headerName: t('drill.columns.status'),
        width: 180,
        valueGetter: (_value, row) => t(`drill.meetingStatus.${row.meeting.status}`),
      },
    ],
    [t, open, deleted],
  );
  const searchText = useCallback(
    (row: MeetingDrillRow) => [
      nameOrDeleted(row.officialName, deleted),
      row.cellName,
      row.orgName,
      row.meeting.place,
      formatIsoVi(row.meeting.date),
      t(`drill.meetingStatus.${row.meeting.status}`),
    ],
    [t, deleted],
  );
  return (
    <VnDataGrid
      aria-label={t('drill.grid.meetings')}
      rows={rows}
      columns={columns}
      searchText={searchText}
      getRowId={(row) => row.meeting.id}
      onRowDoubleClick={open}
      offsetTop={offsetTop}
      disableVirtualization={disableVirtualization}
      toolbar={
        <Typography variant="caption" color="text.secondary">
          {t('drill.openHint.meetings')}
        </Typography>
      }
    />
  );
}
