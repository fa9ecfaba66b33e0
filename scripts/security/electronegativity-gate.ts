/**
 * The pass/fail rule for the Electronegativity scan, kept pure so it is unit-tested: any finding
 * of MEDIUM severity or above fails unless a suppression explains it (same check, same file,
 * and the reason why it is a false positive). MEDIUM is included because that is where the tool
 * rates sandbox: false, webSecurity: false, insecure content, a missing permission handler, a
 * missing CSP and shell.openExternal. LOW and INFORMATIONAL are reported, never fatal. A
 * suppression that no longer matches anything is reported too, so the list cannot go stale.
 */

export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';

export interface Finding {
  id: string;
  severity: Severity;
  confidence: string;
  /** Relative to the scanned root, with forward slashes (e.g. electron/main/window.ts). */
  file: string;
  line: number;
  column: number;
  sample: string;
  description: string;
  manualReview: boolean;
}

export interface Suppression {
  /** Electronegativity check id, e.g. CSP_GLOBAL_CHECK. */
  id: string;
  /** The file it is reported in, relative to the scanned root. */
  file: string;
  /** Why this finding is a false positive or accepted: required, and shown in every run. */
  reason: string;
}

export interface GateResult {
  /** Findings at FAIL_AT or above that no suppression explains: the scan fails when there is any. */
  blocking: Finding[];
  /** Findings matched by a suppression, with it. */
  explained: { finding: Finding; suppression: Suppression }[];
  /** Findings below FAIL_AT with no suppression: printed for review. */
  reported: Finding[];
  /** Suppressions that matched nothing in this run. */
  unused: Suppression[];
  counts: Record<Severity, number>;
}

export const SEVERITY_ORDER: readonly Severity[] = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];

/** The lowest severity that fails the scan. */
export const FAIL_AT: Severity = 'MEDIUM';

export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER.indexOf(severity) <= SEVERITY_ORDER.indexOf(threshold);
}

export function matches(suppression: Suppression, finding: Finding): boolean {
  return suppression.id === finding.id && suppression.file === finding.file;
}

export function evaluateFindings(findings: readonly Finding[], suppressions: readonly Suppression[]): GateResult {
  for (const s of suppressions) {
    if (s.reason.trim().length < 20) throw new Error(`Suppression ${s.id} (${s.file}) has no real reason.`);
  }
  const counts: Record<Severity, number> = { HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0 };
  const result: GateResult = { blocking: [], explained: [], reported: [], unused: [], counts };
  const used = new Set<Suppression>();
  for (const finding of findings) {
    counts[finding.severity] += 1;
    const suppression = suppressions.find((s) => matches(s, finding));
    if (suppression) {
      used.add(suppression);
      result.explained.push({ finding, suppression });
    } else if (isAtLeast(finding.severity, FAIL_AT)) result.blocking.push(finding);
    else result.reported.push(finding);
  }
  result.unused = suppressions.filter((s) => !used.has(s));
  return result;
}

function where(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}`;
}

function describe(f: Finding): string {
  const review = f.manualReview ? ', cần xem lại thủ công / manual review' : '';
  return `${f.severity} ${f.id} (${f.confidence}${review}) ${where(f)}`;
}

/** Human summary, Vietnamese first; one line per finding so CI logs stay readable. */
export function formatSummary(gate: GateResult, checks: number, elapsedMs: number): string {
  const countLine = SEVERITY_ORDER.map((s) => `${s} ${gate.counts[s]}`).join(', ');
  const lines = [`Electronegativity: ${checks} kiểm tra / checks, ${Math.round(elapsedMs)} ms. Phát hiện / findings: ${countLine}.`];
  for (const { finding, suppression } of gate.explained) {
    lines.push(`  đã giải thích / explained: ${describe(finding)}`, `    lý do / reason: ${suppression.reason}`);
  }
  for (const f of gate.reported) lines.push(`  ghi nhận / reported: ${describe(f)}`, `    ${f.description}`);
  for (const s of gate.unused) lines.push(`  miễn trừ không còn dùng / unused suppression: ${s.id} ${s.file}`);
  for (const f of gate.blocking) lines.push(`  CHẶN / BLOCKING: ${describe(f)}`, `    ${f.description}`, `    ${f.sample.trim().slice(0, 200)}`);
  lines.push(
    gate.blocking.length === 0
      ? `Đạt: không có phát hiện từ mức ${FAIL_AT} trở lên chưa được giải thích. / Pass: no unexplained ${FAIL_AT}+ finding.`
      : `Không đạt: ${gate.blocking.length} phát hiện từ mức ${FAIL_AT} trở lên chưa được giải thích. / Fail: unexplained ${FAIL_AT}+ findings.`,
  );
  return lines.join('\n');
}

function csvCell(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** Same columns as Electronegativity's own CSV, plus manual_review. */
export function toCsv(findings: readonly Finding[]): string {
  const header = 'issue,severity,confidence,filename,location,sample,description,manual_review';
  const rows = findings.map((f) =>
    [f.id, f.severity, f.confidence, f.file, `${f.line}:${f.column}`, f.sample, f.description, String(f.manualReview)].map(csvCell).join(','),
  );
  return `${[header, ...rows].join('\n')}\n`;
}
