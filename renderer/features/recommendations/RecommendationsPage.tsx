import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recommendationStatusCounts } from '../../../shared/meetings/aggregate';
import { todayIso } from '../../../shared/meetings/iso-date';
import { usePageParams } from '../../app/useNavigation';
import { VnDataGrid } from '../../components/VnDataGrid';
import { filterRows, type RecommendationRow, type RowFilters } from './recommendation-rows';
import { RecommendationCounts } from './RecommendationCounts';
import { RecommendationDetailDialog } from './RecommendationDetailDialog';
import { isStatusFilter, RecommendationFilters } from './RecommendationFilters';
import { OVERDUE_CELL_CLASS, useRecommendationColumns } from './useRecommendationColumns';
import { useRecommendationEditing } from './useRecommendationEditing';
import { useRecommendationRows } from './useRecommendationRows';
import { usedValuesOf } from './useUsedValues';

export type RecommendationsPageProps = Record<string, never>;

/** The link param that picks the status filter, e.g. "#/recommendations?status=overdue". */
export const STATUS_PARAM = 'status';

/** "Kiến nghị, đề xuất": every recommendation raised at meetings, and where each stands. */
export function RecommendationsPage(_props: RecommendationsPageProps) {
  const { t } = useTranslation('recommendations');
  const today = todayIso();
  const params = usePageParams();
  const linkedStatus = params[STATUS_PARAM];
  const initialStatus = isStatusFilter(linkedStatus) ? linkedStatus : 'all';
  const [filters, setFilters] = useState<RowFilters>({ status: initialStatus, field: '', addressedTo: '' });
  // A new link (e.g. the dashboard's "quá hạn") brings its filter even while the page is open.
  const [seeded, setSeeded] = useState(initialStatus);
  if (seeded !== initialStatus) {
    setSeeded(initialStatus);
    setFilters({ status: initialStatus, field: '', addressedTo: '' });
  }
  const rows = useRecommendationRows(today);
  const [openId, setOpenId] = useState<string | null>(null);
  const editing = useRecommendationEditing();
  const onOpen = useCallback((row: RecommendationRow) => setOpenId(row.id), []);
  const columns = useRecommendationColumns(onOpen, today);
  const all = useMemo(() => rows ?? [], [rows]);
  const shown = useMemo(() => filterRows(all, filters), [all, filters]);
  const counts = useMemo(() => recommendationStatusCounts(all.map((r) => r.recommendation), today), [all, today]);
  const options = useMemo(() => usedValuesOf(all.map((r) => r.recommendation)), [all]);
  const searchText = useCallback(
    (row: RecommendationRow) => [row.content, row.field, row.addressedTo, row.cellName, row.orgName, row.officialName],
    [],
  );
  // Live: after a step the dialog shows the new state; after a delete it closes.
  const openRow = openId === null ? undefined : all.find((row) => row.id === openId);

  return (
    <Stack spacing={1.5}>
      <Typography variant="h5" component="h1">
        {t('title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('page.help')}
      </Typography>
      <RecommendationCounts counts={counts} selected={filters.status} onSelect={(status) => setFilters({ ...filters, status })} />
      <RecommendationFilters value={filters} onChange={setFilters} options={options} />
      {editing.errorAlert}
      <Box sx={{ [`& .${OVERDUE_CELL_CLASS}`]: { bgcolor: 'rgba(211, 47, 47, 0.08)' } }}>
        <VnDataGrid
          aria-label={t('page.grid')}
          rows={shown}
          columns={columns}
          searchText={searchText}
          loading={rows === undefined}
          onRowDoubleClick={onOpen}
          initialSearch={params.q}
          offsetTop={300}
        />
      </Box>
      {openRow && (
        <RecommendationDetailDialog
          row={openRow}
          today={today}
          onEdit={editing.edit}
          onDelete={editing.remove}
          onClose={() => setOpenId(null)}
        />
      )}
      {editing.dialogs}
    </Stack>
  );
}

export default RecommendationsPage;
