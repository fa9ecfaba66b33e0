import type { Meeting, Recommendation, RecommendationStatus } from '../../../shared/domain/meetings';
import type { GrassrootsOrg, Official, PartyCell, Registration } from '../../../shared/domain/types';
import { isOpen, isOverdue } from '../../../shared/meetings/recommendation-flow';
import { valueKey } from './useUsedValues';

export interface RecommendationRow {
  id: string;
  content: string;
  field: string;
  addressedTo: string;
  meetingId: string;
  /** "yyyy-mm-dd" ('' when the meeting is gone). */
  meetingDate: string;
  cellName: string;
  orgName: string;
  officialName: string;
  dueDate: string;
  status: RecommendationStatus;
  lastStepDate: string;
  overdue: boolean;
  recommendation: Recommendation;
}

export interface RecommendationSources {
  recommendations: readonly Recommendation[];
  meetings: readonly Meeting[];
  registrations: readonly Registration[];
  officials: readonly Official[];
  cells: readonly PartyCell[];
  orgs: readonly GrassrootsOrg[];
}

/** One row per recommendation, with the meeting it was raised at and who attended where. */
export function buildRecommendationRows(sources: RecommendationSources, today: string): RecommendationRow[] {
  const meetingById = new Map(sources.meetings.map((m) => [m.id, m]));
  const registrationById = new Map(sources.registrations.map((r) => [r.id, r]));
  const officialById = new Map(sources.officials.map((o) => [o.id, o]));
  const cellById = new Map(sources.cells.map((c) => [c.id, c]));
  const orgById = new Map(sources.orgs.map((o) => [o.id, o]));
  return sources.recommendations.map((rec) => {
    const meeting = meetingById.get(rec.meetingId);
    const registration = meeting ? registrationById.get(meeting.registrationId) : undefined;
    const cell = registration ? cellById.get(registration.cellId) : undefined;
    return {
      id: rec.id,
      content: rec.content,
      field: rec.field,
      addressedTo: rec.addressedTo,
      meetingId: rec.meetingId,
      meetingDate: meeting?.date ?? '',
      cellName: cell?.name ?? '',
      orgName: (cell && orgById.get(cell.orgId)?.name) ?? '',
      officialName: (registration && officialById.get(registration.officialId)?.name) ?? '',
      dueDate: rec.dueDate,
      status: rec.status,
      lastStepDate: rec.history.at(-1)?.date ?? '',
      overdue: isOverdue(rec, today),
      recommendation: rec,
    };
  });
}

/** 'all', 'open', 'overdue' or one status: the page's status filter (also a link param). */
export type StatusFilter = 'all' | 'open' | 'overdue' | RecommendationStatus;

export interface RowFilters {
  status: StatusFilter;
  /** '' for any. */
  field: string;
  addressedTo: string;
}

export function matchesStatus(row: RecommendationRow, status: StatusFilter): boolean {
  if (status === 'all') return true;
  if (status === 'open') return isOpen(row.recommendation);
  if (status === 'overdue') return row.overdue;
  return row.status === status;
}

export function filterRows(rows: readonly RecommendationRow[], filters: RowFilters): RecommendationRow[] {
  return rows.filter(
    (row) =>
      matchesStatus(row, filters.status) &&
      (filters.field === '' || valueKey(row.field) === valueKey(filters.field)) &&
      (filters.addressedTo === '' || valueKey(row.addressedTo) === valueKey(filters.addressedTo)),
  );
}
