import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { recordMeetingResult } from '../../../renderer/db/repositories/meetings';
import {
  advanceRecommendation,
  createRecommendation,
  deleteRecommendation,
  listRecommendations,
  undoRecommendationStep,
  updateRecommendation,
} from '../../../renderer/db/repositories/recommendations';
import type { Meeting } from '../../../shared/domain/meetings';
import type { RecommendationInputRaw } from '../../../shared/meetings/meeting-schema';
import { seed } from '../features/seed';
import { codeOf, freshDb } from './fixtures';
import { addMeeting, dump } from './meeting-fixtures';

let db: AppDatabase;
let meeting: Meeting;
beforeEach(async () => {
  db = freshDb();
  await seed(db);
  meeting = await addMeeting(db, 'r-1', '2025-03-10');
  await recordMeetingResult(db, meeting.id, { status: 'held', hostAttended: 'secretary', membersPresent: 20, attendees: '', notes: '' }, '2025-03-10');
});
afterEach(async () => {
  await db.delete();
});

const input = (overrides: Partial<RecommendationInputRaw> = {}): RecommendationInputRaw => ({
  meetingId: meeting.id,
  content: 'Đề nghị nâng cấp tuyến đường liên xóm',
  field: 'Giao thông',
  addressedTo: 'UBND xã Hoa Thành',
  dueDate: '2025-04-30',
  ...overrides,
});
const step = (to: 'forwarded' | 'answered' | 'resolved' | 'closed', date: string, note = '', skipReason = '') => ({ to, date, note, skipReason });

describe('raising a recommendation', () => {
  it('only at a held meeting, its first step dated the meeting day', async () => {
    const rec = await createRecommendation(db, input());
    expect(rec).toMatchObject({ meetingId: meeting.id, status: 'new', addressedTo: 'UBND xã Hoa Thành', dueDate: '2025-04-30' });
    expect(rec.history).toEqual([{ status: 'new', date: '2025-03-10', note: '', skipReason: '' }]);
    expect(await listRecommendations(db)).toEqual([rec]);
  });

  it('refuses a meeting that is missing, not yet held or not attended, and a due date before the meeting', async () => {
    const ahead = await addMeeting(db, 'r-3', '2025-06-10');
    expect(await codeOf(createRecommendation(db, input({ meetingId: ahead.id })))).toBe('errors.recommendation.meetingNotHeld');
    await recordMeetingResult(db, ahead.id, { status: 'not_attended', absenceReason: 'Ốm', notes: '' }, '2025-06-10');
    expect(await codeOf(createRecommendation(db, input({ meetingId: ahead.id })))).toBe('errors.recommendation.meetingNotHeld');
    expect(await codeOf(createRecommendation(db, input({ meetingId: 'missing' })))).toBe('errors.recommendation.meetingNotFound');
    expect(await codeOf(createRecommendation(db, input({ dueDate: '2025-03-09' })))).toBe('errors.recommendation.dueBeforeRaised');
    expect(await codeOf(createRecommendation(db, input({ addressedTo: '' })))).toBe('errors.invalidInput');
    expect(await db.recommendations.count()).toBe(0);
  });
});

describe('editing a recommendation', () => {
  it('changes content, field, addressee and due date only; refuses another meeting', async () => {
    const rec = await createRecommendation(db, input());
    await advanceRecommendation(db, rec.id, step('forwarded', '2025-03-12', 'Công văn 15'), '2025-03-20');
    const edited = await updateRecommendation(db, rec.id, { content: 'Nội dung đã sửa', field: '', addressedTo: 'Phòng Kinh tế', dueDate: '' });
    expect(edited).toMatchObject({ content: 'Nội dung đã sửa', field: '', addressedTo: 'Phòng Kinh tế', dueDate: '', status: 'forwarded' });
    expect(edited.history).toHaveLength(2);
    const other = await addMeeting(db, 'r-3', '2025-05-10');
    expect(await codeOf(updateRecommendation(db, rec.id, { ...input(), meetingId: other.id }))).toBe('errors.recommendation.meetingFixed');
    expect(await codeOf(updateRecommendation(db, 'missing', input()))).toBe('errors.recommendation.notFound');
    expect(await db.recommendations.get(rec.id)).toEqual(edited);
  });
});

describe('following a recommendation up', () => {
  it('persists each step and each undo', async () => {
    const rec = await createRecommendation(db, input());
    await advanceRecommendation(db, rec.id, step('forwarded', '2025-03-12', 'Công văn 15-CV/HU'), '2025-03-20');
    const answered = await advanceRecommendation(db, rec.id, step('answered', '2025-03-18', 'Đã đưa vào kế hoạch năm 2026'), '2025-03-20');
    expect(await db.recommendations.get(rec.id)).toEqual(answered);
    expect(answered.history.map((s) => s.status)).toEqual(['new', 'forwarded', 'answered']);

    const undone = await undoRecommendationStep(db, rec.id);
    expect(undone.status).toBe('forwarded');
    expect(await db.recommendations.get(rec.id)).toEqual(undone);
    await undoRecommendationStep(db, rec.id);
    expect(await codeOf(undoRecommendationStep(db, rec.id))).toBe('errors.recommendationFlow.cannotUndoFirst');
    expect((await db.recommendations.get(rec.id))?.history).toHaveLength(1);
  });

  it('stores nothing when the flow refuses a step', async () => {
    const rec = await createRecommendation(db, input());
    const before = await dump(db);
    expect(await codeOf(advanceRecommendation(db, rec.id, step('answered', '2025-03-12', 'Trả lời'), '2025-03-20'))).toMatch(/^errors\.recommendationFlow\./);
    expect(await codeOf(advanceRecommendation(db, rec.id, step('forwarded', '2025-03-21'), '2025-03-20'))).toMatch(/^errors\.recommendationFlow\./);
    expect(await codeOf(advanceRecommendation(db, 'missing', step('forwarded', '2025-03-12'), '2025-03-20'))).toBe('errors.recommendation.notFound');
    expect(await dump(db)).toEqual(before);
    // Closing with a reason is fine.
    const closed = await advanceRecommendation(db, rec.id, step('closed', '2025-03-15', 'Đã được giải quyết ở cấp xã'), '2025-03-20');
    expect(closed.status).toBe('closed');
  });

  it('deletes one recommendation', async () => {
    const rec = await createRecommendation(db, input());
    await deleteRecommendation(db, rec.id);
    expect(await db.recommendations.count()).toBe(0);
  });
});
