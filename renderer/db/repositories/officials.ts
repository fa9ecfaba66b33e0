import { DomainError } from '../../../shared/domain/errors';
import type { Official } from '../../../shared/domain/types';
import { officialInputSchema } from '../../../shared/domain/validation';
import { writeAudit } from '../audit';
import { AuditChanges } from '../audit-capture';
import { cascadeText, diffText, OFFICIAL_FIELDS, stateText, updateSummary } from '../audit-summary';
import { deleteRegistrationsCascade } from './registration-cascade';
import { newId, type AppDatabase } from '../database';
import { meetingImpactOf, type MeetingImpact } from './meeting-links';
import { parseOrThrow } from './parse';

export type OfficialInput = Omit<Official, 'id'>;

export function listOfficials(db: AppDatabase): Promise<Official[]> {
  return db.officials.toArray();
}

export async function createOfficial(db: AppDatabase, input: OfficialInput): Promise<Official> {
  const official: Official = { id: newId(), ...parseOrThrow(officialInputSchema, input) };
  await db.transaction('rw', [db.officials, db.audit], async () => {
    await db.officials.add(official);
    await writeAudit(db, {
      action: 'create',
      entity: 'official',
      summary: `Thêm cán bộ '${official.name}'`,
      after: stateText(official, OFFICIAL_FIELDS),
      ...new AuditChanges().created('officials', [official]).entry(false),
    });
  });
  return official;
}

export async function updateOfficial(db: AppDatabase, id: string, input: OfficialInput): Promise<Official> {
  const official: Official = { id, ...parseOrThrow(officialInputSchema, input) };
  await db.transaction('rw', [db.officials, db.audit], async () => {
    const before = await db.officials.get(id);
    if (!before) throw new DomainError('errors.officialNotFound');
    await db.officials.put(official);
    await writeAudit(db, {
      action: 'update',
      entity: 'official',
      summary: updateSummary('cán bộ', before.name, official.name, diffText(before, official, OFFICIAL_FIELDS)),
      before: stateText(before, OFFICIAL_FIELDS),
      after: stateText(official, OFFICIAL_FIELDS),
      ...new AuditChanges().updated('officials', before, official).entry(true),
    });
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
  await db.transaction('rw', [db.officials, db.registrations, db.meetings, db.recommendations, db.audit], async () => {
    const official = await db.officials.get(id);
    const registrations = await db.registrations.where('officialId').equals(id).toArray();
    const changes = new AuditChanges();
    const counts = await deleteRegistrationsCascade(db, registrations, changes);
    await db.officials.delete(id);
    if (!official) return;
    changes.deleted('officials', [official]);
    await writeAudit(db, {
      action: 'delete',
      entity: 'official',
      summary: `Xóa cán bộ '${official.name}'${cascadeText(counts)}`,
      before: stateText(official, OFFICIAL_FIELDS),
      ...changes.entry(true),
    });
  });
}
