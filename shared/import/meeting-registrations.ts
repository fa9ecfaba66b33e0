/**
 * Which registration a meeting notice row carries out: the official by name (any Unicode
 * form or tone placement; without diacritics only when that names one person), the cell
 * through the directory matcher, then that official's registrations at that cell whose
 * years hold the meeting's date. Several fitting registrations are the clerk's choice;
 * none is an error: a meeting never creates a registration.
 */
import { formatPeriodVi } from '../domain/labels-vi';
import type { Official, Registration } from '../domain/types';
import { quarterOf, yearOf } from '../meetings/iso-date';
import { normalizeText } from '../text/normalize';
import { cellPhrase, fold, memoize, q } from './assemble-common';
import { stripHonorific } from './cell-values';
import { LOOSE_MATCH_SCORE, type DirectoryMatcher } from './match-directory';
import { decisionReason, looseMatchNotice } from './registration-messages';

export interface RegistrationCandidate {
  registrationId: string;
  /** "Nguyễn Văn An — Chi bộ xóm 1 (Đảng bộ xã Hoa Thành) — Quý I năm 2026". */
  label: string;
}

export type RegistrationLookup =
  | { kind: 'found'; registrationId: string; notices: string[] }
  | { kind: 'choose'; candidates: RegistrationCandidate[]; reason: string; notices: string[] }
  | { kind: 'error'; reason: string; value: 'official' | 'cell' };

export interface RegistrationFinder {
  find(officialText: string, cellText: string, orgText: string, date: string): RegistrationLookup;
  label(registrationId: string): string;
}

export function createRegistrationFinder(
  officials: readonly Official[],
  registrations: readonly Registration[],
  matcher: DirectoryMatcher,
): RegistrationFinder {
  const byName = new Map<string, Official[]>();
  const byFolded = new Map<string, Official[]>();
  const push = <K>(map: Map<K, Official[]>, key: K, o: Official) => map.set(key, [...(map.get(key) ?? []), o]);
  for (const o of officials) {
    push(byName, normalizeText(o.name).toLowerCase(), o);
    push(byFolded, fold(o.name), o);
  }
  const officialById = new Map(officials.map((o) => [o.id, o]));
  const regsOf = new Map<string, Registration[]>();
  for (const r of registrations) regsOf.set(`${r.officialId}|${r.cellId}`, [...(regsOf.get(`${r.officialId}|${r.cellId}`) ?? []), r]);
  const regById = new Map(registrations.map((r) => [r.id, r]));
  const regsByOfficial = new Map<string, Registration[]>();
  for (const r of registrations) regsByOfficial.set(r.officialId, [...(regsByOfficial.get(r.officialId) ?? []), r]);

  const named = memoize((written: string): { officials: Official[]; notice?: string } => {
    const name = normalizeText(stripHonorific(written));
    const exact = byName.get(name.toLowerCase()) ?? [];
    if (exact.length > 0 || name === '') return { officials: exact };
    // Typed without diacritics: "Nguyen Van An" is Nguyễn Văn An only when no one else folds the same.
    const loose = fold(name) === name.toLowerCase() ? (byFolded.get(fold(name)) ?? []) : [];
    const only = loose.length === 1 ? loose[0] : undefined;
    return only ? { officials: [only], notice: `Đã hiểu ${q(written)} là đồng chí ${only.name}; nếu không đúng, sửa lại họ tên trong tệp.` } : { officials: [] };
  });

  const label = (registrationId: string): string => {
    const r = regById.get(registrationId);
    if (!r) return registrationId;
    return [officialById.get(r.officialId)?.name ?? '', matcher.label(r.cellId), formatPeriodVi(r.period)].filter((s) => s !== '').join(' — ');
  };

  /**
   * The cells the officials registered for in the year that the written name fits inside
   * their own organization: the matcher lists five of a province's thousand "Thôn 1", the
   * one in the plan may not be among them.
   */
  function ownCells(who: readonly Official[], year: number, cellText: string): string[] {
    if (cellText === '') return [];
    const out: string[] = [];
    for (const o of who) {
      for (const r of regsByOfficial.get(o.id) ?? []) {
        if (!r.years.includes(year)) continue;
        const org = matcher.org(matcher.cell(r.cellId)?.orgId ?? '');
        const m = org ? matcher.match(cellText, org.name) : null;
        if (m?.kind === 'unique' && m.cellId === r.cellId) out.push(r.cellId);
      }
    }
    return out;
  }

  function find(officialText: string, cellText: string, orgText: string, date: string): RegistrationLookup {
    const who = named(officialText);
    const name = normalizeText(stripHonorific(officialText));
    if (name === '') return { kind: 'error', value: 'official', reason: 'Dòng không ghi họ tên đồng chí dự sinh hoạt; điền họ tên hoặc xóa dòng này khỏi tệp.' };
    if (who.officials.length === 0) {
      return { kind: 'error', value: 'official', reason: `Không có đồng chí ${q(name)} trong danh sách cán bộ; sửa lại họ tên cho đúng danh sách, hoặc nhập cán bộ và đăng ký dự sinh hoạt trước.` };
    }
    const notices = who.notice ? [who.notice] : [];
    const match = matcher.match(cellText, orgText);
    if (match.kind === 'none') return { kind: 'error', value: cellText ? 'cell' : 'official', reason: noCell(decisionReason(match, cellText, orgText, matcher)) };
    const year = yearOf(date);
    const cellIds = match.kind === 'unique' ? [match.cellId] : [...new Set([...match.candidates.map((c) => c.cellId), ...ownCells(who.officials, year, cellText)])];
    if (match.kind === 'unique' && match.score <= LOOSE_MATCH_SCORE && cellText) notices.push(looseMatchNotice(cellText, matcher.label(match.cellId)));
    const fitting = who.officials.flatMap((o) => cellIds.flatMap((c) => regsOf.get(`${o.id}|${c}`) ?? [])).filter((r) => r.years.includes(year));
    if (fitting.length === 0) return { kind: 'error', value: cellText ? 'cell' : 'official', reason: noRegistration(who.officials, cellIds, cellText, year, matcher) };
    const inQuarter = fitting.filter((r) => r.period.kind === 'year' && r.period.quarters.includes(quarterOf(date)));
    const chosen = fitting.length === 1 ? fitting[0] : inQuarter.length === 1 ? inQuarter[0] : undefined;
    if (chosen) {
      if (match.kind === 'ambiguous') notices.push(`${cellPhrase(cellText || orgText)} ứng với nhiều chi bộ; đã lấy ${matcher.label(chosen.cellId)}, nơi đồng chí có đăng ký dự sinh hoạt.`);
      return { kind: 'found', registrationId: chosen.id, notices };
    }
    const list = inQuarter.length > 1 ? inQuarter : fitting;
    const reason = `Có ${list.length} đăng ký dự sinh hoạt ứng với dòng này (${list.map((r) => label(r.id)).join('; ')}); chọn đăng ký mà buổi sinh hoạt này thực hiện.`;
    return { kind: 'choose', candidates: list.map((r) => ({ registrationId: r.id, label: label(r.id) })), reason, notices };
  }

  return { find, label };
}

/** The matcher's explanation, said as a row error: a meeting's cell is never picked for the clerk. */
const noCell = (reason: string) => reason.replace(/; (chọn chi bộ đúng trong danh sách gợi ý|không có gợi ý gần đúng.*)\.$/u, '; sửa lại tên chi bộ, tổ chức cơ sở đảng trong tệp cho đúng danh mục.');

function noRegistration(officials: readonly Official[], cellIds: readonly string[], cellText: string, year: number, matcher: DirectoryMatcher): string {
  const who = officials.length === 1 ? `đồng chí ${officials[0]?.name ?? ''}` : `các đồng chí tên ${officials[0]?.name ?? ''}`;
  const where = cellIds.length === 1 ? (matcher.label(cellIds[0] ?? '') || cellPhrase(cellText)) : cellPhrase(cellText);
  return `Chưa có đăng ký dự sinh hoạt của ${who} tại ${where} trong năm ${year}; nhập đăng ký trước, hoặc sửa lại họ tên, chi bộ, ngày sinh hoạt trong tệp.`;
}
