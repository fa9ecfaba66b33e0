/**
 * What crosses between the import screen and its worker: plain data only (structured
 * clone). Types only, so the page never pulls exceljs into the main bundle.
 */
import type { Meeting } from '../../../shared/domain/meetings';
import type { GrassrootsOrg, Official, PartyCell, Registration } from '../../../shared/domain/types';
import type { DirectoryImportPlan } from '../../../shared/import/assemble-directory';
import type { MeetingImportPlan } from '../../../shared/import/assemble-meetings';
import type { OfficialImportPlan } from '../../../shared/import/assemble-officials';
import type { RegistrationImportPlan } from '../../../shared/import/assemble-registrations';
import type { TermYears } from '../../../shared/import/period-parse';
import type { SheetAnalysis } from '../../../shared/import/pipeline';
import type { TemplateOptions } from '../../../shared/import/templates';
import type { ColumnMapping, ImportKind, RowIssue } from '../../../shared/import/types';

export const IMPORT_KINDS: readonly ImportKind[] = ['directory', 'officials', 'registrations', 'meetings'];

/** Named on screen while the worker runs, in this order. */
export const IMPORT_STAGES = ['reading', 'finding', 'extracting', 'matching'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];
export type StageListener = (stage: ImportStage) => void;

export interface AnalyzeRequest {
  bytes: Uint8Array;
  kind: ImportKind;
  fileName: string;
}

/** What the database holds when the clerk confirms the mapping. */
export interface ImportBase {
  orgs: GrassrootsOrg[];
  cells: PartyCell[];
  officials: Official[];
  registrations: Registration[];
  meetings: Meeting[];
}

export interface PlanRequest {
  kind: ImportKind;
  analyses: SheetAnalysis[];
  /** One per analysis, as the clerk left it. */
  mappings: ColumnMapping[];
  base: ImportBase;
  /** The working year: times without a year ("Quý II") belong to it. */
  year: number;
  term: TermYears;
  /** The import day ("yyyy-mm-dd"): a meeting notice without its date of receipt came today. */
  today: string;
}

export type ImportPlan =
  | { kind: 'directory'; plan: DirectoryImportPlan }
  | { kind: 'officials'; plan: OfficialImportPlan }
  | { kind: 'registrations'; plan: RegistrationImportPlan }
  | { kind: 'meetings'; plan: MeetingImportPlan };

/** A refusal the page translates: a DomainError's code and params (classes do not cross to a worker). */
export interface WorkError {
  code: string;
  params: Record<string, string | number>;
}

export type WorkResult<T> = { ok: true; value: T } | { ok: false; error: WorkError };

/** The worker's API; `importWork` implements it and tests call it in-process. */
export interface ImportWork {
  analyze(request: AnalyzeRequest, onStage: StageListener): Promise<WorkResult<SheetAnalysis[]>>;
  plan(request: PlanRequest, onStage: StageListener): Promise<WorkResult<ImportPlan>>;
  /** The rows to fix, as a workbook the clerk keeps beside the file or sends back to whoever filled it. */
  issuesWorkbook(issues: RowIssue[], fileName: string): Promise<WorkResult<Uint8Array>>;
  /** An empty file of the kind, laid out the way the importer reads best. */
  template(kind: ImportKind, options: TemplateOptions): Promise<WorkResult<Uint8Array>>;
}
