import type { AppDatabase } from '../../../renderer/db/database';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import type { Meeting } from '../../../shared/domain/meetings';
import type { MeetingNoticeInput } from '../../../shared/meetings/meeting-schema';

/** A grassroots notice for `registrationId`, sent three days ahead, host confirmed. */
export function noticeFor(registrationId: string, date: string, overrides: Partial<MeetingNoticeInput> = {}): MeetingNoticeInput {
  return {
    registrationId,
    date,
    startTime: '14:00',
    endTime: '16:00',
    place: 'Nhà văn hóa xóm',
    type: 'regular',
    agenda: 'Sinh hoạt định kỳ tháng',
    host: { role: 'secretary', name: 'Hồ Văn Nam', confirmed: true },
    noticeDate: date,
    ...overrides,
  };
}

export function addMeeting(db: AppDatabase, registrationId: string, date: string): Promise<Meeting> {
  return createMeeting(db, noticeFor(registrationId, date));
}

/** Every table's rows, sorted, to compare a database before and after a refused change. */
export async function dump(db: AppDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.allTables) {
    out[table.name] = await table.toArray();
  }
  return out;
}
