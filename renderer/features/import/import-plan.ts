/**
 * Reading an import plan the same way whatever the kind of file: row statuses, what
 * would be added, what is left undecided. Pure, so the page and its tests agree.
 */
import type { OrgType } from '../../../shared/domain/org-types';
import { applyOrgType } from '../../../shared/import/assemble-directory';
import { applyMeetingDecision } from '../../../shared/import/assemble-meetings';
import { applyDecision } from '../../../shared/import/assemble-registrations';
import type { RowIssue, RowStatus } from '../../../shared/import/types';
import type { ImportRecords } from '../../db/repositories/import';
import type { ImportPlan } from './import-types';

export interface PlanRowBase {
  key: string;
  ref: RowIssue['ref'];
  status: RowStatus;
  issues: RowIssue[];
}

export const ROW_STATUSES: readonly RowStatus[] = ['ok', 'duplicate', 'needsDecision', 'error'];

export function planRows(plan: ImportPlan): readonly PlanRowBase[] {
  return plan.plan.rows;
}

export function statusCounts(plan: ImportPlan): Record<RowStatus, number> {
  const counts: Record<RowStatus, number> = { ok: 0, duplicate: 0, needsDecision: 0, error: 0 };
  for (const row of planRows(plan)) counts[row.status]++;
  return counts;
}

/** Organizations whose type is still to be chosen (directory files only). */
function undecidedOrgIds(plan: ImportPlan): Set<string> {
  return new Set(plan.kind === 'directory' ? plan.plan.typeDecisions.map((d) => d.orgId) : []);
}

/**
 * What committing adds. Rows still waiting for a choice add nothing once the clerk has
 * said to skip them: for a directory that means the organization and its cells.
 */
export function recordsToAdd(plan: ImportPlan, skipUndecided: boolean): ImportRecords {
  switch (plan.kind) {
    case 'directory': {
      const skipped = skipUndecided ? undecidedOrgIds(plan) : new Set<string>();
      return {
        orgs: plan.plan.orgs.filter((o) => !skipped.has(o.id)),
        cells: plan.plan.cells.filter((c) => !skipped.has(c.orgId)),
        officials: [],
        registrations: [],
        meetings: [],
      };
    }
    case 'officials':
      return { orgs: [], cells: [], officials: plan.plan.officials, registrations: [], meetings: [] };
    case 'meetings':
      return { orgs: [], cells: [], officials: [], registrations: [], meetings: plan.plan.meetings };
    case 'registrations': {
      // An official created for rows that were all skipped or merged is not created.
      const used = new Set(plan.plan.registrations.map((r) => r.officialId));
      return {
        orgs: [],
        cells: [],
        officials: plan.plan.newOfficials.filter((o) => used.has(o.id)),
        registrations: plan.plan.registrations,
        meetings: [],
      };
    }
  }
}

export const isEmpty = (records: ImportRecords): boolean =>
  records.orgs.length + records.cells.length + records.officials.length + records.registrations.length + records.meetings.length === 0;

/** Issues of the rows that were not imported (errors) or wait for the clerk: the list sent back to be fixed. */
export function issuesToFix(plan: ImportPlan): RowIssue[] {
  return planRows(plan)
    .filter((r) => r.status === 'error' || r.status === 'needsDecision')
    .flatMap((r) => r.issues);
}

/** The plan once the clerk has picked the cell of one registration row (and may pick again). */
export function withCellChoice(plan: ImportPlan, key: string, cellId: string): ImportPlan {
  return plan.kind === 'registrations' ? { kind: 'registrations', plan: applyDecision(plan.plan, key, cellId) } : plan;
}

/** The plan once the clerk has picked the registration a meeting row carries out (and may pick again). */
export function withRegistrationChoice(plan: ImportPlan, key: string, registrationId: string): ImportPlan {
  return plan.kind === 'meetings' ? { kind: 'meetings', plan: applyMeetingDecision(plan.plan, key, registrationId) } : plan;
}

/** The plan once the clerk has picked an organization's type; an answered question can be answered again. */
export function withTypeChoice(plan: ImportPlan, orgId: string, type: OrgType): ImportPlan {
  if (plan.kind !== 'directory') return plan;
  const p = plan.plan;
  const next = p.typeDecisions.some((d) => d.orgId === orgId)
    ? applyOrgType(p, orgId, type)
    : { ...p, orgs: p.orgs.map((o) => (o.id === orgId ? { ...o, type } : o)) };
  return { kind: 'directory', plan: next };
}
