/**
 * The list of registering officials → Official records. Lists are split into sections
 * ("I. ỦY VIÊN BAN THƯỜNG VỤ TỈNH ỦY", "II. TỈNH ỦY VIÊN"…) that give the group, and one
 * official often takes several rows (one per area or field in charge): those rows make
 * one official, so số người stays right.
 */
import type { Official } from '../domain/types';
import { CAPACITY_MAX } from '../domain/validation';
import { normalizeText } from '../text/normalize';
import { counterIds, foldedWords, issue, officialGroupFromText, q, rowKey, rowPlace, text, wholeNumber, type NewId } from './assemble-common';
import { stripHonorific } from './cell-values';
import type { CellRef, ExtractedRow, RowIssue, RowStatus } from './types';

/** Cells an official attends a year when the list does not say (the regulation's usual two). */
export const DEFAULT_CAPACITY = 2;

export interface OfficialRowResult {
  key: string;
  ref: CellRef;
  status: RowStatus;
  issues: RowIssue[];
  officialId?: string;
}

export interface OfficialImportPlan {
  /** New officials only; rows matching `existing` point at the existing record. */
  officials: Official[];
  rows: OfficialRowResult[];
  duplicatesMerged: number;
  errors: RowIssue[];
  needsDecision: number;
}

export interface AssembleOfficialsOptions {
  /** Ids for the records created; by default "import-<kind>-<n>", clear of the ids passed in. */
  newId?: NewId;
  /** Officials already in the database: listing them again creates nobody. */
  existing?: readonly Official[];
}

/** One person: same name (diacritics count) and same position (spelling aside). */
export function officialKey(name: string, position: string): string {
  return `${normalizeText(name).toLowerCase()}|${foldedWords(position).join(' ')}`;
}

interface Seen {
  official: Official;
  ref: CellRef;
  /** The first row's values, to tell an exact repeat from a row adding information. */
  signature: string;
  capacityWritten: boolean;
}

type Parsed = { official: Omit<Official, 'id'>; capacityWritten: boolean } | { error: RowIssue };

function parseRow(row: ExtractedRow): Parsed {
  const name = normalizeText(stripHonorific(text(row, 'name')));
  const position = normalizeText(text(row, 'position'));
  if (!name) return { error: issue(row.ref, '', 'Dòng không ghi họ tên cán bộ; điền họ tên hoặc xóa dòng này khỏi tệp.') };
  if (!position) return { error: issue(row.ref, name, `Chưa ghi chức vụ của đồng chí ${name}; điền chức vụ rồi nhập lại.`) };
  const written = text(row, 'capacity');
  const capacity = wholeNumber(written, row.raw.capacity);
  if (capacity !== null && (Number.isNaN(capacity) || capacity < 1 || capacity > CAPACITY_MAX)) {
    return { error: issue(row.ref, written, `Số chi bộ dự sinh hoạt tối đa ${q(written)} của đồng chí ${name} không phải số nguyên từ 1 đến ${CAPACITY_MAX}; sửa lại rồi nhập lại.`) };
  }
  // A group column the patterns do not know falls back to the section heading.
  const fromColumn = officialGroupFromText(text(row, 'group'));
  const group = fromColumn === 'other' ? officialGroupFromText(row.section ?? '') : fromColumn;
  return {
    official: {
      name,
      position,
      group,
      committee: normalizeText(text(row, 'committee')),
      area: normalizeText(text(row, 'area')),
      field: normalizeText(text(row, 'field')),
      capacity: capacity ?? DEFAULT_CAPACITY,
    },
    capacityWritten: capacity !== null,
  };
}

/** "a; b" plus c, unless c is already listed. */
function addPart(list: string, part: string): string {
  if (!part) return list;
  const parts = list ? list.split('; ') : [];
  return parts.some((p) => p.toLowerCase() === part.toLowerCase()) ? list : [...parts, part].join('; ');
}

function merge(seen: Seen, parsed: Omit<Official, 'id'>, capacityWritten: boolean, result: OfficialRowResult) {
  const o = seen.official;
  o.committee = o.committee || parsed.committee;
  o.area = addPart(o.area, parsed.area);
  o.field = addPart(o.field, parsed.field);
  const who = `đồng chí ${o.name} (${o.position})`;
  if (capacityWritten && seen.capacityWritten && parsed.capacity !== o.capacity) {
    result.issues.push(issue(result.ref, String(parsed.capacity), `Số chi bộ tối đa của ${who} ghi khác nhau (${o.capacity} và ${parsed.capacity}); giữ số ở ${rowPlace(seen.ref)}, kiểm tra lại.`));
  } else if (capacityWritten && !seen.capacityWritten) {
    o.capacity = parsed.capacity;
    seen.capacityWritten = true;
  }
  result.issues.push(issue(result.ref, o.name, `Đồng chí ${o.name} (${o.position}) đã có ở ${rowPlace(seen.ref)}; gộp thông tin dòng này vào, không tạo thêm người.`));
}

export function assembleOfficials(rows: readonly ExtractedRow[], options: AssembleOfficialsOptions = {}): OfficialImportPlan {
  const newId = options.newId ?? counterIds('import', (options.existing ?? []).map((o) => o.id));
  const existing = new Map((options.existing ?? []).map((o) => [officialKey(o.name, o.position), o]));
  const seen = new Map<string, Seen>();
  const officials: Official[] = [];
  const results = rows.map((row): OfficialRowResult => {
    const result: OfficialRowResult = { key: rowKey(row.ref), ref: row.ref, status: 'ok', issues: [] };
    const parsed = parseRow(row);
    if ('error' in parsed) return { ...result, status: 'error', issues: [parsed.error] };
    const key = officialKey(parsed.official.name, parsed.official.position);
    const known = existing.get(key);
    if (known) {
      result.issues.push(issue(row.ref, known.name, `Đồng chí ${known.name} (${known.position}) đã có trong danh sách cán bộ; dòng này không tạo thêm người.`));
      return { ...result, status: 'duplicate', officialId: known.id };
    }
    const signature = JSON.stringify(parsed.official);
    const first = seen.get(key);
    if (!first) {
      const official: Official = { id: newId('official'), ...parsed.official };
      officials.push(official);
      seen.set(key, { official, ref: row.ref, signature, capacityWritten: parsed.capacityWritten });
      return { ...result, officialId: official.id };
    }
    if (signature === first.signature) {
      result.issues.push(issue(row.ref, parsed.official.name, `Dòng này trùng hoàn toàn với ${rowPlace(first.ref)}; chỉ tính một lần.`));
    } else merge(first, parsed.official, parsed.capacityWritten, result);
    return { ...result, status: 'duplicate', officialId: first.official.id };
  });
  return {
    officials,
    rows: results,
    duplicatesMerged: results.filter((r) => r.status === 'duplicate').length,
    errors: results.filter((r) => r.status === 'error').flatMap((r) => r.issues),
    needsDecision: 0,
  };
}
