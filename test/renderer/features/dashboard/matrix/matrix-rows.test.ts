import { describe, expect, it } from 'vitest';
import { filterMatrixRows, groupCellsByOrg, registrantBucket } from '../../../../../renderer/features/dashboard/matrix/matrix-rows';
import { estimateRowHeight } from '../../../../../renderer/features/dashboard/matrix/virtual-layout';
import { dashCell, PHUONG, provinceCells, smallDistrict, TRUONG, XA_HUNG } from './cells';

describe('groupCellsByOrg', () => {
  it('makes one row per organization, in the order of the cells, with x/y and crowded counts', () => {
    const rows = groupCellsByOrg(smallDistrict());
    expect(rows.map((r) => r.orgId)).toEqual([XA_HUNG.id, PHUONG.id, TRUONG.id]);
    expect(rows.map((r) => [r.covered, r.cells.length, r.uncovered, r.crowded])).toEqual([
      [1, 2, 1, 0],
      [2, 2, 0, 1],
      [0, 1, 1, 0],
    ]);
    expect(rows[0]?.cells.map((c) => c.cellId)).toEqual(['c-hung-1', 'c-hung-2']);
    expect(rows[2]?.orgType).toBe('don_vi_su_nghiep');
  });

  it('keeps an organization whole even when its cells are not next to each other', () => {
    const cells = [dashCell('a1', 'A1', XA_HUNG), dashCell('b1', 'B1', PHUONG, ['X']), dashCell('a2', 'A2', XA_HUNG, ['Y'])];
    const rows = groupCellsByOrg(cells);
    expect(rows.map((r) => r.orgId)).toEqual([XA_HUNG.id, PHUONG.id]);
    expect(rows[0]?.cells.map((c) => c.cellId)).toEqual(['a1', 'a2']);
    expect(rows[0]?.covered).toBe(1);
  });

  it('counts a cell whose only registrant was deleted as covered (as the synthesis does)', () => {
    const [row] = groupCellsByOrg([dashCell('c', 'C', XA_HUNG, [null])]);
    expect(row?.covered).toBe(1);
    expect(row?.uncovered).toBe(0);
  });

  it('gives nothing for no cells', () => {
    expect(groupCellsByOrg([])).toEqual([]);
  });
});

describe('filterMatrixRows', () => {
  const rows = groupCellsByOrg(smallDistrict());
  const ids = (query: string, onlyWithGaps = false) => filterMatrixRows(rows, { query, onlyWithGaps }).map((r) => r.orgId);

  it('finds organizations typed without diacritics, in any case, word by word', () => {
    expect(ids('xa hung')).toEqual([XA_HUNG.id]);
    expect(ids('XÃ HƯNG')).toEqual([XA_HUNG.id]);
    expect(ids('ben thuy')).toEqual([PHUONG.id]);
    // Đ folds to d; words need not be adjacent.
    expect(ids('dang luu truong')).toEqual([TRUONG.id]);
    // Every word anywhere in the name: "dang" and "bo" both occur in the school's name too.
    expect(ids('dang bo')).toEqual([XA_HUNG.id, PHUONG.id, TRUONG.id]);
    expect(ids('xa khong co')).toEqual([]);
  });

  it('keeps every row for an empty or blank query', () => {
    expect(ids('')).toEqual([XA_HUNG.id, PHUONG.id, TRUONG.id]);
    expect(ids('   ')).toHaveLength(3);
  });

  it('keeps only organizations with a cell nobody registered for when asked, combined with the search', () => {
    expect(ids('', true)).toEqual([XA_HUNG.id, TRUONG.id]);
    expect(ids('ben thuy', true)).toEqual([]);
    expect(ids('truong', true)).toEqual([TRUONG.id]);
  });

  it('filters province scale without losing order', () => {
    const big = groupCellsByOrg(provinceCells());
    expect(big).toHaveLength(1_500);
    expect(filterMatrixRows(big, { query: 'so 1499', onlyWithGaps: false }).map((r) => r.orgId)).toEqual(['o-1499']);
    expect(filterMatrixRows(big, { query: '', onlyWithGaps: true })).toHaveLength(1_500);
  });
});

describe('registrantBucket', () => {
  it('puts 0, 1, 2 apart and 3 or more together', () => {
    expect([0, 1, 2, 3, 4, 12].map(registrantBucket)).toEqual(['0', '1', '2', '3+', '3+', '3+']);
  });
});

describe('estimateRowHeight', () => {
  it('grows with the lines of tiles an organization needs, never below the name block', () => {
    const one = estimateRowHeight(1, false);
    expect(estimateRowHeight(10, false)).toBe(one);
    expect(estimateRowHeight(1, true)).toBeGreaterThan(one);
    expect(estimateRowHeight(200, false)).toBeGreaterThan(estimateRowHeight(40, false));
  });
});
