/**
 * A registration sheet (official, position, organization, cell, time, note) → a plan of
 * registrations. A row may list several cells ("Thôn 1; Thôn 3", one per line, "A + B"):
 * each becomes its own plan row, keyed "Sheet:row:part", so each can be decided on its
 * own. A cell the matcher cannot settle is never dropped or guessed: the row waits for
 * the clerk's choice (`applyDecision`). Duplicates are found after decisions too, so the
 * plan is re-derived from its rows each time.
 */
import { periodYears } from '../domain/period';
import type { GrassrootsOrg, Official, PartyCell, Registration, RegistrationPeriod } from '../domain/types';
import { normalizeText } from '../text/normalize';
import { counterIds, issue, memoize, rowKey, rowPlace, text, type NewId } from './assemble-common';
import { LOOSE_MATCH_SCORE, createDirectoryMatcher, type DirectoryMatcher, type MatchCandidate } from './match-directory';
import { parsePlannedTime, type PlannedTime, type TermYears } from './period-parse';
import { createOfficialResolver, type OfficialResolver } from './registration-officials';
import { DUPLICATE_OF_EXISTING, NO_CELL, decisionReason, duplicateOf, looseMatchNotice, orgCountMismatch } from './registration-messages';
import { cleanText, isDate } from './cell-values';
import type { CellRef, ExtractedRow, RowIssue, RowStatus } from './types';

export interface CellDecision {
  kind: 'ambiguous' | 'none';
  cellText: string;
  orgText: string;
  /** Best first, at most five; the clerk may also pick any other cell. */
  candidates: MatchCandidate[];
  reason: string;
}

/** What a row resolved to, kept so the plan can be re-derived without the file. */
export interface RegistrationDraft {
  registrationId: string;
  officialId: string;
  period: RegistrationPeriod;
  note: string;
  /** The cell as written, for messages. */
  cellText: string;
  /** null until the clerk decides. */
  cellId: string | null;
  /** Issues that stay whatever is decided (time warnings, new official…). */
  notices: RowIssue[];
}

export interface RegistrationRowResult {
  key: string;
  ref: CellRef;
  status: RowStatus;
  issues: RowIssue[];
  /** What this row adds: none for errors, duplicates and rows waiting for a decision. */
  registrations: Registration[];
  decision?: CellDecision;
  /** null for an error row. */
  draft: RegistrationDraft | null;
}

export interface RegistrationImportPlan {
  rows: RegistrationRowResult[];
  /** Officials created from rows because no known official matched. */
  newOfficials: Official[];
  registrations: Registration[];
  duplicatesMerged: number;
  errors: RowIssue[];
  needsDecision: number;
  /** "official|cell|period" of registrations already in the database. */
  existingKeys: string[];
}

export interface AssembleRegistrationsOptions {
  directory: DirectoryMatcher | { orgs: readonly GrassrootsOrg[]; cells: readonly PartyCell[] };
  /** Officials already known: the database's and/or those of an officials file. */
  officials: readonly Official[];
  year: number;
  /** For "Cả nhiệm kỳ"; defaults to the congress term containing `year`. */
  term?: TermYears;
  /** Registrations already stored: importing them again adds nothing. */
  existingRegistrations?: readonly Registration[];
  /** Ids for the records created; by default "import-<kind>-<n>", clear of the ids passed in. */
  newId?: NewId;
}

interface Context {
  matcher: DirectoryMatcher;
  officials: OfficialResolver;
  year: number;
  term: TermYears | undefined;
  newId: NewId;
  /** Official notices already given. */
  reported: Set<string>;
  normalize: (s: string) => string;
  split: (s: string) => readonly string[];
  /** Times written as text ("Quý I", "15/3/2025"), read once each. */
  timeOfText: (s: string) => PlannedTime;
}

/** Quarters in the order written count the same ("Quý III, I" = "Quý I, III"): parsePlannedTime sorts them. */
const periodKey = (p: RegistrationPeriod) => (p.kind === 'year' ? `${p.year}:${p.quarters.join(',')}` : `${p.startYear}-${p.endYear}`);
const dedupeKey = (officialId: string, cellId: string, period: RegistrationPeriod) => `${officialId}|${cellId}|${periodKey(period)}`;

/** Cells listed in one spreadsheet cell: one per line, or separated by ";" or "+". */
export function splitList(written: string): string[] {
  return written
    .split(/\r\n|[\r\n\u2028;+]/)
    .map((part) => cleanText(part).replace(/^(?:[-–•*·]\s*|\d{1,2}[.)]\s+)/u, '').replace(/[.,]+$/, '').trim())
    .filter((part) => part !== '');
}

/** The field as the cell holds it: the extracted text has its line breaks turned into spaces. */
function listed(row: ExtractedRow, field: 'cell' | 'org', split: Context['split']): readonly string[] {
  const raw = row.raw[field];
  return split(typeof raw === 'string' ? raw : text(row, field));
}

export function assembleRegistrations(rows: readonly ExtractedRow[], options: AssembleRegistrationsOptions): RegistrationImportPlan {
  const taken = [...options.officials.map((o) => o.id), ...(options.existingRegistrations ?? []).map((r) => r.id)];
  const newId = options.newId ?? counterIds('import', taken);
  const matcher = 'match' in options.directory ? options.directory : createDirectoryMatcher(options.directory.orgs, options.directory.cells);
  const ctx: Context = {
    matcher,
    officials: createOfficialResolver(options.officials, newId),
    year: options.year,
    term: options.term,
    newId,
    reported: new Set(),
    normalize: memoize(normalizeText),
    split: memoize(splitList),
    timeOfText: memoize((s) => parsePlannedTime(s, s, options.year, options.term)),
  };
  const planRows: RegistrationRowResult[] = [];
  for (const row of rows) for (const r of readRow(row, ctx)) planRows.push(r);
  const existingKeys = (options.existingRegistrations ?? []).map((r) => dedupeKey(r.officialId, r.cellId, r.period));
  const used = new Set<string>();
  for (const r of planRows) if (r.draft) used.add(r.draft.officialId);
  const newOfficials = ctx.officials.created().filter((o) => used.has(o.id));
  return derive(planRows, newOfficials, existingKeys);
}

function errorRow(ref: CellRef, error: RowIssue): RegistrationRowResult {
  return { key: rowKey(ref), ref, status: 'error', issues: [error], registrations: [], draft: null };
}

function readRow(row: ExtractedRow, ctx: Context): RegistrationRowResult[] {
  const cells = listed(row, 'cell', ctx.split);
  const orgs = listed(row, 'org', ctx.split);
  if (cells.length === 0 && orgs.length === 0) return [errorRow(row.ref, issue(row.ref, '', NO_CELL))];
  const who = ctx.officials.resolve(row);
  if ('error' in who) return [errorRow(row.ref, who.error)];
  const time = plannedTime(row, ctx);
  if ('error' in time) return [errorRow(row.ref, issue(row.ref, text(row, 'time'), time.error))];
  const notices: RowIssue[] = [];
  // Said once per file: "will be created", "position differs" repeat on every row of that official.
  if (who.notice && !ctx.reported.has(who.notice.reason)) notices.push(who.notice);
  if (who.notice) ctx.reported.add(who.notice.reason);
  if (time.warning) notices.push(issue(row.ref, text(row, 'time'), time.warning));
  const base: Omit<RegistrationDraft, 'registrationId' | 'cellText'> = {
    officialId: who.officialId,
    period: time.period,
    note: ctx.normalize(text(row, 'note')),
    cellId: null,
    notices,
  };
  // Nearly every row names one cell: no pairing lists for it.
  if (cells.length <= 1 && orgs.length <= 1) return [planPart(row, rowKey(row.ref), cells[0] ?? '', orgs[0] ?? '', base, ctx)];
  const pairs = pairUp(cells, orgs);
  if (pairs.mismatch) notices.push(issue(row.ref, text(row, 'org'), orgCountMismatch(orgs.length, cells.length)));
  return pairs.list.map(([cellText, orgText], i) => planPart(row, rowKey(row.ref, pairs.list.length > 1 ? i + 1 : undefined), cellText, orgText, base, ctx));
}

/** Dates and serials as they are; text through the cache, its period copied so no two registrations share one. */
function plannedTime(row: ExtractedRow, ctx: Context): PlannedTime {
  const raw = row.raw.time;
  if (typeof raw === 'number' || isDate(raw)) return parsePlannedTime(text(row, 'time'), raw, ctx.year, ctx.term);
  const time = ctx.timeOfText(text(row, 'time'));
  if ('error' in time) return time;
  const p = time.period;
  const period: RegistrationPeriod = p.kind === 'year' ? { kind: 'year', year: p.year, quarters: [...p.quarters] } : { kind: 'term', startYear: p.startYear, endYear: p.endYear };
  return time.warning ? { period, warning: time.warning } : { period };
}

/**
 * Issues and registrations of a row with a draft before `derive`, which always gives such
 * a row new ones: shared rather than two empty arrays per row of a 15,000-row file.
 */
const PENDING: never[] = [];

/** One cell of a row: settled by the matcher, or waiting for the clerk. */
function planPart(
  row: ExtractedRow,
  key: string,
  cellText: string,
  orgText: string,
  base: Omit<RegistrationDraft, 'registrationId' | 'cellText'>,
  ctx: Context,
): RegistrationRowResult {
  // Spelled out: a spread with a key overwritten ({ ...base, notices }) takes V8's slow path, ~10 µs a row.
  const draft: RegistrationDraft = {
    registrationId: ctx.newId('registration'),
    officialId: base.officialId,
    period: base.period,
    note: base.note,
    cellText,
    cellId: null,
    notices: base.notices.length > 0 ? [...base.notices] : [],
  };
  const match = ctx.matcher.match(cellText, orgText);
  if (match.kind === 'unique') {
    draft.cellId = match.cellId;
    if (match.score <= LOOSE_MATCH_SCORE && cellText) draft.notices.push(issue(row.ref, cellText, looseMatchNotice(cellText, ctx.matcher.label(match.cellId))));
    return { key, ref: row.ref, status: 'ok', issues: PENDING, registrations: PENDING, draft };
  }
  const reason = decisionReason(match, cellText, orgText, ctx.matcher);
  const decision: CellDecision = { kind: match.kind, cellText, orgText, candidates: match.candidates, reason };
  return { key, ref: row.ref, status: 'needsDecision', issues: PENDING, registrations: PENDING, decision, draft };
}

/** Organization per cell: paired line by line, one for all, or none when counts disagree. */
function pairUp(cells: readonly string[], orgs: readonly string[]): { list: [string, string][]; mismatch: boolean } {
  if (cells.length === 0) return { list: orgs.map((o) => ['', o]), mismatch: false };
  if (orgs.length === cells.length) return { list: cells.map((c, i) => [c, orgs[i] ?? '']), mismatch: false };
  if (orgs.length <= 1) return { list: cells.map((c) => [c, orgs[0] ?? '']), mismatch: false };
  return { list: cells.map((c) => [c, '']), mismatch: true };
}

/** The row with a new status; built key by key, as in planPart, to stay on V8's fast path. */
function withStatus(row: RegistrationRowResult, status: RowStatus, issues: RowIssue[], registrations: Registration[] = []): RegistrationRowResult {
  const out: RegistrationRowResult = { key: row.key, ref: row.ref, status, issues, registrations, draft: row.draft };
  if (row.decision) out.decision = row.decision;
  return out;
}

/** Statuses, duplicates and totals from the rows' drafts and decisions. */
function derive(rows: RegistrationRowResult[], newOfficials: Official[], existingKeys: string[]): RegistrationImportPlan {
  const existing = new Set(existingKeys);
  const first = new Map<string, { row: RegistrationRowResult; registration: Registration }>();
  const registrations: Registration[] = [];
  const out = rows.map((row): RegistrationRowResult => {
    const d = row.draft;
    if (!d) return row;
    if (d.cellId === null) {
      const reason = row.decision?.reason ?? '';
      return withStatus(row, 'needsDecision', [...d.notices, issue(row.ref, d.cellText, reason)]);
    }
    const key = dedupeKey(d.officialId, d.cellId, d.period);
    const earlier = first.get(key);
    if (earlier || existing.has(key)) {
      // The registration object is the one in `registrations` and on the earlier row: one update serves both.
      if (earlier && d.note && !earlier.registration.note.split('; ').includes(d.note)) {
        earlier.registration.note = earlier.registration.note ? `${earlier.registration.note}; ${d.note}` : d.note;
      }
      const reason = earlier ? duplicateOf(rowPlace(earlier.row.ref)) : DUPLICATE_OF_EXISTING;
      return withStatus(row, 'duplicate', [...d.notices, issue(row.ref, d.cellText, reason)]);
    }
    const registration: Registration = { id: d.registrationId, officialId: d.officialId, cellId: d.cellId, period: d.period, years: periodYears(d.period), note: d.note };
    const result = withStatus(row, 'ok', [...d.notices], [registration]);
    first.set(key, { row: result, registration });
    registrations.push(registration);
    return result;
  });
  return {
    rows: out,
    newOfficials,
    registrations,
    duplicatesMerged: out.filter((r) => r.status === 'duplicate').length,
    errors: out.filter((r) => r.status === 'error').flatMap((r) => r.issues),
    needsDecision: out.filter((r) => r.status === 'needsDecision').length,
    existingKeys,
  };
}

/**
 * The plan after the clerk has chosen the cell for one row (any cell of the directory,
 * not only a suggested one). The row keeps its decision record, so the choice can be
 * changed again; an unknown row key leaves the plan as it was.
 */
export function applyDecision(plan: RegistrationImportPlan, key: string, cellId: string): RegistrationImportPlan {
  const target = plan.rows.find((r) => r.key === key);
  if (!target?.draft || !target.decision) return plan;
  const rows = plan.rows.map((r) => (r === target && r.draft ? { ...r, draft: { ...r.draft, cellId } } : r));
  return derive(rows, plan.newOfficials, plan.existingKeys);
}
