import { describe, expect, it } from 'vitest';
import { assembleDirectory } from '../../../shared/import/assemble-directory';
import { assembleOfficials } from '../../../shared/import/assemble-officials';
import { applyDecision, assembleRegistrations } from '../../../shared/import/assemble-registrations';
import { importSummary } from '../../../shared/import/import-summary';
import { rows } from './assemble-fixtures';

/** Three files of one district, imported into an empty database. */
function plans() {
  const directory = assembleDirectory(
    rows([
      { org: 'Đảng bộ xã Hoa Thành', cell: 'Chi bộ thôn 1', orgType: 'Xã', members: '30' },
      { org: 'Đảng bộ xã Hoa Thành', cell: 'Chi bộ thôn 2', orgType: 'Xã', members: '25' },
      { org: 'Đảng bộ xã Hoa Thành', cell: 'Chi bộ thôn 2', orgType: 'Xã', members: '25' },
      { org: 'Đảng bộ xã Hợp Thành', cell: 'Chi bộ thôn 1', orgType: 'Xã', members: '40' },
      { org: 'Chi bộ Trường THPT Yên Thành 2', cell: '', orgType: 'Đơn vị sự nghiệp', members: '33' },
      { org: 'Đảng bộ xã Hợp Thành', cell: 'Chi bộ thôn 5', orgType: 'Xã', members: 'nhiều' },
    ]),
  );
  const officials = assembleOfficials(
    rows([
      [{ name: 'Nguyễn Văn An', position: 'Trưởng Ban Tổ chức Tỉnh ủy' }, { section: 'ỦY VIÊN BAN THƯỜNG VỤ TỈNH ỦY', sheet: 'Cán bộ' }],
      [{ name: 'Trần Thị Bình', position: 'Phó Trưởng Ban Dân vận Tỉnh ủy' }, { section: 'TỈNH ỦY VIÊN', sheet: 'Cán bộ' }],
      [{ name: 'Lê Văn Cường', position: 'Giám đốc Sở Y tế' }, { section: 'TỈNH ỦY VIÊN', sheet: 'Cán bộ' }],
      [{ name: 'Vũ Văn Em', position: 'Chuyên viên' }, { sheet: 'Cán bộ' }],
    ]),
  );
  const registrations = assembleRegistrations(
    rows([
      [{ official: 'Nguyễn Văn An', position: 'Trưởng Ban Tổ chức Tỉnh ủy', org: 'Hoa Thành', cell: 'Thôn 1', time: 'Quý I' }, { sheet: 'Đăng ký' }],
      [{ official: 'Trần Thị Bình', position: 'Phó Trưởng Ban Dân vận Tỉnh ủy', org: 'Hoa Thành', cell: 'Thôn 1', time: 'Quý II' }, { sheet: 'Đăng ký' }],
      [{ official: 'Phan Văn Hải', position: 'Phó Chủ tịch UBND tỉnh', org: 'Hoa Thành', cell: 'Thôn 1', time: 'Cả nhiệm kỳ' }, { sheet: 'Đăng ký' }],
      [{ official: 'Nguyễn Văn An', position: 'Trưởng Ban Tổ chức Tỉnh ủy', org: 'Hoa Thành', cell: 'Thôn 1', time: 'Q1' }, { sheet: 'Đăng ký' }],
      [{ official: 'Trần Thị Bình', position: 'Phó Trưởng Ban Dân vận Tỉnh ủy', org: '', cell: 'Chi bộ thôn 1', time: 'Quý III' }, { sheet: 'Đăng ký' }],
      [{ official: 'Trần Thị Bình', position: 'Phó Trưởng Ban Dân vận Tỉnh ủy', org: 'Hoa Thành', cell: 'Thôn 2', time: 'Quý V' }, { sheet: 'Đăng ký' }],
      [{ official: 'Lê Văn Cường', position: 'Giám đốc Sở Y tế', org: 'Hoa Thành', cell: 'Thôn 2', time: 'Quý I/2026' }, { sheet: 'Đăng ký' }],
    ]),
    { directory: directory, officials: officials.officials, year: 2025, term: { startYear: 2025, endYear: 2030 } },
  );
  return { directory, officials, registrations };
}

describe('importSummary', () => {
  it('counts what the files would give for the year, with errors and decisions', () => {
    expect(importSummary({ year: 2025, ...plans() })).toEqual({
      grassrootsOrgs: 3,
      cells: 4,
      members: 30 + 25 + 40 + 33,
      officials: 5, // four listed, one created from a registration row
      registrations: 3, // An, Bình and Hải at thôn 1 (Hoa Thành); Cường's is for 2026
      duplicatesMerged: 2, // thôn 2 listed twice; An's Quý I twice
      errors: [
        { sheet: 'Sheet1', row: 10, reason: 'Số đảng viên “nhiều” của “Chi bộ thôn 5” không phải số nguyên từ 0 đến 10000; sửa lại rồi nhập lại.' },
        { sheet: 'Đăng ký', row: 10, reason: 'Thời gian “Quý V” không đúng: một năm chỉ có bốn quý, từ Quý I đến Quý IV. Sửa lại thời gian trong tệp rồi nhập lại.' },
      ],
      needsDecision: 1, // "Chi bộ thôn 1" with no organization: two communes have one
      cellsWithoutRegistrant: 3,
      crowdedCells: 1, // thôn 1 of Hoa Thành: three people
      officialsWithoutRegistration: 2, // Cường (2026 only) and Em
    });
  });

  it('follows the clerk’s decisions and the crowding threshold', () => {
    const p = plans();
    const registrations = applyDecision(p.registrations, 'Đăng ký:9', p.directory.cells.find((c) => c.name === 'Chi bộ thôn 1' && c.orgId === p.directory.orgs[1]?.id)?.id ?? '');
    const s = importSummary({ year: 2025, ...p, registrations, crowdingThreshold: 4 });
    expect(s).toMatchObject({ registrations: 4, needsDecision: 0, cellsWithoutRegistrant: 2, crowdedCells: 0 });
    expect(importSummary({ year: 2026, ...p })).toMatchObject({ registrations: 2, officialsWithoutRegistration: 3 });
  });

  it('adds the files to what the database already holds', () => {
    const p = plans();
    const base = { orgs: p.directory.orgs, cells: p.directory.cells, officials: p.officials.officials, registrations: p.registrations.registrations };
    const again = importSummary({ year: 2025, base });
    expect(again).toMatchObject({ grassrootsOrgs: 3, cells: 4, officials: 4, registrations: 3, errors: [], needsDecision: 0, duplicatesMerged: 0 });
    expect(importSummary({ year: 2025 })).toEqual({
      grassrootsOrgs: 0, cells: 0, members: 0, officials: 0, registrations: 0, duplicatesMerged: 0,
      errors: [], needsDecision: 0, cellsWithoutRegistrant: 0, crowdedCells: 0, officialsWithoutRegistration: 0,
    });
  });
});
