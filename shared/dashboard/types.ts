/**
 * What the dashboard ("Tổng quan") shows for a period and a scope, as plain data: computed
 * once per data change in a worker (shared/dashboard/aggregate.ts), drawn by the renderer,
 * printed, and drilled into. Counting is shared/coverage's and the synthesis's, so a cell
 * the dashboard calls covered or crowded is covered or crowded in "Tổng hợp" and the reports.
 */
import type { Meeting, Recommendation, RecommendationStatus } from '../domain/meetings';
import type { OrgType } from '../domain/org-types';
import type { PlanRules } from '../domain/rules';
import type { GrassrootsOrg, Official, PartyCell, Quarter, Registration } from '../domain/types';
import type { SynthesisScope, YearSpan } from '../synthesis/scope';

/** A year, a quarter of a year, or a term: the same spans as "Tổng hợp". */
export type DashboardPeriod = SynthesisScope;

/** Every table the dashboard reads, plus the settings it depends on. */
export interface DashboardInput {
  orgs: GrassrootsOrg[];
  cells: PartyCell[];
  officials: Official[];
  registrations: Registration[];
  meetings: Meeting[];
  recommendations: Recommendation[];
  /** The term in settings (where a per-term coverage rule looks). */
  term: YearSpan;
  rules: PlanRules;
}

export interface DashboardQuery {
  period: DashboardPeriod;
  /** null: the whole committee; otherwise one grassroots organization's cells. */
  orgId: string | null;
  /** "yyyy-mm-dd": what "overdue" is measured against. */
  today: string;
}

export interface DashboardKpi {
  cells: number;
  covered: number;
  uncovered: number;
  /** Crowded as the synthesis's violations say (rules in settings). Crowded cells are covered. */
  crowded: number;
  /** covered / cells; 0 when there are no cells. */
  coveredShare: number;
  /** Số lượt: registrations counted in the period at the scope's cells. */
  registrations: number;
  /** Số người: distinct existing officials with a registration counted in the period at the scope's cells. */
  officialsRegistered: number;
  /** Officials on record. */
  officialsTotal: number;
  /** officialsTotal − officialsRegistered. */
  officialsWithout: number;
  /** Meetings dated in the period at the scope's cells, whatever became of them (each was planned). */
  meetingsPlanned: number;
  /** Of those, held with the official attending. */
  meetingsHeld: number;
  /** Recommendations raised at those meetings. */
  recommendationsTotal: number;
  /** Not resolved or closed. */
  recommendationsOpen: number;
  /** Open and past their due date at `today`. */
  recommendationsOverdue: number;
}

export interface CoverageCounts {
  cells: number;
  covered: number;
  uncovered: number;
  crowded: number;
  /** covered − crowded: so covered-not-crowded + crowded + uncovered = cells (a stacked bar). */
  coveredNotCrowded: number;
}

export interface TypeBar extends CoverageCounts {
  type: OrgType;
}

export interface OrgBar extends CoverageCounts {
  orgId: string;
  orgName: string;
  orgType: OrgType;
  /** covered / cells. */
  coveredShare: number;
}

export const REGISTRANT_BUCKETS = ['0', '1', '2', '3+'] as const;
export type RegistrantBucket = (typeof REGISTRANT_BUCKETS)[number];

export interface DistributionBar {
  bucket: RegistrantBucket;
  /** Cells with that many distinct registrants in the period. */
  cells: number;
}

export interface QuarterMeetings {
  year: number;
  quarter: Quarter;
  /** Meetings dated in the quarter at the scope's cells, any status. */
  planned: number;
  held: number;
  notAttended: number;
  /** Scheduled or postponed: still ahead. */
  pending: number;
}

export interface RecommendationBar {
  status: RecommendationStatus;
  count: number;
}

export interface CellRegistrant {
  officialId: string;
  /** null when the official was deleted but a registration still names them. */
  name: string | null;
}

export interface DashboardCell {
  cellId: string;
  cellName: string;
  orgId: string;
  orgName: string;
  orgType: OrgType;
  memberCount: number;
  /** Distinct officials registered for the cell in the period. */
  registrants: CellRegistrant[];
  crowded: boolean;
}

export interface DashboardAggregate {
  query: DashboardQuery;
  kpi: DashboardKpi;
  /** ORG_TYPES order; types with at least one cell in scope. */
  byType: TypeBar[];
  /** Every organization in scope with at least one cell, worst first: lowest coveredShare, then most uncovered, then name (Vietnamese order). */
  byOrg: OrgBar[];
  /** Always four entries: 0, 1, 2, 3+. */
  distribution: DistributionBar[];
  /** Year: Q1–Q4; quarter: that one; term: every quarter of every year, in order. */
  meetingsByQuarter: QuarterMeetings[];
  /** RECOMMENDATION_STATUSES order, all five. */
  recommendationsByStatus: RecommendationBar[];
  /** Every cell in scope, by organization then cell name (Vietnamese order): the matrix and the cell drill-downs. */
  cells: DashboardCell[];
}

/** What a click on a chart element asks to see. Absent fields do not filter. */
export type DrillFilter =
  | {
      kind: 'cells';
      /** 'covered' includes crowded cells; 'coveredNotCrowded' does not. */
      coverage?: 'covered' | 'coveredNotCrowded' | 'uncovered' | 'crowded';
      type?: OrgType;
      orgId?: string;
      bucket?: RegistrantBucket;
    }
  | {
      kind: 'meetings';
      year?: number;
      quarter?: Quarter;
      /** 'planned': every meeting of the period (any status); 'held': held ones only. */
      status?: 'planned' | 'held';
    }
  | {
      kind: 'recommendations';
      status?: RecommendationStatus | 'open' | 'overdue';
    };

export interface MeetingDrillRow {
  meeting: Meeting;
  /** null when the official was deleted. */
  officialName: string | null;
  cellName: string;
  orgName: string;
}

export interface RecommendationDrillRow {
  recommendation: Recommendation;
  meetingDate: string;
  officialName: string | null;
  cellName: string;
  orgName: string;
  overdue: boolean;
}

/** Where the dashboard is: the charts, the matrix, a drill-down, or the print view. */
export type DashboardView = 'charts' | 'matrix' | 'drill' | 'print';

/** The dashboard's place, as it travels in the page's hash params (so Back and reload return to it). */
export interface DashboardLocation {
  view: DashboardView;
  period: DashboardPeriod;
  orgId: string | null;
  /** Only for view 'drill'. */
  drill: DrillFilter | null;
}
