import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { createCell } from '../../../renderer/db/repositories/cells';
import {
  createOfficial,
  deleteOfficial,
  listOfficials,
  officialDeleteImpact,
  updateOfficial,
} from '../../../renderer/db/repositories/officials';
import { createOrg } from '../../../renderer/db/repositories/orgs';
import {
  createRegistration,
  deleteRegistration,
  listRegistrations,
  listRegistrationsForYear,
  updateRegistration,
  type RegistrationInput,
} from '../../../renderer/db/repositories/registrations';
import type { RegistrationPeriod } from '../../../shared/domain/types';
import { codeOf, freshDb, officialInput } from './fixtures';

let db: AppDatabase;
let officialId: string;
let cellIds: string[];

beforeEach(async () => {
  db = freshDb();
  officialId = (await createOfficial(db, officialInput)).id;
  const org = await createOrg(db, { name: 'Đảng bộ xã Diễn Châu', type: 'xa', kind: 'dang_bo_co_so' });
  cellIds = [];
  for (const name of ['Chi bộ thôn 1', 'Chi bộ thôn 2']) {
    cellIds.push((await createCell(db, { orgId: org.id, name, memberCount: 12 })).id);
  }
});
afterEach(async () => {
  await db.delete();
});

const year = (y: number, quarters: (1 | 2 | 3 | 4)[] = []): RegistrationPeriod => ({ kind: 'year', year: y, quarters });
const term = (startYear: number, endYear: number): RegistrationPeriod => ({ kind: 'term', startYear, endYear });
const input = (period: RegistrationPeriod, cell = 0): RegistrationInput => ({
  officialId,
  cellId: cellIds[cell]!,
  period,
  note: '',
});


describe('registrations', () => {
  it('derives the years of the period', async () => {
    const registration = await createRegistration(db, input(term(2025, 2027)));
    expect(registration.years).toEqual([2025, 2026, 2027]);
  });

  it('finds a year through the multi-entry years index, terms included', async () => {
    const inTerm = await createRegistration(db, input(term(2025, 2030)));
    const in2026 = await createRegistration(db, input(year(2026, [2]), 1));
    await createRegistration(db, input(year(2031), 1));
    const ids2026 = (await listRegistrationsForYear(db, 2026)).map((r) => r.id).sort();
    expect(ids2026).toEqual([inTerm.id, in2026.id].sort());
    expect(await listRegistrationsForYear(db, 2024)).toEqual([]);
  });

  it('refuses an unknown official or cell', async () => {
    expect(await codeOf(createRegistration(db, { ...input(year(2025)), officialId: 'x' }))).toBe('errors.officialNotFound');
    expect(await codeOf(createRegistration(db, { ...input(year(2025)), cellId: 'x' }))).toBe('errors.cellNotFound');
  });

  it('refuses the same official and cell in an overlapping period', async () => {
    await createRegistration(db, input(year(2025, [1, 2])));
    expect(await codeOf(createRegistration(db, input(year(2025, [2]))))).toBe('errors.duplicateRegistration');
    expect(await codeOf(createRegistration(db, input(term(2024, 2026))))).toBe('errors.duplicateRegistration');
    // Other quarters, another year or another cell are different plans.
    await createRegistration(db, input(year(2025, [3])));
    await createRegistration(db, input(year(2026, [1])));
    await createRegistration(db, input(year(2025, [1]), 1));
    expect(await listRegistrations(db)).toHaveLength(4);
  });

  it('an update does not count the registration as its own duplicate, and keeps years in step', async () => {
    const registration = await createRegistration(db, input(year(2025, [1])));
    const updated = await updateRegistration(db, registration.id, { ...input(term(2025, 2026)), note: 'Dự cả nhiệm kỳ' });
    expect(updated.years).toEqual([2025, 2026]);
    expect((await listRegistrationsForYear(db, 2026)).map((r) => r.note)).toEqual(['Dự cả nhiệm kỳ']);
  });

  it('refuses an update that collides with another registration', async () => {
    await createRegistration(db, input(year(2025, [1])));
    const other = await createRegistration(db, input(year(2025, [2])));
    expect(await codeOf(updateRegistration(db, other.id, input(year(2025, [1, 2]))))).toBe('errors.duplicateRegistration');
  });

  it('deletes one registration', async () => {
    const registration = await createRegistration(db, input(year(2025)));
    await deleteRegistration(db, registration.id);
    expect(await listRegistrations(db)).toEqual([]);
  });
});

describe('officials', () => {
  it('normalizes and updates', async () => {
    const [official] = await listOfficials(db);
    await updateOfficial(db, official!.id, { ...officialInput, name: '  Trần  Thị Lan ' });
    expect((await listOfficials(db))[0]?.name).toBe('Trần Thị Lan');
    expect(await codeOf(updateOfficial(db, 'missing', officialInput))).toBe('errors.officialNotFound');
  });

  it('deleting an official deletes their registrations, and only theirs', async () => {
    const other = await createOfficial(db, { ...officialInput, name: 'Lê Văn Đức' });
    await createRegistration(db, input(year(2025)));
    await createRegistration(db, input(term(2025, 2030), 1));
    await createRegistration(db, { ...input(year(2025)), officialId: other.id });
    expect(await officialDeleteImpact(db, officialId)).toEqual({ registrations: 2, meetings: 0, recommendations: 0 });
    await deleteOfficial(db, officialId);
    expect((await listRegistrations(db)).map((r) => r.officialId)).toEqual([other.id]);
    expect((await listOfficials(db)).map((o) => o.id)).toEqual([other.id]);
  });
});
