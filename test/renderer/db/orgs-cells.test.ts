import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { createCell, cellDeleteImpact, deleteCell, listCells, updateCell } from '../../../renderer/db/repositories/cells';
import { createOfficial } from '../../../renderer/db/repositories/officials';
import { createOrg, deleteOrg, listOrgs, orgDeleteImpact, updateOrg } from '../../../renderer/db/repositories/orgs';
import { createRegistration, listRegistrations } from '../../../renderer/db/repositories/registrations';
import { codeOf, freshDb, officialInput } from './fixtures';

let db: AppDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const committee = { name: 'Đảng bộ xã Diễn Châu', type: 'xa', kind: 'dang_bo_co_so' } as const;
const cellOrg = { name: 'Chi bộ Trường THPT Yên Thành 2', type: 'don_vi_su_nghiep', kind: 'chi_bo_co_so' } as const;


describe('chi bộ cơ sở', () => {
  it('is created with its single cell, named like it', async () => {
    const org = await createOrg(db, cellOrg, 27);
    const cells = await listCells(db);
    expect(cells).toEqual([{ id: expect.any(String), orgId: org.id, name: cellOrg.name, memberCount: 27 }]);
  });

  it('refuses an impossible member count for its cell and then stores nothing', async () => {
    expect(await codeOf(createOrg(db, cellOrg, 0))).toBe('errors.invalidInput');
    expect(await listOrgs(db)).toEqual([]);
  });

  it('refuses a second cell', async () => {
    const org = await createOrg(db, cellOrg);
    expect(await codeOf(createCell(db, { orgId: org.id, name: 'Chi bộ 2', memberCount: 5 }))).toBe('errors.chiBoCoSoHasOneCell');
    expect(await listCells(db)).toHaveLength(1);
  });

  it('renames its cell when renamed, and the org when its cell is renamed', async () => {
    const org = await createOrg(db, cellOrg);
    await updateOrg(db, org.id, { ...cellOrg, name: 'Chi bộ Trường THPT Yên Thành 3' });
    const [cell] = await listCells(db);
    expect(cell?.name).toBe('Chi bộ Trường THPT Yên Thành 3');
    await updateCell(db, cell!.id, { orgId: org.id, name: 'Chi bộ Trường THPT số 3', memberCount: 30 });
    expect((await listOrgs(db))[0]?.name).toBe('Chi bộ Trường THPT số 3');
  });

  it('cannot lose its cell by deleting it', async () => {
    const org = await createOrg(db, cellOrg);
    const [cell] = await listCells(db);
    expect(await codeOf(deleteCell(db, cell!.id))).toBe('errors.chiBoCoSoCellDelete');
    expect(await listCells(db)).toHaveLength(1);
    expect(org.kind).toBe('chi_bo_co_so');
  });

  it('a committee with several cells cannot become a chi bộ cơ sở; with one it can', async () => {
    const org = await createOrg(db, committee);
    const first = await createCell(db, { orgId: org.id, name: 'Chi bộ thôn 1', memberCount: 20 });
    await createCell(db, { orgId: org.id, name: 'Chi bộ thôn 2', memberCount: 15 });
    expect(await codeOf(updateOrg(db, org.id, { ...committee, kind: 'chi_bo_co_so' }))).toBe('errors.chiBoCoSoHasManyCells');
    expect((await listOrgs(db))[0]?.kind).toBe('dang_bo_co_so');

    const second = (await listCells(db)).find((c) => c.id !== first.id)!;
    await deleteCell(db, second.id);
    await updateOrg(db, org.id, { ...committee, kind: 'chi_bo_co_so' });
    expect(await listCells(db)).toEqual([{ ...first, name: committee.name }]);
  });

  it('a committee with no cells gets one when it becomes a chi bộ cơ sở', async () => {
    const org = await createOrg(db, committee);
    await updateOrg(db, org.id, { ...committee, kind: 'chi_bo_co_so' });
    expect((await listCells(db)).map((c) => c.name)).toEqual([committee.name]);
  });
});

describe('cells', () => {
  it('refuses a cell of an unknown org', async () => {
    expect(await codeOf(createCell(db, { orgId: 'nope', name: 'Chi bộ', memberCount: 3 }))).toBe('errors.orgNotFound');
  });

  it('refuses moving a cell into a chi bộ cơ sở', async () => {
    const org = await createOrg(db, committee);
    const other = await createOrg(db, cellOrg);
    const cell = await createCell(db, { orgId: org.id, name: 'Chi bộ thôn 1', memberCount: 20 });
    expect(await codeOf(updateCell(db, cell.id, { ...cell, orgId: other.id }))).toBe('errors.chiBoCoSoHasOneCell');
  });

  it('deleting a cell deletes its registrations in the same transaction', async () => {
    const org = await createOrg(db, committee);
    const cell = await createCell(db, { orgId: org.id, name: 'Chi bộ thôn 1', memberCount: 20 });
    const official = await createOfficial(db, officialInput);
    await createRegistration(db, { officialId: official.id, cellId: cell.id, period: { kind: 'year', year: 2025, quarters: [] }, note: '' });
    expect(await cellDeleteImpact(db, cell.id)).toEqual({ registrations: 1, meetings: 0, recommendations: 0 });
    await deleteCell(db, cell.id);
    expect(await listRegistrations(db)).toEqual([]);
  });

  it('rejects invalid input before touching the database', async () => {
    const org = await createOrg(db, committee);
    expect(await codeOf(createCell(db, { orgId: org.id, name: ' ', memberCount: 0 }))).toBe('errors.invalidInput');
    expect(await listCells(db)).toEqual([]);
  });
});

describe('deleteOrg', () => {
  it('takes its cells and their registrations, and reports the impact first', async () => {
    const org = await createOrg(db, committee);
    const keep = await createOrg(db, cellOrg);
    const c1 = await createCell(db, { orgId: org.id, name: 'Chi bộ thôn 1', memberCount: 20 });
    const c2 = await createCell(db, { orgId: org.id, name: 'Chi bộ thôn 2', memberCount: 20 });
    const [keptCell] = await listCells(db).then((cells) => cells.filter((c) => c.orgId === keep.id));
    const official = await createOfficial(db, officialInput);
    const period = { kind: 'term', startYear: 2025, endYear: 2030 } as const;
    for (const cellId of [c1.id, c2.id, keptCell!.id]) {
      await createRegistration(db, { officialId: official.id, cellId, period, note: '' });
    }

    expect(await orgDeleteImpact(db, org.id)).toEqual({ cells: 2, registrations: 2, meetings: 0, recommendations: 0 });
    await deleteOrg(db, org.id);
    expect((await listOrgs(db)).map((o) => o.id)).toEqual([keep.id]);
    expect((await listCells(db)).map((c) => c.id)).toEqual([keptCell!.id]);
    expect((await listRegistrations(db)).map((r) => r.cellId)).toEqual([keptCell!.id]);
  });

  it('is one transaction: a failure part-way leaves everything in place', async () => {
    const org = await createOrg(db, committee);
    await createCell(db, { orgId: org.id, name: 'Chi bộ thôn 1', memberCount: 20 });
    // Make the last step fail after the cells were deleted inside the transaction.
    const failOrgDelete = () => {
      throw new Error('disk full');
    };
    db.orgs.hook('deleting', failOrgDelete);
    await expect(deleteOrg(db, org.id)).rejects.toThrow('disk full');
    db.orgs.hook('deleting').unsubscribe(failOrgDelete);
    expect(await listCells(db)).toHaveLength(1);
    expect(await listOrgs(db)).toHaveLength(1);
  });
});
