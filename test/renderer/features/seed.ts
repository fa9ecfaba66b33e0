import type { AppDatabase } from '../../../renderer/db/database';
import { SETTINGS_ID } from '../../../renderer/db/database';
import type { GrassrootsOrg, Official, PartyCell, Registration, RegistrationPeriod } from '../../../shared/domain/types';
import { periodYears } from '../../../shared/domain/period';
import { settings } from '../../shared/fixtures/settings';

export const orgs: GrassrootsOrg[] = [
  { id: 'o-xa', name: 'Đảng bộ xã Hoa Thành', type: 'xa', kind: 'dang_bo_co_so' },
  { id: 'o-truong', name: 'Chi bộ Trường THPT Phan Đăng Lưu', type: 'don_vi_su_nghiep', kind: 'chi_bo_co_so' },
];

export const cells: PartyCell[] = [
  { id: 'c-1', orgId: 'o-xa', name: 'Chi bộ xóm 1', memberCount: 25 },
  { id: 'c-2', orgId: 'o-xa', name: 'Chi bộ xóm 2', memberCount: 18 },
  { id: 'c-3', orgId: 'o-xa', name: 'Chi bộ xóm 3', memberCount: 30 },
  { id: 'c-truong', orgId: 'o-truong', name: 'Chi bộ Trường THPT Phan Đăng Lưu', memberCount: 12 },
];

function official(id: string, name: string, position: string): Official {
  return { id, name, position, group: 'member', committee: 'Ban Tổ chức Tỉnh ủy', area: '', field: '', capacity: 2 };
}

export const officials: Official[] = [
  official('p-an', 'Nguyễn Văn An', 'Phó Bí thư Tỉnh ủy'),
  official('p-binh', 'Trần Thị Bình', 'Trưởng Ban Dân vận Tỉnh ủy'),
  official('p-cuong', 'Lê Văn Cường', 'Tỉnh ủy viên'),
  official('p-dung', 'Phạm Thị Dung', 'Tỉnh ủy viên'),
  official('p-hoa', 'Đặng Văn Hòa', 'Phó Trưởng Ban Tổ chức Tỉnh ủy'),
];

function registration(id: string, officialId: string, cellId: string, period: RegistrationPeriod): Registration {
  return { id, officialId, cellId, period, years: periodYears(period), note: '' };
}

const term: RegistrationPeriod = { kind: 'term', startYear: 2025, endYear: 2030 };

/**
 * In 2025: xóm 1 has three people (crowded), xóm 2 one person twice (two registrations, one
 * person), xóm 3 and the school nobody. Dung registered only for 2026.
 */
export const registrations: Registration[] = [
  registration('r-1', 'p-an', 'c-1', { kind: 'year', year: 2025, quarters: [1, 3] }),
  registration('r-2', 'p-binh', 'c-1', term),
  registration('r-3', 'p-cuong', 'c-1', { kind: 'year', year: 2025, quarters: [] }),
  registration('r-4', 'p-an', 'c-2', { kind: 'year', year: 2025, quarters: [2] }),
  registration('r-5', 'p-an', 'c-2', { kind: 'year', year: 2025, quarters: [4] }),
  registration('r-6', 'p-dung', 'c-3', { kind: 'year', year: 2026, quarters: [1] }),
];

export async function seed(db: AppDatabase): Promise<void> {
  await db.settings.put({ ...settings, id: SETTINGS_ID });
  await db.orgs.bulkAdd(orgs);
  await db.cells.bulkAdd(cells);
  await db.officials.bulkAdd(officials);
  await db.registrations.bulkAdd(registrations);
}
