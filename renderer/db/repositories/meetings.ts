/**
 * Meetings: the grassroots notice, then what came of it. A meeting takes its official and
 * cell from its registration, and its date must fall in the registration's years. A result
 * is recorded once; `clearMeetingResult` corrects a mistaken one while no recommendation
 * was raised at the meeting.
 */
import { DomainError } from '../../../shared/domain/errors';
import type { Meeting } from '../../../shared/domain/meetings';
import type { Registration } from '../../../shared/domain/types';
import { formatIsoVi, yearOf } from '../../../shared/meetings/iso-date';
import {
  isoDateSchema,
  meetingNoticeSchema,
  meetingResultSchema,
  type MeetingNotice,
  type MeetingNoticeInput,
  type MeetingResult,
  type MeetingResultInput,
} from '../../../shared/meetings/meeting-schema';
import { writeAudit } from '../audit';
import { AuditChanges } from '../audit-capture';
import { meetingLabelOf } from '../audit-names';
import { cascadeText, diffText, MEETING_FIELDS, stateText } from '../audit-summary';
import { newId, type AppDatabase } from '../database';
import { yearsLabel } from './meeting-links';
import { parseOrThrow } from './parse';

export function listMeetings(db: AppDatabase): Promise<Meeting[]> {
  return db.meetings.toArray();
}

/** The result fields of a meeting that has none yet. */
const NO_RESULT = { absenceReason: '', hostAttended: null, membersPresent: null, attendees: '', notes: '' } as const;

async function requireMeeting(db: AppDatabase, id: string): Promise<Meeting> {
  const meeting = await db.meetings.get(id);
  if (!meeting) throw new DomainError('errors.meeting.notFound');
  return meeting;
}

/** The registration a meeting carries out, refusing a date outside its years. */
async function requireRegistrationFor(db: AppDatabase, registrationId: string, date: string): Promise<Registration> {
  const registration = await db.registrations.get(registrationId);
  if (!registration) throw new DomainError('errors.meeting.registrationNotFound');
  if (!registration.years.includes(yearOf(date))) {
    const [official, cell] = await Promise.all([db.officials.get(registration.officialId), db.cells.get(registration.cellId)]);
    throw new DomainError('errors.meeting.dateOutsideRegistration', {
      date: formatIsoVi(date),
      years: yearsLabel(registration.years),
      official: official?.name ?? '',
      cell: cell?.name ?? '',
    });
  }
  return registration;
}

function noticeFields(notice: MeetingNotice) {
  const { registrationId, date, startTime, endTime, place, type, agenda, host, noticeDate } = notice;
  return { registrationId, date, startTime, endTime, place, type, agenda, host, noticeDate };
}

export async function createMeeting(db: AppDatabase, input: MeetingNoticeInput): Promise<Meeting> {
  const notice = parseOrThrow(meetingNoticeSchema, input);
  const meeting: Meeting = { id: newId(), ...noticeFields(notice), status: 'scheduled', postponements: [], ...NO_RESULT };
  await db.transaction('rw', [db.officials, db.cells, db.registrations, db.meetings, db.audit], async () => {
    await requireRegistrationFor(db, meeting.registrationId, meeting.date);
    await db.meetings.add(meeting);
    await writeAudit(db, {
      action: 'create',
      entity: 'meeting',
      summary: `Thêm ${await meetingLabelOf(db, meeting)}`,
      after: stateText(meeting, MEETING_FIELDS),
      ...new AuditChanges().created('meetings', [meeting]).entry(false),
    });
  });
  return meeting;
}

const hasResult = (m: Pick<Meeting, 'status'>) => m.status === 'held' || m.status === 'not_attended';

/**
 * Corrects the notice and keeps the status, postponements and result. Once a result is
 * recorded the day and the registration are part of it (and of the recommendations' first
 * step), so they change only after the result is cleared.
 */
export async function updateMeetingNotice(db: AppDatabase, id: string, input: MeetingNoticeInput): Promise<Meeting> {
  const notice = parseOrThrow(meetingNoticeSchema, input);
  return db.transaction('rw', [db.officials, db.cells, db.registrations, db.meetings, db.audit], async () => {
    const current = await requireMeeting(db, id);
    if (hasResult(current) && (notice.date !== current.date || notice.registrationId !== current.registrationId)) {
      throw new DomainError('errors.meeting.resultFixesDate', { date: formatIsoVi(current.date) });
    }
    await requireRegistrationFor(db, notice.registrationId, notice.date);
    const meeting: Meeting = { ...current, ...noticeFields(notice) };
    await db.meetings.put(meeting);
    await auditMeetingUpdate(db, 'Sửa', current, meeting);
    return meeting;
  });
}

/** The meeting with `result` applied, or a DomainError saying why it cannot be. */
async function withResult(db: AppDatabase, current: Meeting, result: MeetingResult, today: string): Promise<Meeting> {
  if (hasResult(current)) throw new DomainError('errors.meeting.resultAlreadyRecorded', { date: formatIsoVi(current.date) });
  if (result.status === 'postponed') {
    if (result.newDate <= current.date) {
      throw new DomainError('errors.meeting.postponeNotLater', { date: formatIsoVi(current.date), newDate: formatIsoVi(result.newDate) });
    }
    await requireRegistrationFor(db, current.registrationId, result.newDate);
    const postponement = { fromDate: current.date, fromTime: current.startTime, recordedOn: today, reason: result.reason };
    return {
      ...current,
      status: 'postponed',
      date: result.newDate,
      startTime: result.newStartTime,
      endTime: result.newEndTime,
      postponements: [...current.postponements, postponement],
    };
  }
  if (current.date > today) {
    throw new DomainError('errors.meeting.resultInFuture', { date: formatIsoVi(current.date), today: formatIsoVi(today) });
  }
  if (result.status === 'held') {
    const { hostAttended, membersPresent, attendees, notes } = result;
    return { ...current, ...NO_RESULT, status: 'held', hostAttended, membersPresent, attendees, notes };
  }
  return { ...current, ...NO_RESULT, status: 'not_attended', absenceReason: result.absenceReason, notes: result.notes };
}

/**
 * Records that the meeting was held, postponed or not attended. Held and not attended only
 * once its day has come (`today`, "yyyy-mm-dd"); a postponement moves it to a later day and
 * keeps the old one in `postponements`.
 */
export async function recordMeetingResult(db: AppDatabase, id: string, input: MeetingResultInput, today: string): Promise<Meeting> {
  const result = parseOrThrow(meetingResultSchema, input);
  const day = parseOrThrow(isoDateSchema, today);
  return db.transaction('rw', [db.officials, db.cells, db.registrations, db.meetings, db.audit], async () => {
    const current = await requireMeeting(db, id);
    const meeting = await withResult(db, current, result, day);
    await db.meetings.put(meeting);
    await auditMeetingUpdate(db, 'Ghi kết quả', current, meeting);
    return meeting;
  });
}

/**
 * Takes back a mistaken "held" or "not attended": the meeting is ahead again (postponed
 * when it was moved before, the moves kept). Refused while recommendations raised at it exist.
 */
export async function clearMeetingResult(db: AppDatabase, id: string): Promise<Meeting> {
  return db.transaction('rw', [db.officials, db.cells, db.registrations, db.meetings, db.recommendations, db.audit], async () => {
    const current = await requireMeeting(db, id);
    if (!hasResult(current)) throw new DomainError('errors.meeting.noResultToClear', { date: formatIsoVi(current.date) });
    const count = await db.recommendations.where('meetingId').equals(id).count();
    if (count > 0) throw new DomainError('errors.meeting.clearHasRecommendations', { date: formatIsoVi(current.date), count });
    const meeting: Meeting = { ...current, ...NO_RESULT, status: current.postponements.length > 0 ? 'postponed' : 'scheduled' };
    await db.meetings.put(meeting);
    await auditMeetingUpdate(db, 'Bỏ kết quả', current, meeting);
    return meeting;
  });
}

export async function meetingDeleteImpact(db: AppDatabase, id: string): Promise<{ recommendations: number }> {
  return { recommendations: await db.recommendations.where('meetingId').equals(id).count() };
}

/** The meeting and the recommendations raised at it, all or nothing. */
export async function deleteMeeting(db: AppDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.officials, db.cells, db.registrations, db.meetings, db.recommendations, db.audit], async () => {
    const meeting = await db.meetings.get(id);
    const recommendations = await db.recommendations.where('meetingId').equals(id).toArray();
    await db.recommendations.bulkDelete(recommendations.map((r) => r.id));
    await db.meetings.delete(id);
    if (!meeting) return;
    await writeAudit(db, {
      action: 'delete',
      entity: 'meeting',
      summary: `Xóa ${await meetingLabelOf(db, meeting)}${cascadeText({ recommendations: recommendations.length })}`,
      before: stateText(meeting, MEETING_FIELDS),
      ...new AuditChanges().deleted('meetings', [meeting]).deleted('recommendations', recommendations).entry(true),
    });
  });
}

/** An edit of a meeting in the log: "Ghi kết quả buổi sinh hoạt ngày …: Tình trạng 'Đã có lịch' → 'Đã dự'". */
async function auditMeetingUpdate(db: AppDatabase, verb: string, before: Meeting, after: Meeting): Promise<void> {
  const diff = diffText(before, after, MEETING_FIELDS);
  await writeAudit(db, {
    action: 'update',
    entity: 'meeting',
    summary: `${verb} ${await meetingLabelOf(db, before)}${diff === '' ? '' : `: ${diff}`}`,
    before: stateText(before, MEETING_FIELDS),
    after: stateText(after, MEETING_FIELDS),
    ...new AuditChanges().updated('meetings', before, after).entry(true),
  });
}
