/**
 * What meetings hang on: the registrations they carry out. Used by the repositories of the
 * records above them (registrations, officials, cells, organizations, balancing), inside
 * those repositories' own transactions, so a delete takes its meetings and their
 * recommendations with it all or nothing. Callers include `db.meetings` and
 * `db.recommendations` in their transaction.
 */
import { DomainError } from '../../../shared/domain/errors';
import type { Meeting, Recommendation } from '../../../shared/domain/meetings';
import type { Registration } from '../../../shared/domain/types';
import { formatIsoVi } from '../../../shared/meetings/iso-date';
import type { AppDatabase } from '../database';

export interface MeetingImpact {
  meetings: number;
  recommendations: number;
}

async function meetingIdsOf(db: AppDatabase, registrationIds: readonly string[]): Promise<string[]> {
  if (registrationIds.length === 0) return [];
  return (await db.meetings.where('registrationId').anyOf([...registrationIds]).primaryKeys()) as string[];
}

/** How many meetings and recommendations deleting these registrations would take with them. */
export async function meetingImpactOf(db: AppDatabase, registrationIds: readonly string[]): Promise<MeetingImpact> {
  const meetingIds = await meetingIdsOf(db, registrationIds);
  const recommendations = meetingIds.length > 0 ? await db.recommendations.where('meetingId').anyOf(meetingIds).count() : 0;
  return { meetings: meetingIds.length, recommendations };
}

export interface DeletedMeetings {
  meetings: Meeting[];
  recommendations: Recommendation[];
}

/**
 * Deletes the meetings of these registrations and the recommendations raised at them, and
 * returns them as they were: the audit entry keeps them so undo can put them back.
 */
export async function deleteMeetingsOf(db: AppDatabase, registrationIds: readonly string[]): Promise<DeletedMeetings> {
  if (registrationIds.length === 0) return { meetings: [], recommendations: [] };
  const meetings = await db.meetings.where('registrationId').anyOf([...registrationIds]).toArray();
  if (meetings.length === 0) return { meetings, recommendations: [] };
  const meetingIds = meetings.map((m) => m.id);
  const recommendations = await db.recommendations.where('meetingId').anyOf(meetingIds).toArray();
  await db.recommendations.bulkDelete(recommendations.map((r) => r.id));
  await db.meetings.bulkDelete(meetingIds);
  return { meetings, recommendations };
}

/** Registrations with at least one meeting: the balancing must not move them. */
export async function registrationIdsWithMeetings(db: AppDatabase): Promise<string[]> {
  return (await db.meetings.orderBy('registrationId').uniqueKeys()) as string[];
}

/** "2026", or "2025–2030" for a term: the years a meeting of the registration may fall in. */
export function yearsLabel(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * A registration edit keeps its meetings valid: same official, same cell, and every meeting
 * date inside the new years. The transaction also needs `db.officials` and `db.cells`.
 */
export async function checkRegistrationEdit(db: AppDatabase, current: Registration, next: Registration): Promise<void> {
  const meetings = await db.meetings.where('registrationId').equals(current.id).toArray();
  if (meetings.length === 0) return;
  const [official, cell] = await Promise.all([db.officials.get(current.officialId), db.cells.get(current.cellId)]);
  const names = { official: official?.name ?? '', cell: cell?.name ?? '' };
  if (next.officialId !== current.officialId || next.cellId !== current.cellId) {
    throw new DomainError('errors.meeting.registrationPartyFixed', { ...names, count: meetings.length });
  }
  const outside = meetings
    .filter((m) => !next.years.includes(Number(m.date.slice(0, 4))))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const [first] = outside;
  if (first) {
    throw new DomainError('errors.meeting.registrationPeriodExcludesMeeting', {
      ...names,
      date: formatIsoVi(first.date),
      count: outside.length,
      years: yearsLabel(next.years),
    });
  }
}
