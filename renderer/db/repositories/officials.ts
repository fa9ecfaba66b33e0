import { DomainError } from '../../../shared/domain/errors';
import type { Official } from '../../../shared/domain/types';
import { officialInputSchema } from '../../../shared/domain/validation';
import { newId, type AppDatabase } from '../database';
import { deleteMeetingsOf, meetingImpactOf, type MeetingImpact } from './meeting-links';
import { parseOrThrow } from './parse';

export type OfficialInput = Omit<Official, 'id'>;

export function listOfficials(db: AppDatabase): Promise<Official[]> {
  return db.officials.toArray();
}

export async function createOfficial(db: AppDatabase, input: OfficialInput): Promise<Official> {
  const official: Official = { id: newId(), ...parseOrThrow(officialInputSchema, input) };
  await db.officials.add(official);
  return official;
}

export async function updateOfficial(db: AppDatabase, id: string, input: OfficialInput): Promise<Official> {
  const official: Official = { id, ...parseOrThrow(officialInputSchema, input) };
  await db.transaction('rw', db.officials, async () => {
    if (!(await db.officials.get(id))) throw new DomainError('errors.officialNotFound');
    await db.officials.put(official);
  });
  return official;
}

function registrationIdsOf(db: AppDatabase, officialId: string): Promise<string[]> {
  return db.registrations.where('officialId').equals(officialId).primaryKeys() as Promise<string[]>;
}

/** What deleting the official would take with it, for the confirmation dialog. */
export async function officialDeleteImpact(db: AppDatabase, id: string): Promise<{ registrations: number } & MeetingImpact> {
  return db.transaction('r', [db.registrations, db.meetings, db.recommendations], async () => {
    const registrationIds = await registrationIdsOf(db, id);
    return { registrations: registrationIds.length, ...(await meetingImpactOf(db, registrationIds)) };
  });
}

/** The official, all their registrations, meetings and recommendations, all or nothing. */
export async function deleteOfficial(db: AppDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.officials, db.registrations, db.meetings, db.recommendations], async () => {
    const registrationIds = await registrationIdsOf(db, id);
    await deleteMeetingsOf(db, registrationIds);
    await db.registrations.bulkDelete(registrationIds);
    await db.officials.delete(id);
  });
}
