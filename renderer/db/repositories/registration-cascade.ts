import type { Registration } from '../../../shared/domain/types';
import type { AuditChanges } from '../audit-capture';
import type { CascadeCounts } from '../audit-summary';
import type { AppDatabase } from '../database';
import { deleteMeetingsOf } from './meeting-links';

/**
 * Deletes these registrations with their meetings and the recommendations raised there, the
 * part every cascading delete (org, cell, official) shares. What went is added to `changes`,
 * so the audit entry's undo brings it all back; the counts are for the entry's summary.
 * The transaction must include registrations, meetings, recommendations and audit.
 */
export async function deleteRegistrationsCascade(
  db: AppDatabase,
  registrations: readonly Registration[],
  changes: AuditChanges,
): Promise<Required<Pick<CascadeCounts, 'registrations' | 'meetings' | 'recommendations'>>> {
  const ids = registrations.map((r) => r.id);
  const { meetings, recommendations } = await deleteMeetingsOf(db, ids);
  await db.registrations.bulkDelete(ids);
  changes.deleted('registrations', registrations).deleted('meetings', meetings).deleted('recommendations', recommendations);
  return { registrations: registrations.length, meetings: meetings.length, recommendations: recommendations.length };
}
