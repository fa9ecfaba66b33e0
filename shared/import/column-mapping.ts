/**
 * Which column holds which field, guessed from the header texts clerks actually write:
 * full words or abbreviations ("TT", "CV", "TCCSĐ", "SL đảng viên"), with or without
 * diacritics, and two header rows joined ("Đăng ký dự sinh hoạt tại Chi bộ").
 */
import { foldForSearch } from '../text/normalize';
import {
  DIRECTORY_FIELDS,
  MEETING_FIELDS,
  OFFICIAL_FIELDS,
  REGISTRATION_FIELDS,
  type ColumnMapping,
  type DetectedTable,
  type ImportField,
  type ImportKind,
} from './types';

export const FIELDS_BY_KIND: Record<ImportKind, readonly ImportField[]> = {
  directory: DIRECTORY_FIELDS,
  officials: OFFICIAL_FIELDS,
  registrations: REGISTRATION_FIELDS,
  meetings: MEETING_FIELDS,
};

/** Lower case, no diacritics, punctuation as spaces: "Chi bộ (thôn, xóm)" → "chi bo thon xom". */
export function foldHeader(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9*/]+/g, ' ')
    .trim();
}

/** A pattern over folded header text and how sure a match makes us (higher wins). */
type Pattern = readonly [RegExp, number];

const PERSON: Pattern[] = [
  [/\bho (va )?ten\b/, 9],
  [/^ten( can bo| dong chi)?$/, 7],
  [/^(can bo|dong chi|nguoi dang ky)\b/, 6],
];

/**
 * The vocabulary. Weights settle overlaps: "Loại hình TCCSĐ" names the type, not the
 * organization; "Chi bộ cơ sở" is an organization, not a cell under one.
 */
const VOCABULARY: Record<ImportField, Pattern[]> = {
  stt: [[/^(s ?tt|tt|so tt|so thu tu|thu tu)$/, 10]],
  name: PERSON,
  official: PERSON,
  position: [
    [/\bchuc (vu|danh)\b/, 9],
    [/^cv$/, 9],
  ],
  org: [
    [/\b(to chuc co so dang|tccsd|dang bo co so)\b/, 9],
    [/\bchi bo co so\b/, 8],
    [/\bco so dang\b/, 7],
    [/\bdang bo\b/, 6],
    [/\bdon vi\b/, 4],
  ],
  cell: [
    // "Số chi bộ" counts cells; it never names one.
    [/^(?!.*\b(so|sl|so luong|tong so) chi bo\b).*\bchi bo truc thuoc\b/, 9],
    [/^(?!.*\b(so|sl|so luong|tong so) chi bo\b).*\bchi bo\b/, 7],
    [/\b(thon|xom|ban|to dan pho)\b/, 5],
  ],
  orgType: [
    [/\bloai hinh\b/, 10],
    [/^(phan )?loai\b/, 7],
  ],
  members: [
    [/\b(so|sl|so luong|tong so) (dang vien|dv)\b/, 10],
    [/\bdang vien\b/, 7],
  ],
  time: [
    [/\bthoi (gian|diem)\b/, 9],
    [/\b(ngay|thang|quy)\b/, 6],
  ],
  note: [[/\bghi chu\b/, 9]],
  group: [[/\b(nhom|doi tuong|thanh phan)\b/, 7]],
  committee: [
    [/\b(don vi|co quan|noi) cong tac\b/, 10],
    [/\bco quan\b/, 7],
    [/\bdon vi\b/, 6],
  ],
  area: [[/\bdia ban\b/, 9]],
  field: [[/\blinh vuc\b/, 9]],
  capacity: [
    [/\bso (luong )?(chi bo|luot)\b/, 9],
    [/\b(toi da|chi tieu)\b/, 7],
    [/\bkha nang\b/, 6],
  ],
  // Meeting notices. "Ngày nhận thông báo" names the notice date, never the meeting's.
  date: [
    [/^(?!.*\b(nhan|gui)\b).*\bngay (sinh hoat|hop|to chuc|du)\b/, 10],
    [/^(?!.*\b(nhan|gui|thong bao)\b).*\bngay\b/, 8],
    [/\bthoi (gian|diem)\b/, 7],
  ],
  startTime: [
    [/\bgio (bat dau|sinh hoat|hop|to chuc)\b/, 10],
    [/\bgio\b/, 9],
    [/\bthoi (gian|diem)\b/, 6],
  ],
  place: [
    [/\bdia (diem|chi)\b/, 10],
    [/\bnoi (sinh hoat|hop|to chuc)\b/, 8],
    [/\b(phong hop|hoi truong)\b/, 6],
  ],
  meetingType: [
    [/\bhinh thuc\b/, 10],
    [/\bloai (hinh )?sinh hoat\b/, 9],
    [/\b(thuong ky|chuyen de)\b/, 8],
    [/^(phan )?loai\b/, 7],
  ],
  agenda: [
    [/\bnoi dung\b/, 10],
    [/\bchuong trinh\b/, 9],
    [/\b(chu de|van de)\b/, 7],
  ],
  host: [
    [/\b(pho )?bi thu\b/, 9],
    [/\b(pbt|chu tri)\b/, 9],
    [/\b(lanh dao|dai dien) (co so|chi bo|dang uy)\b/, 7],
  ],
  confirmed: [
    [/\bxac nhan\b/, 10],
    [/\bxn\b/, 9],
  ],
  noticeDate: [
    [/\bnhan (thong bao|tb)\b/, 10],
    [/\bngay (gui|nhan|bao)\b/, 9],
    [/\bthong bao\b/, 7],
  ],
};

/**
 * Where one kind reads a field's header differently: in a meeting notice the official is
 * "Đồng chí dự", "Lãnh đạo tỉnh dự", and "Bí thư" names the host, never the official.
 */
const KIND_VOCABULARY: Partial<Record<ImportKind, Partial<Record<ImportField, Pattern[]>>>> = {
  meetings: {
    official: [
      [/\bho (va )?ten\b/, 9],
      [/^(?!.*\bbi thu\b).*\b(dong chi|can bo|lanh dao)( tinh)? du\b/, 8],
      [/^(?!.*\bbi thu\b)(can bo|dong chi|lanh dao tinh)\b/, 6],
    ],
  },
};

/** Longer than this, a cell is a title or a sentence, not a column header. */
const MAX_HEADER_LENGTH = 80;

/** How well a header text names each field of the kind; fields that do not match are absent. */
export function headerScores(text: string, kind: ImportKind): Partial<Record<ImportField, number>> {
  const folded = foldHeader(text);
  const scores: Partial<Record<ImportField, number>> = {};
  if (folded === '' || folded.length > MAX_HEADER_LENGTH) return scores;
  const own = KIND_VOCABULARY[kind];
  for (const field of FIELDS_BY_KIND[kind]) {
    const patterns = own?.[field] ?? VOCABULARY[field];
    const best = Math.max(0, ...patterns.filter(([re]) => re.test(folded)).map(([, w]) => w));
    if (best > 0) scores[field] = best;
  }
  return scores;
}

/** The text names some field of this kind of file. */
export function isHeaderText(text: string, kind: ImportKind): boolean {
  return Object.keys(headerScores(text, kind)).length > 0;
}

/**
 * The best guess at field → column. Each column gets at most one field and each field one
 * column: candidates are taken best score first, so a weaker reading never steals a
 * column a stronger one claims; ties go to the field listed first, then the leftmost column.
 */
export function suggestMapping(table: DetectedTable, kind: ImportKind): ColumnMapping {
  const fields = FIELDS_BY_KIND[kind];
  const candidates = table.headers.flatMap(({ column, text }) =>
    Object.entries(headerScores(text, kind)).map(([field, score]) => ({ column, field: field as ImportField, score })),
  );
  candidates.sort(
    (a, b) => b.score - a.score || fields.indexOf(a.field) - fields.indexOf(b.field) || a.column - b.column,
  );
  const chosen: ColumnMapping = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (chosen[c.field] !== undefined || used.has(c.column)) continue;
    chosen[c.field] = c.column;
    used.add(c.column);
  }
  // In the kind's field order, so the mapping reads (and serializes) the same every time.
  return Object.fromEntries(fields.filter((f) => chosen[f] !== undefined).map((f) => [f, chosen[f]]));
}

/**
 * A stable key for "files with these headers in these columns", so the UI can reuse a
 * mapping the clerk corrected once. Diacritics, case, spacing and punctuation do not count.
 */
export function mappingKey(table: DetectedTable): string {
  return table.headers.map((h) => `${h.column}=${foldHeader(h.text)}`).join('|');
}
