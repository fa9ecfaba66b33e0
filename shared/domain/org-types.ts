/** Types of grassroots organization used in Party statistics (loại hình). */
export const ORG_TYPES = [
  'xa',
  'phuong',
  'thi_tran',
  'co_quan',
  'don_vi_su_nghiep',
  'dn_nha_nuoc',
  'dn_ngoai_nha_nuoc',
  'quan_doi',
  'cong_an',
  'khac',
] as const;

export type OrgType = (typeof ORG_TYPES)[number];

export function isOrgType(value: string): value is OrgType {
  return (ORG_TYPES as readonly string[]).includes(value);
}
