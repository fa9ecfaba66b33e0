/**
 * The province dashboard: per district, its cells split into covered / crowded / nobody and its
 * meetings scheduled / attended; and the types of grassroots organization summed across districts.
 * Drawn in the dashboard's chart frame, colours and legend, so both read alike and print alike.
 */
import Grid from '@mui/material/Grid';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ORG_TYPE_LABEL_VI } from '../../../shared/domain/labels-vi';
import type { ProvinceOverview } from '../../../shared/submission/province-overview';
import { formatCount } from '../../components/format';
import { ChartBars } from '../dashboard/charts/ChartBars';
import { COVERAGE_STYLE, GRID_STROKE, MEETING_STYLE, type SeriesStyle } from '../dashboard/charts/chart-colors';
import { TICK_STYLE } from '../dashboard/charts/chart-props';
import { ChartFrame } from '../dashboard/charts/ChartFrame';
import { chartTooltip } from '../dashboard/charts/ChartTooltip';
import { COVERAGE_SERIES } from '../dashboard/charts/coverage-series';

const ROW_HEIGHT = 40;
const AXES_HEIGHT = 48;
const NAME_AXIS_WIDTH = 190;

interface Row {
  name: string;
  coveredNotCrowded: number;
  crowded: number;
  uncovered: number;
  planned: number;
  held: number;
}

interface Series {
  key: keyof Omit<Row, 'name'>;
  label: string;
  style: SeriesStyle;
}

interface BarsChartProps {
  id: string;
  title: string;
  overview: ProvinceOverview;
  rows: Row[];
  series: Series[];
  stacked: boolean;
  unit: 'tooltipCells' | 'tooltipMeetings';
}

function BarsChart({ id, title, overview, rows, series, stacked, unit }: BarsChartProps) {
  const { t } = useTranslation('province');
  const height = AXES_HEIGHT + Math.max(rows.length, 1) * ROW_HEIGHT * (stacked ? 1 : 1.4);
  return (
    <ChartFrame id={id} title={title} period={overview.period} mode="screen">
      <ChartBars
        id={id}
        mode="screen"
        rows={rows}
        empty={rows.length === 0}
        emptyText={t('charts.empty')}
        height={height}
        layout="vertical"
        legend={series.map((s) => ({ key: s.key, label: s.label, style: s.style }))}
      >
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={TICK_STYLE} tickFormatter={(value: number) => formatCount(value)} />
        <YAxis type="category" dataKey="name" width={NAME_AXIS_WIDTH} interval={0} tick={TICK_STYLE} />
        <Tooltip
          cursor={{ fillOpacity: 0.15 }}
          content={chartTooltip((row: Row) => ({
            title: row.name,
            lines: series.map((s) => t(`charts.${unit}`, { series: s.label, count: formatCount(row[s.key]) })),
          }))}
        />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId={stacked ? 'all' : undefined}
            isAnimationActive={false}
            fill={s.style.fill}
            stroke={s.style.stroke}
          />
        ))}
      </ChartBars>
    </ChartFrame>
  );
}

export function ProvinceCharts({ overview }: { overview: ProvinceOverview }) {
  const { t } = useTranslation('province');
  const coverage: Series[] = COVERAGE_SERIES.map((key) => ({ key, label: t(`charts.${key}`), style: COVERAGE_STYLE[key] }));
  const meetings: Series[] = (['planned', 'held'] as const).map((key) => ({ key, label: t(`charts.${key}`), style: MEETING_STYLE[key] }));
  const empty = { planned: 0, held: 0 };
  const byDistrict: Row[] = overview.districts.map((d) => ({
    name: d.committee.name,
    coveredNotCrowded: d.kpi.covered - d.kpi.crowded,
    crowded: d.kpi.crowded,
    uncovered: d.kpi.uncovered,
    planned: d.kpi.meetingsPlanned,
    held: d.kpi.meetingsHeld,
  }));
  const byType: Row[] = overview.byType
    .filter((bar) => bar.cells > 0)
    .map((bar) => ({ name: ORG_TYPE_LABEL_VI[bar.type], coveredNotCrowded: bar.coveredNotCrowded, crowded: bar.crowded, uncovered: bar.uncovered, ...empty }));
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 6 }}>
        <BarsChart id="province-coverage" title={t('charts.coverage')} overview={overview} rows={byDistrict} series={coverage} stacked unit="tooltipCells" />
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <BarsChart id="province-meetings" title={t('charts.meetings')} overview={overview} rows={byDistrict} series={meetings} stacked={false} unit="tooltipMeetings" />
      </Grid>
      <Grid size={{ xs: 12 }}>
        <BarsChart id="province-by-type" title={t('charts.byType')} overview={overview} rows={byType} series={coverage} stacked unit="tooltipCells" />
      </Grid>
    </Grid>
  );
}
