/**
 * The import's heavy steps, run by the worker (import.worker.ts) and, in tests, in-process.
 * Refusals come back as data: a thrown class does not survive the trip out of a worker.
 */
import { isDomainError } from '../../../shared/domain/errors';
import { assembleDirectory } from '../../../shared/import/assemble-directory';
import { assembleMeetings } from '../../../shared/import/assemble-meetings';
import { assembleOfficials } from '../../../shared/import/assemble-officials';
import { assembleRegistrations } from '../../../shared/import/assemble-registrations';
import { buildIssuesWorkbook, issueLines } from '../../../shared/import/issues-workbook';
import { mergeDirectoryWithExisting } from '../../../shared/import/merge-directory';
import { analyzeSheets, extractAll } from '../../../shared/import/pipeline';
import { readWorkbook, WorkbookReadError } from '../../../shared/import/read-workbook';
import { buildTemplate } from '../../../shared/import/templates';
import type { ImportPlan, ImportWork, PlanRequest, WorkError, WorkResult } from './import-types';

const newId = () => crypto.randomUUID();

function workError(error: unknown, fileName?: string): WorkError {
  // The reader's messages do not name the file; the clerk may have picked several today.
  if (error instanceof WorkbookReadError) return { code: error.code, params: { file: fileName ?? '', message: error.message } };
  if (isDomainError(error)) return { code: error.code, params: { ...error.params } };
  return { code: 'errors.unexpected', params: { message: error instanceof Error ? error.message : String(error) } };
}

async function attempt<T>(run: () => Promise<T> | T, fileName?: string): Promise<WorkResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: workError(error, fileName) };
  }
}

function assemble(request: PlanRequest, rows: ReturnType<typeof extractAll>['rows']): ImportPlan {
  const { base } = request;
  switch (request.kind) {
    case 'directory':
      return { kind: 'directory', plan: mergeDirectoryWithExisting(assembleDirectory(rows, { newId }), base) };
    case 'officials':
      return { kind: 'officials', plan: assembleOfficials(rows, { existing: base.officials, newId }) };
    case 'registrations':
      return {
        kind: 'registrations',
        plan: assembleRegistrations(rows, {
          directory: { orgs: base.orgs, cells: base.cells },
          officials: base.officials,
          year: request.year,
          term: request.term,
          existingRegistrations: base.registrations,
          newId,
        }),
      };
    case 'meetings':
      return {
        kind: 'meetings',
        plan: assembleMeetings(rows, {
          directory: { orgs: base.orgs, cells: base.cells },
          officials: base.officials,
          registrations: base.registrations,
          existingMeetings: base.meetings,
          today: request.today,
          newId,
        }),
      };
  }
}

export const importWork: ImportWork = {
  analyze: ({ bytes, kind, fileName }, onStage) =>
    attempt(async () => {
      onStage('reading');
      const grids = await readWorkbook(bytes);
      onStage('finding');
      return analyzeSheets(grids, kind, fileName);
    }, fileName),

  plan: (request, onStage) =>
    attempt(() => {
      onStage('extracting');
      const { rows } = extractAll(request.analyses, request.mappings);
      onStage('matching');
      return assemble(request, rows);
    }),

  issuesWorkbook: (issues, fileName) => attempt(() => buildIssuesWorkbook(issueLines(issues), fileName)),

  template: (kind, options) => attempt(() => buildTemplate(kind, options)),
};
