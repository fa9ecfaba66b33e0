/**
 * `import-check --directory <danh-muc.xlsx> [--officials <can-bo.xlsx>] <dang-ky.xlsx>
 * [--meetings <lich-sinh-hoat.xlsx>] [--today <ngày>] [--year <năm>] [--crowding <n>] [--json]`:
 * reads the office's Excel files with the very code the import screen runs (shared/import),
 * accepting the suggested column mapping and every unique cell match, and reports what an
 * import would give, the rows in error and the rows a clerk would have to decide. A
 * meetings file is checked against the registrations the other files give. Nothing is stored.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DEFAULT_CROWDING_THRESHOLD } from '../../../shared/coverage/coverage';
import { assembleDirectory } from '../../../shared/import/assemble-directory';
import { assembleMeetings } from '../../../shared/import/assemble-meetings';
import { assembleOfficials } from '../../../shared/import/assemble-officials';
import { assembleRegistrations } from '../../../shared/import/assemble-registrations';
import { importSummary } from '../../../shared/import/import-summary';
import { ImportFileError, analyzeSheets, extractAll } from '../../../shared/import/pipeline';
import { WorkbookReadError, readWorkbook } from '../../../shared/import/read-workbook';
import type { ExtractedRow, ImportKind } from '../../../shared/import/types';
import { isIsoDate, parseViDate, todayIso } from '../../../shared/meetings/iso-date';
import { CliError, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../types';
import { checkResult, formatCheck, type ReadFile } from './import-check-report';

const OPTIONS = {
  directory: { type: 'string' },
  officials: { type: 'string' },
  meetings: { type: 'string' },
  today: { type: 'string' },
  year: { type: 'string' },
  crowding: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const KIND_VI: Record<ImportKind, string> = {
  directory: 'danh mục tổ chức cơ sở đảng',
  officials: 'danh sách cán bộ',
  registrations: 'đăng ký dự sinh hoạt',
  meetings: 'lịch sinh hoạt',
};

const usage = (why: string) => new CliError(`${why} Cách dùng: npm run cli -- ${USAGE}`, EXIT_USAGE);
const USAGE =
  'import-check --directory <danh-muc.xlsx> [--officials <can-bo.xlsx>] <dang-ky.xlsx> [--meetings <lich-sinh-hoat.xlsx>] [--today <dd/mm/yyyy>] [--year <năm>] [--crowding <n>] [--json]';

function parse(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const quoted = /'([^' ]+)/.exec(e instanceof Error ? e.message : '')?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw usage(`Không có tùy chọn ${quoted}.`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw usage(`Tùy chọn ${quoted} cần một giá trị.`);
    throw usage(`Tham số không hợp lệ: ${e instanceof Error ? e.message : String(e)}.`);
  }
}

function integerOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw usage(`--${name} phải là số nguyên từ ${min} đến ${max} (nhận được "${value}").`);
  return n;
}

/** The import day: a notice without its date of receipt came that day. */
function todayOption(value: string | undefined): string {
  if (value === undefined) return todayIso();
  const iso = isIsoDate(value.trim()) ? value.trim() : parseViDate(value);
  if (iso === null) throw usage(`--today phải là một ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd (nhận được "${value}").`);
  return iso;
}

function readError(path: string, kind: ImportKind, e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  const why =
    code === 'ENOENT' ? 'tệp không tồn tại' : code === 'EISDIR' ? 'đây là thư mục, không phải tệp' : code === 'EACCES' ? 'không có quyền đọc' : e instanceof Error ? e.message : String(e);
  return `Không đọc được tệp ${KIND_VI[kind]} "${path}": ${why}.`;
}

/** One file through read → detect → map → extract; failures name the file. */
async function readTable(path: string, kind: ImportKind): Promise<{ file: string; sheets: string[]; rows: ExtractedRow[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new CliError(readError(path, kind, e));
  }
  try {
    const analyses = analyzeSheets(await readWorkbook(bytes), kind, path);
    return { file: path, sheets: analyses.map((a) => a.grid.name), rows: extractAll(analyses).rows };
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new CliError(`Tệp ${KIND_VI[kind]} "${path}": ${e.message}`);
    if (e instanceof ImportFileError) throw new CliError(`Tệp ${KIND_VI[kind]} "${path}": ${String(e.params.message ?? e.message)}`);
    throw e;
  }
}

function withPlan<P>(read: { file: string; sheets: string[]; rows: ExtractedRow[] }, plan: P): ReadFile<P> {
  return { file: read.file, sheets: read.sheets, rows: read.rows.length, plan };
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.directory === undefined) throw usage('Thiếu --directory <tệp danh mục tổ chức cơ sở đảng .xlsx>.');
  const [registrationsPath, ...extra] = positionals;
  if (registrationsPath === undefined) throw usage('Thiếu tệp đăng ký dự sinh hoạt (.xlsx).');
  if (extra.length > 0) throw usage(`Chỉ nhận một tệp đăng ký; thừa: ${extra.map((x) => `"${x}"`).join(', ')}.`);
  const year = integerOption('year', values.year, 2000, 2100) ?? new Date().getFullYear();
  const crowding = integerOption('crowding', values.crowding, 2, 1000) ?? DEFAULT_CROWDING_THRESHOLD;
  const today = todayOption(values.today);

  // Every file is read before anything is assembled: a wrong path fails fast.
  const directoryRead = await readTable(values.directory, 'directory');
  const officialsRead = values.officials === undefined ? null : await readTable(values.officials, 'officials');
  const registrationsRead = await readTable(registrationsPath, 'registrations');
  const meetingsRead = values.meetings === undefined ? null : await readTable(values.meetings, 'meetings');

  const directory = assembleDirectory(directoryRead.rows);
  const officials = officialsRead ? assembleOfficials(officialsRead.rows) : null;
  const registrations = assembleRegistrations(registrationsRead.rows, {
    directory: { orgs: directory.orgs, cells: directory.cells },
    // Without a list, officials are created from the rows' name and position.
    officials: officials?.officials ?? [],
    year,
  });
  // Meetings link to what the files give: registrations waiting for a cell choice have none yet.
  const meetings = meetingsRead
    ? assembleMeetings(meetingsRead.rows, {
        directory: { orgs: directory.orgs, cells: directory.cells },
        officials: [...(officials?.officials ?? []), ...registrations.newOfficials],
        registrations: registrations.registrations,
        today,
      })
    : null;
  const summary = importSummary({ year, crowdingThreshold: crowding, directory, ...(officials ? { officials } : {}), registrations, ...(meetings ? { meetings } : {}) });
  const { result, reasons } = checkResult(
    summary,
    withPlan(directoryRead, directory),
    officialsRead && officials ? withPlan(officialsRead, officials) : null,
    withPlan(registrationsRead, registrations),
    meetingsRead && meetings ? withPlan(meetingsRead, meetings) : null,
  );
  io.out(values.json ? JSON.stringify(result, null, 2) : formatCheck(result, reasons, year, crowding));
  return EXIT_OK;
}

export const importCheckCommand: CliCommand = {
  name: 'import-check',
  summary: 'đọc thử các tệp Excel (danh mục, cán bộ, đăng ký, lịch sinh hoạt) như khi nhập, báo lỗi và các dòng cần chọn',
  usage: [USAGE],
  run,
};
