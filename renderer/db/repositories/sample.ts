import type { DistrictData } from '../../../shared/domain/types';
import { SETTINGS_ID, type AppDatabase } from '../database';

/** A database with no settings has never been set up: the app shows onboarding. */
export async function isDatabaseEmpty(db: AppDatabase): Promise<boolean> {
  return (await db.settings.get(SETTINGS_ID)) === undefined;
}

/**
 * Swaps in a whole district, meetings and recommendations included, in one transaction:
 * on any failure the old data stays intact.
 */
export async function replaceAllData(db: AppDatabase, data: DistrictData): Promise<void> {
  await db.transaction('rw', db.allTables, async () => {
    await Promise.all(db.allTables.map((table) => table.clear()));
    await db.settings.add({ ...data.settings, id: SETTINGS_ID });
    await db.orgs.bulkAdd(data.orgs);
    await db.cells.bulkAdd(data.cells);
    await db.officials.bulkAdd(data.officials);
    await db.registrations.bulkAdd(data.registrations);
    await db.meetings.bulkAdd(data.meetings ?? []);
    await db.recommendations.bulkAdd(data.recommendations ?? []);
  });
}

/** Deletes everything, settings included, so the app starts over at onboarding. */
export async function clearAllData(db: AppDatabase): Promise<void> {
  await db.transaction('rw', db.allTables, async () => {
    await Promise.all(db.allTables.map((table) => table.clear()));
  });
}
