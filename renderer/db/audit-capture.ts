/**
 * Collects what one action changes, as the repositories do it, into the audit entry's undo
 * (before-images to put back, created ids to remove) and its touched keys (records written,
 * and the records those point at) that undo checks for conflicts.
 */
import type { AuditTouched, AuditUndo } from './audit-types';
import type { AuditInput } from './audit';

/** The stored tables an action can change, by name. */
export type AuditTable = 'settings' | 'orgs' | 'cells' | 'officials' | 'registrations' | 'meetings' | 'recommendations' | 'submissions';

/** "*" in touched: every record (clearing, restoring or replacing the database). */
export const ALL_RECORDS = '*';

export const recordKey = (table: string, id: string): string => `${table}:${id}`;

/** The parents a record points at: restoring it needs them, removing them strands it. */
function parentKeys(table: string, record: unknown): string[] {
  const r = record as Record<string, unknown>;
  const key = (parent: string, field: string) => (typeof r[field] === 'string' ? [recordKey(parent, r[field])] : []);
  switch (table) {
    case 'cells':
      return key('orgs', 'orgId');
    case 'registrations':
      return [...key('officials', 'officialId'), ...key('cells', 'cellId')];
    case 'meetings':
      return key('registrations', 'registrationId');
    case 'recommendations':
      return key('meetings', 'meetingId');
    default:
      return [];
  }
}

type WithId = { id: string };

export class AuditChanges {
  private readonly restore: Record<string, unknown[]> = {};
  private readonly remove: Record<string, string[]> = {};
  private readonly written = new Set<string>();
  private readonly refs = new Set<string>();

  private touch(table: AuditTable, records: readonly WithId[]): void {
    for (const record of records) {
      this.written.add(recordKey(table, record.id));
      for (const parent of parentKeys(table, record)) this.refs.add(parent);
    }
  }

  /** Records the action deletes: undo puts them back. */
  deleted(table: AuditTable, records: readonly WithId[]): this {
    if (records.length === 0) return this;
    (this.restore[table] ??= []).push(...records);
    this.touch(table, records);
    return this;
  }

  /** Records the action adds: undo removes them again. */
  created(table: AuditTable, records: readonly WithId[]): this {
    if (records.length === 0) return this;
    (this.remove[table] ??= []).push(...records.map((r) => r.id));
    this.touch(table, records);
    return this;
  }

  /** A record the action replaces: undo puts `before` back; both states' parents count. */
  updated<T extends WithId>(table: AuditTable, before: T, after: T): this {
    (this.restore[table] ??= []).push(before);
    this.touch(table, [before, after]);
    return this;
  }

  get isEmpty(): boolean {
    return this.written.size === 0;
  }

  touched(): AuditTouched {
    return { written: [...this.written], refs: [...this.refs].filter((k) => !this.written.has(k)) };
  }

  undo(): AuditUndo {
    return { restore: this.restore, remove: this.remove };
  }

  /** The entry's undo and touched parts; a create keeps no undo (only destructive actions are undone). */
  entry(undoable: boolean): Pick<AuditInput, 'undo' | 'touched'> {
    return undoable ? { undo: this.undo(), touched: this.touched() } : { touched: this.touched() };
  }
}
