/**
 * `consolidate <tệp-gửi-tỉnh.xlsx>... [--out tinh.xlsx] [--json]`: the province's side of "Gửi
 * tỉnh", headless. Reads each district's submission with the code province mode runs
 * (shared/submission), refusing a tampered, cut or foreign file by name, and prints each
 * district's figures and their total for the one period they share, and what a re-sent file
 * changed. With --out, also writes the province-wide BIỂU TỔNG HỢP; nothing else is written.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { periodToParam } from '../../../shared/dashboard/location';
import { periodLabelVi } from '../../../shared/dashboard/period';
import type { DashboardKpi } from '../../../shared/dashboard/types';
import type { SubmissionChanges } from '../../../shared/submission/changes-types';
import { diffSubmissions } from '../../../shared/submission/changes';
import { consolidate } from '../../../shared/submission/consolidate';
import { provinceOverview } from '../../../shared/submission/province-overview';
import { SubmissionError, readSubmission } from '../../../shared/submission/read-submission';
import type { Submission } from '../../../shared/submission/submission-schema';
import { reportDay, writeProvinceSummary } from './consolidate-out';
import { CliError, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../types';

const USAGE = 'consolidate <tệp-gửi-tỉnh.xlsx>... [--out <tỉnh.xlsx> [--date dd/mm/yyyy] [--force]] [--json]';
const usage = (why: string) => new CliError(`${why} Cách dùng: npm run cli -- ${USAGE}`, EXIT_USAGE);

function parse(args: string[]) {
  try {
    return parseArgs({ args, options: { json: { type: 'boolean' }, out: { type: 'string' }, date: { type: 'string' }, force: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (e) {
    const quoted = /'([^' ]+)/.exec(e instanceof Error ? e.message : '')?.[1] ?? '';
    throw usage(`Không có tùy chọn ${quoted}.`);
  }
}

export interface ConsolidateResult {
  /** As `--period` writes it: "2025", "2025-q3", "2025-2030". */
  period: string;
  districts: { file: string; committee: string; generatedAt: string; kpi: DashboardKpi }[];
  total: DashboardKpi;
  /** `changes`: what the later file changed against the one set aside. */
  replaced: { file: string; committee: string; generatedAt: string; replacedBy: { file: string; generatedAt: string }; changes: SubmissionChanges }[];
  /** The same file given twice: counted once. */
  duplicates: { file: string; committee: string; sameAs: string }[];
  /** With --out: the province summary workbook written. */
  out?: string;
}

async function readOne(path: string): Promise<Submission> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as { code?: string } | null)?.code;
    const why = code === 'ENOENT' ? 'tệp không tồn tại' : code === 'EISDIR' ? 'đây là thư mục, không phải tệp' : e instanceof Error ? e.message : String(e);
    throw new CliError(`Không đọc được tệp "${path}": ${why}.`);
  }
  try {
    return await readSubmission(bytes);
  } catch (e) {
    if (e instanceof SubmissionError) throw new CliError(`Tệp "${path}" bị từ chối: ${e.message}`);
    throw e;
  }
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`.replace('.', ',');

function figures(k: DashboardKpi): string {
  return (
    `${k.cells} chi bộ, ${k.covered} có người đăng ký (${percent(k.coveredShare)}), ${k.uncovered} chưa có, ${k.crowded} quá tải; ` +
    `${k.registrations} lượt đăng ký của ${k.officialsRegistered}/${k.officialsTotal} cán bộ; ` +
    `${k.meetingsPlanned} buổi sinh hoạt theo lịch, ${k.meetingsHeld} buổi đã dự; ` +
    `${k.recommendationsTotal} kiến nghị (${k.recommendationsOpen} chưa xong, ${k.recommendationsOverdue} quá hạn)`
  );
}

function changeSummary(c: SubmissionChanges): string {
  if (c.unchanged) return 'không thay đổi chi bộ và đăng ký nào';
  const parts: [number, string][] = [
    [c.cellsAdded.length, 'chi bộ thêm'],
    [c.cellsRemoved.length, 'chi bộ bớt'],
    [c.registrationsAdded.length, 'lượt đăng ký thêm'],
    [c.registrationsRemoved.length, 'lượt đăng ký bớt'],
    [c.registrationsChanged.length, 'lượt đăng ký đổi chi bộ, người hoặc thời gian'],
  ];
  return parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`).join(', ');
}

export function formatConsolidation(r: ConsolidateResult, periodLabel: string): string {
  const lines = [`Tổng hợp ${r.districts.length} đơn vị, kỳ báo cáo: ${periodLabel}.`];
  for (const d of r.districts) lines.push(`  - ${d.committee} (lập ${d.generatedAt}, tệp ${d.file}): ${figures(d.kpi)}.`);
  lines.push(`Tổng cộng: ${figures(r.total)}.`);
  for (const x of r.replaced) {
    lines.push(`Không tính tệp ${x.file} (${x.committee}, lập ${x.generatedAt}): đã có tệp mới hơn ${x.replacedBy.file} (lập ${x.replacedBy.generatedAt}).`);
    lines.push(`  Tệp mới so với tệp cũ: ${changeSummary(x.changes)}.`);
  }
  for (const x of r.duplicates) lines.push(`Bỏ qua tệp ${x.file} (${x.committee}): trùng với tệp ${x.sameAs}, chỉ tính một lần.`);
  if (r.out !== undefined) lines.push(`Đã ghi biểu tổng hợp toàn tỉnh vào tệp ${r.out}.`);
  return lines.join('\n');
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args);
  if (positionals.length === 0) throw usage('Thiếu tệp gửi tỉnh.');
  if (values.out !== undefined && !/\.xlsx$/i.test(values.out)) throw usage(`--out phải là một tệp .xlsx (nhận được "${values.out}").`);
  if (values.out === undefined && (values.date !== undefined || values.force)) throw usage('--date và --force chỉ dùng cùng --out.');
  const date = reportDay(values.date);
  if (date === null) throw usage(`--date phải là một ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd (nhận được "${values.date ?? ''}").`);
  const submissions: Submission[] = [];
  for (const path of positionals) submissions.push(await readOne(path));
  let c;
  try {
    c = consolidate(submissions);
  } catch (e) {
    if (e instanceof SubmissionError) throw new CliError(e.message);
    throw e;
  }
  const file = (i: number) => resolve(positionals[i] ?? '');
  const result: ConsolidateResult = {
    period: periodToParam(c.period),
    districts: c.districts.map((d) => ({ file: file(d.index), committee: d.committee.name, generatedAt: d.generatedAt, kpi: d.kpi })),
    total: c.total,
    replaced: c.replaced.map((x) => ({
      file: file(x.index),
      committee: x.committee,
      generatedAt: x.generatedAt,
      replacedBy: { file: file(x.replacedBy.index), generatedAt: x.replacedBy.generatedAt },
      changes: diffSubmissions(submissions[x.index]!, submissions[x.replacedBy.index]!),
    })),
    duplicates: c.duplicates.map((x) => ({ file: file(x.index), committee: x.committee, sameAs: file(x.sameAs) })),
  };
  if (values.out !== undefined) {
    result.out = resolve(values.out);
    await writeProvinceSummary(result.out, provinceOverview(c.period, submissions), date, values.force ?? false);
  }
  const label = periodLabelVi(c.period);
  io.out(values.json ? JSON.stringify(result, null, 2) : formatConsolidation(result, label.charAt(0).toLowerCase() + label.slice(1)));
  return EXIT_OK;
}

export const consolidateCommand: CliCommand = {
  name: 'consolidate',
  summary: 'tổng hợp các tệp gửi tỉnh của các huyện (kiểm tra mã SHA-256, phiên bản, kỳ báo cáo)',
  usage: [USAGE],
  run,
};
