/**
 * The headline numbers for the period and scope. Số chi bộ, số người and số lượt are different
 * statistics: each card says which one it counts, so none is read as another. Every card whose
 * number is a list of records opens that list.
 */
import Grid from '@mui/material/Grid';
import { useTranslation } from 'react-i18next';
import type { DashboardAggregate, DrillFilter } from '../../../../shared/dashboard/types';
import { formatCount } from '../../../components/format';
import { KpiCard, type KpiCardProps } from '../KpiCard';
import { formatPercent, shareOf } from './chart-format';

export interface DashboardKpisProps {
  aggregate: DashboardAggregate;
  onDrill(filter: DrillFilter): void;
  /** From the rules in settings: the card says what "too many" means. */
  crowdingThreshold?: number;
}

interface Kpi extends Omit<KpiCardProps, 'onClick'> {
  drill?: DrillFilter;
}

export function DashboardKpis({ aggregate, onDrill, crowdingThreshold }: DashboardKpisProps) {
  const { t } = useTranslation('dashboard');
  const { kpi } = aggregate;
  const cards: Kpi[] = [
    { testId: 'kpi-total-cells', value: formatCount(kpi.cells), label: t('charts.kpi.totalCells'), drill: { kind: 'cells' } },
    {
      testId: 'kpi-covered',
      value: formatCount(kpi.covered),
      label: t('charts.kpi.covered'),
      detail: t('charts.kpi.coveredShare', { percent: formatPercent(kpi.coveredShare) }),
      drill: { kind: 'cells', coverage: 'covered' },
    },
    {
      testId: 'kpi-uncovered',
      value: formatCount(kpi.uncovered),
      label: t('charts.kpi.uncovered'),
      tone: 'warning',
      drill: { kind: 'cells', coverage: 'uncovered' },
    },
    {
      testId: 'kpi-crowded',
      value: formatCount(kpi.crowded),
      label: t('charts.kpi.crowded'),
      detail: crowdingThreshold === undefined ? undefined : t('charts.kpi.crowdedDetail', { threshold: crowdingThreshold }),
      tone: 'warning',
      drill: { kind: 'cells', coverage: 'crowded' },
    },
    {
      testId: 'kpi-officials-registered',
      value: `${formatCount(kpi.officialsRegistered)} / ${formatCount(kpi.officialsTotal)}`,
      label: t('charts.kpi.officialsRegistered'),
      detail: t('charts.kpi.officialsDetail', {
        without: formatCount(kpi.officialsWithout),
        registrations: formatCount(kpi.registrations),
      }),
    },
    {
      testId: 'kpi-meetings',
      value: `${formatCount(kpi.meetingsHeld)} / ${formatCount(kpi.meetingsPlanned)}`,
      label: t('charts.kpi.meetings'),
      detail: t('charts.kpi.meetingsDetail', { percent: formatPercent(shareOf(kpi.meetingsHeld, kpi.meetingsPlanned)) }),
      drill: { kind: 'meetings', status: 'planned' },
    },
    {
      testId: 'kpi-recommendations',
      value: formatCount(kpi.recommendationsOpen),
      label: t('charts.kpi.recommendations'),
      detail: t('charts.kpi.recommendationsDetail', { total: formatCount(kpi.recommendationsTotal) }),
      drill: { kind: 'recommendations', status: 'open' },
    },
    {
      testId: 'kpi-recommendations-overdue',
      value: formatCount(kpi.recommendationsOverdue),
      label: t('charts.kpi.recommendationsOverdue'),
      detail: t('charts.kpi.recommendationsOverdueDetail'),
      tone: 'warning',
      drill: { kind: 'recommendations', status: 'overdue' },
    },
  ];
  return (
    <Grid container spacing={2} data-testid="dashboard-kpis">
      {cards.map(({ drill, ...card }) => (
        <Grid key={card.testId} size={{ xs: 12, sm: 6, md: 3 }}>
          <KpiCard {...card} onClick={drill ? () => onDrill(drill) : undefined} />
        </Grid>
      ))}
    </Grid>
  );
}
