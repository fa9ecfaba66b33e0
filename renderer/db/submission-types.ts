import type { SubmissionChanges } from '../../shared/submission/changes-types';
import type { Submission } from '../../shared/submission/submission-schema';

/**
 * One district's latest submission for one period, kept by the province. A newer file from
 * the same committee for the same period replaces the row; what changed is kept with it.
 */
export interface SubmissionRow {
  /** `${committeeKey}|${periodKey}`. */
  id: string;
  /** `periodToParam(period)`: "2026", "2026-q3", "2025-2030". */
  periodKey: string;
  /** The committee however its clerk spaced or cased its name (see `committeeKey`). */
  committeeKey: string;
  /** The file's name as the clerk picked it. */
  fileName: string;
  /** ISO timestamp of the import. */
  importedAt: string;
  /** The payload's SHA-256 as written in the file (already verified on import). */
  checksum: string;
  submission: Submission;
  /** Against the submission this one replaced; null on a district's first import. */
  changes: SubmissionChanges | null;
}
