/** The province's headline numbers: the sums of the districts' figures for the period. */
import Grid from '@mui/material/Grid';
import { useTranslation } from 'react-i18next';
import type { DashboardKpi } from '../../../shared/dashboard/types';
import { formatCount } from '../../components/format';
import { formatPercent } from '../dashboard/charts/chart-format';
import { KpiCard, type KpiCardProps } from '../dashboard/KpiCard';

export function ProvinceKpis({ total }: { total: DashboardKpi }) {
  const { t } = useTranslation('province');
  const cards: KpiCardProps[] = [
    { testId: 'province-total-cells', value: formatCount(total.cells), label: t('kpi.cells') },
    {
      testId: 'province-total-covered',
      value: formatCount(total.covered),
      label: t('kpi.covered'),
      detail: t('kpi.coveredShare', { percent: formatPercent(total.coveredShare) }),
    },
    { testId: 'province-total-uncovered', value: formatCount(total.uncovered), label: t('kpi.uncovered'), tone: 'warning' },
    { testId: 'province-total-crowded', value: formatCount(total.crowded), label: t('kpi.crowded'), tone: 'warning' },
    { testId: 'province-total-meetings', value: `${formatCount(total.meetingsHeld)} / ${formatCount(total.meetingsPlanned)}`, label: t('kpi.meetings') },
    {
      testId: 'province-total-recommendations',
      value: formatCount(total.recommendationsOpen),
      label: t('kpi.recommendations'),
      detail: t('kpi.overdue', { count: formatCount(total.recommendationsOverdue) }),
      tone: total.recommendationsOverdue > 0 ? 'warning' : 'default',
    },
  ];
  return (
    <Grid container spacing={2}>
      {cards.map((card) => (
        <Grid key={card.testId} size={{ xs: 12, sm: 6, md: 4, lg: 2 }}>
          <KpiCard {...card} />
        </Grid>
      ))}
    </Grid>
  );
}
