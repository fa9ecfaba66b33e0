import type { DashboardAggregate, DrillFilter } from '../../../../shared/dashboard/types';
import { INK } from './chart-colors';
import type { ChartMode } from './ChartFrame';

/** What every dashboard chart is drawn from. */
export interface DashboardChartProps {
  aggregate: DashboardAggregate;
  /** Called with the filter that lists exactly the records the clicked bar counts. */
  onDrill(filter: DrillFilter): void;
  mode: ChartMode;
}

/** Axis text: small enough for 620 px of A4, large enough and in ink (not recharts' grey) to read printed. */
export const TICK_STYLE = { fontSize: 12, fill: INK } as const;
