/**
 * The small district (test/shared/fixtures/small-district) with meetings and
 * recommendations, small enough to count by hand. Today is 15/10/2025.
 *
 * Meetings dated in 2025 at counted cells: m-q1 (cell-1, Q1, held), m-q2 (cell-5, Q2, not
 * attended), m-q3-early (cell-1, Q3 07:30, held), m-q3 (cell-1, Q3 08:00, scheduled); m-2026
 * (cell-1, Q2 2026, postponed) and m-2024 (cell-1, 31/12/2024, held) lie outside the year.
 * Never counted: m-orphan-reg (registration for a missing cell), m-orphan-org (cell of a
 * missing organization), m-gone (no registration), m-bad-date.
 * Recommendations at counted 2025 meetings: rec-overdue (new, due 01/03/2025), rec-done
 * (resolved, same due date), rec-open (forwarded, due 01/12/2025); rec-lost hangs on m-gone.
 */
import type { DashboardInput, DashboardQuery } from '../../../shared/dashboard/types';
import type { Recommendation, RecommendationStatus } from '../../../shared/domain/meetings';
import { DEFAULT_PLAN_RULES } from '../../../shared/domain/rules';
import { cells, officials, orgs, registrations } from '../fixtures/small-district';
import { meeting } from '../meetings/fixture';

export const TODAY = '2025-10-15';

function rec(id: string, meetingId: string, status: RecommendationStatus, dueDate: string): Recommendation {
  return {
    id,
    meetingId,
    content: `Kiến nghị ${id}`,
    field: 'Giao thông',
    addressedTo: 'UBND xã',
    dueDate,
    status,
    history: [{ status: 'new', date: '2025-02-10', note: '', skipReason: '' }],
  };
}

export const meetings = [
  meeting('m-q3', 'reg-2', '2025-08-20', { startTime: '08:00', status: 'scheduled' }),
  meeting('m-q1', 'reg-1', '2025-02-10', { status: 'held' }),
  meeting('m-q2', 'reg-7', '2025-05-05', { status: 'not_attended', absenceReason: 'Họp đột xuất' }),
  meeting('m-q3-early', 'reg-2', '2025-08-20', { startTime: '07:30', status: 'held' }),
  meeting('m-2026', 'reg-3', '2026-04-10', { status: 'postponed' }),
  meeting('m-2024', 'reg-1', '2024-12-31', { status: 'held' }),
  meeting('m-orphan-reg', 'reg-6', '2025-03-03', { status: 'held' }),
  meeting('m-orphan-org', 'reg-8', '2025-03-03', { status: 'held' }),
  meeting('m-gone', 'reg-gone', '2025-03-03', { status: 'held' }),
  meeting('m-bad-date', 'reg-1', '2025-3-3', { status: 'held' }),
];

export const recommendations: Recommendation[] = [
  rec('rec-overdue', 'm-q1', 'new', '2025-03-01'),
  rec('rec-done', 'm-q1', 'resolved', '2025-03-01'),
  rec('rec-open', 'm-q3', 'forwarded', '2025-12-01'),
  rec('rec-2026', 'm-2026', 'answered', ''),
  rec('rec-lost', 'm-gone', 'new', '2025-01-01'),
];

export const input: DashboardInput = {
  orgs,
  cells,
  officials,
  registrations,
  meetings,
  recommendations,
  term: { startYear: 2025, endYear: 2030 },
  rules: { ...DEFAULT_PLAN_RULES },
};

export const EMPTY_INPUT: DashboardInput = {
  orgs: [],
  cells: [],
  officials: [],
  registrations: [],
  meetings: [],
  recommendations: [],
  term: { startYear: 2025, endYear: 2030 },
  rules: { ...DEFAULT_PLAN_RULES },
};

export const YEAR: DashboardQuery = { period: { kind: 'year', year: 2025 }, orgId: null, today: TODAY };
export const TERM: DashboardQuery = { period: { kind: 'term', startYear: 2025, endYear: 2030 }, orgId: null, today: TODAY };
export const quarter = (q: 1 | 2 | 3 | 4, year = 2025): DashboardQuery => ({ period: { kind: 'quarter', year, quarter: q }, orgId: null, today: TODAY });
