/**
 * How many cells have 0, 1, 2, 3 or more people registered: the 0 bar is the uncovered cells
 * (drawn in their light outlined colour), the others the covered ones.
 */
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { DistributionBar, RegistrantBucket } from '../../../../shared/dashboard/types';
import { formatCount } from '../../../components/format';
import { COVERAGE_STYLE, DARK, GRID_STROKE } from './chart-colors';
import { TICK_STYLE, type DashboardChartProps } from './chart-props';
import { ChartFrame } from './ChartFrame';
import { chartTooltip } from './ChartTooltip';
import { drillBarShape } from './DrillBar';
import { ChartBars } from './ChartBars';

const HEIGHT = 280;

export function DistributionChart({ aggregate, onDrill, mode }: DashboardChartProps) {
  const { t } = useTranslation('dashboard');
  const rows = aggregate.distribution;
  const empty = rows.every((row) => row.cells === 0);
  const bucketLabel = (bucket: RegistrantBucket) => t(`charts.distribution.bucket.${bucket}`);

  return (
    <ChartFrame id="distribution" title={t('charts.distribution.title')} period={aggregate.query.period} mode={mode}>
      <ChartBars id="distribution" mode={mode} rows={rows} empty={empty} emptyText={t('charts.distribution.empty')} height={HEIGHT}>
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" vertical={false} />
        <XAxis type="category" dataKey="bucket" interval={0} tick={TICK_STYLE} tickFormatter={bucketLabel} />
        <YAxis type="number" allowDecimals={false} tick={TICK_STYLE} tickFormatter={(value: number) => formatCount(value)} />
        <Tooltip
          cursor={{ fillOpacity: 0.15 }}
          content={chartTooltip((row: DistributionBar) => ({
            title: bucketLabel(row.bucket),
            lines: [t('charts.coverage.cells', { count: formatCount(row.cells) })],
          }))}
        />
        <Bar
          dataKey="cells"
          name={t('charts.distribution.series')}
          isAnimationActive={false}
          fill={DARK.fill}
          maxBarSize={96}
          shape={drillBarShape<DistributionBar>({
            style: (row) => (row.bucket === '0' ? COVERAGE_STYLE.uncovered : DARK),
            count: (row) => row.cells,
            testId: (row) => `bar-distribution-${row.bucket}`,
            label: (row) => t('charts.distribution.bar', { bucket: bucketLabel(row.bucket), count: formatCount(row.cells) }),
            filter: (row) => ({ kind: 'cells', bucket: row.bucket }),
            onDrill,
          })}
        />
      </ChartBars>
    </ChartFrame>
  );
}
