/**
 * Names for the audit texts, read inside the repositories' transactions (which then include
 * the tables read here): a registration or meeting is told by its official and cell.
 */
import type { Meeting } from '../../shared/domain/meetings';
import type { Registration } from '../../shared/domain/types';
import { meetingLabel } from './audit-summary';
import type { AppDatabase } from './database';

export type NameOf = (id: string) => string;

/** Official and cell names by id; an id no longer found reads as itself. Needs officials and cells. */
export async function namesOf(db: AppDatabase, registrations: readonly Pick<Registration, 'officialId' | 'cellId'>[]): Promise<NameOf> {
  const officialIds = [...new Set(registrations.map((r) => r.officialId))];
  const cellIds = [...new Set(registrations.map((r) => r.cellId))];
  const [officials, cells] = await Promise.all([db.officials.bulkGet(officialIds), db.cells.bulkGet(cellIds)]);
  const names = new Map<string, string>();
  for (const record of [...officials, ...cells]) if (record) names.set(record.id, record.name);
  return (id) => names.get(id) ?? id;
}

/** "buổi sinh hoạt ngày 12/03/2026 của Nguyễn Văn An tại Chi bộ 3". Needs registrations, officials and cells. */
export async function meetingLabelOf(db: AppDatabase, meeting: Meeting): Promise<string> {
  const registration = await db.registrations.get(meeting.registrationId);
  if (!registration) return meetingLabel(meeting);
  const name = await namesOf(db, [registration]);
  return `${meetingLabel(meeting)} của ${name(registration.officialId)} tại ${name(registration.cellId)}`;
}
