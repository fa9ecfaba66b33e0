/**
 * What the clerk reads when a registration row's cell cannot be settled by the matcher:
 * what was written, what the directory has, and what to do about it.
 */
import { cellPhrase, q } from './assemble-common';
import type { DirectoryMatch, DirectoryMatcher } from './match-directory';

const PICK = 'chọn chi bộ đúng trong danh sách gợi ý';
const NO_HINT = 'không có gợi ý gần đúng, hãy chọn chi bộ trong danh mục hoặc bổ sung chi bộ vào danh mục trước';

/** The unsettled match, explained. */
export function decisionReason(match: Exclude<DirectoryMatch, { kind: 'unique' }>, cellText: string, orgText: string, matcher: DirectoryMatcher): string {
  const orgIds = match.org.status === 'found' ? match.org.orgIds : [];
  const orgNames = orgIds.map((id) => matcher.org(id)?.name ?? id);
  const pick = match.candidates.length > 0 ? PICK : NO_HINT;
  const orgName = orgNames[0] ?? orgText;
  if (match.kind === 'ambiguous') {
    if (!cellText) return `Dòng chỉ ghi ${orgName}, chưa ghi dự sinh hoạt ở chi bộ nào của đảng bộ này; ${pick}.`;
    if (orgNames.length > 1) {
      return `Tên ${q(orgText)} ứng với ${orgNames.length} tổ chức cơ sở đảng (${orgNames.join('; ')}) đều có ${cellPhrase(cellText)}; ${pick}.`;
    }
    if (orgNames.length === 1) return `${orgName} có nhiều chi bộ ứng với tên ${q(cellText)}; ${pick}.`;
    return `Có nhiều tổ chức cơ sở đảng có ${cellPhrase(cellText)}; ghi tên đảng bộ ở cột tổ chức cơ sở đảng, hoặc ${pick}.`;
  }
  if (match.org.status === 'notFound') {
    const cell = cellText ? `, nên chưa xác định được ${cellPhrase(cellText)}` : '';
    return `Không tìm thấy tổ chức cơ sở đảng ${q(orgText)} trong danh mục${cell}; ${pick}.`;
  }
  if (!cellText && orgNames.length > 0) return `${orgName} chưa có chi bộ nào trong danh mục; bổ sung chi bộ vào danh mục rồi chọn lại.`;
  if (orgNames.length > 0) return `Không tìm thấy ${cellPhrase(cellText)} trong ${orgNames.join('; ')}; ${pick}.`;
  return `Không tìm thấy ${cellPhrase(cellText)} trong danh mục; ${pick}.`;
}

/** A unique match through a looser spelling ("Xóm 1" for "Chi bộ thôn 1"): said, so a wrong one is caught. */
export function looseMatchNotice(cellText: string, label: string): string {
  return `Đã hiểu ${q(cellText)} là ${q(label)}; nếu không đúng, sửa lại tên chi bộ trong tệp.`;
}

export const NO_CELL = 'Dòng không ghi chi bộ đăng ký dự sinh hoạt; ghi tên chi bộ (và đảng bộ) hoặc xóa dòng này khỏi tệp.';

export function orgCountMismatch(orgs: number, cells: number): string {
  return `Cột tổ chức cơ sở đảng ghi ${orgs} tên cho ${cells} chi bộ nên không ghép được từng cặp; đã tìm chi bộ theo tên trong cả danh mục.`;
}

export function duplicateOf(place: string): string {
  return `Trùng với ${place} (cùng cán bộ, chi bộ và thời gian); chỉ tính một lần.`;
}

export const DUPLICATE_OF_EXISTING = 'Đăng ký này (cùng cán bộ, chi bộ và thời gian) đã có trong dữ liệu; không nhập thêm.';
