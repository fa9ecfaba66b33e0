/**
 * The links between tables a restored database relies on. A file whose registrations point at
 * missing officials would restore "successfully" and then break pages, so it is refused whole.
 */
import { BackupError } from './errors';
import type { BackupRow, BackupTable } from './format';

interface Link {
  from: BackupTable;
  field: string;
  to: BackupTable;
  /** Vietnamese names of the referring and the referred record, for the message. */
  fromLabel: string;
  toLabel: string;
}

const LINKS: readonly Link[] = [
  { from: 'cells', field: 'orgId', to: 'orgs', fromLabel: 'Chi bộ', toLabel: 'đảng bộ cơ sở' },
  { from: 'registrations', field: 'officialId', to: 'officials', fromLabel: 'Lượt đăng ký', toLabel: 'cán bộ' },
  { from: 'registrations', field: 'cellId', to: 'cells', fromLabel: 'Lượt đăng ký', toLabel: 'chi bộ' },
  { from: 'meetings', field: 'registrationId', to: 'registrations', fromLabel: 'Buổi sinh hoạt', toLabel: 'lượt đăng ký' },
  { from: 'recommendations', field: 'meetingId', to: 'meetings', fromLabel: 'Kiến nghị', toLabel: 'buổi sinh hoạt' },
];

const MAX_SHOWN = 60;

/** Never stringifies an arbitrary value: a damaged file may hold one nested deeply enough to overflow. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : 'không có';
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

function recordName(row: BackupRow): string {
  return typeof row.name === 'string' && row.name !== '' ? ` "${shown(row.name)}"` : '';
}

/** Throws a BackupError naming the first broken link (and how many there are in all). */
export function checkReferences(rows: Record<BackupTable, readonly BackupRow[]>): void {
  for (const link of LINKS) {
    const ids = new Set(rows[link.to].map((row) => row.id));
    const broken = rows[link.from].filter((row) => !ids.has(row[link.field]));
    const first = broken[0];
    if (!first) continue;
    const others = broken.length > 1 ? ` (cùng ${broken.length - 1} bản ghi khác)` : '';
    throw new BackupError(
      'references',
      `Tệp sao lưu không nhất quán, không khôi phục được: ${link.fromLabel}${recordName(first)} (mã ${shown(first.id)}) ` +
        `trỏ tới ${link.toLabel} không có trong tệp (mã ${shown(first[link.field])})${others}.`,
    );
  }
}
