/**
 * The instance JSON the CLI reads (documented in the README, "Dòng lệnh (CLI)"). Messages
 * are Vietnamese and name the offending record, because a clerk or a script author reads
 * them, not a developer.
 */
import { z } from 'zod';
import { DEFAULT_CROWDING_THRESHOLD } from '../coverage/coverage';
import type { SolverInstance } from './types';

/** "Thiếu …" when the key is absent, "… phải là …" when it has the wrong type. */
const expected = (what: string, kind: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `Thiếu ${what.charAt(0).toLowerCase()}${what.slice(1)}` : `${what} phải là ${kind}`;
const id = (what: string) => z.string({ error: expected(what, 'chuỗi') }).trim().min(1, { error: `${what} không được để trống` });
const text = (what: string) => z.string({ error: expected(what, 'chuỗi') });
const integer = (what: string) => z.number({ error: expected(what, 'số') }).int({ error: `${what} phải là số nguyên` });

const officialSchema = z.object({
  id: id('Mã cán bộ'),
  name: text('Họ tên cán bộ'),
  capacity: integer('Khả năng (capacity)')
    .min(0, { error: 'Khả năng (capacity) không được âm' })
    .max(1000, { error: 'Khả năng (capacity) tối đa 1000 chi bộ' }),
  areas: z.array(id('Mã địa bàn'), { error: expected('areas', 'danh sách mã địa bàn ([] = mọi nơi)') }),
  field: text('Lĩnh vực').optional(),
});

const cellSchema = z.object({
  id: id('Mã chi bộ'),
  name: text('Tên chi bộ'),
  orgId: id('Mã tổ chức cơ sở đảng'),
  orgName: text('Tên tổ chức cơ sở đảng'),
  area: id('Mã địa bàn của chi bộ'),
  field: text('Lĩnh vực').optional(),
});

const registrationSchema = z.object({
  id: id('Mã đăng ký'),
  officialId: id('Mã cán bộ của đăng ký'),
  cellId: id('Mã chi bộ của đăng ký'),
  fixed: z.boolean({ error: expected('fixed', 'true hoặc false') }).optional(),
});

const rulesSchema = z.object({
  crowdingThreshold: integer('crowdingThreshold')
    .min(2, { error: 'crowdingThreshold phải từ 2 trở lên' })
    .default(DEFAULT_CROWDING_THRESHOLD),
  allowOutsideArea: z.boolean({ error: expected('allowOutsideArea', 'true hoặc false') }).default(false),
  minPerCell: z.literal(1, { error: 'minPerCell chỉ nhận giá trị 1' }).default(1),
});

interface Issue {
  message: string;
  path: (string | number)[];
}

const LIST_LABELS = { officials: 'cán bộ', cells: 'chi bộ', registrations: 'đăng ký' } as const;

/** Ids unique per list; registrations point at listed officials and cells. */
function checkReferences(v: { officials: { id: string }[]; cells: { id: string }[]; registrations: { id: string; officialId: string; cellId: string }[] }): Issue[] {
  const issues: Issue[] = [];
  const lists: [keyof typeof LIST_LABELS, { id: string }[]][] = [['officials', v.officials], ['cells', v.cells], ['registrations', v.registrations]];
  for (const [key, list] of lists) {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) issues.push({ message: `Mã ${LIST_LABELS[key]} "${x.id}" bị trùng`, path: [key, i, 'id'] });
      seen.add(x.id);
    });
  }
  const officialIds = new Set(v.officials.map((o) => o.id));
  const cellIds = new Set(v.cells.map((c) => c.id));
  v.registrations.forEach((r, i) => {
    if (!officialIds.has(r.officialId)) {
      issues.push({ message: `Đăng ký "${r.id}" trỏ tới cán bộ "${r.officialId}" không có trong officials`, path: ['registrations', i, 'officialId'] });
    }
    if (!cellIds.has(r.cellId)) {
      issues.push({ message: `Đăng ký "${r.id}" trỏ tới chi bộ "${r.cellId}" không có trong cells`, path: ['registrations', i, 'cellId'] });
    }
  });
  return issues;
}

export const solverInstanceSchema = z
  .object(
    {
      year: integer('year (năm)')
        .min(1930, { error: 'year (năm) không hợp lệ' })
        .max(2200, { error: 'year (năm) không hợp lệ' }),
      officials: z.array(officialSchema, { error: expected('officials', 'danh sách cán bộ') }),
      cells: z.array(cellSchema, { error: expected('cells', 'danh sách chi bộ') }),
      registrations: z.array(registrationSchema, { error: expected('registrations', 'danh sách đăng ký') }).default([]),
      rules: rulesSchema.prefault({}),
    },
    { error: 'Bài toán phải là một đối tượng JSON { year, officials, cells, registrations, rules }' },
  )
  .superRefine((v, ctx) => {
    for (const issue of checkReferences(v)) ctx.addIssue({ code: 'custom', ...issue });
  });

export type SolverInstanceInput = z.input<typeof solverInstanceSchema>;

// The schema's output must stay assignable to the hand-written type, both ways.
type Parsed = z.output<typeof solverInstanceSchema>;
const _toType = (p: Parsed): SolverInstance => p;
const _fromType = (p: SolverInstance): Parsed => p;
void _toType;
void _fromType;

/** "officials[2].capacity" from a zod path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out;
}

/** The instance, or Vietnamese messages, one per problem, each prefixed by where it is. */
export function parseSolverInstance(data: unknown): { ok: true; instance: SolverInstance } | { ok: false; errors: string[] } {
  const result = solverInstanceSchema.safeParse(data);
  if (result.success) return { ok: true, instance: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((i) => (i.path.length > 0 ? `${formatIssuePath(i.path)}: ${i.message}` : i.message)),
  };
}
