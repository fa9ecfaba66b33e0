/**
 * The figures of the coverage summary ("BIỂU TỔNG HỢP"): per grassroots organization and
 * per type of organization, counted exactly as the dashboard counts the same period
 * (prepareDashboard/aggregateDashboard for the cells, meetingsInScope for the meetings),
 * so the summary's total row says what "Tổng quan" says.
 */
import { aggregateDashboard } from '../dashboard/aggregate';
import { addCell, emptyCounts } from '../dashboard/coverage-bars';
import { meetingsInScope } from '../dashboard/meetings-in-scope';
import { dashboardInputOf } from '../dashboard/input';
import { prepareDashboard } from '../dashboard/prepare';
import type { CoverageCounts, DashboardKpi, DashboardPeriod, DashboardQuery } from '../dashboard/types';
import type { DateParts } from '../domain/labels-vi';
import { ORG_TYPES, type OrgType } from '../domain/org-types';
import type { DistrictData, GrassrootsOrg } from '../domain/types';
import { isoFromParts } from '../meetings/iso-date';
import { compareNormalizedVi } from '../text/collation';
import { normalizeText } from '../text/normalize';

/** The district's data as stored (meetings and recommendations may be absent), the period and the report's date. */
export interface CoverageSummaryReportInput extends DistrictData {
  period: DashboardPeriod;
  /** The place-and-date line. */
  date: DateParts;
}

export interface SummaryFigures {
  /** Grassroots organizations (Số TCCSĐ). */
  orgs: number;
  cells: number;
  /** Cells with at least one registrant counted in the period (crowded ones included). */
  covered: number;
  uncovered: number;
  /** Crowded as the dashboard and the synthesis say; crowded cells are also covered. */
  crowded: number;
  /** Meetings dated in the period at the cells, any status: each was on the calendar. */
  meetingsPlanned: number;
  /** Of those, held with the official attending. */
  meetingsHeld: number;
}

export interface OrgSummary {
  org: GrassrootsOrg;
  figures: SummaryFigures;
}

export interface TypeSummary {
  type: OrgType;
  figures: SummaryFigures;
  /** The type's organizations in Vietnamese name order. */
  orgs: OrgSummary[];
}

export interface CoverageSummary {
  /** ORG_TYPES order; only types with at least one organization. */
  byType: TypeSummary[];
  /** Sum of the type rows. */
  total: SummaryFigures;
  /** The dashboard's KPIs for the same period and the whole committee. */
  kpi: DashboardKpi;
}

export function emptyFigures(): SummaryFigures {
  return { orgs: 0, cells: 0, covered: 0, uncovered: 0, crowded: 0, meetingsPlanned: 0, meetingsHeld: 0 };
}

export function addFigures(into: SummaryFigures, add: Readonly<SummaryFigures>): void {
  for (const key of Object.keys(into) as (keyof SummaryFigures)[]) into[key] += add[key];
}

function withCoverage(figures: SummaryFigures, counts: Readonly<CoverageCounts>): void {
  figures.cells += counts.cells;
  figures.covered += counts.covered;
  figures.uncovered += counts.uncovered;
  figures.crowded += counts.crowded;
}

/**
 * Every organization, those without a cell too (the dashboard leaves them out, but they are
 * organizations of the committee all the same): by name in Vietnamese order, then id.
 */
function orgsInOrder(orgs: readonly GrassrootsOrg[]): GrassrootsOrg[] {
  const unique = [...new Map(orgs.map((o) => [o.id, o])).values()];
  const keyed = unique.map((org) => ({ org, key: normalizeText(org.name) }));
  keyed.sort((a, b) => compareNormalizedVi(a.key, b.key) || (a.org.id < b.org.id ? -1 : a.org.id > b.org.id ? 1 : 0));
  return keyed.map(({ org }) => org);
}

/** Per organization id: the period's coverage of its cells and its meetings. */
function figuresByOrg(input: CoverageSummaryReportInput): { byOrg: Map<string, SummaryFigures>; kpi: DashboardKpi } {
  const prepared = prepareDashboard(dashboardInputOf(input));
  const query: DashboardQuery = { period: input.period, orgId: null, today: isoFromParts(input.date.year, input.date.month, input.date.day) };
  const aggregate = aggregateDashboard(prepared, query);
  const byOrg = new Map<string, SummaryFigures>();
  const figuresOf = (orgId: string): SummaryFigures => {
    let figures = byOrg.get(orgId);
    if (!figures) byOrg.set(orgId, (figures = emptyFigures()));
    return figures;
  };
  const coverage = new Map<string, CoverageCounts>();
  for (const cell of aggregate.cells) {
    let counts = coverage.get(cell.orgId);
    if (!counts) coverage.set(cell.orgId, (counts = emptyCounts()));
    addCell(counts, cell);
  }
  for (const [orgId, counts] of coverage) withCoverage(figuresOf(orgId), counts);
  for (const m of meetingsInScope(prepared, query)) {
    const figures = figuresOf(prepared.cells[m.cellIndex]!.org.id);
    figures.meetingsPlanned++;
    if (m.meeting.status === 'held') figures.meetingsHeld++;
  }
  return { byOrg, kpi: aggregate.kpi };
}

export function summarizeCoverage(input: CoverageSummaryReportInput): CoverageSummary {
  const { byOrg, kpi } = figuresByOrg(input);
  const groups = new Map<OrgType, OrgSummary[]>();
  for (const org of orgsInOrder(input.orgs)) {
    const figures = { ...(byOrg.get(org.id) ?? emptyFigures()), orgs: 1 };
    const list = groups.get(org.type);
    if (list) list.push({ org, figures });
    else groups.set(org.type, [{ org, figures }]);
  }
  const total = emptyFigures();
  const byType = ORG_TYPES.flatMap((type): TypeSummary[] => {
    const orgs = groups.get(type);
    if (!orgs) return [];
    const figures = emptyFigures();
    for (const o of orgs) addFigures(figures, o.figures);
    addFigures(total, figures);
    return [{ type, figures, orgs }];
  });
  return { byType, total, kpi };
}
