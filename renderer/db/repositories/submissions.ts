/**
 * The districts' "Gửi tỉnh" files kept by the province: one row per committee and period, the
 * latest file winning. Every import and delete writes its audit entry in the same transaction,
 * with what an undo needs (the row it replaced, or the id it created).
 */
import { periodFromParam, periodToParam } from '../../../shared/dashboard/location';
import { periodDateRange, periodLabelVi } from '../../../shared/dashboard/period';
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import { diffSubmissions } from '../../../shared/submission/changes';
import type { SubmissionChanges } from '../../../shared/submission/changes-types';
import { committeeKey } from '../../../shared/submission/committee-key';
import type { Submission } from '../../../shared/submission/submission-schema';
import { writeAudit } from '../audit';
import type { AppDatabase } from '../database';
import type { SubmissionRow } from '../submission-types';

/** A file that passed readSubmission (checksum, schema, period already verified). */
export interface AcceptedSubmission {
  fileName: string;
  /** The payload's SHA-256 as written in the file. */
  checksum: string;
  submission: Submission;
  /**
   * What a worker already worked out against the stored row whose checksum is `against`: used
   * only if that row is still the one stored when the transaction runs, otherwise recomputed.
   */
  precomputed?: { against: string; changes: SubmissionChanges };
}

interface OutcomeBase {
  fileName: string;
  id: string;
  committeeName: string;
  periodKey: string;
  generatedAt: string;
}

/** What became of one file: the UI words each (strings.ts), the audit log keeps its own Vietnamese summary. */
export type ImportOutcome =
  | (OutcomeBase & { status: 'added' })
  | (OutcomeBase & { status: 'replaced'; changes: SubmissionChanges })
  /** The same data as the stored file (same checksum): nothing to do. */
  | (OutcomeBase & { status: 'duplicate' })
  /** Generated before the file already stored: refused, the stored one stays. */
  | (OutcomeBase & { status: 'older'; storedGeneratedAt: string; storedFileName: string });

export function submissionPeriodKey(submission: Submission): string {
  return periodToParam(submission.period);
}

/** `${committeeKey}|${periodKey}`: the same committee sending the same period again replaces its row. */
export function submissionId(submission: Submission): string {
  return `${committeeKey(submission.committee)}|${submissionPeriodKey(submission)}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy HH:mm in the clerk's local time. */
export function formatDateTimeVi(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}/${d.getFullYear()} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

function fileText(row: Pick<SubmissionRow, 'fileName' | 'submission'>): string {
  return `Tệp ${row.fileName} lập lúc ${formatDateTimeVi(row.submission.generatedAt)}`;
}

function changesFor(old: SubmissionRow, file: AcceptedSubmission): SubmissionChanges {
  if (file.precomputed && file.precomputed.against === old.checksum) return file.precomputed.changes;
  return diffSubmissions(old.submission, file.submission);
}

async function importOne(db: AppDatabase, file: AcceptedSubmission, importedAt: string): Promise<ImportOutcome> {
  const { submission, fileName, checksum } = file;
  const id = submissionId(submission);
  const periodKey = submissionPeriodKey(submission);
  const base: OutcomeBase = { fileName, id, committeeName: submission.committee.name, periodKey, generatedAt: submission.generatedAt };
  const old = await db.submissions.get(id);
  if (old && Date.parse(submission.generatedAt) < Date.parse(old.submission.generatedAt)) {
    return { ...base, status: 'older', storedGeneratedAt: old.submission.generatedAt, storedFileName: old.fileName };
  }
  if (old && old.checksum === checksum) return { ...base, status: 'duplicate' };
  const changes = old ? changesFor(old, file) : null;
  const row: SubmissionRow = { id, periodKey, committeeKey: committeeKey(submission.committee), fileName, importedAt, checksum, submission, changes };
  await db.submissions.put(row);
  const what = `${submission.committee.name} (${periodLabelVi(submission.period)})`;
  await writeAudit(db, {
    action: 'import',
    entity: 'submission',
    summary: old ? `Nhập tệp gửi tỉnh của ${what}, thay tệp đã nhập trước` : `Nhập tệp gửi tỉnh của ${what}`,
    before: old ? fileText(old) : undefined,
    after: fileText(row),
    // Undo puts the replaced row back, or removes the row this import created.
    undo: old ? { restore: { submissions: [old] }, remove: {} } : { restore: {}, remove: { submissions: [id] } },
  });
  return changes ? { ...base, status: 'replaced', changes } : { ...base, status: 'added' };
}

/**
 * Stores the files in order, in ONE transaction: a later file of the same committee sees the
 * earlier one, and a failure anywhere leaves the table and the audit trail as they were.
 */
export function importSubmissions(db: AppDatabase, accepted: readonly AcceptedSubmission[]): Promise<ImportOutcome[]> {
  const importedAt = new Date().toISOString();
  return db.transaction('rw', db.submissions, db.audit, async () => {
    const outcomes: ImportOutcome[] = [];
    for (const file of accepted) outcomes.push(await importOne(db, file, importedAt));
    return outcomes;
  });
}

/** One period's rows, in no particular order (the overview sorts the districts). */
export function listSubmissions(db: AppDatabase, periodKey: string): Promise<SubmissionRow[]> {
  return db.submissions.where('periodKey').equals(periodKey).toArray();
}

/** The rows a worker needs to diff a new file against: by id, or undefined. */
export function getSubmission(db: AppDatabase, id: string): Promise<SubmissionRow | undefined> {
  return db.submissions.get(id);
}

export interface AvailablePeriod {
  key: string;
  period: DashboardPeriod;
  /** How many districts sent this period. */
  districts: number;
}

/** Latest first: by the period's last day, then the shorter span (a quarter before its year). */
function comparePeriods(a: DashboardPeriod, b: DashboardPeriod): number {
  const ra = periodDateRange(a);
  const rb = periodDateRange(b);
  if (ra.to !== rb.to) return ra.to < rb.to ? 1 : -1;
  return ra.from === rb.from ? 0 : ra.from < rb.from ? 1 : -1;
}

/** The periods some district has sent, latest first. */
export async function listSubmissionPeriods(db: AppDatabase): Promise<AvailablePeriod[]> {
  const counts = new Map<string, number>();
  await db.submissions.orderBy('periodKey').eachKey((key) => {
    const k = String(key);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const periods: AvailablePeriod[] = [];
  for (const [key, districts] of counts) {
    const period = periodFromParam(key);
    if (period) periods.push({ key, period, districts });
  }
  return periods.sort((a, b) => comparePeriods(a.period, b.period));
}

/** Removes one district's file for a period; the audit entry can put it back. */
export function deleteSubmission(db: AppDatabase, id: string): Promise<void> {
  return db.transaction('rw', db.submissions, db.audit, async () => {
    const row = await db.submissions.get(id);
    if (!row) return;
    await db.submissions.delete(id);
    await writeAudit(db, {
      action: 'delete',
      entity: 'submission',
      summary: `Xóa tệp gửi tỉnh của ${row.submission.committee.name} (${periodLabelVi(row.submission.period)})`,
      before: fileText(row),
      undo: { restore: { submissions: [row] }, remove: {} },
    });
  });
}
