/**
 * The preview grid's rows: one per plan row, with where it is in the file, what is wrong
 * or worth knowing, and what it becomes once imported.
 */
import { MEETING_TYPE_LABEL_VI, formatPeriodVi } from '../../../shared/domain/labels-vi';
import type { GrassrootsOrg, Official, PartyCell } from '../../../shared/domain/types';
import type { MeetingRowResult } from '../../../shared/import/assemble-meetings';
import type { RowIssue, RowStatus } from '../../../shared/import/types';
import { formatIsoVi } from '../../../shared/meetings/iso-date';
import type { ImportBase, ImportPlan } from './import-types';

export interface PreviewRow {
  id: string;
  status: RowStatus;
  /** The clerk chose to skip it: it waits for a choice no longer. */
  skipped: boolean;
  sheet: string;
  row: number;
  column: string;
  value: string;
  /** Every issue of the row, one per line. */
  reason: string;
  /** What the row adds or points at, e.g. "Nguyễn Văn An — Chi bộ xóm 1 (Đảng bộ xã Hoa Thành) — Quý I". */
  result: string;
}

/** Names of the records a plan points at, from the database and the plan itself. */
export function nameLookup(base: ImportBase, plan?: ImportPlan) {
  const orgs = new Map<string, GrassrootsOrg>(base.orgs.map((o) => [o.id, o]));
  const cells = new Map<string, PartyCell>(base.cells.map((c) => [c.id, c]));
  const officials = new Map<string, Official>(base.officials.map((o) => [o.id, o]));
  if (plan?.kind === 'directory') {
    plan.plan.orgs.forEach((o) => orgs.set(o.id, o));
    plan.plan.cells.forEach((c) => cells.set(c.id, c));
  }
  if (plan?.kind === 'officials') plan.plan.officials.forEach((o) => officials.set(o.id, o));
  if (plan?.kind === 'registrations') plan.plan.newOfficials.forEach((o) => officials.set(o.id, o));
  const cellLabel = (id: string | null | undefined): string => {
    const cell = id ? cells.get(id) : undefined;
    if (!cell) return '';
    const org = orgs.get(cell.orgId);
    return !org || org.name === cell.name ? cell.name : `${cell.name} (${org.name})`;
  };
  const official = (id: string | undefined) => {
    const o = id ? officials.get(id) : undefined;
    return o ? `${o.name} (${o.position})` : '';
  };
  const orgName = (id: string | undefined) => (id ? (orgs.get(id)?.name ?? '') : '');
  const registrations = new Map(base.registrations.map((r) => [r.id, r]));
  /** "Nguyễn Văn An — Chi bộ xóm 1 (Đảng bộ xã Hoa Thành)": who attends where. */
  const registration = (id: string | null | undefined) => {
    const r = id ? registrations.get(id) : undefined;
    return r ? [officials.get(r.officialId)?.name ?? '', cellLabel(r.cellId)].filter((p) => p !== '').join(' — ') : '';
  };
  return { cellLabel, official, orgName, registration };
}

type Lookup = ReturnType<typeof nameLookup>;

function resultTexts(plan: ImportPlan, names: Lookup): Map<string, string> {
  const out = new Map<string, string>();
  if (plan.kind === 'registrations') {
    for (const r of plan.plan.rows) {
      if (!r.draft) continue;
      const parts = [names.official(r.draft.officialId), names.cellLabel(r.draft.cellId), formatPeriodVi(r.draft.period)];
      out.set(r.key, parts.filter((p) => p !== '').join(' — '));
    }
  } else if (plan.kind === 'meetings') {
    for (const r of plan.plan.rows) if (r.draft) out.set(r.key, meetingResult(r.draft, names));
  } else if (plan.kind === 'directory') {
    for (const r of plan.plan.rows) out.set(r.key, r.cellId ? names.cellLabel(r.cellId) : names.orgName(r.orgId));
  } else {
    for (const r of plan.plan.rows) out.set(r.key, names.official(r.officialId));
  }
  return out;
}

/** "Nguyễn Văn An — Chi bộ xóm 1 (…) — 05/03/2026 07:30–10:00 — Thường kỳ". */
function meetingResult(draft: NonNullable<MeetingRowResult['draft']>, names: Lookup): string {
  const n = draft.notice;
  const when = `${formatIsoVi(n.date)} ${n.startTime}${n.endTime ? `–${n.endTime}` : ''}`;
  return [names.registration(draft.registrationId), when, MEETING_TYPE_LABEL_VI[n.type]].filter((p) => p !== '').join(' — ');
}

function skippedKeys(plan: ImportPlan, skipUndecided: boolean): Set<string> {
  if (!skipUndecided) return new Set();
  const keys = plan.plan.rows.filter((r) => r.status === 'needsDecision').map((r) => r.key);
  if (plan.kind === 'directory') {
    const orgIds = new Set(plan.plan.typeDecisions.map((d) => d.orgId));
    keys.push(...plan.plan.rows.filter((r) => r.orgId !== undefined && orgIds.has(r.orgId)).map((r) => r.key));
  }
  return new Set(keys);
}

/**
 * One grid row per plan row. `locate` fills in the issues' columns (see
 * locateIssueColumns); the first issue with a value gives the row's column and value.
 */
export function buildPreviewRows(
  plan: ImportPlan,
  base: ImportBase,
  skipUndecided: boolean,
  locate: (issues: RowIssue[]) => RowIssue[],
): PreviewRow[] {
  const results = resultTexts(plan, nameLookup(base, plan));
  const skipped = skippedKeys(plan, skipUndecided);
  return plan.plan.rows.map((r) => {
    const issues = locate(r.issues);
    const main = issues.find((i) => i.value !== '') ?? issues[0];
    return {
      id: r.key,
      status: r.status,
      skipped: skipped.has(r.key),
      sheet: r.ref.sheet,
      row: r.ref.row,
      column: main?.ref.column ?? '',
      value: main?.value ?? '',
      reason: issues.map((i) => i.reason).join('\n'),
      result: results.get(r.key) ?? '',
    };
  });
}
