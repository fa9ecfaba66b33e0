import Dexie, { type Table } from 'dexie';
import type { GrassrootsOrg, Official, PartyCell, Registration, Settings } from '../../shared/domain/types';

export const SETTINGS_ID = 'app';
export type SettingsRow = Settings & { id: typeof SETTINGS_ID };

export const DEFAULT_DATABASE_NAME = 'dang-ky-du-sinh-hoat';

/**
 * The app's one IndexedDB database. Tables are `declare`d, not initialised: a class field
 * would be redefined as undefined after Dexie's constructor has created the tables.
 */
export class AppDatabase extends Dexie {
  declare settings: Table<SettingsRow, string>;
  declare orgs: Table<GrassrootsOrg, string>;
  declare cells: Table<PartyCell, string>;
  declare officials: Table<Official, string>;
  declare registrations: Table<Registration, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      settings: 'id',
      orgs: 'id, name, type',
      cells: 'id, orgId, name',
      officials: 'id, name, group',
      // Multi-entry on years: "who plans to attend in 2026" is one index lookup, terms included.
      registrations: 'id, officialId, cellId, *years',
    });
  }

  /** Every table, for transactions that must see or change all data at once. */
  get allTables() {
    return [this.settings, this.orgs, this.cells, this.officials, this.registrations];
  }
}

export function openAppDatabase(name = DEFAULT_DATABASE_NAME): AppDatabase {
  return new AppDatabase(name);
}

export function newId(): string {
  return crypto.randomUUID();
}
