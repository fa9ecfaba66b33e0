/**
 * Each target reads one bad input and returns what the clerk would see, or a failure: an
 * exception that is not the module's typed error, a message that is not Vietnamese or does not
 * say where, or a database changed by an import that was refused.
 */
import type { AppDatabase } from '../../renderer/db/database';
import { readBackupFile } from '../../renderer/db/backup/read-backup';
import { commitImport, loadImportSnapshot, type ImportSnapshot } from '../../renderer/db/repositories/import';
import { importWork } from '../../renderer/features/import/import-work';
import { issuesToFix, recordsToAdd } from '../../renderer/features/import/import-plan';
import type { ImportPlan, WorkError } from '../../renderer/features/import/import-types';
import { strings } from '../../renderer/i18n/common';
import { BackupError } from '../../shared/backup/errors';
import { isDomainError } from '../../shared/domain/errors';
import { defaultTerm } from '../../shared/import/period-parse';
import type { ImportKind } from '../../shared/import/types';
import { readSubmission, SubmissionError } from '../../shared/submission/read-submission';

export type Outcome = 'accepted' | 'refused';

const VI_LETTERS = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const VI_WORDS = ['tệp', 'trang', 'dòng', 'cột', 'không', 'dữ liệu', 'chi bộ', 'đồng chí', 'sao lưu', 'phần', 'ô '];
/** What leaks when a raw JavaScript error reaches the clerk. */
const LEAKS = /undefined|\[object Object\]|TypeError|RangeError|Cannot read|is not a function|Unexpected token|Maximum call stack/;

/** Throws (with the reason) unless `message` reads as Vietnamese for the clerk. */
export function checkVietnamese(message: string, where: string): void {
  const lower = message.toLowerCase();
  if (message.trim() === '') throw new Error(`${where}: empty message`);
  const accented = message.split(/\s+/).filter((w) => VI_LETTERS.test(w)).length;
  if (accented < 2 && !VI_WORDS.some((w) => lower.includes(w))) throw new Error(`${where}: not Vietnamese: ${message.slice(0, 300)}`);
  if (LEAKS.test(message)) throw new Error(`${where}: leaks a JavaScript error: ${message.slice(0, 300)}`);
}

/** A message about rows or columns must say which sheet. */
function checkPlace(message: string, where: string): void {
  if (/\b(dòng|cột) (thứ )?\d/.test(message) && !message.includes('trang')) throw new Error(`${where}: names a row/column but no sheet: ${message}`);
}

/** Every Vietnamese error text by its code ("errors.meeting.notFound"), nested keys flattened. */
function flatten(tree: object, prefix: string, out: Map<string, string>): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}.${key}`, value);
    else if (typeof value === 'object' && value !== null) flatten(value, `${prefix}.${key}`, out);
  }
  return out;
}
const VI_ERRORS = flatten(strings.vi.errors, 'errors', new Map());
const IMPORT_REFUSALS = new Set(['errors.importUnreadable', 'errors.importEmptyFile', 'errors.importLegacyFormat', 'errors.importFile']);

/** The Vietnamese text the import page shows for a WorkError. */
function shown(error: WorkError): string {
  const template = VI_ERRORS.get(error.code);
  if (template === undefined) throw new Error(`no Vietnamese text for ${error.code}`);
  return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => String(error.params[key] ?? ''));
}

function checkWorkError(error: WorkError, allowed: ReadonlySet<string>, stage: string): void {
  if (!allowed.has(error.code)) throw new Error(`${stage}: unexpected refusal ${error.code}: ${JSON.stringify(error.params).slice(0, 300)}`);
  const text = shown(error);
  checkVietnamese(text, stage);
  checkPlace(text, stage);
}

function checkPlan(plan: ImportPlan, sheets: ReadonlySet<string>): void {
  for (const issue of issuesToFix(plan)) {
    checkVietnamese(issue.reason, 'row issue');
    if (!sheets.has(issue.ref.sheet) || !(issue.ref.row >= 1)) throw new Error(`row issue at a place not in the file: ${JSON.stringify(issue.ref)}`);
  }
}

export interface ImportRun {
  outcome: Outcome;
  plan?: ImportPlan;
}

/** The import worker's two steps, as the import page calls them. */
export async function importTarget(bytes: Uint8Array, kind: ImportKind, base: ImportSnapshot): Promise<ImportRun> {
  const noStage = () => undefined;
  const analyzed = await importWork.analyze({ bytes, kind, fileName: 'tệp thử.xlsx' }, noStage);
  if (!analyzed.ok) {
    checkWorkError(analyzed.error, IMPORT_REFUSALS, 'analyze');
    return { outcome: 'refused' };
  }
  const sheets = new Set(analyzed.value.map((a) => a.grid.name));
  const request = { kind, analyses: analyzed.value, mappings: analyzed.value.map((a) => a.mapping), base, year: 2025, term: defaultTerm(2025), today: '2025-10-01' };
  const planned = await importWork.plan(request, noStage);
  if (!planned.ok) {
    checkWorkError(planned.error, new Set(['errors.importFile']), 'plan');
    return { outcome: 'refused' };
  }
  checkPlan(planned.value, sheets);
  return { outcome: 'accepted', plan: planned.value };
}

async function refusal<E extends Error>(run: () => Promise<unknown>, type: new (...args: never[]) => E, name: string): Promise<Outcome> {
  try {
    await run();
    return 'accepted';
  } catch (error) {
    if (!(error instanceof type)) throw new Error(`${name}: threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, { cause: error });
    checkVietnamese(error.message, name);
    checkPlace(error.message, name);
    return 'refused';
  }
}

export const submissionTarget = (bytes: Uint8Array) => refusal(() => readSubmission(bytes), SubmissionError, 'readSubmission');
export const backupTarget = (bytes: Uint8Array) => refusal(() => readBackupFile(bytes), BackupError, 'readBackupFile');

/** Every record of every table: two equal dumps mean nothing changed. */
async function dump(db: AppDatabase): Promise<string> {
  const tables = await Promise.all(db.allTables.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(tables);
}

/**
 * The whole import as the page does it, up to commitImport, then the same records again (which
 * must be refused, every id being taken): a refused import leaves every table as it was.
 */
export async function commitTarget(db: AppDatabase, bytes: Uint8Array, kind: ImportKind, planned?: ImportRun): Promise<Outcome> {
  const before = await dump(db);
  // A plan made against the seeded snapshot is reused: the database only ever grows here.
  const run = planned ?? (await importTarget(bytes, kind, await loadImportSnapshot(db)));
  const records = run.plan ? recordsToAdd(run.plan, true) : null;
  const total = records ? Object.values(records).reduce((n, list: readonly unknown[]) => n + list.length, 0) : 0;
  if (!records || total === 0) {
    if ((await dump(db)) !== before) throw new Error('commit: a refused import changed the database');
    return 'refused';
  }
  const committed = await commitImport(db, records).then(() => true, (e: unknown) => checkCommitRefusal(e));
  const after = await dump(db);
  if (!committed && after !== before) throw new Error('commit: a refused commit changed the database');
  const again = await commitImport(db, records).then(() => true, (e: unknown) => checkCommitRefusal(e));
  if (again) throw new Error('commit: the same records were added twice');
  if ((await dump(db)) !== after) throw new Error('commit: the refused second commit changed the database');
  return committed ? 'accepted' : 'refused';
}

function checkCommitRefusal(error: unknown): false {
  if (!isDomainError(error)) throw new Error(`commit: threw ${String(error)}`);
  checkWorkError({ code: error.code, params: error.params }, new Set(VI_ERRORS.keys()), 'commit');
  return false;
}
