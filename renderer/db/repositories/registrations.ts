import { DomainError } from '../../../shared/domain/errors';
import { periodYears } from '../../../shared/domain/period';
import { periodsOverlap } from '../../../shared/domain/period-overlap';
import type { Registration } from '../../../shared/domain/types';
import { registrationInputSchema } from '../../../shared/domain/validation';
import { writeAudit } from '../audit';
import { AuditChanges } from '../audit-capture';
import { namesOf } from '../audit-names';
import { cascadeText, diffText, registrationFields, registrationLabel, stateText } from '../audit-summary';
import { newId, type AppDatabase } from '../database';
import { checkRegistrationEdit, deleteMeetingsOf, meetingImpactOf, type MeetingImpact } from './meeting-links';
import { parseOrThrow } from './parse';

export type RegistrationInput = Omit<Registration, 'id' | 'years'>;

export function listRegistrations(db: AppDatabase): Promise<Registration[]> {
  return db.registrations.toArray();
}

/** Registrations touching `year`, terms included, through the multi-entry years index. */
export function listRegistrationsForYear(db: AppDatabase, year: number): Promise<Registration[]> {
  return db.registrations.where('years').equals(year).toArray();
}

function build(id: string, input: RegistrationInput): Registration {
  const parsed = parseOrThrow(registrationInputSchema, input);
  return { id, ...parsed, years: periodYears(parsed.period) };
}

/** Refuses dangling references and a second registration of the same official to the same cell and time. */
async function checkReferencesAndDuplicates(db: AppDatabase, registration: Registration): Promise<void> {
  const [official, cell] = await Promise.all([
    db.officials.get(registration.officialId),
    db.cells.get(registration.cellId),
  ]);
  if (!official) throw new DomainError('errors.officialNotFound');
  if (!cell) throw new DomainError('errors.cellNotFound');
  const sameOfficial = await db.registrations.where('officialId').equals(registration.officialId).toArray();
  const duplicate = sameOfficial.some(
    (other) =>
      other.id !== registration.id &&
      other.cellId === registration.cellId &&
      periodsOverlap(other.period, registration.period),
  );
  if (duplicate) throw new DomainError('errors.duplicateRegistration', { official: official.name, cell: cell.name });
}

export async function createRegistration(db: AppDatabase, input: RegistrationInput): Promise<Registration> {
  const registration = build(newId(), input);
  // One transaction: the duplicate check and the insert see the same data.
  await db.transaction('rw', [db.officials, db.cells, db.registrations, db.audit], async () => {
    await checkReferencesAndDuplicates(db, registration);
    await db.registrations.add(registration);
    const name = await namesOf(db, [registration]);
    await writeAudit(db, {
      action: 'create',
      entity: 'registration',
      summary: `Thêm ${registrationLabel(registration, name)}`,
      after: stateText(registration, registrationFields(name)),
      ...new AuditChanges().created('registrations', [registration]).entry(false),
    });
  });
  return registration;
}

export async function updateRegistration(db: AppDatabase, id: string, input: RegistrationInput): Promise<Registration> {
  const registration = build(id, input);
  await db.transaction('rw', [db.officials, db.cells, db.registrations, db.meetings, db.audit], async () => {
    const current = await db.registrations.get(id);
    if (!current) throw new DomainError('errors.registrationNotFound');
    // Its meetings name this official and cell and fall in its years: an edit must keep them true.
    await checkRegistrationEdit(db, current, registration);
    await checkReferencesAndDuplicates(db, registration);
    await db.registrations.put(registration);
    const name = await namesOf(db, [current, registration]);
    const fields = registrationFields(name);
    const diff = diffText(current, registration, fields);
    await writeAudit(db, {
      action: 'update',
      entity: 'registration',
      summary: `Sửa ${registrationLabel(current, name)}: ${diff === '' ? 'không có thay đổi' : diff}`,
      before: stateText(current, fields),
      after: stateText(registration, fields),
      ...new AuditChanges().updated('registrations', current, registration).entry(true),
    });
  });
  return registration;
}

/** What deleting the registration would take with it, for the confirmation dialog. */
export async function registrationDeleteImpact(db: AppDatabase, id: string): Promise<MeetingImpact> {
  return db.transaction('r', [db.meetings, db.recommendations], () => meetingImpactOf(db, [id]));
}

/** The registration, its meetings and their recommendations, all or nothing. */
export async function deleteRegistration(db: AppDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.officials, db.cells, db.registrations, db.meetings, db.recommendations, db.audit], async () => {
    const registration = await db.registrations.get(id);
    const { meetings, recommendations } = await deleteMeetingsOf(db, [id]);
    await db.registrations.delete(id);
    if (!registration) return;
    const name = await namesOf(db, [registration]);
    const changes = new AuditChanges()
      .deleted('registrations', [registration])
      .deleted('meetings', meetings)
      .deleted('recommendations', recommendations);
    await writeAudit(db, {
      action: 'delete',
      entity: 'registration',
      summary: `Xóa ${registrationLabel(registration, name)}${cascadeText({ meetings: meetings.length, recommendations: recommendations.length })}`,
      before: stateText(registration, registrationFields(name)),
      ...changes.entry(true),
    });
  });
}
