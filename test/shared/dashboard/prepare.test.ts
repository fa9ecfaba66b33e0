import { describe, expect, it } from 'vitest';
import { sortByOrgThenCell } from '../../../shared/coverage/coverage';
import { prepareDashboard } from '../../../shared/dashboard/prepare';
import type { GrassrootsOrg, PartyCell } from '../../../shared/domain/types';
import { EMPTY_INPUT, input } from './fixture';

describe('prepareDashboard', () => {
  it('orders cells as the reports do, including names written in other Unicode forms and tone styles', () => {
    const org = (id: string, name: string): GrassrootsOrg => ({ id, name, type: 'xa', kind: 'dang_bo_co_so' });
    const orgs = [
      org('o1', 'Đảng bộ xã Thanh Hoà'),
      org('o2', 'Đảng bộ xã Thanh Hòa'.normalize('NFD')),
      org('o3', 'Đảng bộ xã An Hòa'),
      org('o0', 'Đảng bộ xã Thanh Hòa'),
      org('o4', 'Đảng bộ xã Ân Hòa'),
      org('o5', 'Chi bộ Trường Tiểu học'),
    ];
    const names = ['Chi bộ thôn 10', 'Chi bộ thôn 2', 'Chi bộ Xóm Đông', 'Chi bộ xóm Dinh', 'Chi bộ thôn 2', 'chi bộ thôn 1', 'Chi bộ thôn 2'.normalize('NFD'), 'Chi bộ thôn 02'];
    // "thôn 2" and "thôn 02" collate equal: each organization keeps them in its input order.
    const cells: PartyCell[] = orgs.flatMap((o, i) =>
      (i % 2 ? [...names].reverse() : names).map((name, j) => ({ id: `c${i}-${j}`, orgId: o.id, name, memberCount: 1 })),
    );
    const prepared = prepareDashboard({ ...EMPTY_INPUT, orgs, cells });
    const expected = sortByOrgThenCell(cells.map((cell) => ({ cell, org: orgs.find((o) => o.id === cell.orgId)! })));
    expect(prepared.cells.map((r) => r.cell.id)).toEqual(expected.map((r) => r.cell.id));
    expect(prepared.orgRuns.map((r) => [r.org.id, r.end - r.start])).toEqual(expected.filter((_, i) => i % names.length === 0).map((r) => [r.org.id, names.length]));
  });

  it('leaves out what can never count and keeps meetings in calendar order', () => {
    const prepared = prepareDashboard(input);
    expect(prepared.cells.map((r) => r.cell.id)).not.toContain('cell-6');
    expect(prepared.registrationsByCell.flat().map((r) => r.id).sort()).toEqual(['reg-1', 'reg-2', 'reg-3', 'reg-4', 'reg-5', 'reg-7']);
    expect(prepared.meetings.map((m) => m.meeting.id)).toEqual(['m-2024', 'm-q1', 'm-q2', 'm-q3-early', 'm-q3', 'm-2026']);
    expect(prepared.meetings.find((m) => m.meeting.id === 'm-q1')?.recommendations.map((r) => r.id)).toEqual(['rec-overdue', 'rec-done']);
    expect(prepared.crowdedYears[prepared.cells.findIndex((r) => r.cell.id === 'cell-1')]).toEqual([2025]);
  });

  it('works on nothing', () => {
    const prepared = prepareDashboard(EMPTY_INPUT);
    expect([prepared.cells, prepared.orgRuns, prepared.meetings]).toEqual([[], [], []]);
  });
});
