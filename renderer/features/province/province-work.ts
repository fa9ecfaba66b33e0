/**
 * The province page's heavy work, off the UI thread (province.worker.ts) or in-process in
 * tests: reading the districts' workbooks (exceljs, SHA-256, schema), diffing a re-sent file
 * against the stored one, counting every district's figures, and building the summary.
 */
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import type { ReportDocument } from '../../../shared/report/layout';
import { buildProvinceSummaryReport, type ProvinceSummaryInput } from '../../../shared/report/province-summary-report';
import { diffSubmissions } from '../../../shared/submission/changes';
import type { SubmissionChanges } from '../../../shared/submission/changes-types';
import { provinceOverview, type ProvinceOverview } from '../../../shared/submission/province-overview';
import { readSubmission, submissionChecksum } from '../../../shared/submission/read-submission';
import type { Submission } from '../../../shared/submission/submission-schema';
import { writeReportWorkbook } from '../../../shared/xlsx/write-report';
import { submissionId } from '../../db/repositories/submissions';

export interface FileToRead {
  name: string;
  bytes: Uint8Array;
}

/** What the province already holds under an id, for the diff. */
export interface StoredForDiff {
  checksum: string;
  submission: Submission;
}

export type LookupStored = (id: string) => Promise<StoredForDiff | undefined>;
export type OnReadProgress = (done: number, total: number) => void;

export interface Precomputed {
  /** The stored row's checksum the diff was taken against. */
  against: string;
  changes: SubmissionChanges;
}

export type ReadResult =
  | { ok: true; fileName: string; checksum: string; submission: Submission; precomputed?: Precomputed }
  | { ok: false; fileName: string; message: string };

export interface ProvinceWork {
  readFiles(files: FileToRead[], lookup: LookupStored, onProgress: OnReadProgress): Promise<ReadResult[]>;
  overview(period: DashboardPeriod, submissions: Submission[]): Promise<ProvinceOverview>;
  summaryXlsx(input: ProvinceSummaryInput): Promise<Uint8Array>;
  summaryDocs(input: ProvinceSummaryInput): Promise<ReportDocument[]>;
}

/** SubmissionError messages are complete Vietnamese sentences; anything else is said as what it is. */
function refusal(error: unknown): string {
  if (error instanceof Error && error.name === 'SubmissionError') return error.message;
  return `Không đọc được tệp: ${error instanceof Error ? error.message : String(error)}`;
}

/** The diff the repository would compute, worked out here so the UI thread does not count KPIs. */
async function precompute(submission: Submission, checksum: string, lookup: LookupStored): Promise<Precomputed | undefined> {
  const stored = await lookup(submissionId(submission));
  if (!stored || stored.checksum === checksum) return undefined;
  if (Date.parse(submission.generatedAt) < Date.parse(stored.submission.generatedAt)) return undefined;
  return { against: stored.checksum, changes: diffSubmissions(stored.submission, submission) };
}

async function readOne(file: FileToRead, lookup: LookupStored): Promise<ReadResult> {
  try {
    const submission = await readSubmission(file.bytes);
    const checksum = await submissionChecksum(submission);
    const precomputed = await precompute(submission, checksum, lookup);
    return precomputed ? { ok: true, fileName: file.name, checksum, submission, precomputed } : { ok: true, fileName: file.name, checksum, submission };
  } catch (error) {
    return { ok: false, fileName: file.name, message: refusal(error) };
  }
}

export const provinceWork: ProvinceWork = {
  async readFiles(files, lookup, onProgress) {
    const results: ReadResult[] = [];
    onProgress(0, files.length);
    for (const file of files) {
      results.push(await readOne(file, lookup));
      onProgress(results.length, files.length);
    }
    return results;
  },
  overview: async (period, submissions) => provinceOverview(period, submissions),
  summaryXlsx: (input) => writeReportWorkbook(buildProvinceSummaryReport(input)),
  summaryDocs: async (input) => buildProvinceSummaryReport(input),
};
