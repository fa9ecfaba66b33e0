/**
 * One Vietnamese sentence per suggestion, built from facts the clerk can check on screen:
 * how many registrants the cells have, whether the cell is in the official's area and
 * field, and (for an add) how full the official's year becomes.
 */
import type { SolverCell } from './types';

export interface PlacementFacts {
  officialName: string;
  to: SolverCell;
  /** The official's areas contain the cell (or the official has no area limit). */
  inside: boolean;
  /** The official has no area limit. */
  anywhere: boolean;
  /** The shared field when it matches, else undefined. */
  field?: string;
}

export interface MoveFacts extends PlacementFacts {
  from: SolverCell;
  /** Registrants the source cell has now. */
  fromRegistrants: number;
}

export interface AddFacts extends PlacementFacts {
  /** Cells the official attends once this suggestion is taken. */
  loadAfter: number;
  capacity: number;
}

const ORG_PREFIX = /^(Đảng bộ|Chi bộ)\s+(cơ sở\s+)?/u;
const LOCALITY = /^(xã|phường|thị trấn|đặc khu)\s/u;

/** "cùng địa bàn xã Hoa Thành" for a commune, "cùng đơn vị Công an huyện" otherwise. */
function sameOrgPhrase(orgName: string): string {
  const label = orgName.replace(ORG_PREFIX, '');
  return LOCALITY.test(label) ? `cùng địa bàn ${label}` : `cùng đơn vị ${label}`;
}

/** A cell's name, with its organization when the name alone does not say it. */
function cellRef(cell: SolverCell, withOrg: boolean): string {
  return withOrg && cell.name !== cell.orgName ? `${cell.name} thuộc ${cell.orgName}` : cell.name;
}

function placementPhrases(f: PlacementFacts, sameOrg: boolean): string[] {
  const parts: string[] = [];
  if (sameOrg) parts.push(sameOrgPhrase(f.to.orgName));
  if (!f.inside) parts.push('ngoài địa bàn phụ trách (được phép theo tùy chọn)');
  else if (!f.anywhere && !sameOrg) parts.push('trong địa bàn phụ trách');
  if (f.field) parts.push(`đúng lĩnh vực phụ trách (${f.field})`);
  return parts;
}

const tail = (parts: string[]) => (parts.length > 0 ? `, ${parts.join(', ')}` : '');

export function explainMove(f: MoveFacts): string {
  const sameOrg = f.from.orgId === f.to.orgId;
  return (
    `Chuyển đồng chí ${f.officialName} từ ${cellRef(f.from, !sameOrg)} (đã có ${f.fromRegistrants} người đăng ký) ` +
    `sang ${cellRef(f.to, !sameOrg)} (chưa có ai)${tail(placementPhrases(f, sameOrg))}.`
  );
}

export function explainAdd(f: AddFacts): string {
  return (
    `Đề nghị đồng chí ${f.officialName} đăng ký thêm ${cellRef(f.to, true)} (chưa có ai)${tail(placementPhrases(f, false))}; ` +
    `khi đó đồng chí dự ${f.loadAfter}/${f.capacity} chi bộ trong năm.`
  );
}
