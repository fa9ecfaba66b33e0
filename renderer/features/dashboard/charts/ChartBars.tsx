/**
 * The body every dashboard chart shares: its empty-state sentence, or a recharts BarChart
 * at the column's width on screen and a fixed width on paper, with the legend under it.
 */
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { BarChart } from 'recharts';
import type { DashboardChartProps } from './chart-props';
import { PRINT_CHART_WIDTH } from './ChartFrame';
import { ChartLegend, type ChartLegendProps } from './ChartLegend';
import { SizedChart } from './SizedChart';

export interface ChartBarsProps<Row> {
  /** The chart's id: the empty sentence is testid `chart-<id>-empty`. */
  id: string;
  mode: DashboardChartProps['mode'];
  rows: readonly Row[];
  empty: boolean;
  emptyText: string;
  height: number;
  /** 'vertical': bars run left to right, categories down the side. */
  layout?: 'horizontal' | 'vertical';
  legend?: ChartLegendProps['items'];
  /** Axes, grid, tooltip and bars. */
  children: ReactNode;
}

const MARGIN = { horizontal: { top: 8, right: 16, bottom: 4, left: 4 }, vertical: { top: 4, right: 16, bottom: 4, left: 4 } };

export function ChartBars<Row>({ id, mode, rows, empty, emptyText, height, layout = 'horizontal', legend, children }: ChartBarsProps<Row>) {
  if (empty) {
    return (
      <Typography color="text.secondary" data-testid={`chart-${id}-empty`}>
        {emptyText}
      </Typography>
    );
  }
  const width = mode === 'print' ? PRINT_CHART_WIDTH : undefined;
  return (
    <>
      <SizedChart width={width} height={height}>
        <BarChart data={[...rows]} layout={layout} width={width} height={height} margin={MARGIN[layout]} accessibilityLayer={false}>
          {children}
        </BarChart>
      </SizedChart>
      {legend && <ChartLegend items={legend} />}
    </>
  );
}
