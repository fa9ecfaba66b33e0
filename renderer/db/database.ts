import Dexie, { type Table } from 'dexie';
import { DEFAULT_PLAN_RULES } from '../../shared/domain/rules';
import type { Meeting, Recommendation } from '../../shared/domain/meetings';
import type { GrassrootsOrg, Official, PartyCell, Registration, Settings } from '../../shared/domain/types';
import type { ColumnMapping, ImportKind } from '../../shared/import/types';
import type { AuditRow } from './audit-types';
import type { SubmissionRow } from './submission-types';

export const SETTINGS_ID = 'app';
export type SettingsRow = Settings & { id: typeof SETTINGS_ID };

/** A column mapping the clerk confirmed, for files whose headers give the same `key`. */
export interface ImportMappingRow {
  kind: ImportKind;
  /** `mappingKey(table)`: the header texts by column, folded. */
  key: string;
  mapping: ColumnMapping;
}

/** What one accepted balancing changed, kept so it can be undone, also after a reload. */
export interface BalanceUndoRow {
  /** Auto-increment: the highest id is the most recent balancing. */
  id?: number;
  year: number;
  /** ISO timestamp of the acceptance. */
  appliedAt: string;
  /** The registrations it created, exactly as written. */
  created: Registration[];
  /** The registrations it moved, and the cells they were moved from and to. */
  moved: { registrationId: string; officialId: string; fromCellId: string; toCellId: string }[];
  /** Official and cell names by id at the time, for messages once records are gone. */
  names: Record<string, string>;
}

/** One fact about the database itself, e.g. `lastBackupAt`; never part of a backup. */
export interface MetaRow {
  key: string;
  value: unknown;
}

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
  declare importMappings: Table<ImportMappingRow, [ImportKind, string]>;
  declare balanceUndo: Table<BalanceUndoRow, number>;
  declare meetings: Table<Meeting, string>;
  declare recommendations: Table<Recommendation, string>;
  declare submissions: Table<SubmissionRow, string>;
  declare audit: Table<AuditRow, number>;
  declare meta: Table<MetaRow, string>;

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
    // 2: settings gain the synthesis rules. Same tables and indexes; existing settings get
    // the defaults and keep everything else.
    this.version(2)
      .stores({})
      .upgrade((tx) =>
        tx
          .table<Partial<SettingsRow>, string>('settings')
          .toCollection()
          .modify((row) => {
            row.rules ??= { ...DEFAULT_PLAN_RULES };
          }),
      );
    // 3: a new table remembers the clerk's column mappings per file layout (the same
    // headers in two kinds of file are two layouts). Nothing existing changes.
    this.version(3).stores({ importMappings: '[kind+key]' });
    // 4: a new table keeps what each accepted balancing changed, for "Hoàn tác". Nothing existing changes.
    this.version(4).stores({ balanceUndo: '++id' });
    // 5: meetings and the recommendations raised there. Dates are "yyyy-mm-dd" text, so a
    // quarter or a week is one index range. Existing rules get the notice period's default.
    this.version(5)
      .stores({
        meetings: 'id, registrationId, date, status',
        recommendations: 'id, meetingId, status, dueDate',
      })
      .upgrade((tx) =>
        tx
          .table<Partial<SettingsRow>, string>('settings')
          .toCollection()
          .modify((row) => {
            if (row.rules) row.rules.noticeDays ??= DEFAULT_PLAN_RULES.noticeDays;
          }),
      );
    // 6: province mode. Settings gain `mode` (every existing database is a district's); new
    // tables hold the districts' submissions (province mode), the audit trail, and small
    // facts about the database itself (when it was last backed up).
    this.version(6)
      .stores({
        submissions: 'id, periodKey, committeeKey',
        audit: '++id, at, action, entity',
        meta: 'key',
      })
      .upgrade((tx) =>
        tx
          .table<Partial<SettingsRow>, string>('settings')
          .toCollection()
          .modify((row) => {
            row.mode ??= 'district';
          }),
      );
  }

  /** Every table, for transactions that must see or change all data at once. */
  get allTables() {
    return [
      this.settings,
      this.orgs,
      this.cells,
      this.officials,
      this.registrations,
      this.importMappings,
      this.balanceUndo,
      this.meetings,
      this.recommendations,
      this.submissions,
      this.audit,
      this.meta,
    ];
  }
}

export function openAppDatabase(name = DEFAULT_DATABASE_NAME): AppDatabase {
  return new AppDatabase(name);
}

export function newId(): string {
  return crypto.randomUUID();
}
