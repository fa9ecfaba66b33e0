/**
 * The "Loại hình" column as written: the labels Party statistics use, their usual
 * abbreviations, or our own codes. Anything else is the clerk's call, not ours.
 */
import { ORG_TYPE_LABEL_VI } from '../domain/labels-vi';
import { ORG_TYPES, isOrgType, type OrgType } from '../domain/org-types';
import { fold } from './assemble-common';
import { orgKeys } from './directory-keys';

/** Checked in order: "doanh nghiệp ngoài nhà nước" also contains "nhà nước". */
const TYPE_PATTERNS: [RegExp, OrgType][] = [
  [/\bngoai (nha nuoc|quoc doanh)\b|\btu nhan\b|\bco phan\b|\bfdi\b|\bvon (dau tu )?nuoc ngoai\b/, 'dn_ngoai_nha_nuoc'],
  [/\b(doanh nghiep|dn)\b.*\bnha nuoc\b|^dnnn$/, 'dn_nha_nuoc'],
  [/\bsu nghiep\b|^(truong hoc|benh vien|y te|giao duc)$/, 'don_vi_su_nghiep'],
  [/\bco quan\b|\bhanh chinh\b/, 'co_quan'],
  [/\bquan (doi|su)\b/, 'quan_doi'],
  [/\bcong an\b/, 'cong_an'],
  [/^khac$/, 'khac'],
];
const PLACE_TYPE: Record<string, OrgType> = { xa: 'xa', phuong: 'phuong', 'thi tran': 'thi_tran', tt: 'thi_tran' };

/** The type a "Loại hình" cell names; null when it names none we know. */
export function parseOrgType(written: string): OrgType | null {
  const folded = fold(written);
  if (folded === '') return null;
  if (isOrgType(folded)) return folded;
  const place = PLACE_TYPE[folded.replace(/^(dang bo|db) /, '')];
  if (place) return place;
  for (const type of ORG_TYPES) if (fold(ORG_TYPE_LABEL_VI[type]) === folded) return type;
  return TYPE_PATTERNS.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
}

/**
 * Communes, wards and towns say what they are in their name ("Đảng bộ xã Hoa Thành");
 * agencies and enterprises do not reliably, so those are left to the clerk.
 */
export function orgTypeFromName(name: string): OrgType | null {
  const first = orgKeys(name).full.split(' ');
  if (first[0] === 'thi' && first[1] === 'tran') return 'thi_tran';
  if (first[0] === 'xa' && first.length > 1) return 'xa';
  if (first[0] === 'phuong' && first.length > 1) return 'phuong';
  return null;
}

export const ORG_TYPE_CHOICES_VI = ORG_TYPES.map((t) => ORG_TYPE_LABEL_VI[t]).join(', ');
