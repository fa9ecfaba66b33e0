import { DomainError } from '../../../shared/domain/errors';
import type { Official } from '../../../shared/domain/types';
import { officialInputSchema } from '../../../shared/domain/validation';
import { newId, type AppDatabase } from '../database';
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

export async function officialDeleteImpact(db: AppDatabase, id: string): Promise<{ registrations: number }> {
  return { registrations: await db.registrations.where('officialId').equals(id).count() };
}

/** The official and all their registrations, all or nothing. */
export async function deleteOfficial(db: AppDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.officials, db.registrations, async () => {
    await db.registrations.where('officialId').equals(id).delete();
    await db.officials.delete(id);
  });
}
