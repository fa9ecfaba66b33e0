/**
 * A directory sheet (list of grassroots organizations and their cells) → orgs and cells.
 * Files come in two shapes: an organization column filled on every row, or each đảng bộ
 * as a bold row with its cells listed under it (the extractor passes that row as
 * `group`). A row naming an organization and no cell is a chi bộ cơ sở, which is its
 * own single cell, unless cells are listed under it (then it is the đảng bộ's own row).
 */
import type { GrassrootsOrg, OrgKind, PartyCell } from '../domain/types';
import { MEMBER_COUNT_MAX } from '../domain/validation';
import { normalizeText } from '../text/normalize';
import { cellPhrase, counterIds, fold, issue, q, rowKey, rowPlace, text, wholeNumber, type NewId } from './assemble-common';
import { cellKeys, orgKeys } from './directory-keys';
import { ORG_TYPE_CHOICES_VI, orgTypeFromName, parseOrgType } from './org-type-parse';
import type { CellRef, ExtractedRow, RowIssue, RowStatus } from './types';

export interface DirectoryRowResult {
  key: string;
  ref: CellRef;
  status: RowStatus;
  issues: RowIssue[];
  orgId?: string;
  cellId?: string;
}

/** An organization whose type the file does not say: the clerk picks one. */
export interface OrgTypeDecision {
  orgId: string;
  orgName: string;
  /** The "Loại hình" text as written ('' when empty). */
  written: string;
  rowKey: string;
  /** The issue on that row that asks for the type; dropped once chosen. */
  reason: string;
}

export interface DirectoryImportPlan {
  orgs: GrassrootsOrg[];
  cells: PartyCell[];
  rows: DirectoryRowResult[];
  typeDecisions: OrgTypeDecision[];
  duplicatesMerged: number;
  errors: RowIssue[];
  needsDecision: number;
}

export interface AssembleDirectoryOptions {
  /** Ids for the records created; by default "import-<kind>-<n>", clear of the ids passed in. */
  newId?: NewId;
}

interface CellDraft {
  name: string;
  members: number;
  row: DirectoryRowResult;
}

interface OrgDraft {
  name: string;
  types: { written: string; row: DirectoryRowResult }[];
  cells: Map<string, CellDraft>;
  /** The row naming the organization alone, with its member count. */
  own: { members: number; row: DirectoryRowResult } | null;
  firstRow: DirectoryRowResult;
}

/** "Tổng cộng", "Tổng số", "Cộng": totals rows, not organizations. */
const TOTALS = /^(tong cong|tong so|tong|cong)( toan [a-z ]+)?\s*[:.]?\s*[\d.,]*$/;

function parseMembers(row: ExtractedRow, name: string, result: DirectoryRowResult): number | null {
  const written = text(row, 'members');
  const n = wholeNumber(written, row.raw.members);
  if (n === null) {
    result.issues.push(issue(row.ref, '', `Chưa ghi số đảng viên của ${q(name)}; đã để 0, cập nhật sau trong danh mục.`));
    return 0;
  }
  if (Number.isNaN(n) || n < 0 || n > MEMBER_COUNT_MAX) {
    result.status = 'error';
    result.issues.push(issue(row.ref, written, `Số đảng viên ${q(written)} của ${q(name)} không phải số nguyên từ 0 đến ${MEMBER_COUNT_MAX}; sửa lại rồi nhập lại.`));
    return null;
  }
  return n;
}

export function assembleDirectory(rows: readonly ExtractedRow[], options: AssembleDirectoryOptions = {}): DirectoryImportPlan {
  // With one name column (organization or cell, whichever it was mapped to), the names
  // under a bold đảng bộ row are its cells; with two, the cell column says.
  const usesOrg = rows.some((r) => text(r, 'org') !== '');
  const usesCell = rows.some((r) => text(r, 'cell') !== '');
  const oneNameColumn = usesOrg !== usesCell;
  const drafts = new Map<string, OrgDraft>();
  const results: DirectoryRowResult[] = [];
  const draftFor = (name: string, result: DirectoryRowResult): OrgDraft => {
    const key = orgKeys(name).full;
    let d = drafts.get(key);
    if (!d) drafts.set(key, (d = { name: normalizeText(name), types: [], cells: new Map(), own: null, firstRow: result }));
    return d;
  };
  for (const row of rows) {
    const result: DirectoryRowResult = { key: rowKey(row.ref), ref: row.ref, status: 'ok', issues: [] };
    results.push(result);
    const names = oneNameColumn ? fromOneColumn(row) : { org: text(row, 'org') || (row.group ?? ''), cell: text(row, 'cell') };
    readRow(row, names, result, draftFor);
  }
  return buildPlan(results, [...drafts.values()], options.newId ?? counterIds());
}

/** A name under a different organization's bold row is its cell; otherwise it names an organization. */
function fromOneColumn(row: ExtractedRow): { org: string; cell: string } {
  const name = text(row, 'org') || text(row, 'cell');
  const under = row.group && orgKeys(row.group).full !== orgKeys(name).full;
  return under ? { org: row.group ?? '', cell: name } : { org: name, cell: '' };
}

type DraftFor = (name: string, r: DirectoryRowResult) => OrgDraft;

function readRow(row: ExtractedRow, names: { org: string; cell: string }, result: DirectoryRowResult, draftFor: DraftFor) {
  const { org, cell } = names;
  if (TOTALS.test(fold(cell || org))) {
    result.issues.push(issue(row.ref, cell || org, 'Dòng tổng cộng, không nhập.'));
    return;
  }
  if (!cell && !org) {
    result.status = 'error';
    result.issues.push(issue(row.ref, '', 'Dòng không ghi tên tổ chức cơ sở đảng hay chi bộ; điền tên hoặc xóa dòng này khỏi tệp.'));
    return;
  }
  if (cell && !org) {
    result.status = 'error';
    result.issues.push(issue(row.ref, cell, `Không rõ ${cellPhrase(cell)} thuộc tổ chức cơ sở đảng nào; ghi tên đảng bộ ở cột tổ chức cơ sở đảng hoặc ở dòng in đậm phía trên.`));
    return;
  }
  const members = parseMembers(row, cell || org, result);
  if (members === null) return;
  const draft = draftFor(org, result);
  const typeText = text(row, 'orgType');
  if (typeText) draft.types.push({ written: typeText, row: result });
  if (cell) addCell(draft, row, cell, members, result);
  else if (draft.own) markDuplicate(result, row.ref, org, draft.own.row.ref, draft.own.members, members);
  else draft.own = { members, row: result };
}

function addCell(draft: OrgDraft, row: ExtractedRow, name: string, members: number, result: DirectoryRowResult) {
  const key = cellKeys(name).exact;
  const seen = draft.cells.get(key);
  if (seen) markDuplicate(result, row.ref, `${name} (${draft.name})`, seen.row.ref, seen.members, members);
  else draft.cells.set(key, { name: normalizeText(name), members, row: result });
}

function markDuplicate(result: DirectoryRowResult, ref: CellRef, name: string, first: CellRef, kept: number, written: number) {
  result.status = 'duplicate';
  const members = kept === written ? '' : ` Số đảng viên hai dòng khác nhau (${kept} và ${written}); giữ số ở ${rowPlace(first)}, kiểm tra lại.`;
  result.issues.push(issue(ref, name, `${q(name)} đã có ở ${rowPlace(first)}; dòng này không nhập thêm.${members}`));
}

function buildPlan(results: DirectoryRowResult[], drafts: OrgDraft[], newId: NewId): DirectoryImportPlan {
  const orgs: GrassrootsOrg[] = [];
  const cells: PartyCell[] = [];
  const typeDecisions: OrgTypeDecision[] = [];
  for (const d of drafts) {
    const kind: OrgKind = d.cells.size > 0 ? 'dang_bo_co_so' : 'chi_bo_co_so';
    const org: GrassrootsOrg = { id: newId('org'), name: d.name, type: 'khac', kind };
    const type = resolveType(d, org, typeDecisions);
    if (type) org.type = type;
    orgs.push(org);
    const drafted = kind === 'chi_bo_co_so' && d.own ? [{ name: d.name, members: d.own.members, row: d.own.row }] : [...d.cells.values()];
    for (const c of drafted) {
      const cell: PartyCell = { id: newId('cell'), orgId: org.id, name: c.name, memberCount: c.members };
      cells.push(cell);
      c.row.orgId = org.id;
      c.row.cellId = cell.id;
    }
    if (d.own) d.own.row.orgId = org.id;
    if (kind === 'dang_bo_co_so' && d.own) checkTotal(d, d.own);
  }
  const errors = results.filter((r) => r.status === 'error').flatMap((r) => r.issues);
  return {
    orgs,
    cells,
    rows: results,
    typeDecisions,
    duplicatesMerged: results.filter((r) => r.status === 'duplicate').length,
    errors,
    needsDecision: typeDecisions.length,
  };
}

/** The type the rows give; when they give none we can read, asks the clerk. */
function resolveType(d: OrgDraft, org: GrassrootsOrg, decisions: OrgTypeDecision[]) {
  for (const t of d.types) {
    const type = parseOrgType(t.written);
    if (type) return type;
  }
  const fromName = d.types.length === 0 ? orgTypeFromName(d.name) : null;
  if (fromName) return fromName;
  const written = d.types[0]?.written ?? '';
  const row = d.types[0]?.row ?? d.firstRow;
  const said = written ? `ghi ${q(written)}, không phải loại hình đã biết` : 'chưa ghi loại hình';
  row.status = row.status === 'ok' ? 'needsDecision' : row.status;
  const reason = `Không rõ loại hình của ${q(d.name)} (${said}); chọn một trong các loại hình: ${ORG_TYPE_CHOICES_VI}.`;
  row.issues.push(issue(row.ref, written, reason));
  decisions.push({ orgId: org.id, orgName: d.name, written, rowKey: row.key, reason });
  return null;
}

/** A đảng bộ's own row often carries its total: it must equal the sum of its cells. */
function checkTotal(d: OrgDraft, own: { members: number; row: DirectoryRowResult }) {
  const sum = [...d.cells.values()].reduce((s, c) => s + c.members, 0);
  if (own.members === 0 || own.members === sum) return;
  own.row.issues.push(
    issue(own.row.ref, String(own.members), `Tổng số đảng viên của ${q(d.name)} ghi ${own.members} nhưng cộng các chi bộ được ${sum}; kiểm tra lại số liệu (đã nhập theo từng chi bộ).`),
  );
}

/** The plan after the clerk has chosen an organization's type. */
export function applyOrgType(plan: DirectoryImportPlan, orgId: string, type: GrassrootsOrg['type']): DirectoryImportPlan {
  const decision = plan.typeDecisions.find((d) => d.orgId === orgId);
  if (!decision) return plan;
  const rows = plan.rows.map((r) =>
    r.key !== decision.rowKey
      ? r
      : { ...r, status: r.status === 'needsDecision' ? ('ok' as const) : r.status, issues: r.issues.filter((i) => i.reason !== decision.reason) },
  );
  const typeDecisions = plan.typeDecisions.filter((d) => d !== decision);
  return {
    ...plan,
    orgs: plan.orgs.map((o) => (o.id === orgId ? { ...o, type } : o)),
    rows,
    typeDecisions,
    needsDecision: typeDecisions.length,
  };
}
