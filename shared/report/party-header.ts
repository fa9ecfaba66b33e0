/** The header, signature and recipients of a Party document, built from the settings. */
import { placeDateLineVi, type DateParts } from '../domain/labels-vi';
import type { Settings } from '../domain/types';
import { normalizeText } from '../text/normalize';
import type { PartyHeader, SignatureBlock } from './layout';

/** DS danh sách, BC báo cáo, KH kế hoạch, TB thông báo (Instruction 36-HD/VPTW, appendix). */
export type DocCode = 'DS' | 'BC' | 'KH' | 'TB';

export interface PartyHeaderOptions {
  docCode: DocCode;
  documentType: string;
  summary: string[];
  date: DateParts;
}

/** Room for a number of up to four digits written by hand or typed when issuing. */
const NUMBER_BLANK = '      ';

export function buildPartyHeader(settings: Settings, opts: PartyHeaderOptions): PartyHeader {
  return {
    superiorBody: normalizeText(settings.superiorBody).toUpperCase(),
    issuingBody: normalizeText(settings.committeeName).toUpperCase(),
    numberSymbol: `Số${NUMBER_BLANK}-${opts.docCode}/${normalizeText(settings.documentSymbol)}`,
    placeDate: placeDateLineVi(normalizeText(settings.place), opts.date),
    documentType: normalizeText(opts.documentType).toUpperCase(),
    summary: opts.summary.map(normalizeText),
  };
}

export function buildSignature(settings: Settings): SignatureBlock {
  return {
    onBehalf: normalizeText(settings.signerOnBehalf).toUpperCase(),
    position: normalizeText(settings.signerPosition).toUpperCase(),
    name: normalizeText(settings.signerName),
  };
}

/**
 * "Nơi nhận" lines: "- x," for each recipient and "- Lưu …." last, as offices write
 * them. The archive copy is always listed, so one is added when the settings lack it.
 */
export function recipientLines(settings: Settings): string[] {
  const clean = settings.recipients.map((r) => normalizeText(r).replace(/^[-–•]\s*/, '').replace(/[,.;]$/, '')).filter((r) => r.length > 0);
  const isArchive = (r: string) => /^lưu(\s|$)/iu.test(r);
  const archive = clean.filter(isArchive);
  const lines = [...clean.filter((r) => !isArchive(r)), ...(archive.length > 0 ? archive : [`Lưu Văn phòng ${normalizeText(settings.committeeName)}`])];
  return lines.map((r, i) => `- ${r}${i === lines.length - 1 ? '.' : ','}`);
}
