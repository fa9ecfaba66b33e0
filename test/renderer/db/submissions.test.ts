import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import {
  deleteSubmission,
  importSubmissions,
  listSubmissionPeriods,
  listSubmissions,
  submissionId,
  type AcceptedSubmission,
} from '../../../renderer/db/repositories/submissions';
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import type { DistrictData } from '../../../shared/domain/types';
import { submissionChecksum } from '../../../shared/submission/read-submission';
import { submissionOf } from '../../../shared/submission/write-submission';
import { settings } from '../../shared/fixtures/settings';
import { cells, officials, orgs, registrations } from '../features/seed';
import { freshDb } from './fixtures';

let db: AppDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const YEAR: DashboardPeriod = { kind: 'year', year: 2025 };

function district(name: string, cellIds = cells.map((c) => c.id)): DistrictData {
  return {
    settings: { ...settings, committeeName: name },
    orgs,
    cells: cells.filter((c) => cellIds.includes(c.id)),
    officials,
    registrations: registrations.filter((r) => cellIds.includes(r.cellId)),
  };
}

async function file(fileName: string, data: DistrictData, generatedAt: string, period: DashboardPeriod = YEAR): Promise<AcceptedSubmission> {
  const submission = submissionOf(data, period, '2025-12-31', new Date(generatedAt));
  return { fileName, checksum: await submissionChecksum(submission), submission };
}

describe('importSubmissions', () => {
  it('stores a new district under committee|period, with an audit entry whose undo removes it', async () => {
    const a = await file('a.xlsx', district('Huyện ủy Yên Thành'), '2025-12-01T08:00:00Z');
    const [outcome] = await importSubmissions(db, [a]);
    const id = submissionId(a.submission);
    expect(id.endsWith('|2025')).toBe(true);
    expect(outcome).toMatchObject({ status: 'added', id, fileName: 'a.xlsx', committeeName: 'Huyện ủy Yên Thành', periodKey: '2025' });
    const row = await db.submissions.get(id);
    expect(row).toMatchObject({ periodKey: '2025', fileName: 'a.xlsx', checksum: a.checksum, changes: null });
    const audit = await db.audit.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'import', entity: 'submission', undo: { restore: {}, remove: { submissions: [id] } } });
  });

  it('replaces an older file with a newer one and keeps what changed; the audit entry can restore the old row', async () => {
    const before = await file('a.xlsx', district('Huyện ủy Yên Thành'), '2025-12-01T08:00:00Z');
    await importSubmissions(db, [before]);
    const after = await file('a2.xlsx', district('Huyện ủy  yên thành', ['c-1', 'c-2', 'c-truong']), '2025-12-02T08:00:00Z');
    const [outcome] = await importSubmissions(db, [after]);
    expect(outcome?.status).toBe('replaced');
    if (outcome?.status !== 'replaced') return;
    expect(outcome.changes.cellsRemoved.map((c) => c.id)).toEqual(['c-3']);
    expect(outcome.changes.cellsAdded).toEqual([]);
    const rows = await db.submissions.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ fileName: 'a2.xlsx', checksum: after.checksum });
    expect(rows[0]?.changes?.cellsRemoved.map((c) => c.id)).toEqual(['c-3']);
    const last = (await db.audit.toArray()).at(-1);
    expect(last?.undo?.restore.submissions).toEqual([expect.objectContaining({ fileName: 'a.xlsx', checksum: before.checksum })]);
  });

  it('refuses a file older than the one stored, and changes nothing', async () => {
    const newer = await file('new.xlsx', district('Huyện ủy Yên Thành'), '2025-12-05T08:00:00Z');
    await importSubmissions(db, [newer]);
    const older = await file('old.xlsx', district('Huyện ủy Yên Thành', ['c-1']), '2025-12-01T08:00:00Z');
    const [outcome] = await importSubmissions(db, [older]);
    expect(outcome).toMatchObject({ status: 'older', storedFileName: 'new.xlsx', storedGeneratedAt: '2025-12-05T08:00:00.000Z' });
    expect((await db.submissions.toArray()).map((r) => r.fileName)).toEqual(['new.xlsx']);
    expect(await db.audit.count()).toBe(1);
  });

  it('treats the same data again as already imported: nothing written', async () => {
    const a = await file('a.xlsx', district('Huyện ủy Yên Thành'), '2025-12-01T08:00:00Z');
    await importSubmissions(db, [a]);
    const [outcome] = await importSubmissions(db, [{ ...a, fileName: 'a (copy).xlsx' }]);
    expect(outcome?.status).toBe('duplicate');
    expect((await db.submissions.toArray()).map((r) => r.fileName)).toEqual(['a.xlsx']);
    expect(await db.audit.count()).toBe(1);
  });

  it('handles a batch in order: a later file of the same district replaces the earlier one', async () => {
    const first = await file('1.xlsx', district('Huyện ủy Yên Thành'), '2025-12-01T08:00:00Z');
    const second = await file('2.xlsx', district('Huyện ủy Yên Thành', ['c-1']), '2025-12-02T08:00:00Z');
    const other = await file('vinh.xlsx', district('Thành ủy Vinh'), '2025-12-01T08:00:00Z');
    const outcomes = await importSubmissions(db, [first, other, second]);
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'added', 'replaced']);
    expect((await listSubmissions(db, '2025')).map((r) => r.fileName).sort()).toEqual(['2.xlsx', 'vinh.xlsx']);
  });

  it('is one transaction: a failing write leaves the submissions and the audit trail as they were', async () => {
    const kept = await file('kept.xlsx', district('Huyện ủy Đô Lương'), '2025-11-01T08:00:00Z');
    await importSubmissions(db, [kept]);
    let puts = 0;
    db.submissions.hook('creating', () => {
      puts += 1;
      if (puts === 2) throw new Error('Ổ đĩa đầy');
    });
    const a = await file('a.xlsx', district('Huyện ủy Yên Thành'), '2025-12-01T08:00:00Z');
    const b = await file('b.xlsx', district('Thành ủy Vinh'), '2025-12-01T08:00:00Z');
    await expect(importSubmissions(db, [a, b])).rejects.toThrow('Ổ đĩa đầy');
    expect((await db.submissions.toArray()).map((r) => r.fileName)).toEqual(['kept.xlsx']);
    expect(await db.audit.count()).toBe(1);
  });
});

describe('periods and delete', () => {
  it('lists the periods sent, latest first, with how many districts sent each', async () => {
    const q3: DashboardPeriod = { kind: 'quarter', year: 2025, quarter: 3 };
    const term: DashboardPeriod = { kind: 'term', startYear: 2025, endYear: 2030 };
    await importSubmissions(db, [
      await file('a.xlsx', district('Huyện ủy Yên Thành'), '2025-12-01T08:00:00Z', YEAR),
      await file('b.xlsx', district('Thành ủy Vinh'), '2025-12-01T08:00:00Z', YEAR),
      await file('c.xlsx', district('Thành ủy Vinh'), '2025-12-01T08:00:00Z', q3),
      await file('d.xlsx', district('Thành ủy Vinh'), '2025-12-01T08:00:00Z', term),
    ]);
    expect((await listSubmissionPeriods(db)).map((p) => [p.key, p.districts])).toEqual([
      ['2025-2030', 1],
      ['2025', 2],
      ['2025-q3', 1],
    ]);
  });

  it('deletes one district’s file with an audit entry that can put it back', async () => {
    const a = await file('a.xlsx', district('Huyện ủy Yên Thành'), '2025-12-01T08:00:00Z');
    await importSubmissions(db, [a]);
    const id = submissionId(a.submission);
    await deleteSubmission(db, id);
    expect(await db.submissions.count()).toBe(0);
    const last = (await db.audit.toArray()).at(-1);
    expect(last).toMatchObject({ action: 'delete', entity: 'submission' });
    expect(last?.undo?.restore.submissions).toEqual([expect.objectContaining({ id, fileName: 'a.xlsx' })]);
  });
});
