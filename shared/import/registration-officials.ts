/**
 * Who registered: the official a registration row names, among the officials already
 * known (database, officials file) and those earlier rows of the same file created.
 */
import { OFFICIAL_GROUP_LABEL_VI } from '../domain/labels-vi';
import type { Official } from '../domain/types';
import { normalizeText } from '../text/normalize';
import { issue, officialGroupFromText, q, text, type NewId } from './assemble-common';
import { DEFAULT_CAPACITY, officialKey } from './assemble-officials';
import { stripHonorific } from './cell-values';
import type { ExtractedRow, RowIssue } from './types';

export type OfficialLookup = { officialId: string; notice?: RowIssue } | { error: RowIssue };

export interface OfficialResolver {
  resolve(row: ExtractedRow): OfficialLookup;
  /** Officials created from rows, in first-seen order. */
  created(): Official[];
}

export function createOfficialResolver(known: readonly Official[], newId: NewId): OfficialResolver {
  const byKey = new Map<string, Official>();
  const byName = new Map<string, Official[]>();
  const created: Official[] = [];
  const add = (o: Official) => {
    byKey.set(officialKey(o.name, o.position), o);
    const nameKey = normalizeText(o.name).toLowerCase();
    byName.set(nameKey, [...(byName.get(nameKey) ?? []), o]);
  };
  known.forEach(add);

  /** Written name, then position → their normalized forms and key: one official fills many rows. */
  const written = new Map<string, Map<string, { name: string; position: string; key: string }>>();
  const who = (row: ExtractedRow) => {
    const [rawName, rawPosition] = [text(row, 'official'), text(row, 'position')];
    let byPosition = written.get(rawName);
    if (!byPosition) written.set(rawName, (byPosition = new Map()));
    let w = byPosition.get(rawPosition);
    if (!w) {
      const [name, position] = [normalizeText(stripHonorific(rawName)), normalizeText(rawPosition)];
      byPosition.set(rawPosition, (w = { name, position, key: officialKey(name, position) }));
    }
    return w;
  };

  function resolve(row: ExtractedRow): OfficialLookup {
    const { name, position, key } = who(row);
    if (!name) return { error: issue(row.ref, '', 'Dòng không ghi họ tên cán bộ đăng ký; điền họ tên hoặc xóa dòng này khỏi tệp.') };
    const exact = position ? byKey.get(key) : undefined;
    if (exact) return { officialId: exact.id };
    const namesakes = byName.get(name.toLowerCase()) ?? [];
    const only = namesakes.length === 1 ? namesakes[0] : undefined;
    if (only && !position) return { officialId: only.id };
    if (only) {
      // Positions are abbreviated every which way ("PBT TT Tỉnh ủy"); one person of that name is taken as the one meant, and said so.
      const notice = `Chức vụ ghi ${q(position)} khác với danh sách cán bộ (${q(only.position)}); đã nhận là đồng chí ${only.name}. Nếu là người khác, sửa lại họ tên hoặc chức vụ trong tệp.`;
      return { officialId: only.id, notice: issue(row.ref, position, notice) };
    }
    if (namesakes.length > 1) {
      const listed = namesakes.map((o) => o.position).join('; ');
      const why = position ? `nhưng không ai có chức vụ ${q(position)}` : 'và dòng này không ghi chức vụ';
      return { error: issue(row.ref, name, `Có ${namesakes.length} đồng chí tên ${name} (${listed}) ${why}; ghi chức vụ đúng như danh sách cán bộ để phân biệt.`) };
    }
    if (!position) {
      return { error: issue(row.ref, name, `Chưa có đồng chí ${name} trong danh sách cán bộ và dòng này không ghi chức vụ; ghi chức vụ hoặc nhập danh sách cán bộ trước.`) };
    }
    return create(row, name, position);
  }

  function create(row: ExtractedRow, name: string, position: string): OfficialLookup {
    const group = officialGroupFromText(row.section ?? '');
    const official: Official = { id: newId('official'), name, position, group, committee: '', area: '', field: '', capacity: DEFAULT_CAPACITY };
    add(official);
    created.push(official);
    const notice = `Chưa có đồng chí ${name} (${position}) trong danh sách cán bộ; sẽ thêm mới khi nhập (nhóm: ${OFFICIAL_GROUP_LABEL_VI[group]}, tối đa ${DEFAULT_CAPACITY} chi bộ một năm), kiểm tra lại thông tin sau.`;
    return { officialId: official.id, notice: issue(row.ref, name, notice) };
  }

  return { resolve, created: () => [...created] };
}
