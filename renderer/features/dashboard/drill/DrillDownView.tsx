/**
 * What a click on a chart, a KPI card or a "Xem tất cả" link lists: a heading that says
 * exactly what is in the list, its size, and the records in a searchable grid. Rows come
 * from the dashboard worker; until they arrive (or while rows of an earlier drill are
 * still showing) the view says it is loading rather than listing the wrong thing.
 */
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { DashboardCell, DrillFilter } from '../../../../shared/dashboard/types';
import { formatCount } from '../../../components/format';
import type { DrillRows } from '../data/drill-rows';
import { CellsDrillGrid } from './CellsDrillGrid';
import { drillTitle } from './drill-title';
import { MeetingsDrillGrid } from './MeetingsDrillGrid';
import { RecommendationsDrillGrid } from './RecommendationsDrillGrid';

export type DrillDownViewProps = {
  filter: DrillFilter;
  /** The dashboard period as the page shows it, e.g. "Năm 2025". */
  periodLabel: string;
  /** undefined while the worker is still listing. */
  rows: DrillRows | undefined;
  onBack: () => void;
  onOpenCell: (cell: DashboardCell) => void;
  /** The name of `filter.orgId`'s organization; otherwise taken from the rows. */
  orgName?: string;
  /** When the dashboard shows one organization, its name, so the heading says whose records these are. */
  scopeLabel?: string;
  /** Pixels of the window above the grid (see VnDataGrid). */
  offsetTop?: number;
  /** jsdom has no layout: tests render every row. */
  disableVirtualization?: boolean;
};

export function DrillDownView(props: DrillDownViewProps) {
  const { filter, periodLabel, onBack } = props;
  const { t } = useTranslation('dashboard');
  // Rows of another kind belong to the previous drill-down: not what this heading promises.
  const rows = props.rows?.kind === filter.kind ? props.rows : undefined;
  const title = drillTitle(t, filter, { periodLabel, orgName: props.orgName ?? orgNameFromRows(filter, rows), scopeLabel: props.scopeLabel });

  return (
    <Stack spacing={1.5} data-testid="drill-down">
      <Box>
        <Button startIcon={<ArrowBackIcon />} onClick={onBack} data-testid="drill-back">
          {t('drill.back')}
        </Button>
      </Box>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', flexWrap: 'wrap', rowGap: 0.5 }}>
        <Typography variant="h6" component="h2" data-testid="drill-title">
          {title}
        </Typography>
        {rows && (
          <Typography variant="subtitle1" color="text.secondary" data-testid="drill-count">
            {t(`drill.count.${rows.kind}`, { value: formatCount(rows.rows.length) })}
          </Typography>
        )}
      </Stack>
      <DrillBody {...props} rows={rows} />
    </Stack>
  );
}

function DrillBody({ rows, onOpenCell, offsetTop = 280, disableVirtualization }: DrillDownViewProps) {
  const { t } = useTranslation('dashboard');
  if (!rows) return <LinearProgress aria-label={t('drill.loading')} data-testid="drill-loading" />;
  if (rows.rows.length === 0) {
    return (
      <Alert severity="info" data-testid="drill-empty">
        {t(`drill.empty.${rows.kind}`)}
      </Alert>
    );
  }
  const grid = { offsetTop, disableVirtualization };
  return (
    <Box data-testid="drill-grid">
      {rows.kind === 'cells' && <CellsDrillGrid rows={rows.rows} onOpenCell={onOpenCell} {...grid} />}
      {rows.kind === 'meetings' && <MeetingsDrillGrid rows={rows.rows} {...grid} />}
      {rows.kind === 'recommendations' && <RecommendationsDrillGrid rows={rows.rows} {...grid} />}
    </Box>
  );
}

/** The organization a cells drill-down is narrowed to, named by any of its cells. */
function orgNameFromRows(filter: DrillFilter, rows: DrillRows | undefined): string | undefined {
  if (filter.kind !== 'cells' || !filter.orgId || rows?.kind !== 'cells') return undefined;
  return rows.rows.find((cell) => cell.orgId === filter.orgId)?.orgName;
}
