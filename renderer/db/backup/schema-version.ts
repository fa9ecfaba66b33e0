import { AppDatabase } from '../database';

let declared: number | undefined;

/**
 * The schema version this build declares (Dexie's `verno`), read without opening a database:
 * Dexie only touches IndexedDB on the first query.
 */
export function appSchemaVersion(): number {
  declared ??= new AppDatabase('schema-version-probe').verno;
  return declared;
}
