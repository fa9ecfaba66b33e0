/**
 * `solve <instance.json> [--json]` or `solve --sample <seed> --scale district|province`:
 * runs the balancing solver and prints its summary and suggestions.
 */
import { parseArgs } from 'node:util';
import { generateSampleData } from '../../../shared/sample/generator';
import { instanceFromData } from '../../../shared/solver/instance-from-data';
import { parseSolverInstance } from '../../../shared/solver/schema';
import { solve } from '../../../shared/solver/solve';
import type { SolverInstance, SolverResult } from '../../../shared/solver/types';
import { CliError, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../types';

const OPTIONS = {
  json: { type: 'boolean' },
  sample: { type: 'string' },
  scale: { type: 'string' },
  year: { type: 'string' },
  'allow-outside-area': { type: 'boolean' },
  threshold: { type: 'string' },
} as const;

function parse(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const quoted = /'([^' ]+)/.exec(e instanceof Error ? e.message : '')?.[1] ?? '';
    const why = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `không có tùy chọn ${quoted}` : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? `${quoted} cần một giá trị` : String(e);
    throw new CliError(`Tham số không hợp lệ: ${why}. Xem: npm run cli -- help`, EXIT_USAGE);
  }
}

function integerOption(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min) throw new CliError(`--${name} phải là số nguyên từ ${min} trở lên (nhận được "${value}").`, EXIT_USAGE);
  return n;
}

function describeReadError(path: string, e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  const why =
    code === 'ENOENT' ? 'tệp không tồn tại' : code === 'EISDIR' ? 'đây là thư mục, không phải tệp' : code === 'EACCES' ? 'không có quyền đọc' : e instanceof Error ? e.message : String(e);
  return `Không đọc được tệp "${path}": ${why}.`;
}

async function instanceFromFile(path: string, io: CliIo): Promise<SolverInstance> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (e) {
    throw new CliError(describeReadError(path, e));
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(`Tệp "${path}" không phải JSON hợp lệ: ${e instanceof Error ? e.message : String(e)}.`);
  }
  const parsed = parseSolverInstance(data);
  if (!parsed.ok) {
    const shown = parsed.errors.slice(0, 20).map((m) => `  - ${m}`);
    if (parsed.errors.length > shown.length) shown.push(`  … và ${parsed.errors.length - shown.length} lỗi khác`);
    throw new CliError(`Tệp "${path}" không đúng định dạng bài toán phân bổ (${parsed.errors.length} lỗi):\n${shown.join('\n')}`);
  }
  return parsed.instance;
}

function sampleInstance(seed: number, scale: string | undefined, year: number | undefined): SolverInstance {
  if (scale !== undefined && scale !== 'district' && scale !== 'province') {
    throw new CliError(`--scale chỉ nhận "district" (một huyện) hoặc "province" (cả tỉnh), không phải "${scale}".`, EXIT_USAGE);
  }
  const data = generateSampleData({ seed, scale: scale ?? 'district', ...(year !== undefined ? { year } : {}) });
  return instanceFromData(data, year ?? data.settings.currentYear);
}

export function formatResult(instance: SolverInstance, result: SolverResult): string {
  const s = result.summary;
  const lines = [
    `Năm ${instance.year}: ${s.cells} chi bộ, ${instance.officials.length} cán bộ, ${instance.registrations.length} lượt đăng ký.`,
    `Số chi bộ có người dự: ${s.cellsCoveredBefore} → ${s.cellsCoveredAfter} (thêm ${s.cellsCoveredAfter - s.cellsCoveredBefore}); ` +
      `chưa có ai: ${s.cells - s.cellsCoveredAfter}.`,
    `Số chi bộ quá đông (từ ${instance.rules.crowdingThreshold} người): ${s.crowdedBefore} → ${s.crowdedAfter}.`,
    `Đề xuất: ${s.moves} lượt chuyển, ${s.adds} lượt đăng ký thêm; một cán bộ dự nhiều nhất ${s.maxLoad} chi bộ.`,
  ];
  if (result.suggestions.length > 0) lines.push('', ...result.suggestions.map((x, i) => `${i + 1}. ${x.reason}`));
  else lines.push('', 'Không có đề xuất nào: không thể phủ thêm chi bộ với khả năng và địa bàn hiện có.');
  return lines.join('\n');
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args);
  const year = integerOption('year', values.year, 1930);
  const threshold = integerOption('threshold', values.threshold, 2);
  let instance: SolverInstance;
  if (values.sample !== undefined) {
    if (positionals.length > 0) throw new CliError('Dùng --sample hoặc một tệp bài toán, không dùng cả hai.', EXIT_USAGE);
    instance = sampleInstance(integerOption('sample', values.sample, 0) ?? 0, values.scale, year);
  } else {
    const [path, ...rest] = positionals;
    if (path === undefined || rest.length > 0) throw new CliError('Cần đúng một tệp bài toán (.json) hoặc --sample <seed>.', EXIT_USAGE);
    if (values.scale !== undefined || year !== undefined) throw new CliError('--scale và --year chỉ dùng với --sample.', EXIT_USAGE);
    instance = await instanceFromFile(path, io);
  }
  if (threshold !== undefined) instance.rules.crowdingThreshold = threshold;
  if (values['allow-outside-area']) instance.rules.allowOutsideArea = true;
  const result = solve(instance);
  io.out(values.json ? JSON.stringify({ summary: result.summary, suggestions: result.suggestions }, null, 2) : formatResult(instance, result));
  return EXIT_OK;
}

export const solveCommand: CliCommand = {
  name: 'solve',
  summary: 'đề xuất điều chỉnh đăng ký để phủ nhiều chi bộ nhất (bài toán luồng chi phí nhỏ nhất)',
  usage: [
    'solve <tệp.json> [--json] [--allow-outside-area] [--threshold <n>]',
    'solve --sample <seed> [--scale district|province] [--year <năm>] [--json]',
  ],
  run,
};
