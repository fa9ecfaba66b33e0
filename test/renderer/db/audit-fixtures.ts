import type { AppDatabase } from '../../../renderer/db/database';
import type { AuditRow } from '../../../renderer/db/audit-types';
import { recordMeetingResult } from '../../../renderer/db/repositories/meetings';
import { createRecommendation } from '../../../renderer/db/repositories/recommendations';
import { addMeeting } from './meeting-fixtures';

/** The log, oldest first. */
export function log(db: AppDatabase): Promise<AuditRow[]> {
  return db.audit.orderBy(':id').toArray();
}

export async function lastEntry(db: AppDatabase): Promise<AuditRow> {
  const row = await db.audit.orderBy(':id').last();
  if (!row) throw new Error('the log is empty');
  return row;
}

/** A held meeting of the registration with `recommendations` raised at it. */
export async function heldMeeting(db: AppDatabase, registrationId: string, date: string, recommendations: number) {
  const meeting = await addMeeting(db, registrationId, date);
  await recordMeetingResult(db, meeting.id, { status: 'held', hostAttended: null, membersPresent: null, attendees: '', notes: '' }, date);
  for (let i = 0; i < recommendations; i++) {
    await createRecommendation(db, { meetingId: meeting.id, content: `Kiến nghị ${i + 1}`, field: '', addressedTo: 'UBND xã', dueDate: '' });
  }
  return meeting;
}

/** Every data table's rows in key order (the log left out): equal dumps mean equal data. */
export async function dataDump(db: AppDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.allTables) if (table !== db.audit) out[table.name] = await table.toArray();
  return out;
}
