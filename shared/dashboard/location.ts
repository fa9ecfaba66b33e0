/**
 * The dashboard's place as hash params, so Back returns from a drill-down to the charts and
 * a reload keeps the period. Params can be typed or pasted by hand, so reading them never
 * throws: a bad period or scope falls back to the caller's, a bad drill-down to the charts
 * (a half-understood filter would list more than was clicked).
 *
 * period: "2025" (year), "2025-q3" (quarter), "2025-2030" (term); org: the scope;
 * view; and for a drill-down `drill` (its kind) with the filter's fields beside it.
 */
import { RECOMMENDATION_STATUSES } from '../domain/meetings';
import { isOrgType } from '../domain/org-types';
import type { Quarter } from '../domain/types';
import { REGISTRANT_BUCKETS, type DashboardLocation, type DashboardPeriod, type DashboardView, type DrillFilter } from './types';

const VIEWS: readonly DashboardView[] = ['charts', 'matrix', 'drill', 'print'];
const COVERAGES = ['covered', 'coveredNotCrowded', 'uncovered', 'crowded'] as const;
const MEETING_STATUSES = ['planned', 'held'] as const;
const REC_STATUSES = [...RECOMMENDATION_STATUSES, 'open', 'overdue'] as const;
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
/** Party terms are five years; a longer span is a typo, not a term. */
const MAX_TERM_YEARS = 10;

type Params = Readonly<Record<string, string>>;

export function periodToParam(p: DashboardPeriod): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'quarter':
      return `${p.year}-q${p.quarter}`;
    case 'term':
      return `${p.startYear}-${p.endYear}`;
  }
}

function year(text: string | undefined): number | null {
  if (text === undefined || !/^\d{4}$/.test(text)) return null;
  const y = Number(text);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

export function periodFromParam(text: string | undefined): DashboardPeriod | null {
  const m = /^(\d{4})(?:-q([1-4])|-(\d{4}))?$/.exec(text ?? '');
  const y = year(m?.[1]);
  if (!m || y === null) return null;
  if (m[2]) return { kind: 'quarter', year: y, quarter: Number(m[2]) as Quarter };
  if (!m[3]) return { kind: 'year', year: y };
  const end = year(m[3]);
  return end !== null && end >= y && end - y <= MAX_TERM_YEARS ? { kind: 'term', startYear: y, endYear: end } : null;
}

function oneOf<T extends string>(values: readonly T[], text: string | undefined): T | undefined | null {
  if (text === undefined) return undefined;
  return (values as readonly string[]).includes(text) ? (text as T) : null;
}

function drillToParams(d: DrillFilter): Record<string, string | undefined> {
  switch (d.kind) {
    case 'cells':
      return { drill: d.kind, coverage: d.coverage, type: d.type, drillOrg: d.orgId, bucket: d.bucket };
    case 'meetings':
      return { drill: d.kind, year: d.year === undefined ? undefined : String(d.year), quarter: d.quarter === undefined ? undefined : String(d.quarter), status: d.status };
    case 'recommendations':
      return { drill: d.kind, status: d.status };
  }
}

/** Every field present must be understood; otherwise null. */
function drillFromParams(params: Params): DrillFilter | null {
  switch (params.drill) {
    case 'cells': {
      const coverage = oneOf(COVERAGES, params.coverage);
      const bucket = oneOf(REGISTRANT_BUCKETS, params.bucket);
      const type = params.type;
      if (coverage === null || bucket === null || (type !== undefined && !isOrgType(type)) || params.drillOrg === '') return null;
      return withoutUndefined({ kind: 'cells' as const, coverage, type, orgId: params.drillOrg, bucket });
    }
    case 'meetings': {
      const y = params.year === undefined ? undefined : year(params.year);
      const quarter = oneOf(['1', '2', '3', '4'], params.quarter);
      const status = oneOf(MEETING_STATUSES, params.status);
      if (y === null || quarter === null || status === null) return null;
      return withoutUndefined({ kind: 'meetings' as const, year: y, quarter: quarter === undefined ? undefined : (Number(quarter) as Quarter), status });
    }
    case 'recommendations': {
      const status = oneOf(REC_STATUSES, params.status);
      return status === null ? null : withoutUndefined({ kind: 'recommendations' as const, status });
    }
    default:
      return null;
  }
}

/** Absent fields stay absent (not `undefined`), so a filter read back equals the one written. */
function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export function locationToParams(loc: DashboardLocation): Record<string, string> {
  const all: Record<string, string | undefined> = {
    view: loc.view,
    period: periodToParam(loc.period),
    org: loc.orgId ?? undefined,
    ...(loc.view === 'drill' && loc.drill ? drillToParams(loc.drill) : {}),
  };
  return withoutUndefined(all) as Record<string, string>;
}

/** Never throws: what it cannot read comes from `fallback` (period, scope) or is left out (drill-down). */
export function locationFromParams(params: Params, fallback: { period: DashboardPeriod; orgId: string | null }): DashboardLocation {
  const period = periodFromParam(params.period) ?? fallback.period;
  const orgId = params.org === undefined || params.org === '' ? fallback.orgId : params.org;
  const view = oneOf(VIEWS, params.view) ?? 'charts';
  const drill = view === 'drill' ? drillFromParams(params) : null;
  if (view === 'drill' && !drill) return { view: 'charts', period, orgId, drill: null };
  return { view, period, orgId, drill };
}
