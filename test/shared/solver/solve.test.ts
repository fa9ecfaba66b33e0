import { describe, expect, it } from 'vitest';
import { Random } from '../../../shared/sample/random';
import { solve } from '../../../shared/solver/solve';
import type { SolverCell } from '../../../shared/solver/types';
import { cell, checkInvariants, instance, official, reg, shuffled } from './helpers';

/** Three officials fill cell X in area A and have no room left. */
const crowdOfX = [official('b', 1, ['A']), official('c', 1, ['A']), official('d', 1, ['A'])];
const crowdRegs = [reg('rb', 'b', 'X'), reg('rc', 'c', 'X'), reg('rd', 'd', 'X')];

describe('solve: tiny cases', () => {
  it('returns nothing for an empty instance', () => {
    const r = solve(instance({ officials: [], cells: [] }));
    expect(r.suggestions).toEqual([]);
    expect(r.summary).toEqual({ cells: 0, cellsCoveredBefore: 0, cellsCoveredAfter: 0, crowdedBefore: 0, crowdedAfter: 0, moves: 0, adds: 0, maxLoad: 0 });
  });

  it('adds within capacity and area, and leaves the rest uncovered', () => {
    const inst = instance({ officials: [official('a', 2, ['A'])], cells: [cell('A1', 'A'), cell('A2', 'A'), cell('A3', 'A'), cell('B1', 'B')] });
    const r = solve(inst);
    expect(r.suggestions.map((s) => [s.kind, s.officialId, s.kind === 'add' ? s.cellId : ''])).toEqual([
      ['add', 'a', 'A1'],
      ['add', 'a', 'A2'],
    ]);
    expect(r.summary).toMatchObject({ cellsCoveredBefore: 0, cellsCoveredAfter: 2, adds: 2, moves: 0, maxLoad: 2 });
    checkInvariants(inst, r);
  });

  it('goes outside the area only when the rules allow it, and says so', () => {
    const parts = { officials: [official('a', 1, ['A'])], cells: [cell('B1', 'B')] };
    expect(solve(instance(parts)).suggestions).toEqual([]);
    const r = solve(instance({ ...parts, rules: { allowOutsideArea: true } }));
    expect(r.suggestions).toHaveLength(1);
    expect(r.suggestions[0]!.reason).toContain('ngoài địa bàn phụ trách');
  });

  it('prefers staying in the area when going outside is allowed', () => {
    const inst = instance({
      officials: [official('a', 1, ['A']), official('z', 1, ['B'])],
      cells: [cell('A1', 'A'), cell('B1', 'B')],
      rules: { allowOutsideArea: true },
    });
    const r = solve(inst);
    expect(r.suggestions.map((s) => `${s.officialId}→${s.kind === 'add' ? s.cellId : ''}`)).toEqual(['a→A1', 'z→B1']);
  });

  it('moves a registration off a crowded cell before adding a new one', () => {
    const inst = instance({
      officials: [official('a', 3, ['A']), ...crowdOfX],
      cells: [cell('X', 'A'), cell('Y', 'A')],
      registrations: crowdRegs,
    });
    const r = solve(inst);
    expect(r.suggestions).toHaveLength(1);
    expect(r.suggestions[0]).toMatchObject({ kind: 'move', fromCellId: 'X', toCellId: 'Y' });
    expect(r.summary).toMatchObject({ crowdedBefore: 1, crowdedAfter: 0, moves: 1, adds: 0 });
    checkInvariants(inst, r);
  });

  it('never moves from a cell that is not crowded', () => {
    const inst = instance({
      officials: crowdOfX.slice(0, 2),
      cells: [cell('X', 'A'), cell('Y', 'A')],
      registrations: crowdRegs.slice(0, 2),
    });
    expect(solve(inst).suggestions).toEqual([]);
  });

  it('leaves a crowded cell at least one registrant however many cells are empty', () => {
    const inst = instance({
      officials: crowdOfX,
      cells: [cell('X', 'A'), ...['Y1', 'Y2', 'Y3', 'Y4'].map((id) => cell(id, 'A'))],
      registrations: crowdRegs,
    });
    const r = solve(inst);
    expect(r.summary).toMatchObject({ moves: 2, cellsCoveredBefore: 1, cellsCoveredAfter: 3 });
    checkInvariants(inst, r);
  });

  it('does not move one of two registrations an official holds for the same cell', () => {
    const inst = instance({
      officials: crowdOfX,
      cells: [cell('X', 'A'), cell('Y1', 'A'), cell('Y2', 'A')],
      registrations: [reg('rb1', 'b', 'X'), reg('rb2', 'b', 'X'), reg('rc', 'c', 'X'), reg('rd', 'd', 'X')],
    });
    const r = solve(inst);
    expect(r.suggestions.map((s) => s.officialId).sort()).toEqual(['c', 'd']);
  });

  it('prefers the field of charge', () => {
    const inst = instance({
      officials: [official('a', 1, [], 'Y tế'), official('b', 1, [], 'Giáo dục')],
      cells: [cell('school', 'A', 'Giáo dục'), cell('clinic', 'A', 'Y tế')],
    });
    const r = solve(inst);
    expect(r.suggestions.map((s) => `${s.officialId}→${s.kind === 'add' ? s.cellId : ''}`)).toEqual(['a→clinic', 'b→school']);
    expect(r.suggestions[0]!.reason).toContain('đúng lĩnh vực phụ trách (Y tế)');
  });

  it('gives up the field match when coverage needs it', () => {
    // b can only take c1; a matches c1's field but must take c2 for both cells to be covered.
    const inst = instance({
      officials: [official('a', 1, ['A', 'B'], 'Y tế'), official('b', 1, ['A'])],
      cells: [cell('c1', 'A', 'Y tế'), cell('c2', 'B')],
    });
    const r = solve(inst);
    expect(r.summary.cellsCoveredAfter).toBe(2);
    expect(r.suggestions.map((s) => `${s.officialId}→${s.kind === 'add' ? s.cellId : ''}`)).toEqual(['a→c2', 'b→c1']);
  });

  it('spreads new registrations over officials relative to their capacity', () => {
    const inst = instance({
      officials: [official('a', 4), official('b', 4), official('c', 4)],
      cells: [cell('busy1', 'A'), cell('busy2', 'A'), cell('busy3', 'A'), cell('Y1', 'A'), cell('Y2', 'A')],
      registrations: [reg('r1', 'a', 'busy1'), reg('r2', 'a', 'busy2'), reg('r3', 'a', 'busy3')],
    });
    const r = solve(inst);
    expect(r.suggestions.map((s) => s.officialId)).toEqual(['b', 'c']);
    expect(r.summary.maxLoad).toBe(3);
  });

  it('explains a move within one commune in one sentence', () => {
    const org = { orgId: 'org-ht', orgName: 'Đảng bộ xã Hoa Thành', area: 'org-ht' };
    const cells: SolverCell[] = [
      { id: 'c1', name: 'Chi bộ thôn 1', ...org },
      { id: 'c7', name: 'Chi bộ thôn 7', ...org },
    ];
    const others = ['b', 'c', 'd'].map((id) => official(id, 1, ['elsewhere']));
    const inst = instance({
      officials: [{ id: 'an', name: 'Nguyễn Văn An', capacity: 1, areas: ['org-ht'] }, ...others],
      cells,
      registrations: [reg('r-an', 'an', 'c1'), ...others.map((o) => reg(`r-${o.id}`, o.id, 'c1'))],
    });
    const r = solve(inst);
    expect(r.suggestions).toEqual([
      {
        kind: 'move',
        registrationId: 'r-an',
        officialId: 'an',
        fromCellId: 'c1',
        toCellId: 'c7',
        reason: 'Chuyển đồng chí Nguyễn Văn An từ Chi bộ thôn 1 (đã có 4 người đăng ký) sang Chi bộ thôn 7 (chưa có ai), cùng địa bàn xã Hoa Thành.',
      },
    ]);
  });

  it('explains an add with the official\'s load after it', () => {
    const inst = instance({ officials: [official('a', 2, ['A'])], cells: [cell('A1', 'A'), cell('A2', 'A')] });
    expect(solve(inst).suggestions.map((s) => s.reason)).toEqual([
      'Đề nghị đồng chí Cán bộ a đăng ký thêm Chi bộ thôn A1 thuộc Đảng bộ xã A (chưa có ai), trong địa bàn phụ trách; khi đó đồng chí dự 1/2 chi bộ trong năm.',
      'Đề nghị đồng chí Cán bộ a đăng ký thêm Chi bộ thôn A2 thuộc Đảng bộ xã A (chưa có ai), trong địa bàn phụ trách; khi đó đồng chí dự 2/2 chi bộ trong năm.',
    ]);
  });

  it('ignores registrations that point at unknown officials or cells', () => {
    const inst = instance({ officials: [official('a', 1)], cells: [cell('A1', 'A')], registrations: [reg('r', 'ghost', 'A1'), reg('s', 'a', 'gone')] });
    expect(solve(inst).summary).toMatchObject({ cellsCoveredBefore: 0, cellsCoveredAfter: 1, maxLoad: 1 });
  });

  it('handles a large capacity without one arc per unit of it', () => {
    const cells = Array.from({ length: 300 }, (_, i) => cell(`c${String(i).padStart(3, '0')}`, i % 2 ? 'A' : 'B'));
    const inst = instance({ officials: [official('big', 1000), official('small', 1, ['A'])], cells });
    const r = solve(inst);
    // Spreading is relative to capacity: 300/1000 is a lighter year than 1/1.
    expect(r.summary).toMatchObject({ cellsCoveredAfter: 300, adds: 300, maxLoad: 300 });
    checkInvariants(inst, r);
  });

  it('gives the same answer whatever the input order', () => {
    const inst = instance({
      officials: [official('a', 2, ['A']), official('e', 2), ...crowdOfX],
      cells: [cell('X', 'A'), cell('Y', 'A'), cell('Z', 'A'), cell('W', 'B')],
      registrations: crowdRegs,
    });
    const expected = solve(inst);
    const rng = new Random(3);
    for (let k = 0; k < 10; k++) expect(solve(shuffled(rng, inst))).toEqual(expected);
  });
});
