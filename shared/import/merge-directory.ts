/**
 * A directory file read on its own knows nothing of the database, so every organization
 * in it looks new. Before the clerk sees the preview, the plan is laid over the directory
 * already stored: organizations and cells it has are pointed at (not added again), new
 * cells of a known organization join it, and a type the database knows is not asked for.
 */
import type { GrassrootsOrg, PartyCell } from '../domain/types';
import { issue, q } from './assemble-common';
import type { DirectoryImportPlan, DirectoryRowResult } from './assemble-directory';
import { cellKeys, orgKeys } from './directory-keys';

export interface ExistingDirectory {
  orgs: readonly GrassrootsOrg[];
  cells: readonly PartyCell[];
}

const ORG_KNOWN = (name: string) => `${q(name)} đã có trong danh mục tổ chức cơ sở đảng; dòng này không thêm mới.`;
const CELL_KNOWN = (cell: string, org: string) => `${q(cell)} của ${q(org)} đã có trong danh mục; dòng này không thêm mới.`;
const UNDER_CHI_BO_CO_SO = (cell: string, org: string) =>
  `${q(org)} là chi bộ cơ sở trong danh mục nên không có chi bộ trực thuộc; không nhập ${q(cell)}. ` +
  'Nếu tổ chức này nay là đảng bộ cơ sở, sửa loại tổ chức trong danh mục trước rồi nhập lại.';

type RowChange = (row: DirectoryRowResult) => DirectoryRowResult;

function marked(status: 'duplicate' | 'error', value: string, reason: string): RowChange {
  return (row) => ({
    ...row,
    status: row.status === 'error' ? 'error' : status,
    issues: [...row.issues, issue(row.ref, value, reason)],
  });
}

/** The plan with what `existing` already holds taken out; unchanged when nothing matches. */
export function mergeDirectoryWithExisting(plan: DirectoryImportPlan, existing: ExistingDirectory): DirectoryImportPlan {
  const orgByKey = new Map(existing.orgs.map((o) => [orgKeys(o.name).full, o]));
  const cellsByOrg = new Map<string, Map<string, PartyCell>>();
  for (const c of existing.cells) {
    const byKey = cellsByOrg.get(c.orgId) ?? new Map<string, PartyCell>();
    byKey.set(cellKeys(c.name).exact, c);
    cellsByOrg.set(c.orgId, byKey);
  }
  const orgIdMap = new Map<string, string>();
  const known = new Map<string, GrassrootsOrg>();
  for (const org of plan.orgs) {
    const match = orgByKey.get(orgKeys(org.name).full);
    if (match) {
      orgIdMap.set(org.id, match.id);
      known.set(org.id, match);
    }
  }
  if (known.size === 0) return plan;

  const cellIdMap = new Map<string, string>();
  const dropped = new Set<string>();
  const rowChanges = new Map<string, RowChange>();
  const cells: PartyCell[] = [];
  for (const cell of plan.cells) {
    const org = known.get(cell.orgId);
    if (!org) {
      cells.push(cell);
      continue;
    }
    const planOrg = plan.orgs.find((o) => o.id === cell.orgId);
    const ownCell = planOrg?.kind === 'chi_bo_co_so';
    const same = cellsByOrg.get(org.id)?.get(cellKeys(cell.name).exact);
    if (ownCell) {
      // The file lists the organization on its own: it is known, whatever its kind.
      const stored = [...(cellsByOrg.get(org.id)?.values() ?? [])][0];
      if (stored && org.kind === 'chi_bo_co_so') cellIdMap.set(cell.id, stored.id);
      dropped.add(cell.id);
      rowChanges.set(cell.id, marked('duplicate', cell.name, ORG_KNOWN(org.name)));
    } else if (org.kind === 'chi_bo_co_so') {
      dropped.add(cell.id);
      rowChanges.set(cell.id, marked('error', cell.name, UNDER_CHI_BO_CO_SO(cell.name, org.name)));
    } else if (same) {
      cellIdMap.set(cell.id, same.id);
      dropped.add(cell.id);
      rowChanges.set(cell.id, marked('duplicate', cell.name, CELL_KNOWN(same.name, org.name)));
    } else {
      cells.push({ ...cell, orgId: org.id });
    }
  }
  const typeDecisions = plan.typeDecisions.filter((d) => !known.has(d.orgId));
  const settled = plan.typeDecisions.filter((d) => known.has(d.orgId));
  const rows = plan.rows.map((row) => {
    let next: DirectoryRowResult = row;
    const decision = settled.find((d) => d.rowKey === row.key);
    if (decision) {
      next = {
        ...next,
        status: next.status === 'needsDecision' ? 'ok' : next.status,
        issues: next.issues.filter((i) => i.reason !== decision.reason),
      };
    }
    const change = row.cellId !== undefined ? rowChanges.get(row.cellId) : undefined;
    if (change) next = change(next);
    else if (row.cellId === undefined && row.orgId !== undefined && known.has(row.orgId) && next.status === 'ok') {
      // The đảng bộ's own row above its cells.
      next = { ...next, issues: [...next.issues, issue(row.ref, known.get(row.orgId)?.name ?? '', ORG_KNOWN(known.get(row.orgId)?.name ?? ''))] };
    }
    const orgId = next.orgId !== undefined ? (orgIdMap.get(next.orgId) ?? next.orgId) : undefined;
    const cellId = next.cellId !== undefined ? (dropped.has(next.cellId) ? cellIdMap.get(next.cellId) : next.cellId) : undefined;
    return { ...next, orgId, cellId };
  });
  return {
    orgs: plan.orgs.filter((o) => !known.has(o.id)),
    cells,
    rows,
    typeDecisions,
    duplicatesMerged: rows.filter((r) => r.status === 'duplicate').length,
    errors: rows.filter((r) => r.status === 'error').flatMap((r) => r.issues),
    needsDecision: typeDecisions.length,
  };
}
