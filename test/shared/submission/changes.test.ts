import { describe, expect, it } from 'vitest';
import { aggregateDashboard } from '../../../shared/dashboard/aggregate';
import { dashboardInputOf } from '../../../shared/dashboard/input';
import { prepareDashboard } from '../../../shared/dashboard/prepare';
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import { periodYears } from '../../../shared/domain/period';
import type { DistrictData, Registration, RegistrationPeriod } from '../../../shared/domain/types';
import { diffSubmissions } from '../../../shared/submission/changes';
import { submissionOf } from '../../../shared/submission/write-submission';
import { settings } from '../fixtures/settings';
import { cells, officials, orgs, registrations } from '../fixtures/small-district';

const DATE = '2025-10-01';
const YEAR: DashboardPeriod = { kind: 'year', year: 2025 };
const before: DistrictData = { settings, orgs, cells, officials, registrations };

const reg = (id: string, officialId: string, cellId: string, period: RegistrationPeriod): Registration => ({ id, officialId, cellId, period, years: periodYears(period), note: '' });
const kpiOf = (data: DistrictData) => aggregateDashboard(prepareDashboard(dashboardInputOf(data)), { period: YEAR, orgId: null, today: DATE }).kpi;

/**
 * cell-2 removed, cell-7 added; reg-2 removed, reg-9 added at the new cell; reg-4 moved to
 * cell-5 with quarter II; reg-1's quarters rewritten in another order and reg-7's note
 * edited, neither of which is a change of who goes where when.
 */
const after: DistrictData = {
  ...before,
  cells: [...cells.filter((c) => c.id !== 'cell-2'), { id: 'cell-7', orgId: 'org-1', name: 'Chi bộ thôn 11', memberCount: 20 }],
  registrations: [
    ...registrations
      .filter((r) => r.id !== 'reg-2')
      .map((r) => {
        if (r.id === 'reg-4') return reg('reg-4', 'c', 'cell-5', { kind: 'year', year: 2025, quarters: [2] });
        if (r.id === 'reg-7') return { ...r, note: 'ghi chú mới' };
        return r;
      }),
    reg('reg-9', 'e', 'cell-7', { kind: 'term', startYear: 2025, endYear: 2030 }),
  ],
};
const withQuarters = (data: DistrictData, quarters: (1 | 2 | 3 | 4)[]): DistrictData => ({
  ...data,
  registrations: data.registrations.map((r) => (r.id === 'reg-1' ? reg('reg-1', 'a', 'cell-1', { kind: 'year', year: 2025, quarters }) : r)),
});

const t1 = new Date('2025-10-01T08:00:00Z');
const t2 = new Date('2025-10-03T08:00:00Z');

describe('diffSubmissions', () => {
  it('names exactly the cells and registrations added, removed and moved', () => {
    const changes = diffSubmissions(
      submissionOf(withQuarters(before, [1, 3]), YEAR, DATE, t1),
      submissionOf(withQuarters(after, [3, 1, 3]), YEAR, DATE, t2),
    );
    expect(changes).toEqual({
      fromGeneratedAt: '2025-10-01T08:00:00.000Z',
      toGeneratedAt: '2025-10-03T08:00:00.000Z',
      cellsAdded: [{ id: 'cell-7', name: 'Chi bộ thôn 11', orgName: 'Đảng bộ xã Hợp Thành' }],
      cellsRemoved: [{ id: 'cell-2', name: 'Chi bộ thôn 2', orgName: 'Đảng bộ xã Hợp Thành' }],
      registrationsAdded: [
        { id: 'reg-9', officialName: 'Phạm Thị Dung', cellName: 'Chi bộ thôn 11', orgName: 'Đảng bộ xã Hợp Thành', periodText: 'Cả nhiệm kỳ 2025–2030' },
      ],
      registrationsRemoved: [
        { id: 'reg-2', officialName: 'Nguyễn Văn An', cellName: 'Chi bộ thôn 1', orgName: 'Đảng bộ xã Hợp Thành', periodText: 'Quý III năm 2025' },
      ],
      registrationsChanged: [
        {
          before: { id: 'reg-4', officialName: 'Lê Văn Cường', cellName: 'Chi bộ thôn 1', orgName: 'Đảng bộ xã Hợp Thành', periodText: 'Năm 2025 (chưa xác định thời gian)' },
          after: { id: 'reg-4', officialName: 'Lê Văn Cường', cellName: 'Chi bộ Đội An ninh', orgName: 'Đảng bộ Công an huyện', periodText: 'Quý II năm 2025' },
        },
      ],
      kpiBefore: kpiOf(withQuarters(before, [1, 3])),
      kpiAfter: kpiOf(withQuarters(after, [3, 1, 3])),
      unchanged: false,
    });
  });

  it('the figures move with the changes: one cell fewer uncovered, one more covered', () => {
    const { kpiBefore, kpiAfter } = diffSubmissions(submissionOf(before, YEAR, DATE, t1), submissionOf(after, YEAR, DATE, t2));
    expect(kpiAfter.cells).toBe(kpiBefore.cells);
    expect(kpiAfter.covered).toBe(kpiBefore.covered + 1);
    expect(kpiAfter.registrations).toBe(kpiBefore.registrations);
  });

  it('the same data sent again later is unchanged', () => {
    const changes = diffSubmissions(submissionOf(before, YEAR, DATE, t1), submissionOf(before, YEAR, DATE, t2));
    expect(changes).toMatchObject({ cellsAdded: [], cellsRemoved: [], registrationsAdded: [], registrationsRemoved: [], registrationsChanged: [], unchanged: true });
    expect(changes.kpiAfter).toEqual(changes.kpiBefore);
    expect(changes.toGeneratedAt).toBe(t2.toISOString());
  });

  it('lists several changes in Vietnamese order of the official, then organization and cell', () => {
    const removedAll = diffSubmissions(submissionOf(before, YEAR, DATE, t1), submissionOf({ ...before, registrations: [] }, YEAR, DATE, t2));
    expect(removedAll.registrationsRemoved.map((r) => `${r.officialName}/${r.cellName}/${r.id}`)).toEqual([
      'Đặng Văn Hòa/(không rõ)/reg-6',
      'Đặng Văn Hòa/Chi bộ mồ côi/reg-8',
      'Lê Văn Cường/Chi bộ Đội An ninh/reg-7',
      'Lê Văn Cường/Chi bộ thôn 1/reg-4',
      'Nguyễn Văn An/Chi bộ thôn 1/reg-1',
      'Nguyễn Văn An/Chi bộ thôn 1/reg-2',
      'Trần Thị Bình/Chi bộ Phòng Tài chính - Kế hoạch/reg-5',
      'Trần Thị Bình/Chi bộ thôn 1/reg-3',
    ]);
  });
});
