/**
 * Accepting the balancing solver's suggestions, and taking them back. Each acceptance is one
 * transaction: every suggestion is checked against the records as the solver saw them, and
 * one that no longer holds aborts the whole batch, so the plan never ends up half-balanced.
 * What an acceptance changed is kept in `balanceUndo`, so "Hoàn tác" survives a reload.
 * A registration with meetings is never moved: its meetings name its cell.
 */
import { DomainError } from '../../../shared/domain/errors';
import { periodYears } from '../../../shared/domain/period';
import { periodsOverlap } from '../../../shared/domain/period-overlap';
import type { DistrictData, Registration, RegistrationPeriod } from '../../../shared/domain/types';
import { registrationInputSchema } from '../../../shared/domain/validation';
import type { AddSuggestion, MoveSuggestion, Suggestion } from '../../../shared/solver/types';
import { writeAudit } from '../audit';
import { AuditChanges } from '../audit-capture';
import { recordUndo } from '../audit-undo';
import { newId, SETTINGS_ID, type AppDatabase, type BalanceUndoRow } from '../database';
import { registrationIdsWithMeetings } from './meeting-links';
import { parseOrThrow } from './parse';

/** The note on registrations the balancing added: stored data, so it stays in Vietnamese. */
export const BALANCE_NOTE = 'Đề xuất cân đối';

/** Everything the solver needs, read in one transaction so it is one consistent snapshot. */
export async function readDistrictData(db: AppDatabase): Promise<DistrictData> {
  return db.transaction('r', [db.settings, db.orgs, db.cells, db.officials, db.registrations], async () => {
    const [settings, orgs, cells, officials, registrations] = await Promise.all([
      db.settings.get(SETTINGS_ID),
      db.orgs.toArray(),
      db.cells.toArray(),
      db.officials.toArray(),
      db.registrations.toArray(),
    ]);
    if (!settings) throw new Error('No settings: the app has not been set up');
    const { id: _id, ...rest } = settings;
    return { settings: rest, orgs, cells, officials, registrations };
  });
}

/** The solver's snapshot and the registrations it must not move, read together. */
export async function readBalanceInput(db: AppDatabase): Promise<{ data: DistrictData; fixedRegistrationIds: string[] }> {
  return db.transaction('r', [db.settings, db.orgs, db.cells, db.officials, db.registrations, db.meetings], async () => ({
    data: await readDistrictData(db),
    fixedRegistrationIds: await registrationIdsWithMeetings(db),
  }));
}

/** Refuses to move (or move back) a registration whose meetings name its current cell. */
async function refuseIfHasMeetings(db: AppDatabase, code: string, registrationId: string, label: { official: string; cell: string }): Promise<void> {
  const meetings = await db.meetings.where('registrationId').equals(registrationId).count();
  if (meetings > 0) throw new DomainError(code, { ...label, meetings });
}

/** The most recent acceptance that can still be undone, if any. */
export function getLastBalance(db: AppDatabase): Promise<BalanceUndoRow | undefined> {
  return db.balanceUndo.toCollection().last();
}

type Names = Record<string, string>;

/** Names the official and cells of a suggestion; refuses when any of them is gone. */
async function lookUpNames(db: AppDatabase, officialId: string, cellIds: string[], names: Names): Promise<void> {
  const [official, ...cells] = await Promise.all([db.officials.get(officialId), ...cellIds.map((id) => db.cells.get(id))]);
  if (!official || cells.some((cell) => !cell)) throw new DomainError('errors.balanceRecordGone');
  names[official.id] = official.name;
  for (const cell of cells) if (cell) names[cell.id] = cell.name;
}

async function hasOverlap(db: AppDatabase, officialId: string, cellId: string, period: RegistrationPeriod, exceptId: string): Promise<boolean> {
  const same = await db.registrations.where('officialId').equals(officialId).toArray();
  return same.some((other) => other.id !== exceptId && other.cellId === cellId && periodsOverlap(other.period, period));
}

async function applyAdd(db: AppDatabase, s: AddSuggestion, year: number, names: Names): Promise<Registration> {
  await lookUpNames(db, s.officialId, [s.cellId], names);
  // Time not yet set: the clerk agrees the quarters with the official afterwards.
  const input = parseOrThrow(registrationInputSchema, {
    officialId: s.officialId,
    cellId: s.cellId,
    period: { kind: 'year', year, quarters: [] },
    note: BALANCE_NOTE,
  });
  const registration: Registration = { id: newId(), ...input, years: periodYears(input.period) };
  if (await hasOverlap(db, s.officialId, s.cellId, registration.period, registration.id)) {
    throw new DomainError('errors.balanceDuplicate', { official: names[s.officialId]!, cell: names[s.cellId]! });
  }
  await db.registrations.add(registration);
  return registration;
}

async function applyMove(
  db: AppDatabase,
  s: MoveSuggestion,
  year: number,
  names: Names,
  changes: AuditChanges,
): Promise<BalanceUndoRow['moved'][number]> {
  await lookUpNames(db, s.officialId, [s.fromCellId, s.toCellId], names);
  const registration = await db.registrations.get(s.registrationId);
  if (!registration || registration.officialId !== s.officialId || registration.cellId !== s.fromCellId || !registration.years.includes(year)) {
    throw new DomainError('errors.balanceChanged', { official: names[s.officialId]!, cell: names[s.fromCellId]! });
  }
  await refuseIfHasMeetings(db, 'errors.meeting.balanceMoveHasMeetings', registration.id, {
    official: names[s.officialId]!,
    cell: names[s.fromCellId]!,
  });
  if (await hasOverlap(db, s.officialId, s.toCellId, registration.period, registration.id)) {
    throw new DomainError('errors.balanceDuplicate', { official: names[s.officialId]!, cell: names[s.toCellId]! });
  }
  const moved = { ...registration, cellId: s.toCellId };
  await db.registrations.put(moved);
  changes.updated('registrations', registration, moved);
  return { registrationId: registration.id, officialId: s.officialId, fromCellId: s.fromCellId, toCellId: s.toCellId };
}

/**
 * Applies the accepted suggestions for `year` in one transaction: adds become registrations
 * for the year with the time not yet set, moves change the registration's cell. Any
 * suggestion that no longer matches the records aborts everything (a DomainError says which).
 */
export async function applySuggestions(db: AppDatabase, suggestions: readonly Suggestion[], year: number): Promise<BalanceUndoRow> {
  if (suggestions.length === 0) throw new DomainError('errors.balanceNothingToApply');
  return db.transaction('rw', [db.officials, db.cells, db.registrations, db.meetings, db.balanceUndo, db.audit], async () => {
    const entry: BalanceUndoRow = { year, appliedAt: new Date().toISOString(), created: [], moved: [], names: {} };
    const changes = new AuditChanges();
    // One after another: a later suggestion must see what an earlier one wrote.
    for (const s of suggestions) {
      if (s.kind === 'add') entry.created.push(await applyAdd(db, s, year, entry.names));
      else entry.moved.push(await applyMove(db, s, year, entry.names, changes));
    }
    changes.created('registrations', entry.created);
    entry.id = await db.balanceUndo.add(entry);
    await writeAudit(db, { action: 'balance', entity: 'registration', ...balanceTexts(entry), ...changes.entry(true), balanceUndoId: entry.id });
    return entry;
  });
}

/** "Chấp nhận đề xuất cân đối năm 2025: thêm 2 đăng ký, chuyển 1 đăng ký", each change on the after line. */
function balanceTexts(entry: BalanceUndoRow): { summary: string; after: string } {
  const name = (id: string) => entry.names[id] ?? id;
  const counts = [
    entry.created.length > 0 ? `thêm ${entry.created.length} đăng ký` : '',
    entry.moved.length > 0 ? `chuyển ${entry.moved.length} đăng ký` : '',
  ].filter((part) => part !== '');
  const lines = [
    ...entry.created.map((r) => `${name(r.officialId)} dự ${name(r.cellId)}`),
    ...entry.moved.map((m) => `${name(m.officialId)}: ${name(m.fromCellId)} → ${name(m.toCellId)}`),
  ];
  return { summary: `Chấp nhận đề xuất cân đối năm ${entry.year}: ${counts.join(', ')}`, after: lines.join('; ') };
}

/** The log's entry of a balancing undone on the balancing page: marked undone, with its 'undo' entry. */
async function auditBalanceUndo(db: AppDatabase, entry: BalanceUndoRow): Promise<void> {
  const logged = await db.audit
    .orderBy(':id')
    .reverse()
    .filter((row) => row.balanceUndoId === entry.id && row.undoneBy === undefined)
    .first();
  if (logged?.id !== undefined) {
    await recordUndo(db, { ...logged, id: logged.id });
    return;
  }
  // A balancing accepted before the log existed: the undo is still logged.
  const moved = entry.moved.map((m) => ({ id: m.registrationId }));
  const changes = new AuditChanges().deleted('registrations', [...entry.created, ...moved]);
  await writeAudit(db, { action: 'undo', entity: 'registration', summary: `Hoàn tác cân đối năm ${entry.year}`, ...changes.entry(false) });
}

function samePeriod(a: RegistrationPeriod, b: RegistrationPeriod): boolean {
  if (a.kind === 'year' && b.kind === 'year') return a.year === b.year && a.quarters.join() === b.quarters.join();
  if (a.kind === 'term' && b.kind === 'term') return a.startYear === b.startYear && a.endYear === b.endYear;
  return false;
}

function unchanged(now: Registration | undefined, created: Registration): boolean {
  return (
    now !== undefined &&
    now.officialId === created.officialId &&
    now.cellId === created.cellId &&
    now.note === created.note &&
    samePeriod(now.period, created.period)
  );
}

/**
 * Takes back the most recent acceptance in one transaction: deletes the registrations it
 * created and returns moved ones to their old cells. Refuses, changing nothing, when any of
 * them was edited or deleted since, or got meetings: undoing would throw away the clerk's later work.
 */
export async function undoLastBalance(db: AppDatabase): Promise<BalanceUndoRow> {
  return db.transaction('rw', [db.registrations, db.meetings, db.balanceUndo, db.audit], async () => {
    const entry = await getLastBalance(db);
    if (entry?.id === undefined) throw new DomainError('errors.balanceNothingToUndo');
    const label = (officialId: string, cellId: string) => ({
      official: entry.names[officialId] ?? officialId,
      cell: entry.names[cellId] ?? cellId,
    });
    for (const created of entry.created) {
      if (!unchanged(await db.registrations.get(created.id), created)) {
        throw new DomainError('errors.balanceUndoChanged', label(created.officialId, created.cellId));
      }
      await refuseIfHasMeetings(db, 'errors.meeting.balanceUndoHasMeetings', created.id, label(created.officialId, created.cellId));
    }
    const moved: Registration[] = [];
    for (const m of entry.moved) {
      const now = await db.registrations.get(m.registrationId);
      if (!now || now.officialId !== m.officialId || now.cellId !== m.toCellId) {
        throw new DomainError('errors.balanceUndoChanged', label(m.officialId, m.toCellId));
      }
      await refuseIfHasMeetings(db, 'errors.meeting.balanceUndoHasMeetings', m.registrationId, label(m.officialId, m.toCellId));
      moved.push({ ...now, cellId: m.fromCellId });
    }
    await db.registrations.bulkDelete(entry.created.map((r) => r.id));
    for (const registration of moved) {
      if (await hasOverlap(db, registration.officialId, registration.cellId, registration.period, registration.id)) {
        throw new DomainError('errors.balanceUndoDuplicate', label(registration.officialId, registration.cellId));
      }
      await db.registrations.put(registration);
    }
    await db.balanceUndo.delete(entry.id);
    await auditBalanceUndo(db, entry);
    return entry;
  });
}

/** Drops the most recent undo entry without touching registrations (when it can no longer apply). */
export async function forgetLastBalance(db: AppDatabase): Promise<void> {
  await db.transaction('rw', db.balanceUndo, async () => {
    const entry = await getLastBalance(db);
    if (entry?.id !== undefined) await db.balanceUndo.delete(entry.id);
  });
}
