import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { crowdingThreshold } from '../../../shared/domain/rules';
import type { Settings } from '../../../shared/domain/types';
import { todayIso } from '../../../shared/meetings/iso-date';
import { formatCount } from '../../components/format';
import { PageYearSelect } from '../../components/PageYearSelect';
import { SettingsGate } from '../../components/SettingsGate';
import { usePageYear } from '../../components/usePageYear';
import { CoverageChart } from './CoverageChart';
import { KpiCard } from './KpiCard';
import { MeetingsPanel } from './MeetingsPanel';
import { useCoverageData, type CoverageData } from './useCoverageData';

export type DashboardPageProps = Record<string, never>;

const percentFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/** "Tổng quan": how many cells have someone registered this year, and which are left out. */
export function DashboardPage(_props: DashboardPageProps) {
  return <SettingsGate>{(settings) => <DashboardView settings={settings} />}</SettingsGate>;
}

function DashboardView({ settings }: { settings: Settings }) {
  const { t } = useTranslation('dashboard');
  const [year, setYear] = usePageYear(settings);
  const threshold = crowdingThreshold(settings.rules);
  const data = useCoverageData(year, threshold);

  return (
    <Stack spacing={3}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {t('title')} — {year}
        </Typography>
        <PageYearSelect label={t('year')} settings={settings} year={year} onChange={setYear} data-testid="dashboard-year" />
      </Stack>
      {data && <KpiCards data={data} threshold={threshold} />}
      <MeetingsPanel year={year} today={todayIso()} />
      {data && (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <CoverageChart byType={data.coverage.byType} />
        </Paper>
      )}
    </Stack>
  );
}

/**
 * Số chi bộ, số người and số lượt are different statistics: each card says which one it
 * counts, so none is read as another.
 */
function KpiCards({ data, threshold }: { data: CoverageData; threshold: number }) {
  const { t } = useTranslation('dashboard');
  const { coverage, totalOfficials } = data;
  const coveredShare = coverage.totalCells > 0 ? coverage.coveredCells / coverage.totalCells : 0;
  const cards = [
    { testId: 'kpi-total-cells', value: formatCount(coverage.totalCells), label: t('kpi.totalCells') },
    {
      testId: 'kpi-covered',
      value: formatCount(coverage.coveredCells),
      label: t('kpi.covered'),
      detail: t('kpi.coveredShare', { percent: percentFormat.format(coveredShare) }),
    },
    { testId: 'kpi-uncovered', value: formatCount(coverage.uncoveredCells), label: t('kpi.uncovered'), tone: 'warning' as const },
    {
      testId: 'kpi-crowded',
      value: formatCount(coverage.crowdedCells),
      label: t('kpi.crowded', { threshold }),
      tone: 'warning' as const,
    },
    {
      testId: 'kpi-officials-registered',
      value: `${formatCount(coverage.officialsRegistered)} / ${formatCount(totalOfficials)}`,
      label: t('kpi.officialsRegistered'),
      detail: t('kpi.registrations', { value: formatCount(coverage.registrations) }),
    },
  ];
  return (
    <Grid container spacing={2}>
      {cards.map((card) => (
        <Grid key={card.testId} size={{ xs: 12, sm: 6, lg: 'grow' }}>
          <KpiCard {...card} />
        </Grid>
      ))}
    </Grid>
  );
}

export default DashboardPage;
