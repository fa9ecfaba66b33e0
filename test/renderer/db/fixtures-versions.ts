/**
 * Databases as each earlier version of the app wrote them: that version's Dexie stores,
 * copied from the history in renderer/db/database.ts (never imported from it, so a later
 * edit there cannot silently change what "version 3" means here), and records of the shape
 * that version wrote. Built in the test, no binary fixtures.
 */
import Dexie from 'dexie';
import { SETTINGS_ID } from '../../../renderer/db/database';
import type { Meeting, Recommendation } from '../../../shared/domain/meetings';
import { DEFAULT_PLAN_RULES } from '../../../shared/domain/rules';
import type { Registration, Settings } from '../../../shared/domain/types';
import { settings } from '../../shared/fixtures/settings';
import { cells, officials, orgs, registrations } from '../../shared/fixtures/small-district';

const V1_STORES = {
  settings: 'id',
  orgs: 'id, name, type',
  cells: 'id, orgId, name',
  officials: 'id, name, group',
  registrations: 'id, officialId, cellId, *years',
};
const V3_STORES = { ...V1_STORES, importMappings: '[kind+key]' };
const V4_STORES = { ...V3_STORES, balanceUndo: '++id' };
const V5_STORES = {
  ...V4_STORES,
  meetings: 'id, registrationId, date, status',
  recommendations: 'id, meetingId, status, dueDate',
};

export interface VersionFixture {
  version: number;
  /** Every store as that version declared it, indexes included. */
  stores: Record<string, string>;
  /** What that version wrote, by table; `settings` holds the one settings row. */
  rows: Record<string, unknown[]>;
  /** How today's app must read those settings back. */
  upgradedSettings: Settings;
}

const { rules: _rules, mode: _mode, ...settingsV1 } = settings;
/** Rules as versions 2–4 saved them: no notice period yet; a clerk's own cap, to see it kept. */
const rulesV2 = { coverageScope: 'term', maxRegistrantsPerCell: 4, officialMinCells: 2 } as const;
const rulesV5 = { ...rulesV2, noticeDays: 7 };

const importMappings = [
  { kind: 'officials', key: 'ho va ten|chuc vu', mapping: { name: 1, position: 2 } },
  { kind: 'directory', key: 'ho va ten|chuc vu', mapping: { org: 1, cell: 2 } },
  { kind: 'registrations', key: 'stt|ho va ten|chi bo', mapping: { stt: 0, name: 1, cell: 2, time: 3 } },
];

const created: Registration = { id: 'reg-bal-1', officialId: 'e', cellId: 'cell-2', period: { kind: 'year', year: 2025, quarters: [2] }, years: [2025], note: '' };
const balanceUndo = [
  { id: 1, year: 2025, appliedAt: '2025-03-01T08:00:00.000Z', created: [], moved: [{ registrationId: 'reg-4', officialId: 'c', fromCellId: 'cell-1', toCellId: 'cell-3' }], names: { c: 'Lê Văn Cường', 'cell-1': 'Chi bộ thôn 1', 'cell-3': 'Chi bộ thôn 10' } },
  { id: 2, year: 2025, appliedAt: '2025-03-02T09:30:00.000Z', created: [created], moved: [], names: { e: 'Phạm Thị Dung', 'cell-2': 'Chi bộ thôn 2' } },
];

const host = { role: 'secretary', name: 'Hồ Văn Nam', confirmed: true } as const;
function meeting(id: string, registrationId: string, date: string, extra: Partial<Meeting> = {}): Meeting {
  return {
    id,
    registrationId,
    date,
    startTime: '14:00',
    endTime: '16:00',
    place: 'Nhà văn hóa xóm',
    type: 'regular',
    agenda: 'Sinh hoạt định kỳ tháng',
    host,
    noticeDate: date,
    status: 'scheduled',
    postponements: [],
    absenceReason: '',
    hostAttended: null,
    membersPresent: null,
    attendees: '',
    notes: '',
    ...extra,
  };
}
const meetings: Meeting[] = [
  meeting('m-1', 'reg-1', '2025-02-10', { status: 'held', hostAttended: 'secretary', membersPresent: 27, attendees: 'Bí thư Đảng ủy xã' }),
  meeting('m-2', 'reg-3', '2025-05-20', {
    status: 'postponed',
    postponements: [{ fromDate: '2025-05-13', fromTime: '08:00', recordedOn: '2025-05-10', reason: 'Trùng lịch họp Tỉnh ủy' }],
  }),
  meeting('m-3', 'reg-7', '2025-09-02'),
  meeting('m-4', 'reg-2', '2025-08-05', { status: 'not_attended', absenceReason: 'Đi công tác' }),
];
const recommendations: Recommendation[] = [
  {
    id: 'rec-1',
    meetingId: 'm-1',
    content: 'Đề nghị nâng cấp đường giao thông nội thôn',
    field: 'Giao thông',
    addressedTo: 'UBND huyện',
    dueDate: '2025-04-30',
    status: 'forwarded',
    history: [
      { status: 'new', date: '2025-02-10', note: '', skipReason: '' },
      { status: 'forwarded', date: '2025-02-12', note: 'Công văn số 12-CV/HU', skipReason: '' },
    ],
  },
  {
    id: 'rec-2',
    meetingId: 'm-1',
    content: 'Hỗ trợ kinh phí sửa nhà văn hóa',
    field: '',
    addressedTo: 'Ban Thường vụ Huyện ủy',
    dueDate: '',
    status: 'new',
    history: [{ status: 'new', date: '2025-02-10', note: '', skipReason: '' }],
  },
];

const base = { orgs, cells, officials, registrations };
const row = (s: object) => [{ ...s, id: SETTINGS_ID }];

/** One fixture per earlier version, oldest first. */
export const VERSION_FIXTURES: readonly VersionFixture[] = [
  {
    // 1: settings had no rules.
    version: 1,
    stores: V1_STORES,
    rows: { settings: row(settingsV1), ...base },
    upgradedSettings: { ...settings, mode: 'district', rules: { ...DEFAULT_PLAN_RULES } },
  },
  {
    // 2: rules, without the notice period (added in 5). Same stores as 1.
    version: 2,
    stores: V1_STORES,
    rows: { settings: row({ ...settingsV1, rules: rulesV2 }), ...base },
    upgradedSettings: { ...settings, mode: 'district', rules: { ...rulesV2, noticeDays: DEFAULT_PLAN_RULES.noticeDays } },
  },
  {
    // 3: remembered column mappings.
    version: 3,
    stores: V3_STORES,
    rows: { settings: row({ ...settingsV1, rules: rulesV2 }), ...base, importMappings },
    upgradedSettings: { ...settings, mode: 'district', rules: { ...rulesV2, noticeDays: DEFAULT_PLAN_RULES.noticeDays } },
  },
  {
    // 4: what each accepted balancing changed.
    version: 4,
    stores: V4_STORES,
    rows: { settings: row({ ...settingsV1, rules: rulesV2 }), ...base, importMappings, balanceUndo },
    upgradedSettings: { ...settings, mode: 'district', rules: { ...rulesV2, noticeDays: DEFAULT_PLAN_RULES.noticeDays } },
  },
  {
    // 5: meetings, recommendations, the notice period; settings still without `mode`.
    version: 5,
    stores: V5_STORES,
    rows: { settings: row({ ...settingsV1, rules: rulesV5 }), ...base, importMappings, balanceUndo, meetings, recommendations },
    upgradedSettings: { ...settings, mode: 'district', rules: rulesV5 },
  },
];

/** Writes `fixture` into a new database called `name`, with only that version's schema, and closes it. */
export async function writeVersionDatabase(name: string, fixture: VersionFixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, list] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(list);
  });
  if (old.verno !== fixture.version) throw new Error(`wrote version ${old.verno}, not ${fixture.version}`);
  old.close();
}
