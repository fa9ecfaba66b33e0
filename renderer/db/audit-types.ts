/** What an audit entry records. */
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'import', 'restore', 'balance', 'clear', 'undo'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Which kind of record an entry is about. */
export const AUDIT_ENTITIES = [
  'settings',
  'org',
  'cell',
  'official',
  'registration',
  'meeting',
  'recommendation',
  'submission',
  'database',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** The records an undo puts back (before-images) and the ids it removes again. */
export interface AuditUndo {
  /** Table name → records as they were before the action (put back on undo). */
  restore: Record<string, unknown[]>;
  /** Table name → ids the action created (deleted on undo). */
  remove: Record<string, string[]>;
  /**
   * Tables emptied before the records are put back: an action that replaced whole tables
   * (a restore) wrote records whose keys are not text ids (import mappings, balancing history).
   */
  clearTables?: string[];
}

/**
 * Which records an action wrote and which records those point at, as "table:id" keys ("*":
 * every record, e.g. clearing or restoring the database). Undo uses them to see whether a
 * later action touched the same data (see renderer/db/audit-undo.ts).
 */
export interface AuditTouched {
  written: string[];
  refs: string[];
}

export interface AuditRow {
  /** Auto-increment: the highest id is the latest action. */
  id?: number;
  /** ISO timestamp. */
  at: string;
  action: AuditAction;
  entity: AuditEntity;
  /** Short Vietnamese summary for the log, e.g. "Xóa chi bộ Chi bộ 3 (Đảng bộ xã Hợp Thành)". */
  summary: string;
  /** Short before/after texts (a few fields, not whole records). */
  before?: string;
  after?: string;
  /** Present on destructive actions that can be undone; cleared once undone. */
  undo?: AuditUndo;
  /** Set on an entry once it has been undone: the id of the 'undo' entry. */
  undoneBy?: number;
  /** Absent on entries written without it: those count as touching everything. */
  touched?: AuditTouched;
  /** A balancing acceptance: its row in balanceUndo, dropped when the entry is undone from the log. */
  balanceUndoId?: number;
}
