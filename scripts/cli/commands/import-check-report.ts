/**
 * What `import-check` prints: the JSON offices script against (keep its fields stable,
 * README "import-check") and the same facts as Vietnamese sentences.
 */
import type { DirectoryImportPlan } from '../../../shared/import/assemble-directory';
import type { MeetingImportPlan } from '../../../shared/import/assemble-meetings';
import type { OfficialImportPlan } from '../../../shared/import/assemble-officials';
import type { RegistrationImportPlan } from '../../../shared/import/assemble-registrations';
import type { ImportSummary } from '../../../shared/import/import-summary';

export interface FileCounts {
  file: string;
  /** Sheets a table was read from. */
  sheets: string[];
  /** Data rows read (structure, blank and total rows left out). */
  rows: number;
  duplicatesMerged: number;
  errors: number;
  needsDecision: number;
}

export interface CheckedFiles {
  directory: FileCounts & { grassrootsOrgs: number; cells: number; orgTypeDecisions: { sheet: string; row: number; orgName: string; written: string }[] };
  /** Absent without --officials: the officials then come from the registrations file. */
  officials?: FileCounts & { officials: number };
  registrations: FileCounts & { registrations: number; newOfficials: number };
  /** Only with --meetings. */
  meetings?: FileCounts & { meetings: number };
}

/** A meeting row several registrations fit: the clerk picks one in the app. */
export interface MeetingDecisionLine {
  sheet: string;
  row: number;
  candidates: { registrationId: string; label: string }[];
}

export interface CellDecisionLine {
  sheet: string;
  row: number;
  cellText: string;
  orgText: string;
  candidates: { label: string; score: number }[];
}

export interface ImportCheckResult {
  summary: ImportSummary;
  files: CheckedFiles;
  decisions: CellDecisionLine[];
  /** Only with --meetings. */
  meetingDecisions?: MeetingDecisionLine[];
}

export interface ReadFile<P> {
  file: string;
  sheets: string[];
  rows: number;
  plan: P;
}

const counts = <P extends { duplicatesMerged: number; errors: unknown[]; needsDecision: number }>(f: ReadFile<P>): FileCounts => ({
  file: f.file,
  sheets: f.sheets,
  rows: f.rows,
  duplicatesMerged: f.plan.duplicatesMerged,
  errors: f.plan.errors.length,
  needsDecision: f.plan.needsDecision,
});

/** The JSON result, and each decision's reason (same order) for the text output. */
export function checkResult(
  summary: ImportSummary,
  directory: ReadFile<DirectoryImportPlan>,
  officials: ReadFile<OfficialImportPlan> | null,
  registrations: ReadFile<RegistrationImportPlan>,
  meetings: ReadFile<MeetingImportPlan> | null = null,
): { result: ImportCheckResult; reasons: string[] } {
  const refOf = new Map(directory.plan.rows.map((r) => [r.key, r.ref]));
  const files: CheckedFiles = {
    directory: {
      ...counts(directory),
      grassrootsOrgs: directory.plan.orgs.length,
      cells: directory.plan.cells.length,
      orgTypeDecisions: directory.plan.typeDecisions.map((d) => ({
        sheet: refOf.get(d.rowKey)?.sheet ?? '',
        row: refOf.get(d.rowKey)?.row ?? 0,
        orgName: d.orgName,
        written: d.written,
      })),
    },
    ...(officials ? { officials: { ...counts(officials), officials: officials.plan.officials.length } } : {}),
    registrations: {
      ...counts(registrations),
      registrations: registrations.plan.registrations.length,
      newOfficials: registrations.plan.newOfficials.length,
    },
    ...(meetings ? { meetings: { ...counts(meetings), meetings: meetings.plan.meetings.length } } : {}),
  };
  const waiting = registrations.plan.rows.flatMap((r) => (r.status === 'needsDecision' && r.decision ? [{ ref: r.ref, decision: r.decision }] : []));
  const decisions = waiting.map(({ ref, decision: x }): CellDecisionLine => ({
    sheet: ref.sheet,
    row: ref.row,
    cellText: x.cellText,
    orgText: x.orgText,
    candidates: x.candidates.map((c) => ({ label: c.label, score: c.score })),
  }));
  const meetingDecisions = meetings?.plan.rows.flatMap((r): MeetingDecisionLine[] =>
    r.status === 'needsDecision' && r.decision ? [{ sheet: r.ref.sheet, row: r.ref.row, candidates: r.decision.candidates.map((c) => ({ ...c })) }] : [],
  );
  const result: ImportCheckResult = { summary, files, decisions, ...(meetingDecisions ? { meetingDecisions } : {}) };
  return { result, reasons: waiting.map((w) => w.decision.reason) };
}

const where = (f: FileCounts) => `${f.file}, ${f.sheets.length > 1 ? 'các trang' : 'trang'} ${f.sheets.map((s) => `“${s}”`).join(', ')}`;
const place = (sheet: string, row: number) => `Trang “${sheet}”, dòng ${row}`;

/** The check as a clerk reads it: số tổ chức, số chi bộ, số người and số lượt kept apart. */
export function formatCheck(result: ImportCheckResult, reasons: readonly string[], year: number, crowding: number): string {
  const { summary: s, files } = result;
  const lines = [`Kiểm tra tệp nhập liệu, năm ${year}`, ''];
  const d = files.directory;
  lines.push(`Danh mục (${where(d)}): ${d.rows} dòng; ${d.grassrootsOrgs} tổ chức cơ sở đảng, ${d.cells} chi bộ.`);
  if (files.officials) {
    const o = files.officials;
    lines.push(`Cán bộ (${where(o)}): ${o.rows} dòng; ${o.officials} người.`);
  }
  const r = files.registrations;
  const fromRows = r.newOfficials > 0 ? `; ${r.newOfficials} cán bộ lấy từ tệp đăng ký` : '';
  lines.push(`Đăng ký (${where(r)}): ${r.rows} dòng; ${r.registrations} lượt đăng ký${fromRows}.`);
  if (files.meetings) {
    const m = files.meetings;
    lines.push(`Lịch sinh hoạt (${where(m)}): ${m.rows} dòng; ${m.meetings} buổi sinh hoạt sẽ thêm, ${m.duplicatesMerged} buổi trùng, ${m.errors} dòng lỗi, ${m.needsDecision} dòng cần chọn đăng ký.`);
  }
  lines.push(
    '',
    `Sau khi nhập: ${s.grassrootsOrgs} tổ chức cơ sở đảng, ${s.cells} chi bộ, ${s.members} đảng viên; ${s.officials} cán bộ; ${s.registrations} lượt đăng ký trong năm ${year}.`,
    `Số dòng trùng đã gộp: ${s.duplicatesMerged}. Số dòng lỗi (không nhập): ${s.errors.length}. Số dòng cần chọn: ${s.needsDecision}.`,
    `Số chi bộ chưa có ai đăng ký: ${s.cellsWithoutRegistrant}. Số chi bộ quá đông (từ ${crowding} người): ${s.crowdedCells}. Số cán bộ chưa đăng ký chi bộ nào: ${s.officialsWithoutRegistration}.`,
  );
  if (s.errors.length > 0) {
    lines.push('', 'Các dòng lỗi (sửa trong tệp rồi kiểm tra lại):');
    for (const e of s.errors) lines.push(`  - ${place(e.sheet, e.row)}: ${e.reason}`);
  }
  const meetingChoices = result.meetingDecisions ?? [];
  if (result.decisions.length > 0 || d.orgTypeDecisions.length > 0 || meetingChoices.length > 0) {
    lines.push('', 'Các dòng cần chọn khi nhập trong ứng dụng:');
    for (const t of d.orgTypeDecisions) lines.push(`  - ${place(t.sheet, t.row)} (${d.file}): chọn loại hình cho “${t.orgName}”.`);
    result.decisions.forEach((x, i) => {
      const hint = x.candidates.length > 0 ? ` Gợi ý: ${x.candidates.map((c) => c.label).join('; ')}.` : '';
      lines.push(`  - ${place(x.sheet, x.row)}: ${reasons[i] ?? ''}${hint}`);
    });
    for (const x of meetingChoices) {
      lines.push(`  - ${place(x.sheet, x.row)} (${files.meetings?.file ?? ''}): chọn đăng ký cho buổi sinh hoạt: ${x.candidates.map((c) => c.label).join('; ')}.`);
    }
  }
  return lines.join('\n');
}
