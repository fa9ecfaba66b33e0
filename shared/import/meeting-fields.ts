/**
 * The words of a meeting notice: the type ("Thường kỳ", "chuyen de", "SHCĐ"), who of the
 * grassroots leadership attends ("Bí thư", "PBT", "đ/c Lê Văn B - Bí thư") and whether
 * they confirmed ("x", "Có", "Đã xác nhận"). Text that says neither is an error, not a
 * default: a wrong host role would tell the official the wrong person will be there.
 */
import type { HostRole, MeetingType } from '../domain/meetings';
import { fold, q } from './assemble-common';
import { cleanText, stripHonorific } from './cell-values';

export type Parsed<T> = { value: T } | { error: string };

const REGULAR = /\b(thuong ky|dinh ky|hang thang|thuong le|tk)\b/;
const THEMATIC = /\b(chuyen de|shcd|cd)\b/;

/** null for an empty cell: the caller decides what an unstated type means. */
export function parseMeetingType(written: string): Parsed<MeetingType> | null {
  const folded = fold(written);
  if (folded === '' || /^[-–—.?]+$/.test(folded)) return null;
  const [regular, thematic] = [REGULAR.test(folded), THEMATIC.test(folded)];
  if (regular !== thematic) return { value: regular ? 'regular' : 'thematic' };
  const why = regular ? 'ghi cả hai hình thức' : 'không rõ là hình thức nào';
  return { error: `Hình thức sinh hoạt ${q(written)} ${why}; ghi “Thường kỳ” hoặc “Chuyên đề”.` };
}

const YES = /^(x|v|co|roi|da|yes|y|ok|true|1|da xac nhan|xac nhan|da xn|xn|da bao|da dong y)$/;
const NO = /^(khong|chua|no|n|false|0|chua xac nhan|chua xn|khong xac nhan)$/;

/** Empty means not confirmed yet. */
export function parseConfirmed(raw: unknown, written: string): Parsed<boolean> {
  if (typeof raw === 'boolean') return { value: raw };
  const folded = fold(written).replace(/[.!✓✔]/gu, (c) => (c === '✓' || c === '✔' ? 'x' : '')).trim();
  if (folded === '' || /^[-–—?]+$/.test(folded)) return { value: false };
  if (YES.test(folded)) return { value: true };
  if (NO.test(folded)) return { value: false };
  return { error: `Cột xác nhận ghi ${q(written)}; ghi “x” (hoặc “Có”, “Đã xác nhận”) khi cơ sở đã xác nhận, để trống khi chưa.` };
}

export interface HostText {
  role: HostRole | null;
  name: string;
  /** Said in the host cell itself: "Bí thư (đã xác nhận)". */
  confirmed?: boolean;
}

/** Deputy first: "Phó Bí thư" contains "Bí thư". Folded text, so "pho bi thu" and "P.BT" count. */
const DEPUTY = /\b(pho bi thu|pho bt|p\.? ?bt|pbt)\b/g;
const SECRETARY = /\b(bi thu|bt)\b/g;
const CONFIRM_NOTE = /\(?\s*(da|chua) (xac nhan|xn)\s*\)?/;
/** What may follow the role: "Bí thư chi bộ", "Phó Bí thư Thường trực Đảng ủy xã". */
const ROLE_TAIL = /^(thuong truc|chi bo|dang uy|dang bo|co so|xa|phuong|thi tran)\b/;
const NOTHING = /^(khong|chua|chua co|chua ro|khong co)$/;

/** A person's name: two to six words, each starting with a capital letter. */
const looksLikeName = (s: string) => /^(\p{Lu}[\p{L}]*)(\s+\p{Lu}[\p{L}]*){1,5}$/u.test(s);

/**
 * The host cell read as role, name and (maybe) confirmation. Parts are split at dashes,
 * commas and brackets: the part naming the role gives the role, a part that is a name
 * gives the name. "Bí thư Lê Văn B" keeps the name that follows the role.
 */
export function parseHost(written: string): Parsed<HostText> | null {
  const text = cleanText(written);
  let folded = fold(text);
  if (folded === '' || /^[-–—.?]+$/.test(folded)) return null;
  const note = CONFIRM_NOTE.exec(folded);
  const confirmed = note ? note[1] === 'da' : undefined;
  if (note) folded = folded.replace(note[0], ' ').trim();
  if (NOTHING.test(folded)) return { value: withConfirmed({ role: null, name: '' }, confirmed) };
  const deputy = (folded.match(DEPUTY) ?? []).length;
  const secretary = (folded.replace(DEPUTY, ' ').match(SECRETARY) ?? []).length;
  if (deputy + secretary > 1) {
    return { error: `Ô ${q(written)} ghi nhiều hơn một người; ghi một người dự cùng: Bí thư hoặc Phó Bí thư (có thể kèm họ tên).` };
  }
  const role: HostRole | null = deputy ? 'deputy' : secretary ? 'secretary' : null;
  const name = hostName(text);
  if (role === null && !looksLikeName(name)) {
    return { error: `Không rõ ${q(written)} là Bí thư hay Phó Bí thư; ghi “Bí thư” hoặc “Phó Bí thư”, có thể kèm họ tên (ví dụ “đ/c Lê Văn B - Bí thư”).` };
  }
  return { value: withConfirmed({ role, name }, confirmed) };
}

function withConfirmed(host: HostText, confirmed: boolean | undefined): HostText {
  return confirmed === undefined ? host : { ...host, confirmed };
}

/** The written parts, cut at separators, without the role words and the confirmation note. */
function hostName(text: string): string {
  const parts = text
    .replace(/\((?:đã|chưa|da|chua)\s+(?:xác nhận|xac nhan|xn)\)|(?:đã|chưa)\s+xác nhận/giu, ' ')
    .split(/\s[-–—]\s|[,;:()]|\s[-–—]|[-–—]\s/u)
    .map((p) => cleanText(p))
    .filter((p) => p !== '');
  for (const part of parts) {
    const name = withoutRole(part);
    if (name !== '' && looksLikeName(name)) return name;
  }
  return '';
}

/** "Bí thư Lê Văn B" → "Lê Văn B"; "Bí thư chi bộ" → ''; "đ/c Lê Văn B" → "Lê Văn B". */
function withoutRole(part: string): string {
  const words = stripHonorific(part).split(' ');
  const foldedWords = words.map(fold);
  let skip = 0;
  const joined = () => foldedWords.slice(skip).join(' ');
  for (const role of ['pho bi thu', 'pho bt', 'pbt', 'p.bt', 'bi thu', 'bt']) {
    if (joined().startsWith(`${role} `) || joined() === role) {
      skip += role.split(' ').length;
      break;
    }
  }
  if (skip > 0 && ROLE_TAIL.test(joined())) return '';
  return stripHonorific(words.slice(skip).join(' '));
}
