/**
 * The grassroots organizations where the fewest cells have someone registered, worst first
 * (the aggregate's order), as 100 % bars: a small organization with 2 of 2 cells uncovered is
 * as bad as a large one, and the share is what the leader compares. Only the worst ones fit; a
 * link opens every uncovered cell.
 */
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { OrgBar } from '../../../../shared/dashboard/types';
import { formatCount } from '../../../components/format';
import { COVERAGE_STYLE, GRID_STROKE } from './chart-colors';
import { formatPercent, shareOf } from './chart-format';
import { TICK_STYLE, type DashboardChartProps } from './chart-props';
import { ChartFrame } from './ChartFrame';
import { chartTooltip } from './ChartTooltip';
import { COVERAGE_SERIES, COVERAGE_SERIES_SLUG, type CoverageSeries } from './coverage-series';
import { drillBarShape } from './DrillBar';
import { DrillLink } from './DrillLink';
import { ChartBars } from './ChartBars';

/** How many organizations the chart names. */
export const WORST_ORGS_SHOWN = 15;

const ROW_HEIGHT = 32;
const AXES_HEIGHT = 48;
const ORG_AXIS_WIDTH = 210;
// Two lines of the axis: long names ("Đảng bộ Các cơ quan Đảng - Đoàn thể huyện") must stay readable on paper.
const NAME_MAX = 64;

/** A bar's parts as shares of the organization's cells, so every bar is 100 % long. */
type OrgRow = OrgBar & Record<`${CoverageSeries}Share`, number>;

function toRow(bar: OrgBar): OrgRow {
  return {
    ...bar,
    coveredNotCrowdedShare: shareOf(bar.coveredNotCrowded, bar.cells),
    crowdedShare: shareOf(bar.crowded, bar.cells),
    uncoveredShare: shareOf(bar.uncovered, bar.cells),
  };
}

function shortName(name: string): string {
  return name.length > NAME_MAX ? `${name.slice(0, NAME_MAX - 1)}…` : name;
}

export function CoverageByOrgChart({ aggregate, onDrill, mode }: DashboardChartProps) {
  const { t } = useTranslation('dashboard');
  const total = aggregate.byOrg.length;
  const rows = aggregate.byOrg.slice(0, WORST_ORGS_SHOWN).map(toRow);
  const nameById = new Map(rows.map((row) => [row.orgId, row.orgName]));
  const seriesName = (series: CoverageSeries) => t(`charts.coverage.${series}`);
  const partText = (row: OrgRow, series: CoverageSeries) =>
    t('charts.coverage.cellsShare', { count: formatCount(row[series]), percent: formatPercent(row[`${series}Share`]) });
  const height = AXES_HEIGHT + rows.length * ROW_HEIGHT;

  const note = total === 0 ? undefined : <ByOrgNote shown={rows.length} total={total} links={mode === 'screen'} onDrill={onDrill} />;

  return (
    <ChartFrame id="by-org" title={t('charts.byOrg.title')} period={aggregate.query.period} mode={mode} note={note}>
      <ChartBars id="by-org" mode={mode} rows={rows} empty={rows.length === 0} emptyText={t('charts.byOrg.empty')} height={height} layout="vertical" legend={COVERAGE_SERIES.map((s) => ({ key: s, label: seriesName(s), style: COVERAGE_STYLE[s] }))}>
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tick={TICK_STYLE} tickFormatter={formatPercent} />
        <YAxis
          type="category"
          dataKey="orgId"
          width={ORG_AXIS_WIDTH}
          interval={0}
          tick={TICK_STYLE}
          tickFormatter={(orgId: string) => shortName(nameById.get(orgId) ?? '')}
        />
        <Tooltip
          cursor={{ fillOpacity: 0.15 }}
          content={chartTooltip((row: OrgRow) => ({
            title: row.orgName,
            lines: [
              ...COVERAGE_SERIES.map((s) => `${seriesName(s)}: ${partText(row, s)}`),
              t('charts.coverage.total', { count: formatCount(row.cells) }),
            ],
          }))}
        />
        {COVERAGE_SERIES.map((series) => (
          <Bar
            key={series}
            dataKey={`${series}Share`}
            name={seriesName(series)}
            stackId="share"
            isAnimationActive={false}
            fill={COVERAGE_STYLE[series].fill}
            shape={drillBarShape<OrgRow>({
              style: COVERAGE_STYLE[series],
              count: (row) => row[series],
              testId: (row) => `bar-by-org-${COVERAGE_SERIES_SLUG[series]}-${row.orgId}`,
              label: (row) =>
                t('charts.byOrg.bar', {
                  series: seriesName(series),
                  org: row.orgName,
                  count: formatCount(row[series]),
                  percent: formatPercent(row[`${series}Share`]),
                }),
              filter: (row) => ({ kind: 'cells', coverage: series, orgId: row.orgId }),
              onDrill,
            })}
          />
        ))}
      </ChartBars>
    </ChartFrame>
  );
}

/** "15/1.500 tổ chức có tỷ lệ thấp nhất · Xem tất cả…": what the chart left out, and where it is. */
function ByOrgNote({ shown, total, links, onDrill }: { shown: number; total: number; links: boolean; onDrill: DashboardChartProps['onDrill'] }) {
  const { t } = useTranslation('dashboard');
  return (
    <>
      {total > shown
        ? t('charts.byOrg.note', { shown: formatCount(shown), total: formatCount(total) })
        : t('charts.byOrg.noteAll', { total: formatCount(total) })}
      {links && (
        <>
          {' · '}
          <DrillLink testId="link-by-org-all" onClick={() => onDrill({ kind: 'cells', coverage: 'uncovered' })}>
            {t('charts.byOrg.all')}
          </DrillLink>
        </>
      )}
    </>
  );
}
