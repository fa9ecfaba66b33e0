/**
 * Recommendations raised at the period's meetings, by status: the open ones (still needing an
 * answer) in the light outlined colour, the settled ones dark. How many are overdue is said
 * under the chart, with a link to them: overdue cuts across the open statuses.
 */
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { RecommendationBar } from '../../../../shared/dashboard/types';
import type { RecommendationStatus } from '../../../../shared/domain/meetings';
import { isOpen } from '../../../../shared/meetings/recommendation-flow';
import { formatCount } from '../../../components/format';
import { GRID_STROKE, RECOMMENDATION_STYLE } from './chart-colors';
import { TICK_STYLE, type DashboardChartProps } from './chart-props';
import { ChartFrame } from './ChartFrame';
import { chartTooltip } from './ChartTooltip';
import { drillBarShape } from './DrillBar';
import { DrillLink } from './DrillLink';
import { ChartBars } from './ChartBars';

const ROW_HEIGHT = 40;
const AXES_HEIGHT = 48;
const STATUS_AXIS_WIDTH = 130;

const styleOf = (row: RecommendationBar) => (isOpen(row) ? RECOMMENDATION_STYLE.open : RECOMMENDATION_STYLE.done);

export function RecommendationsChart({ aggregate, onDrill, mode }: DashboardChartProps) {
  const { t } = useTranslation('dashboard');
  const rows = aggregate.recommendationsByStatus;
  const overdue = aggregate.kpi.recommendationsOverdue;
  const empty = rows.every((row) => row.count === 0);
  const statusLabel = (status: RecommendationStatus) => t(`charts.recommendations.status.${status}`);
  const height = AXES_HEIGHT + rows.length * ROW_HEIGHT;

  const note =
    overdue > 0 ? (
      <>
        {t('charts.recommendations.overdue', { count: formatCount(overdue) })}
        {mode === 'screen' && (
          <>
            {' '}
            <DrillLink testId="link-recommendations-overdue" onClick={() => onDrill({ kind: 'recommendations', status: 'overdue' })}>
              {t('charts.recommendations.overdueLink')}
            </DrillLink>
          </>
        )}
      </>
    ) : undefined;

  return (
    <ChartFrame id="recommendations" title={t('charts.recommendations.title')} period={aggregate.query.period} mode={mode} note={note}>
      <ChartBars id="recommendations" mode={mode} rows={rows} empty={empty} emptyText={t('charts.recommendations.empty')} height={height} layout="vertical">
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={TICK_STYLE} tickFormatter={(value: number) => formatCount(value)} />
        <YAxis type="category" dataKey="status" width={STATUS_AXIS_WIDTH} interval={0} tick={TICK_STYLE} tickFormatter={statusLabel} />
        <Tooltip
          cursor={{ fillOpacity: 0.15 }}
          content={chartTooltip((row: RecommendationBar) => ({
            title: statusLabel(row.status),
            lines: [
              t('charts.recommendations.count', { count: formatCount(row.count) }),
              isOpen(row) ? t('charts.recommendations.open') : t('charts.recommendations.done'),
            ],
          }))}
        />
        <Bar
          dataKey="count"
          isAnimationActive={false}
          fill={RECOMMENDATION_STYLE.done.fill}
          maxBarSize={28}
          shape={drillBarShape<RecommendationBar>({
            style: styleOf,
            count: (row) => row.count,
            testId: (row) => `bar-recommendations-${row.status}`,
            label: (row) => t('charts.recommendations.bar', { status: statusLabel(row.status), count: formatCount(row.count) }),
            filter: (row) => ({ kind: 'recommendations', status: row.status }),
            onDrill,
          })}
        />
      </ChartBars>
    </ChartFrame>
  );
}
