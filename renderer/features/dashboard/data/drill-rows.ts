import type { DashboardCell, MeetingDrillRow, RecommendationDrillRow } from '../../../../shared/dashboard/types';

/** The records a drill-down lists, as the worker hands them back. */
export type DrillRows =
  | { kind: 'cells'; rows: DashboardCell[] }
  | { kind: 'meetings'; rows: MeetingDrillRow[] }
  | { kind: 'recommendations'; rows: RecommendationDrillRow[] };
