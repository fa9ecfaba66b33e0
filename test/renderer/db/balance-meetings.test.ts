import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { applySuggestions, readBalanceInput, undoLastBalance } from '../../../renderer/db/repositories/balance';
import { recordMeetingResult } from '../../../renderer/db/repositories/meetings';
import { solveBalance } from '../../../renderer/features/balance/balance-solve';
import { instanceFromData } from '../../../shared/solver/instance-from-data';
import type { Suggestion } from '../../../shared/solver/types';
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

/** In 2025 xóm 1 (c-1) is crowded (An r-1, Bình r-2, Cường r-3); xóm 3 and the school have nobody. */
const moveAn: Suggestion = { kind: 'move', registrationId: 'r-1', officialId: 'p-an', fromCellId: 'c-1', toCellId: 'c-3', reason: '' };
const moveIds = (suggestions: Suggestion[]) => suggestions.flatMap((s) => (s.kind === 'move' ? [s.registrationId] : []));

describe('balancing and registrations with meetings', () => {
  it('hands the solver the registrations with meetings as fixed, so it never suggests moving them', async () => {
    const free = await readBalanceInput(db);
    expect(free.fixedRegistrationIds).toEqual([]);
    const movedBefore = moveIds(solveBalance({ ...free, year: 2025, allowOutsideArea: true }).suggestions);
    expect(movedBefore.length).toBeGreaterThan(0);

    // Every registration the solver wanted to move now has a meeting.
    for (const id of movedBefore) await addMeeting(db, id, '2025-03-10');
    const input = await readBalanceInput(db);
    expect([...input.fixedRegistrationIds].sort()).toEqual([...new Set(movedBefore)].sort());
    const instance = instanceFromData(input.data, 2025, {}, input.fixedRegistrationIds);
    expect(instance.registrations.filter((r) => r.fixed).map((r) => r.id).sort()).toEqual([...new Set(movedBefore)].sort());

    const movedAfter = moveIds(solveBalance({ ...input, year: 2025, allowOutsideArea: true }).suggestions);
    expect(movedAfter.filter((id) => input.fixedRegistrationIds.includes(id))).toEqual([]);
  });

  it('refuses to apply a move of a registration that got a meeting after the solver ran, changing nothing', async () => {
    await addMeeting(db, 'r-1', '2025-03-10');
    const before = await dump(db);
    const addHoa: Suggestion = { kind: 'add', officialId: 'p-hoa', cellId: 'c-truong', reason: '' };
    const error = applySuggestions(db, [addHoa, moveAn], 2025);
    expect(await codeOf(error)).toBe('errors.meeting.balanceMoveHasMeetings');
    await error.catch((e: { params: unknown }) =>
      expect(e.params).toEqual({ official: 'Nguyễn Văn An', cell: 'Chi bộ xóm 1', meetings: 1 }),
    );
    expect(await dump(db)).toEqual(before);
  });

  it('refuses to undo a balancing whose moved or added registration has meetings since', async () => {
    const entry = await applySuggestions(db, [moveAn], 2025);
    const meeting = await addMeeting(db, 'r-1', '2025-03-10');
    await recordMeetingResult(db, meeting.id, { status: 'held', hostAttended: 'secretary', membersPresent: 20, attendees: '', notes: '' }, '2025-03-11');
    const before = await dump(db);
    expect(await codeOf(undoLastBalance(db))).toBe('errors.meeting.balanceUndoHasMeetings');
    expect(await dump(db)).toEqual(before);
    expect((await db.balanceUndo.toArray()).map((e) => e.id)).toEqual([entry.id]);
  });
});
