/**
 * Cells per type of grassroots organization, split into registered / crowded / nobody
 * registered. Horizontal bars, so long type names ("Doanh nghiệp ngoài nhà nước") stay readable.
 */
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { TypeBar } from '../../../../shared/dashboard/types';
import { ORG_TYPE_LABEL_VI } from '../../../../shared/domain/labels-vi';
import type { OrgType } from '../../../../shared/domain/org-types';
import { formatCount } from '../../../components/format';
import { COVERAGE_STYLE, GRID_STROKE } from './chart-colors';
import { TICK_STYLE, type DashboardChartProps } from './chart-props';
import { ChartBars } from './ChartBars';
import { ChartFrame } from './ChartFrame';
import { chartTooltip } from './ChartTooltip';
import { COVERAGE_SERIES, COVERAGE_SERIES_SLUG } from './coverage-series';
import { drillBarShape } from './DrillBar';

const ROW_HEIGHT = 44;
const AXES_HEIGHT = 48;
const TYPE_AXIS_WIDTH = 190;

export function CoverageByTypeChart({ aggregate, onDrill, mode }: DashboardChartProps) {
  const { t } = useTranslation('dashboard');
  const rows = aggregate.byType.filter((bar) => bar.cells > 0);
  const title = t('charts.byType.title');
  const seriesName = (series: (typeof COVERAGE_SERIES)[number]) => t(`charts.coverage.${series}`);
  const typeLabel = (type: OrgType) => ORG_TYPE_LABEL_VI[type];
  const height = AXES_HEIGHT + rows.length * ROW_HEIGHT;

  return (
    <ChartFrame id="by-type" title={title} period={aggregate.query.period} mode={mode}>
      <ChartBars
        id="by-type"
        mode={mode}
        rows={rows}
        empty={rows.length === 0}
        emptyText={t('charts.byType.empty')}
        height={height}
        layout="vertical"
        legend={COVERAGE_SERIES.map((s) => ({ key: s, label: seriesName(s), style: COVERAGE_STYLE[s] }))}
      >
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={TICK_STYLE} tickFormatter={(value: number) => formatCount(value)} />
        <YAxis type="category" dataKey="type" width={TYPE_AXIS_WIDTH} interval={0} tick={TICK_STYLE} tickFormatter={typeLabel} />
        <Tooltip
          cursor={{ fillOpacity: 0.15 }}
          content={chartTooltip((row: TypeBar) => ({
            title: typeLabel(row.type),
            lines: [
              ...COVERAGE_SERIES.map((s) => `${seriesName(s)}: ${t('charts.coverage.cells', { count: formatCount(row[s]) })}`),
              t('charts.coverage.total', { count: formatCount(row.cells) }),
            ],
          }))}
        />
        {COVERAGE_SERIES.map((series) => (
          <Bar
            key={series}
            dataKey={series}
            name={seriesName(series)}
            stackId="cells"
            isAnimationActive={false}
            fill={COVERAGE_STYLE[series].fill}
            shape={drillBarShape<TypeBar>({
              style: COVERAGE_STYLE[series],
              count: (row) => row[series],
              testId: (row) => `bar-by-type-${COVERAGE_SERIES_SLUG[series]}-${row.type}`,
              label: (row) =>
                t('charts.byType.bar', { series: seriesName(series), type: typeLabel(row.type), count: formatCount(row[series]) }),
              filter: (row) => ({ kind: 'cells', coverage: series, type: row.type }),
              onDrill,
            })}
          />
        ))}
      </ChartBars>
    </ChartFrame>
  );
}
