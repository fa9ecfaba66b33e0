/**
 * Reads and checks a backup file before anything is replaced. Every refusal is a BackupError
 * with a Vietnamese message; any other exception would be a bug (the fuzz tests rely on this).
 * The order matters: the cheap checks that tell "not our file" from "our file, damaged" come
 * first, and the checksum is checked before the data is parsed.
 */
import { sha256Hex } from '../submission/checksum';
import { BackupError } from './errors';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLE_KEYS,
  BACKUP_TABLES,
  backupEnvelopeSchema,
  dexieExportSchema,
  type BackupEnvelope,
  type BackupRow,
  type BackupTable,
  type DexieExport,
  type VerifiedBackup,
} from './format';
import { checkReferences } from './references';

const FOREIGN = 'Tệp này không phải tệp sao lưu của ứng dụng Theo dõi dự sinh hoạt chi bộ.';
const DAMAGED = 'Tệp sao lưu bị hỏng hoặc đã bị sửa đổi, không khôi phục được.';

/** gzip's two magic bytes. */
export function checkContainer(bytes: Uint8Array, maxBytes: number): void {
  if (bytes.byteLength === 0) throw new BackupError('empty', 'Tệp sao lưu rỗng (0 byte), không có dữ liệu để khôi phục.');
  if (bytes.byteLength > maxBytes) {
    throw new BackupError('too-large', `Tệp quá lớn (tối đa ${Math.round(maxBytes / 1024 / 1024)} MB), không phải tệp sao lưu.`);
  }
  if (bytes.byteLength < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    throw new BackupError('not-gzip', `${FOREIGN} Tệp sao lưu là tệp nén (gzip) có đuôi .dkbak.`);
  }
}

function parseJson(text: string, message: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BackupError('not-json', message);
  }
}

function readEnvelope(text: string): BackupEnvelope {
  const value = parseJson(text, `${FOREIGN} Nội dung giải nén không phải dữ liệu JSON.`);
  const parsed = backupEnvelopeSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const format = (value as { manifest?: { format?: unknown } } | null)?.manifest?.format;
  if (format !== BACKUP_FORMAT) throw new BackupError('foreign', FOREIGN);
  const version = (value as { manifest: { formatVersion?: unknown } }).manifest.formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) throw newerFormat();
  throw new BackupError('damaged', `${DAMAGED} (Phần mô tả tệp không hợp lệ.)`);
}

function newerFormat(): BackupError {
  return new BackupError('newer-format', 'Tệp sao lưu được tạo bởi phiên bản ứng dụng mới hơn. Hãy cập nhật ứng dụng rồi khôi phục lại.');
}

function checkVersions(envelope: BackupEnvelope, appSchemaVersion: number): void {
  const { manifest } = envelope;
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION) throw newerFormat();
  if (manifest.schemaVersion > appSchemaVersion) {
    throw new BackupError(
      'newer-schema',
      `Tệp sao lưu được tạo bởi phiên bản ứng dụng mới hơn (${manifest.appVersion}, cấu trúc dữ liệu số ${manifest.schemaVersion}; ` +
        `phiên bản này chỉ đọc được đến số ${appSchemaVersion}). Hãy cập nhật ứng dụng rồi khôi phục lại.`,
    );
  }
}

async function checkChecksum(envelope: BackupEnvelope): Promise<void> {
  const actual = await sha256Hex(envelope.data);
  if (actual !== envelope.manifest.checksum.value) {
    throw new BackupError('checksum', `${DAMAGED} (Mã kiểm tra SHA-256 không khớp với nội dung.)`);
  }
}

function readExport(envelope: BackupEnvelope): DexieExport {
  const value = parseJson(envelope.data, `${DAMAGED} (Phần dữ liệu không phải JSON.)`);
  const parsed = dexieExportSchema.safeParse(value);
  if (!parsed.success) throw new BackupError('damaged', `${DAMAGED} (Phần dữ liệu không đúng cấu trúc.)`);
  if (parsed.data.data.databaseVersion !== envelope.manifest.schemaVersion) {
    throw new BackupError('damaged', `${DAMAGED} (Số cấu trúc dữ liệu trong tệp không thống nhất.)`);
  }
  return parsed.data;
}

function damaged(detail: string): BackupError {
  return new BackupError('damaged', `${DAMAGED} (${detail})`);
}

/** Rows by table; each table listed once, with the primary key this app declares for it. */
function collectRows(exported: DexieExport): Record<BackupTable, BackupRow[]> {
  const rows = Object.fromEntries(BACKUP_TABLES.map((t) => [t, [] as BackupRow[]])) as Record<BackupTable, BackupRow[]>;
  const listed = new Set<BackupTable>();
  for (const table of exported.data.tables) {
    if (listed.has(table.name)) throw damaged(`Bảng ${table.name} xuất hiện hai lần.`);
    listed.add(table.name);
    if (table.schema.split(',')[0] !== BACKUP_TABLE_KEYS[table.name]) throw damaged(`Khóa của bảng ${table.name} không đúng.`);
  }
  const seen = new Set<BackupTable>();
  for (const part of exported.data.data) {
    if (!listed.has(part.tableName) || seen.has(part.tableName)) throw damaged(`Dữ liệu bảng ${part.tableName} không đúng danh sách bảng.`);
    seen.add(part.tableName);
    rows[part.tableName] = part.rows;
  }
  return rows;
}

function primaryKey(table: BackupTable, row: BackupRow): string | undefined {
  const key = BACKUP_TABLE_KEYS[table];
  if (key === '[kind+key]') return typeof row.kind === 'string' && typeof row.key === 'string' ? `${row.kind}\u0000${row.key}` : undefined;
  if (key === '++id') return Number.isSafeInteger(row.id) && (row.id as number) > 0 ? String(row.id) : undefined;
  return typeof row.id === 'string' && row.id !== '' ? row.id : undefined;
}

/** Every row has its key, no key twice: otherwise fewer records would land than the file claims. */
function checkKeys(rows: Record<BackupTable, BackupRow[]>): void {
  for (const table of BACKUP_TABLES) {
    const keys = new Set<string>();
    for (const row of rows[table]) {
      const key = primaryKey(table, row);
      if (key === undefined) throw damaged(`Có bản ghi thiếu mã trong bảng ${table}.`);
      if (keys.has(key)) throw damaged(`Mã ${key.slice(0, 60)} trùng trong bảng ${table}.`);
      keys.add(key);
    }
  }
}

function checkCounts(envelope: BackupEnvelope, exported: DexieExport, rows: Record<BackupTable, BackupRow[]>): Record<BackupTable, number> {
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, rows[t].length])) as Record<BackupTable, number>;
  const declared = new Map(exported.data.tables.map((t) => [t.name, t.rowCount]));
  for (const table of BACKUP_TABLES) {
    const expected = envelope.manifest.counts[table] ?? 0;
    const listed = declared.get(table) ?? 0;
    if (counts[table] !== expected || listed !== expected) {
      throw new BackupError(
        'counts',
        `Tệp sao lưu bị thiếu hoặc thừa dữ liệu: bảng ${table} có ${counts[table]} bản ghi, phần mô tả ghi ${expected}. Không khôi phục được.`,
      );
    }
  }
  return counts;
}

/**
 * Checks the decompressed text of a backup file against the running app's schema version.
 * Older schema versions pass: the restore runs them through the app's Dexie upgrades.
 */
export async function verifyBackupText(text: string, appSchemaVersion: number): Promise<VerifiedBackup> {
  if (text.trim() === '') throw new BackupError('empty', 'Tệp sao lưu rỗng, không có dữ liệu để khôi phục.');
  const envelope = readEnvelope(text);
  checkVersions(envelope, appSchemaVersion);
  await checkChecksum(envelope);
  const exported = readExport(envelope);
  const rows = collectRows(exported);
  checkKeys(rows);
  const counts = checkCounts(envelope, exported, rows);
  checkReferences(rows);
  return { manifest: envelope.manifest, counts, exportText: envelope.data };
}
