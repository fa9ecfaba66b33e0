/**
 * The dashboard's five charts. On screen they share a responsive grid; printed (mode 'print')
 * they stack at a fixed A4 width, each kept whole on a page, without PNG buttons or links.
 * `onRendered` fires after every commit that drew a new aggregate: the page turns it into the
 * performance mark the period-change benchmark measures.
 */
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import { useEffect, useEffectEvent, type ComponentType } from 'react';
import type { DashboardAggregate, DrillFilter } from '../../../../shared/dashboard/types';
import type { DashboardChartProps } from './chart-props';
import type { ChartMode } from './ChartFrame';
import { CoverageByOrgChart } from './CoverageByOrgChart';
import { CoverageByTypeChart } from './CoverageByTypeChart';
import { DistributionChart } from './DistributionChart';
import { MeetingsByQuarterChart } from './MeetingsByQuarterChart';
import { RecommendationsChart } from './RecommendationsChart';

export interface DashboardChartsProps {
  aggregate: DashboardAggregate;
  onDrill(filter: DrillFilter): void;
  /** 'print': fixed widths for A4 portrait, no PNG buttons. Default 'screen'. */
  mode?: ChartMode;
  /** Called after each commit where `aggregate` changed. */
  onRendered?(): void;
}

/** Each chart and its share of a wide screen's 12 columns. */
const CHARTS: readonly { key: string; Chart: ComponentType<DashboardChartProps>; lg: number }[] = [
  { key: 'by-type', Chart: CoverageByTypeChart, lg: 6 },
  { key: 'by-org', Chart: CoverageByOrgChart, lg: 6 },
  { key: 'distribution', Chart: DistributionChart, lg: 5 },
  { key: 'recommendations', Chart: RecommendationsChart, lg: 7 },
  { key: 'meetings-by-quarter', Chart: MeetingsByQuarterChart, lg: 12 },
];

export function DashboardCharts({ aggregate, onDrill, mode = 'screen', onRendered }: DashboardChartsProps) {
  const rendered = useEffectEvent(() => onRendered?.());
  useEffect(() => {
    rendered();
  }, [aggregate]);

  if (mode === 'print') {
    return (
      <Stack spacing={3} data-testid="dashboard-charts">
        {CHARTS.map(({ key, Chart }) => (
          <Chart key={key} aggregate={aggregate} onDrill={onDrill} mode="print" />
        ))}
      </Stack>
    );
  }
  return (
    <Grid container spacing={2} data-testid="dashboard-charts">
      {CHARTS.map(({ key, Chart, lg }) => (
        <Grid key={key} size={{ xs: 12, lg }}>
          <Chart aggregate={aggregate} onDrill={onDrill} mode="screen" />
        </Grid>
      ))}
    </Grid>
  );
}
