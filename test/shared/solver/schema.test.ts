import { describe, expect, it } from 'vitest';
import { formatIssuePath, parseSolverInstance } from '../../../shared/solver/schema';

const valid = {
  year: 2025,
  officials: [{ id: 'o1', name: 'Nguyễn Văn An', capacity: 2, areas: ['xa-hoa-thanh'], field: 'Xây dựng Đảng' }],
  cells: [{ id: 'c1', name: 'Chi bộ thôn 1', orgId: 'org-1', orgName: 'Đảng bộ xã Hoa Thành', area: 'xa-hoa-thanh' }],
  registrations: [{ id: 'r1', officialId: 'o1', cellId: 'c1' }],
};

describe('solverInstanceSchema', () => {
  it('accepts the documented example and fills in the default rules', () => {
    const r = parseSolverInstance(valid);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.instance.rules).toEqual({ crowdingThreshold: 3, allowOutsideArea: false, minPerCell: 1 });
  });

  it('accepts a missing registrations list and partial rules', () => {
    const r = parseSolverInstance({ ...valid, registrations: undefined, rules: { allowOutsideArea: true } });
    expect(r.ok && r.instance.registrations.length === 0 && r.instance.rules.allowOutsideArea && r.instance.rules.crowdingThreshold === 3).toBe(true);
  });

  it('names each problem and where it is, in Vietnamese', () => {
    const r = parseSolverInstance({
      ...valid,
      officials: [{ ...valid.officials[0], capacity: -1 }, { id: 'o2', areas: [] }],
      rules: { crowdingThreshold: 1, minPerCell: 2 },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual(
        expect.arrayContaining([
          'officials[0].capacity: Khả năng (capacity) không được âm',
          'officials[1].name: Thiếu họ tên cán bộ',
          'officials[1].capacity: Thiếu khả năng (capacity)',
          'rules.crowdingThreshold: crowdingThreshold phải từ 2 trở lên',
          'rules.minPerCell: minPerCell chỉ nhận giá trị 1',
        ]),
      );
    }
  });

  it('reports duplicate ids and registrations pointing nowhere', () => {
    const r = parseSolverInstance({
      ...valid,
      cells: [...valid.cells, { ...valid.cells[0] }],
      registrations: [{ id: 'r1', officialId: 'ghost', cellId: 'c1' }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([
        'cells[1].id: Mã chi bộ "c1" bị trùng',
        'registrations[0].officialId: Đăng ký "r1" trỏ tới cán bộ "ghost" không có trong officials',
      ]);
    }
  });

  it('rejects what is not an instance at all', () => {
    for (const data of [null, [], 'x', 42]) {
      const r = parseSolverInstance(data);
      expect(r.ok ? [] : r.errors).toEqual(['Bài toán phải là một đối tượng JSON { year, officials, cells, registrations, rules }']);
    }
  });

  it('formats paths the way a reader finds them in the file', () => {
    expect(formatIssuePath(['officials', 2, 'capacity'])).toBe('officials[2].capacity');
    expect(formatIssuePath([])).toBe('');
  });
});
