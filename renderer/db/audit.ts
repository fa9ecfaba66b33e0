/**
 * The audit trail: one entry per change to the data, written in the same transaction as the
 * change (so a failed change leaves no entry, and an entry always means the change happened).
 * Undo lives in audit-undo.ts, the Vietnamese texts in audit-summary.ts.
 */
import { matchesSearch } from '../../shared/text/normalize';
import type { AppDatabase } from './database';
import type { AuditAction, AuditEntity, AuditRow, AuditTouched, AuditUndo } from './audit-types';

export interface AuditInput {
  action: AuditAction;
  entity: AuditEntity;
  summary: string;
  before?: string;
  after?: string;
  undo?: AuditUndo;
  /** The records written and pointed at; without it the entry counts as touching everything. */
  touched?: AuditTouched;
  balanceUndoId?: number;
}

/**
 * Records one action in the audit trail. Must be called INSIDE the caller's Dexie transaction,
 * which must include db.audit: the entry and the change then commit or fail together.
 */
export function writeAudit(db: AppDatabase, entry: AuditInput): Promise<number> {
  const row: AuditRow = { at: new Date().toISOString(), action: entry.action, entity: entry.entity, summary: entry.summary };
  // Only the fields given: IndexedDB would otherwise store explicit undefineds.
  if (entry.before !== undefined) row.before = entry.before;
  if (entry.after !== undefined) row.after = entry.after;
  if (entry.undo !== undefined) row.undo = entry.undo;
  if (entry.touched !== undefined) row.touched = entry.touched;
  if (entry.balanceUndoId !== undefined) row.balanceUndoId = entry.balanceUndoId;
  return db.audit.add(row);
}

export interface AuditFilter {
  action?: AuditAction;
  entity?: AuditEntity;
  /** Diacritics-insensitive words looked for in the summary and the before/after texts. */
  search?: string;
}

/** A log line without the (possibly large) undo records: what the list shows. */
export type AuditListRow = Omit<AuditRow, 'undo' | 'touched'> & { id: number; undoable: boolean };

export interface AuditPage {
  rows: AuditListRow[];
  /** Entries matching the filter, all pages together. */
  total: number;
}

function toListRow(row: AuditRow): AuditListRow {
  const { undo, touched: _touched, ...rest } = row;
  return { ...rest, id: row.id ?? 0, undoable: undo !== undefined && row.undoneBy === undefined };
}

function matches(row: AuditRow, filter: AuditFilter): boolean {
  if (filter.action && row.action !== filter.action) return false;
  if (filter.entity && row.entity !== filter.entity) return false;
  const query = filter.search?.trim() ?? '';
  return query === '' || matchesSearch([row.summary, row.before ?? '', row.after ?? ''], query);
}

/**
 * One page of the log, newest first. The log grows without bound, so only the page asked for
 * is kept in memory; an action filter alone uses its index.
 */
export async function listAudit(db: AppDatabase, filter: AuditFilter = {}, page = { offset: 0, limit: 100 }): Promise<AuditPage> {
  // No transaction of its own: the log page runs it in a live query, which re-reads on any change.
  const collection =
    filter.action && !filter.entity && !filter.search?.trim()
      ? db.audit.where('action').equals(filter.action).reverse()
      : db.audit.orderBy(':id').reverse().filter((row) => matches(row, filter));
  const total = await collection.clone().count();
  const rows = await collection.offset(page.offset).limit(page.limit).toArray();
  return { rows: rows.map(toListRow), total };
}
