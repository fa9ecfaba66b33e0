import { describe, expect, it } from 'vitest';
import { compareVi, sortVi } from '../../../shared/text/collation';

describe('compareVi', () => {
  it('sorts Ánh after An and before Bình, Đ after D', () => {
    expect(compareVi('An', 'Ánh')).toBeLessThan(0);
    expect(compareVi('Ánh', 'Bình')).toBeLessThan(0);
    expect(compareVi('Dũng', 'Đạt')).toBeLessThan(0);
    expect(compareVi('Đạt', 'Em')).toBeLessThan(0);
  });

  it('compares numbers by value', () => {
    expect(compareVi('Thôn 2', 'Thôn 10')).toBeLessThan(0);
  });

  it('treats old and new tone placement and NFD input as equal', () => {
    expect(compareVi('Hoà', 'Hòa')).toBe(0);
    expect(compareVi('Thuỷ'.normalize('NFD'), 'Thủy')).toBe(0);
  });
});

describe('sortVi', () => {
  it('sorts by the key in Vietnamese order without changing the input', () => {
    const input = [{ n: 'Bình' }, { n: 'Đạt' }, { n: 'Ánh' }, { n: 'Dũng' }, { n: 'An' }, { n: 'Ăn' }];
    const sorted = sortVi(input, (x) => x.n).map((x) => x.n);
    expect(sorted).toEqual(['An', 'Ánh', 'Ăn', 'Bình', 'Dũng', 'Đạt']);
    expect(input[0]?.n).toBe('Bình');
  });

  it('keeps the input order of equal keys', () => {
    const input = [{ n: 'Hoà', i: 1 }, { n: 'Hòa', i: 2 }, { n: 'An', i: 3 }];
    expect(sortVi(input, (x) => x.n).map((x) => x.i)).toEqual([3, 1, 2]);
  });
});
