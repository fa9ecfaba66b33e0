import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoVi } from '../../../shared/meetings/iso-date';
import { VnDataGrid } from '../../components/VnDataGrid';
import type { MeetingRow } from './meeting-rows';
import { hostText } from './meeting-labels';
import { StatusChip } from './MeetingBadges';
import { timeRange } from './warning-items';

export interface MeetingListViewProps {
  rows: readonly MeetingRow[];
  warningsOf: (meetingId: string) => string[];
  onOpen: (meetingId: string) => void;
  offsetTop: number;
}

/** Every meeting matching the filters, as a table the clerk can search and sort. */
export function MeetingListView({ rows, warningsOf, onOpen, offsetTop }: MeetingListViewProps) {
  const { t } = useTranslation('meetings');
  const columns = useMemo<GridColDef<MeetingRow>[]>(
    () => [
      {
        field: 'date',
        headerName: t('columns.date'),
        width: 110,
        // ISO sorts as text; the clerk reads dd/mm/yyyy.
        valueGetter: (_value, row) => row.meeting.date,
        sortComparator: (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0),
        valueFormatter: (value: string) => formatIsoVi(value),
        renderCell: ({ row }) => (
          <Link component="button" type="button" variant="body2" onClick={() => onOpen(row.id)}>
            {formatIsoVi(row.meeting.date)}
          </Link>
        ),
      },
      { field: 'time', headerName: t('columns.time'), width: 110, valueGetter: (_value, row) => timeRange(row.meeting) },
      { field: 'officialName', headerName: t('columns.official'), flex: 1.2, minWidth: 150 },
      { field: 'cellName', headerName: t('columns.cell'), flex: 1.2, minWidth: 140 },
      { field: 'orgName', headerName: t('columns.org'), flex: 1.2, minWidth: 150 },
      { field: 'type', headerName: t('columns.type'), width: 110, valueGetter: (_value, row) => t(`type.${row.meeting.type}`) },
      { field: 'host', headerName: t('columns.host'), flex: 1.2, minWidth: 170, valueGetter: (_value, row) => hostText(t, row.meeting.host) },
      {
        field: 'status',
        headerName: t('columns.status'),
        width: 170,
        valueGetter: (_value, row) => t(`status.${row.meeting.status}`),
        renderCell: ({ row }) => <StatusChip status={row.meeting.status} />,
      },
      {
        field: 'warnings',
        headerName: t('columns.warnings'),
        flex: 1.5,
        minWidth: 180,
        valueGetter: (_value, row) => warningsOf(row.id).join('; '),
        renderCell: ({ value }) => (
          <Typography variant="body2" color="warning.dark" noWrap title={String(value ?? '')}>
            {String(value ?? '')}
          </Typography>
        ),
      },
    ],
    [t, warningsOf, onOpen],
  );
  const searchText = useCallback(
    (row: MeetingRow) => [row.officialName, row.cellName, row.orgName, row.meeting.place, formatIsoVi(row.meeting.date)],
    [],
  );
  return (
    <VnDataGrid
      aria-label={t('grid')}
      rows={rows}
      columns={columns}
      searchText={searchText}
      offsetTop={offsetTop}
      onRowDoubleClick={(row) => onOpen(row.id)}
      toolbar={
        <Typography variant="caption" color="text.secondary">
          {t('openHint')}
        </Typography>
      }
    />
  );
}
