/**
 * Recommendations raised at the period's meetings, by status: the open ones (still needing an
 * answer) in the light outlined colour, the settled ones dark. How many are overdue is said
 * under the chart, with a link to them: overdue cuts across the open statuses.
 */
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { RecommendationBar } from '../../../../shared/dashboard/types';
import type { RecommendationStatus } from '../../../../shared/domain/meetings';
import { isOpen } from '../../../../shared/meetings/recommendation-flow';
import { formatCount } from '../../../components/format';
import { GRID_STROKE, RECOMMENDATION_STYLE } from './chart-colors';
import { TICK_STYLE, type DashboardChartProps } from './chart-props';
import { ChartFrame, PRINT_CHART_WIDTH } from './ChartFrame';
import { ChartLegend } from './ChartLegend';
import { chartTooltip } from './ChartTooltip';
import { drillBarShape } from './DrillBar';
import { DrillLink } from './DrillLink';
import { SizedChart } from './SizedChart';

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
  const width = mode === 'print' ? PRINT_CHART_WIDTH : undefined;
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
      {empty ? (
        <Typography color="text.secondary" data-testid="chart-recommendations-empty">
          {t('charts.recommendations.empty')}
        </Typography>
      ) : (
        <>
          <SizedChart width={width} height={height}>
            <BarChart
              data={rows}
              layout="vertical"
              width={width}
              height={height}
              margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
              accessibilityLayer={false}
            >
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
            </BarChart>
          </SizedChart>
          <ChartLegend
            items={[
              { key: 'open', label: t('charts.recommendations.open'), style: RECOMMENDATION_STYLE.open },
              { key: 'done', label: t('charts.recommendations.done'), style: RECOMMENDATION_STYLE.done },
            ]}
          />
        </>
      )}
    </ChartFrame>
  );
}
