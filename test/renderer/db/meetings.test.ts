import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import {
  clearMeetingResult,
  createMeeting,
  deleteMeeting,
  listMeetings,
  meetingDeleteImpact,
  recordMeetingResult,
  updateMeetingNotice,
} from '../../../renderer/db/repositories/meetings';
import { createRecommendation } from '../../../renderer/db/repositories/recommendations';
import type { DomainError } from '../../../shared/domain/errors';
import { seed } from '../features/seed';
import { codeOf, freshDb } from './fixtures';
import { addMeeting, dump, noticeFor } from './meeting-fixtures';

let db: AppDatabase;
beforeEach(async () => {
  db = freshDb();
  await seed(db);
});
afterEach(async () => {
  await db.delete();
});

const held = { status: 'held', hostAttended: 'deputy', membersPresent: 21, attendees: 'Đại diện MTTQ xã', notes: 'Bàn về giao thông nông thôn' } as const;
const notAttended = { status: 'not_attended', absenceReason: 'Đi công tác đột xuất', notes: '' } as const;
const postpone = (newDate: string) => ({ status: 'postponed', newDate, newStartTime: '08:00', newEndTime: '', reason: 'Trùng lịch họp xã' }) as const;
const paramsOf = (p: Promise<unknown>) => p.then(() => ({}), (e: DomainError) => e.params);

describe('meeting notices', () => {
  it('creates a scheduled meeting with no result, normalizing the text', async () => {
    const meeting = await createMeeting(db, noticeFor('r-1', '2025-03-10', { place: '  Nhà văn hóa   xóm 1 ', noticeDate: '2025-03-05' }));
    expect(meeting).toMatchObject({
      registrationId: 'r-1',
      date: '2025-03-10',
      place: 'Nhà văn hóa xóm 1',
      status: 'scheduled',
      postponements: [],
      absenceReason: '',
      hostAttended: null,
      membersPresent: null,
      attendees: '',
      notes: '',
    });
    expect(await listMeetings(db)).toEqual([meeting]);
  });

  it('refuses a date outside the registration years, naming the official, cell and years', async () => {
    const attempt = createMeeting(db, noticeFor('r-1', '2026-03-05'));
    expect(await codeOf(attempt)).toBe('errors.meeting.dateOutsideRegistration');
    expect(await paramsOf(attempt)).toEqual({ date: '05/03/2026', years: '2025', official: 'Nguyễn Văn An', cell: 'Chi bộ xóm 1' });
    // A term registration takes any year of the term.
    expect((await createMeeting(db, noticeFor('r-2', '2029-06-01'))).date).toBe('2029-06-01');
    expect(await codeOf(createMeeting(db, noticeFor('r-missing', '2025-03-10')))).toBe('errors.meeting.registrationNotFound');
    expect(await codeOf(createMeeting(db, noticeFor('r-1', '2025-02-30')))).toBe('errors.invalidInput');
    expect(await codeOf(createMeeting(db, noticeFor('r-1', '2025-03-10', { endTime: '13:00' })))).toBe('errors.invalidInput');
    expect(await db.meetings.count()).toBe(1);
  });

  it('updates the notice and keeps status, postponements and result', async () => {
    const meeting = await addMeeting(db, 'r-1', '2025-03-10');
    await recordMeetingResult(db, meeting.id, postpone('2025-03-20'), '2025-03-09');
    const updated = await updateMeetingNotice(db, meeting.id, noticeFor('r-1', '2025-03-21', { agenda: 'Chuyên đề chuyển đổi số', type: 'thematic' }));
    expect(updated).toMatchObject({ date: '2025-03-21', agenda: 'Chuyên đề chuyển đổi số', type: 'thematic', status: 'postponed' });
    expect(updated.postponements).toHaveLength(1);
    expect(await db.meetings.get(meeting.id)).toEqual(updated);
  });

  it('refuses to move a meeting with a result to another day or registration', async () => {
    const meeting = await addMeeting(db, 'r-1', '2025-03-10');
    await recordMeetingResult(db, meeting.id, held, '2025-03-10');
    expect(await codeOf(updateMeetingNotice(db, meeting.id, noticeFor('r-1', '2025-03-11')))).toBe('errors.meeting.resultFixesDate');
    expect(await codeOf(updateMeetingNotice(db, meeting.id, noticeFor('r-3', '2025-03-10')))).toBe('errors.meeting.resultFixesDate');
    // The rest of the notice can still be corrected.
    expect((await updateMeetingNotice(db, meeting.id, noticeFor('r-1', '2025-03-10', { place: 'Hội trường xã' }))).status).toBe('held');
    expect(await codeOf(updateMeetingNotice(db, 'missing', noticeFor('r-1', '2025-03-10')))).toBe('errors.meeting.notFound');
  });
});

describe('meeting results', () => {
  it('records "held" on or after the day and refuses it before', async () => {
    const meeting = await addMeeting(db, 'r-1', '2025-03-10');
    const early = recordMeetingResult(db, meeting.id, held, '2025-03-09');
    expect(await codeOf(early)).toBe('errors.meeting.resultInFuture');
    expect(await paramsOf(early)).toEqual({ date: '10/03/2025', today: '09/03/2025' });
    const result = await recordMeetingResult(db, meeting.id, held, '2025-03-10');
    expect(result).toMatchObject({ status: 'held', hostAttended: 'deputy', membersPresent: 21, attendees: 'Đại diện MTTQ xã', absenceReason: '' });
    expect(await db.meetings.get(meeting.id)).toEqual(result);
    expect(await codeOf(recordMeetingResult(db, meeting.id, notAttended, '2025-03-11'))).toBe('errors.meeting.resultAlreadyRecorded');
  });

  it('records "not attended" with its reason and no attendance fields', async () => {
    const meeting = await addMeeting(db, 'r-1', '2025-03-10');
    expect(await codeOf(recordMeetingResult(db, meeting.id, notAttended, '2025-03-01'))).toBe('errors.meeting.resultInFuture');
    expect(await codeOf(recordMeetingResult(db, meeting.id, { ...notAttended, absenceReason: ' ' }, '2025-03-11'))).toBe('errors.invalidInput');
    const result = await recordMeetingResult(db, meeting.id, notAttended, '2025-03-11');
    expect(result).toMatchObject({ status: 'not_attended', absenceReason: 'Đi công tác đột xuất', hostAttended: null, membersPresent: null });
  });

  it('postpones to a later day inside the registration, keeping each move in the history', async () => {
    const meeting = await addMeeting(db, 'r-1', '2025-03-10');
    expect(await codeOf(recordMeetingResult(db, meeting.id, postpone('2025-03-10'), '2025-03-08'))).toBe('errors.meeting.postponeNotLater');
    expect(await codeOf(recordMeetingResult(db, meeting.id, postpone('2026-01-05'), '2025-03-08'))).toBe('errors.meeting.dateOutsideRegistration');

    const once = await recordMeetingResult(db, meeting.id, postpone('2025-03-15'), '2025-03-08');
    expect(once).toMatchObject({ status: 'postponed', date: '2025-03-15', startTime: '08:00', endTime: '' });
    expect(once.postponements).toEqual([{ fromDate: '2025-03-10', fromTime: '14:00', recordedOn: '2025-03-08', reason: 'Trùng lịch họp xã' }]);

    const twice = await recordMeetingResult(db, meeting.id, { ...postpone('2025-04-02'), reason: 'Mưa bão' }, '2025-03-14');
    expect(twice.postponements.map((p) => [p.fromDate, p.fromTime, p.reason])).toEqual([
      ['2025-03-10', '14:00', 'Trùng lịch họp xã'],
      ['2025-03-15', '08:00', 'Mưa bão'],
    ]);
    // A postponed meeting is still ahead: held only once its new day comes.
    expect(await codeOf(recordMeetingResult(db, meeting.id, held, '2025-03-20'))).toBe('errors.meeting.resultInFuture');
    expect((await recordMeetingResult(db, meeting.id, held, '2025-04-02')).status).toBe('held');
  });

  it('clears a mistaken result back to scheduled, or postponed when it was moved, keeping the moves', async () => {
    const plain = await addMeeting(db, 'r-1', '2025-03-10');
    expect(await codeOf(clearMeetingResult(db, plain.id))).toBe('errors.meeting.noResultToClear');
    await recordMeetingResult(db, plain.id, held, '2025-03-10');
    expect(await clearMeetingResult(db, plain.id)).toEqual(plain);

    const moved = await addMeeting(db, 'r-3', '2025-05-10');
    const postponed = await recordMeetingResult(db, moved.id, postpone('2025-05-20'), '2025-05-01');
    await recordMeetingResult(db, moved.id, notAttended, '2025-05-21');
    expect(await clearMeetingResult(db, moved.id)).toEqual(postponed);
  });

  it('refuses to clear a result while recommendations were raised at the meeting', async () => {
    const meeting = await addMeeting(db, 'r-1', '2025-03-10');
    await recordMeetingResult(db, meeting.id, held, '2025-03-10');
    await createRecommendation(db, { meetingId: meeting.id, content: 'Nâng cấp đường xóm', field: 'Giao thông', addressedTo: 'UBND xã', dueDate: '' });
    const before = await dump(db);
    const attempt = clearMeetingResult(db, meeting.id);
    expect(await codeOf(attempt)).toBe('errors.meeting.clearHasRecommendations');
    expect(await paramsOf(attempt)).toEqual({ date: '10/03/2025', count: 1 });
    expect(await dump(db)).toEqual(before);
  });
});

describe('deleting a meeting', () => {
  it('counts and deletes its recommendations with it, leaving other meetings alone', async () => {
    const meeting = await addMeeting(db, 'r-1', '2025-03-10');
    const other = await addMeeting(db, 'r-1', '2025-09-10');
    await recordMeetingResult(db, meeting.id, held, '2025-03-10');
    await recordMeetingResult(db, other.id, held, '2025-09-10');
    const raise = (meetingId: string, content: string) => createRecommendation(db, { meetingId, content, field: '', addressedTo: 'UBND xã', dueDate: '' });
    await raise(meeting.id, 'Kiến nghị 1');
    await raise(meeting.id, 'Kiến nghị 2');
    const kept = await raise(other.id, 'Kiến nghị 3');

    expect(await meetingDeleteImpact(db, meeting.id)).toEqual({ recommendations: 2 });
    await deleteMeeting(db, meeting.id);
    expect((await db.meetings.toArray()).map((m) => m.id)).toEqual([other.id]);
    expect(await db.recommendations.toArray()).toEqual([kept]);
  });
});
