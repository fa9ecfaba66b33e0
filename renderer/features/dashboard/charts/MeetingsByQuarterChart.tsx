/**
 * Meetings dated in each quarter of the period (every one was planned) beside those the
 * official attended. A term has up to twenty quarters, so its labels are short ("Q1/2026").
 */
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { QuarterMeetings } from '../../../../shared/dashboard/types';
import { formatCount } from '../../../components/format';
import { GRID_STROKE, MEETING_STYLE } from './chart-colors';
import { ROMAN_QUARTER } from './chart-format';
import { TICK_STYLE, type DashboardChartProps } from './chart-props';
import { ChartFrame } from './ChartFrame';
import { chartTooltip } from './ChartTooltip';
import { drillBarShape } from './DrillBar';
import { ChartBars } from './ChartBars';

const SERIES = ['planned', 'held'] as const;
type Series = (typeof SERIES)[number];

const HEIGHT = 280;
/** Slanted labels need room below the axis. */
const TERM_HEIGHT = 310;

type QuarterRow = QuarterMeetings & { key: string };

export function MeetingsByQuarterChart({ aggregate, onDrill, mode }: DashboardChartProps) {
  const { t } = useTranslation('dashboard');
  const term = aggregate.query.period.kind === 'term';
  const rows: QuarterRow[] = aggregate.meetingsByQuarter.map((q) => ({ ...q, key: `${q.year}-${q.quarter}` }));
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const empty = rows.every((row) => row.planned === 0);
  const longLabel = (row: QuarterMeetings) => t('charts.meetings.quarterLong', { roman: ROMAN_QUARTER[row.quarter], year: row.year });
  const tickLabel = (key: string) => {
    const row = byKey.get(key);
    if (!row) return '';
    return term ? t('charts.meetings.quarterShort', { quarter: row.quarter, year: row.year }) : longLabel(row);
  };
  const seriesName = (series: Series) => t(`charts.meetings.${series}`);
  const count = (value: number) => t('charts.meetings.count', { count: formatCount(value) });
  const height = term ? TERM_HEIGHT : HEIGHT;

  return (
    <ChartFrame id="meetings-by-quarter" title={t('charts.meetings.title')} period={aggregate.query.period} mode={mode}>
      <ChartBars id="meetings-by-quarter" mode={mode} rows={rows} empty={empty} emptyText={t('charts.meetings.empty')} height={height} legend={SERIES.map((s) => ({ key: s, label: seriesName(s), style: MEETING_STYLE[s] }))}>
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" vertical={false} />
        <XAxis
          type="category"
          dataKey="key"
          interval={0}
          tick={TICK_STYLE}
          tickFormatter={tickLabel}
          {...(term ? { angle: -45, textAnchor: 'end', height: 56 } : {})}
        />
        <YAxis type="number" allowDecimals={false} tick={TICK_STYLE} tickFormatter={(value: number) => formatCount(value)} />
        <Tooltip
          cursor={{ fillOpacity: 0.15 }}
          content={chartTooltip((row: QuarterRow) => ({
            title: longLabel(row),
            lines: [
              `${seriesName('planned')}: ${count(row.planned)}`,
              `${seriesName('held')}: ${count(row.held)}`,
              `${t('charts.meetings.notAttended')}: ${count(row.notAttended)}`,
              `${t('charts.meetings.pending')}: ${count(row.pending)}`,
            ],
          }))}
        />
        {SERIES.map((series) => (
          <Bar
            key={series}
            dataKey={series}
            name={seriesName(series)}
            isAnimationActive={false}
            fill={MEETING_STYLE[series].fill}
            maxBarSize={40}
            shape={drillBarShape<QuarterRow>({
              style: MEETING_STYLE[series],
              count: (row) => row[series],
              testId: (row) => `bar-meetings-${series}-${row.year}-${row.quarter}`,
              label: (row) => t('charts.meetings.bar', { series: seriesName(series), quarter: longLabel(row), count: formatCount(row[series]) }),
              filter: (row) => ({ kind: 'meetings', year: row.year, quarter: row.quarter, status: series }),
              onDrill,
            })}
          />
        ))}
      </ChartBars>
    </ChartFrame>
  );
}
