/**
 * `report <plan|coverage|gaps|results|calendar> --sample <seed> --out <tệp.xlsx> …`: builds
 * one of the Reports page's workbooks from the sample district with the app's own builders
 * (shared/report/report-kinds) and writer (shared/xlsx), so a layout change can be checked
 * without the UI. Writes the one file named, nothing else; an existing file only with --force.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { periodFromParam, periodToParam } from '../../../shared/dashboard/location';
import { periodDateRange, periodLabelVi } from '../../../shared/dashboard/period';
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import type { DateParts } from '../../../shared/domain/labels-vi';
import type { DistrictData } from '../../../shared/domain/types';
import { formatIsoVi, isIsoDate, monthOf, parseViDate, todayIso, yearOf } from '../../../shared/meetings/iso-date';
import type { ReportDocument } from '../../../shared/report/layout';
import { buildReportDocuments, type ReportRequest } from '../../../shared/report/report-kinds';
import { generateSampleData } from '../../../shared/sample/generator';
import { DATA_SHEET_NAME } from '../../../shared/submission/data-sheet';
import { buildSubmissionWorkbook } from '../../../shared/submission/write-submission';
import { uniqueSheetNames, writeReportWorkbook } from '../../../shared/xlsx/write-report';
import { writeOutFile } from '../write-out';
import { CliError, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../types';

const OPTIONS = {
  sample: { type: 'string' },
  out: { type: 'string' },
  scale: { type: 'string' },
  period: { type: 'string' },
  date: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
  committee: { type: 'string' },
} as const;

/** The command-line names, in the Reports page's order, with the app's request and a Vietnamese gloss. */
const KINDS = {
  plan: { report: 'plan', vi: 'danh sách tổng hợp đăng ký dự sinh hoạt chi bộ' },
  coverage: { report: 'coverageSummary', vi: 'biểu tổng hợp tình hình đăng ký và dự sinh hoạt' },
  gaps: { report: 'gaps', vi: 'chi bộ chưa có người đăng ký, chi bộ quá tải, cán bộ chưa đăng ký' },
  results: { report: 'results', vi: 'báo cáo kết quả dự sinh hoạt chi bộ' },
  calendar: { report: 'meetingCalendar', vi: 'thông báo lịch dự sinh hoạt chi bộ' },
  submission: { report: 'submission', vi: 'tệp gửi tỉnh: biểu tổng hợp, danh sách đăng ký và trang dữ liệu máy đọc' },
} as const satisfies Record<string, { report: ReportRequest['report'] | 'submission'; vi: string }>;
export type ReportKind = keyof typeof KINDS;

const USAGE =
  'report <plan|coverage|gaps|results|calendar|submission> --sample <seed> --out <tệp.xlsx> [--scale district|province] [--period 2025|2025-q3|2025-2030] [--date dd/mm/yyyy] [--from dd/mm/yyyy --to dd/mm/yyyy] [--committee <tên>] [--force] [--json]';
const usage = (why: string) => new CliError(`${why} Cách dùng: npm run cli -- ${USAGE}`, EXIT_USAGE);

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

const kindList = () => Object.entries(KINDS).map(([name, k]) => `  ${name.padEnd(12)}${k.vi}`).join('\n');

function kindArg(positionals: readonly string[]): ReportKind {
  const [name, ...extra] = positionals;
  if (name === undefined) throw new CliError(`Thiếu tên báo cáo. Các báo cáo:\n${kindList()}`, EXIT_USAGE);
  if (extra.length > 0) throw usage(`Chỉ nhận một tên báo cáo; thừa: ${extra.map((x) => `"${x}"`).join(', ')}.`);
  if (!Object.hasOwn(KINDS, name)) throw new CliError(`Báo cáo không hợp lệ: "${name}". Các báo cáo:\n${kindList()}`, EXIT_USAGE);
  return name as ReportKind;
}

function seedArg(value: string | undefined): number {
  if (value === undefined) throw usage('Thiếu --sample <seed>: báo cáo được lập từ dữ liệu mẫu.');
  if (!/^\d+$/.test(value.trim())) throw usage(`--sample phải là số nguyên từ 0 trở lên (nhận được "${value}").`);
  return Number(value);
}

function scaleArg(value: string | undefined): 'district' | 'province' {
  if (value === undefined || value === 'district' || value === 'province') return value ?? 'district';
  throw usage(`--scale chỉ nhận "district" (một huyện) hoặc "province" (cả tỉnh), không phải "${value}".`);
}

function outArg(value: string | undefined): string {
  if (value === undefined || value.trim() === '') throw usage('Thiếu --out <tệp.xlsx>: nơi ghi báo cáo.');
  if (!/\.xlsx$/i.test(value)) throw usage(`--out phải là một tệp .xlsx (nhận được "${value}").`);
  return value;
}

function periodArg(value: string | undefined): DashboardPeriod | null {
  if (value === undefined) return null;
  const period = periodFromParam(value.trim());
  if (period === null) throw usage(`--period phải là một năm (2025), một quý (2025-q3) hoặc một nhiệm kỳ (2025-2030) (nhận được "${value}").`);
  return period;
}

/** A day as dd/mm/yyyy (what clerks type) or yyyy-mm-dd, to ISO. */
function dayArg(name: string, value: string): string {
  const iso = isIsoDate(value.trim()) ? value.trim() : parseViDate(value);
  if (iso === null) throw usage(`--${name} phải là một ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd (nhận được "${value}").`);
  return iso;
}

const partsOf = (iso: string): DateParts => ({ day: Number(iso.slice(8, 10)), month: monthOf(iso), year: yearOf(iso) });

/** Fails before the sample is built: a report is not made only to be thrown away. */
async function refuseExisting(path: string): Promise<void> {
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (exists) throw new CliError(`Tệp --out "${path}" đã có; thêm --force để ghi đè.`);
}

export interface ReportSheet {
  /** As written in the workbook (safe and unique). */
  name: string;
  /** Document type and summary (trích yếu), as printed under the header; summary lines joined by " – ". */
  title: string;
  /** Data rows; group rows and the total row not counted. */
  rows: number;
  groups: number;
}

export interface ReportResult {
  report: ReportKind;
  file: string;
  sample: { seed: number; scale: 'district' | 'province' };
  /** Period reports: the period as `--period` writes it. */
  period?: string;
  /** The calendar: its first and last day, ISO. */
  from?: string;
  to?: string;
  date: string;
  sheets: ReportSheet[];
}

function sheetsOf(docs: readonly ReportDocument[]): ReportSheet[] {
  const names = uniqueSheetNames(docs.map((d) => d.sheetName));
  return docs.map((d, i) => ({
    name: names[i] ?? d.sheetName,
    title: `${d.header.documentType} ${d.header.summary.join(' – ')}`,
    rows: d.rows.filter((r) => r.kind === 'data').length,
    groups: d.rows.filter((r) => r.kind === 'group').length,
  }));
}

/** "Quý III năm 2025" → "quý III năm 2025": mid-sentence, the numeral stays upper case. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function formatReport(r: ReportResult): string {
  const period = periodFromParam(r.period);
  const span = r.from !== undefined && r.to !== undefined ? `từ ngày ${formatIsoVi(r.from)} đến ngày ${formatIsoVi(r.to)}` : `kỳ báo cáo: ${period ? lowerFirst(periodLabelVi(period)) : ''}`;
  const lines = [
    `Đã ghi báo cáo “${KINDS[r.report].vi}” vào tệp ${r.file}`,
    `Dữ liệu mẫu số ${r.sample.seed} (${r.sample.scale === 'district' ? 'một huyện' : 'cả tỉnh'}), ${span}, ngày báo cáo ${formatIsoVi(r.date)}.`,
    `${r.sheets.length} trang tính (sheet):`,
  ];
  for (const s of r.sheets) lines.push(`  - “${s.name}”: ${s.rows} dòng${s.groups > 0 ? `, ${s.groups} nhóm` : ''} (${s.title})`);
  return lines.join('\n');
}

/** "Gửi tỉnh": the two reports it carries, then its data sheet. */
async function writeSubmission(out: string, data: DistrictData, period: DashboardPeriod, date: string, force: boolean): Promise<ReportSheet[]> {
  const input = { ...data, period, date: partsOf(date) };
  const docs = [...buildReportDocuments({ report: 'coverageSummary', input }), ...buildReportDocuments({ report: 'plan', input })];
  await writeOutFile(out, await buildSubmissionWorkbook(data, period, date, new Date()), force);
  const dataSheet: ReportSheet = { name: DATA_SHEET_NAME, title: 'Dữ liệu máy đọc cho phần mềm cấp tỉnh (JSON, SHA-256)', rows: 0, groups: 0 };
  return [...sheetsOf(docs), dataSheet];
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args);
  const kind = kindArg(positionals);
  const seed = seedArg(values.sample);
  const out = outArg(values.out);
  const scale = scaleArg(values.scale);
  const chosenPeriod = periodArg(values.period);
  const date = values.date === undefined ? todayIso() : dayArg('date', values.date);
  if (kind !== 'calendar' && (values.from !== undefined || values.to !== undefined)) throw usage('--from và --to chỉ dùng với báo cáo calendar.');
  const from = values.from === undefined ? undefined : dayArg('from', values.from);
  const to = values.to === undefined ? undefined : dayArg('to', values.to);
  if (kind !== 'submission' && values.committee !== undefined) throw usage('--committee chỉ dùng với submission.');
  if (!values.force) await refuseExisting(out);

  // The report's date is the sample's "today", so it has meetings held before and announced after it.
  const data = generateSampleData({ seed, scale, today: date });
  const period = chosenPeriod ?? { kind: 'year', year: data.settings.currentYear };
  if (kind === 'submission') {
    // Samples share one committee name; a second "district" needs its own to count apart.
    const committeeName = values.committee?.trim() || data.settings.committeeName;
    const sheets = await writeSubmission(out, { ...data, settings: { ...data.settings, committeeName } }, period, date, values.force === true);
    const result: ReportResult = { report: kind, file: resolve(out), sample: { seed, scale }, period: periodToParam(period), date, sheets };
    io.out(values.json ? JSON.stringify(result, null, 2) : formatReport(result));
    return EXIT_OK;
  }
  let request: ReportRequest;
  let scope: Pick<ReportResult, 'period' | 'from' | 'to'>;
  if (kind === 'calendar') {
    const span = { ...periodDateRange(period), ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
    if (span.from > span.to) throw usage(`Ngày bắt đầu (${formatIsoVi(span.from)}) phải trước hoặc bằng ngày kết thúc (${formatIsoVi(span.to)}).`);
    request = { report: 'meetingCalendar', input: { ...data, meetings: data.meetings ?? [], ...span, date: partsOf(date) } };
    scope = span;
  } else {
    request = { report: KINDS[kind].report, input: { ...data, period, date: partsOf(date) } };
    scope = { period: periodToParam(period) };
  }
  const docs = buildReportDocuments(request);
  await writeOutFile(out, await writeReportWorkbook(docs), values.force === true);
  const result: ReportResult = { report: kind, file: resolve(out), sample: { seed, scale }, ...scope, date, sheets: sheetsOf(docs) };
  io.out(values.json ? JSON.stringify(result, null, 2) : formatReport(result));
  return EXIT_OK;
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'lập một báo cáo Excel của trang Báo cáo từ dữ liệu mẫu (cùng mẫu biểu như trong ứng dụng)',
  usage: [USAGE],
  run,
};
