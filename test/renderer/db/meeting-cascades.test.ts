import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { cellDeleteImpact, deleteCell } from '../../../renderer/db/repositories/cells';
import { recordMeetingResult } from '../../../renderer/db/repositories/meetings';
import { deleteOfficial, officialDeleteImpact } from '../../../renderer/db/repositories/officials';
import { deleteOrg, orgDeleteImpact } from '../../../renderer/db/repositories/orgs';
import { createRecommendation } from '../../../renderer/db/repositories/recommendations';
import {
  deleteRegistration,
  registrationDeleteImpact,
  updateRegistration,
  type RegistrationInput,
} from '../../../renderer/db/repositories/registrations';
import type { DomainError } from '../../../shared/domain/errors';
import { seed } from '../features/seed';
import { codeOf, freshDb } from './fixtures';
import { addMeeting, dump } from './meeting-fixtures';

let db: AppDatabase;
beforeEach(async () => {
  db = freshDb();
  await seed(db);
});
afterEach(async () => {
  await db.delete();
});

/** A held meeting of `registrationId` with `recommendations` raised at it. */
async function heldMeeting(registrationId: string, date: string, recommendations: number) {
  const meeting = await addMeeting(db, registrationId, date);
  await recordMeetingResult(db, meeting.id, { status: 'held', hostAttended: null, membersPresent: null, attendees: '', notes: '' }, date);
  for (let i = 0; i < recommendations; i++) {
    await createRecommendation(db, { meetingId: meeting.id, content: `Kiến nghị ${i + 1}`, field: '', addressedTo: 'UBND xã', dueDate: '' });
  }
  return meeting;
}

const ids = async (table: { toArray(): Promise<{ id: string }[]> }) => (await table.toArray()).map((r) => r.id).sort();

/** r-1 (An, xóm 1): 2 meetings, 3 recommendations; r-4 (An, xóm 2): 1 meeting, 2; r-6 (Dung, xóm 3): 1 meeting, 0. */
async function seedMeetings() {
  const m1 = await heldMeeting('r-1', '2025-03-10', 2);
  const m2 = await heldMeeting('r-1', '2025-09-10', 1);
  const m3 = await heldMeeting('r-4', '2025-05-10', 2);
  const m4 = await heldMeeting('r-6', '2026-02-10', 0);
  return { m1, m2, m3, m4 };
}

describe('deletes take meetings and recommendations with them', () => {
  it('a registration', async () => {
    const { m3, m4 } = await seedMeetings();
    expect(await registrationDeleteImpact(db, 'r-1')).toEqual({ meetings: 2, recommendations: 3 });
    await deleteRegistration(db, 'r-1');
    expect(await ids(db.meetings)).toEqual([m3.id, m4.id].sort());
    expect(await db.recommendations.count()).toBe(2);
  });

  it('an official', async () => {
    const { m4 } = await seedMeetings();
    expect(await officialDeleteImpact(db, 'p-an')).toEqual({ registrations: 3, meetings: 3, recommendations: 5 });
    await deleteOfficial(db, 'p-an');
    expect(await ids(db.meetings)).toEqual([m4.id]);
    expect(await db.recommendations.count()).toBe(0);
  });

  it('a cell', async () => {
    const { m1, m2, m4 } = await seedMeetings();
    expect(await cellDeleteImpact(db, 'c-2')).toEqual({ registrations: 2, meetings: 1, recommendations: 2 });
    await deleteCell(db, 'c-2');
    expect(await ids(db.meetings)).toEqual([m1.id, m2.id, m4.id].sort());
    expect(await db.recommendations.count()).toBe(3);
  });

  it('an organization', async () => {
    await seedMeetings();
    await heldMeeting('r-3', '2025-04-01', 0);
    expect(await orgDeleteImpact(db, 'o-xa')).toEqual({ cells: 3, registrations: 6, meetings: 5, recommendations: 5 });
    await deleteOrg(db, 'o-xa');
    expect(await db.meetings.count()).toBe(0);
    expect(await db.recommendations.count()).toBe(0);
    expect(await orgDeleteImpact(db, 'o-truong')).toEqual({ cells: 1, registrations: 0, meetings: 0, recommendations: 0 });
  });

  it('is all or nothing: a failure midway leaves every table unchanged', async () => {
    await seedMeetings();
    const before = await dump(db);
    // Fails after the recommendations were already deleted inside the transaction.
    const failing = () => {
      throw new Error('Ổ đĩa đầy');
    };
    db.meetings.hook('deleting', failing);
    try {
      for (const attempt of [deleteRegistration(db, 'r-1'), deleteOfficial(db, 'p-an'), deleteCell(db, 'c-1'), deleteOrg(db, 'o-xa')]) {
        await expect(attempt).rejects.toThrow('Ổ đĩa đầy');
      }
    } finally {
      db.meetings.hook('deleting').unsubscribe(failing);
    }
    expect(await dump(db)).toEqual(before);
  });
});

describe('editing a registration that has meetings', () => {
  const edit = (period: RegistrationInput['period'], changes: Partial<RegistrationInput> = {}): RegistrationInput => ({
    officialId: 'p-an',
    cellId: 'c-1',
    period,
    note: '',
    ...changes,
  });

  it('refuses another official or cell, naming the registration', async () => {
    await heldMeeting('r-1', '2025-03-10', 0);
    const before = await dump(db);
    const moveCell = updateRegistration(db, 'r-1', edit({ kind: 'year', year: 2025, quarters: [1, 3] }, { cellId: 'c-3' }));
    expect(await codeOf(moveCell)).toBe('errors.meeting.registrationPartyFixed');
    expect(await moveCell.catch((e: DomainError) => e.params)).toEqual({ official: 'Nguyễn Văn An', cell: 'Chi bộ xóm 1', count: 1 });
    expect(await codeOf(updateRegistration(db, 'r-1', edit({ kind: 'year', year: 2025, quarters: [1] }, { officialId: 'p-hoa' })))).toBe(
      'errors.meeting.registrationPartyFixed',
    );
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a period that leaves a meeting outside, and allows one that keeps them all', async () => {
    await heldMeeting('r-2', '2025-03-10', 0);
    await heldMeeting('r-2', '2026-03-10', 0);
    const narrower = updateRegistration(db, 'r-2', edit({ kind: 'year', year: 2026, quarters: [] }, { officialId: 'p-binh' }));
    expect(await codeOf(narrower)).toBe('errors.meeting.registrationPeriodExcludesMeeting');
    expect(await narrower.catch((e: DomainError) => e.params)).toEqual({
      official: 'Trần Thị Bình',
      cell: 'Chi bộ xóm 1',
      date: '10/03/2025',
      count: 1,
      years: '2026',
    });
    const kept = await updateRegistration(db, 'r-2', edit({ kind: 'term', startYear: 2025, endYear: 2026 }, { officialId: 'p-binh', note: 'Rút ngắn' }));
    expect(kept.years).toEqual([2025, 2026]);
  });

  it('changes nothing about registrations without meetings', async () => {
    const moved = await updateRegistration(db, 'r-3', edit({ kind: 'year', year: 2025, quarters: [] }, { officialId: 'p-cuong', cellId: 'c-3' }));
    expect(moved.cellId).toBe('c-3');
  });
});
