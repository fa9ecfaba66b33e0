import { describe, expect, it } from 'vitest';
import { buildBackupText } from '../../../shared/backup/build';
import { BackupError } from '../../../shared/backup/errors';
import { backupFileName, type BackupTable } from '../../../shared/backup/format';
import { checkContainer, verifyBackupText } from '../../../shared/backup/verify';
import { sha256Hex } from '../../../shared/submission/checksum';

const SCHEMA = 6;
const KEYS: Record<BackupTable, string> = {
  settings: 'id',
  orgs: 'id,name,type',
  cells: 'id,orgId,name',
  officials: 'id,name,group',
  registrations: 'id,officialId,cellId,*years',
  importMappings: '[kind+key]',
  balanceUndo: '++id',
  meetings: 'id,registrationId,date,status',
  recommendations: 'id,meetingId,status,dueDate',
  submissions: 'id,periodKey,committeeKey',
  audit: '++id,at,action,entity',
};

type Rows = Partial<Record<BackupTable, Record<string, unknown>[]>>;

const goodRows = (): Rows => ({
  settings: [{ id: 'app', committeeName: 'Huyện ủy Yên Thành' }],
  orgs: [{ id: 'o1', name: 'Đảng bộ xã Hoa Thành' }],
  cells: [{ id: 'c1', orgId: 'o1', name: 'Chi bộ xóm 1' }],
  officials: [{ id: 'p1', name: 'Nguyễn Văn An' }],
  registrations: [{ id: 'r1', officialId: 'p1', cellId: 'c1', years: [2025] }],
  meetings: [{ id: 'm1', registrationId: 'r1', date: '2025-03-14' }],
  recommendations: [{ id: 'k1', meetingId: 'm1', content: 'Sửa đường' }],
  audit: [{ id: 1, at: '2025-03-01T00:00:00.000Z', action: 'create', entity: 'org', summary: 'Thêm' }],
});

function exportText(rows: Rows, version = SCHEMA): string {
  const tables = Object.keys(KEYS) as BackupTable[];
  return JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'dang-ky-du-sinh-hoat',
      databaseVersion: version,
      tables: tables.map((name) => ({ name, schema: KEYS[name], rowCount: rows[name]?.length ?? 0 })),
      data: tables.map((tableName) => ({ tableName, inbound: true, rows: rows[tableName] ?? [] })),
    },
  });
}

async function backupText(rows: Rows = goodRows(), version = SCHEMA): Promise<string> {
  return (await buildBackupText(exportText(rows, version), { appVersion: '0.1.0', schemaVersion: version, createdAt: new Date() })).text;
}

type Envelope = { manifest: Record<string, unknown> & { counts: Record<string, number> }; data: string };

async function edited(edit: (envelope: Envelope) => void | Promise<void>, rows?: Rows): Promise<string> {
  const envelope = JSON.parse(await backupText(rows)) as Envelope;
  await edit(envelope);
  return JSON.stringify(envelope);
}

async function refusal(text: string, schema = SCHEMA): Promise<BackupError> {
  const error = await verifyBackupText(text, schema).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

describe('verifyBackupText', () => {
  it('accepts a good file and counts its records', async () => {
    const verified = await verifyBackupText(await backupText(), SCHEMA);
    expect(verified.counts).toMatchObject({ orgs: 1, cells: 1, registrations: 1, meetings: 1, recommendations: 1, submissions: 0 });
    expect(verified.manifest).toMatchObject({ appVersion: '0.1.0', schemaVersion: SCHEMA });
  });

  it('accepts an older schema (the restore upgrades it)', async () => {
    await expect(verifyBackupText(await backupText(goodRows(), 5), SCHEMA)).resolves.toMatchObject({ manifest: { schemaVersion: 5 } });
  });

  it('refuses a checksum mismatch', async () => {
    const text = await edited((e) => {
      e.data = e.data.replace('Nguyễn Văn An', 'Nguyễn Văn Ân');
    });
    const error = await refusal(text);
    expect(error.code).toBe('checksum');
    expect(error.message).toBe('Tệp sao lưu bị hỏng hoặc đã bị sửa đổi, không khôi phục được. (Mã kiểm tra SHA-256 không khớp với nội dung.)');
  });

  it('refuses a newer schema than the app knows', async () => {
    const error = await refusal(await backupText(goodRows(), 7));
    expect(error.code).toBe('newer-schema');
    expect(error.message).toBe(
      'Tệp sao lưu được tạo bởi phiên bản ứng dụng mới hơn (0.1.0, cấu trúc dữ liệu số 7; phiên bản này chỉ đọc được đến số 6). Hãy cập nhật ứng dụng rồi khôi phục lại.',
    );
  });

  it('refuses a newer file format', async () => {
    const error = await refusal(await edited((e) => void (e.manifest.formatVersion = 2)));
    expect(error.code).toBe('newer-format');
    expect(error.message).toBe('Tệp sao lưu được tạo bởi phiên bản ứng dụng mới hơn. Hãy cập nhật ứng dụng rồi khôi phục lại.');
  });

  it('refuses counts that do not match the manifest', async () => {
    const error = await refusal(await edited((e) => void (e.manifest.counts.cells = 2)));
    expect(error.code).toBe('counts');
    expect(error.message).toBe('Tệp sao lưu bị thiếu hoặc thừa dữ liệu: bảng cells có 1 bản ghi, phần mô tả ghi 2. Không khôi phục được.');
  });

  it('refuses rows dropped from the data even with a matching checksum', async () => {
    const rows = goodRows();
    const text = await edited(async (e) => {
      const exported = JSON.parse(e.data) as { data: { data: { tableName: string; rows: unknown[] }[] } };
      exported.data.data.find((part) => part.tableName === 'officials')!.rows = [];
      e.data = JSON.stringify(exported);
      (e.manifest.checksum as { value: string }).value = await sha256Hex(e.data);
    }, rows);
    const error = await refusal(text);
    expect(error.code).toBe('counts');
    expect(error.message).toContain('bảng officials có 0 bản ghi, phần mô tả ghi 1');
  });

  it.each([
    ['a cell without its org', { cells: [{ id: 'c1', orgId: 'o-x', name: 'Chi bộ xóm 1' }] },
      'Tệp sao lưu không nhất quán, không khôi phục được: Chi bộ "Chi bộ xóm 1" (mã c1) trỏ tới đảng bộ cơ sở không có trong tệp (mã o-x).'],
    ['a registration without its official', { registrations: [{ id: 'r1', officialId: 'p-x', cellId: 'c1' }] },
      'Tệp sao lưu không nhất quán, không khôi phục được: Lượt đăng ký (mã r1) trỏ tới cán bộ không có trong tệp (mã p-x).'],
    ['a registration without its cell', { registrations: [{ id: 'r1', officialId: 'p1', cellId: 'c-x' }] },
      'Tệp sao lưu không nhất quán, không khôi phục được: Lượt đăng ký (mã r1) trỏ tới chi bộ không có trong tệp (mã c-x).'],
    ['a meeting without its registration', { meetings: [{ id: 'm1', registrationId: 'r-x' }, { id: 'm2', registrationId: 'r-y' }] },
      'Tệp sao lưu không nhất quán, không khôi phục được: Buổi sinh hoạt (mã m1) trỏ tới lượt đăng ký không có trong tệp (mã r-x) (cùng 1 bản ghi khác).'],
    ['a recommendation without its meeting', { recommendations: [{ id: 'k1', meetingId: 'm-x' }] },
      'Tệp sao lưu không nhất quán, không khôi phục được: Kiến nghị (mã k1) trỏ tới buổi sinh hoạt không có trong tệp (mã m-x).'],
  ])('refuses a dangling reference: %s', async (_name, change, message) => {
    const error = await refusal(await backupText({ ...goodRows(), ...change }));
    expect(error.code).toBe('references');
    expect(error.message).toBe(message);
  });

  it('refuses text that is not JSON', async () => {
    const error = await refusal('PK\u0003\u0004 không phải JSON');
    expect(error.code).toBe('not-json');
    expect(error.message).toBe(
      'Tệp này không phải tệp sao lưu của ứng dụng Theo dõi dự sinh hoạt chi bộ. Nội dung giải nén không phải dữ liệu JSON.',
    );
  });

  it.each([[''], ['   \n']])('refuses an empty text %j', async (text) => {
    const error = await refusal(text);
    expect(error.code).toBe('empty');
    expect(error.message).toBe('Tệp sao lưu rỗng, không có dữ liệu để khôi phục.');
  });

  it.each([['{}'], ['[]'], ['null'], ['{"manifest":{"format":"khac"},"data":""}']])('refuses foreign JSON %s', async (text) => {
    const error = await refusal(text);
    expect(error.code).toBe('foreign');
    expect(error.message).toBe('Tệp này không phải tệp sao lưu của ứng dụng Theo dõi dự sinh hoạt chi bộ.');
  });

  it('refuses our envelope with a broken manifest or data as damaged', async () => {
    expect((await refusal(await edited((e) => void (e.manifest.createdAt = 'hôm qua')))).code).toBe('damaged');
    const notExport = await edited(async (e) => {
      e.data = '{"formatName":"khac"}';
      (e.manifest.checksum as { value: string }).value = await sha256Hex(e.data);
    });
    expect((await refusal(notExport)).message).toContain('(Phần dữ liệu không đúng cấu trúc.)');
  });

  it('refuses duplicate keys and rows without keys', async () => {
    const duplicate = await refusal(await backupText({ ...goodRows(), orgs: [{ id: 'o1' }, { id: 'o1' }] }));
    expect(duplicate.message).toContain('Mã o1 trùng trong bảng orgs.');
    const missing = await refusal(await backupText({ ...goodRows(), audit: [{ at: 'x' }] }));
    expect(missing.message).toContain('Có bản ghi thiếu mã trong bảng audit.');
  });
});

describe('checkContainer', () => {
  it('refuses an empty file', () => {
    expect(() => checkContainer(new Uint8Array(), 100)).toThrow(
      new BackupError('empty', 'Tệp sao lưu rỗng (0 byte), không có dữ liệu để khôi phục.'),
    );
  });

  it('refuses a file that is not gzip', () => {
    const error = (() => {
      try {
        checkContainer(new Uint8Array([0x50, 0x4b, 3, 4]), 100);
      } catch (e) {
        return e as BackupError;
      }
    })();
    expect(error).toBeInstanceOf(BackupError);
    expect(error?.code).toBe('not-gzip');
    expect(error?.message).toBe(
      'Tệp này không phải tệp sao lưu của ứng dụng Theo dõi dự sinh hoạt chi bộ. Tệp sao lưu là tệp nén (gzip) có đuôi .dkbak.',
    );
  });

  it('refuses a file over the size limit and accepts gzip', () => {
    expect(() => checkContainer(new Uint8Array(101).fill(0x1f), 100)).toThrow(BackupError);
    expect(() => checkContainer(new Uint8Array([0x1f, 0x8b, 8]), 100)).not.toThrow();
  });
});

describe('backupFileName', () => {
  it('names by kind and local time', () => {
    const at = new Date(2025, 0, 5, 7, 3);
    expect(backupFileName('manual', at)).toBe('Sao-luu-2025-01-05-0703.dkbak');
    expect(backupFileName('daily', at)).toBe('Sao-luu-tu-dong-2025-01-05-0703.dkbak');
    expect(backupFileName('before-restore', at)).toBe('Sao-luu-truoc-khoi-phuc-2025-01-05-0703.dkbak');
  });
});
