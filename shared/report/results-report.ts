/**
 * "BÁO CÁO kết quả dự sinh hoạt chi bộ của các đồng chí lãnh đạo tỉnh": what the district
 * reports up to the provincial Standing Committee for a period. Three sheets, each a
 * complete document that prints on its own: the meetings quarter by quarter (with who of
 * the grassroots leadership attended), each official's meetings and recommendations, and
 * the recommendations with how they were handled.
 *
 * Counting is the dashboard's (see results-context.ts): meetings dated in the period at
 * existing cells, recommendations raised at them, overdue at the report's date.
 */
import { meetingCounts } from '../dashboard/meeting-bars';
import { periodLabelVi } from '../dashboard/period';
import type { PreparedMeeting } from '../dashboard/prepare';
import type { DashboardPeriod, QuarterMeetings } from '../dashboard/types';
import { formatDateVi } from '../domain/labels-vi';
import type { Quarter } from '../domain/types';
import { sttColumn, type ReportColumn, type ReportDocument, type ReportRow, type ReportValue } from './layout';
import { buildPartyHeader, buildSignature, recipientLines } from './party-header';
import { countColumn, PERCENT_FORMAT, resultsContext, type ResultsContext, type ResultsReportInput, type ResultsSheet } from './results-context';
import { officialsSheet, recommendationsSheet } from './results-tables';

export type { ResultsReportInput } from './results-context';

/** Widths sum to 88 characters of 7 px: inside A4 portrait's 624 px printable width (see uncovered-cells-report.ts). */
export const RESULTS_QUARTER_COLUMNS: ReportColumn[] = [
  sttColumn(5),
  { key: 'quarter', title: 'Thời gian', width: 18, align: 'left' },
  countColumn('planned', 'Buổi sinh hoạt theo lịch', 8),
  countColumn('held', 'Đã dự', 7),
  countColumn('notAttended', 'Không dự được', 8),
  countColumn('pending', 'Chưa diễn ra', 8),
  { key: 'heldShare', title: 'Tỷ lệ đã dự', width: 8, align: 'right', numFmt: PERCENT_FORMAT },
  countColumn('secretary', 'Bí thư cơ sở dự cùng', 9),
  countColumn('deputy', 'Phó Bí thư cơ sở dự cùng', 9),
  countColumn('noHost', 'Không có Bí thư, Phó Bí thư dự', 8),
];

const ROMAN_QUARTER: Record<Quarter, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };

/** "năm 2025", "quý III năm 2025", "nhiệm kỳ 2025 – 2030": the period as a summary line. */
export function periodSummaryVi(period: DashboardPeriod): string {
  const label = periodLabelVi(period);
  return label.charAt(0).toLowerCase() + label.slice(1);
}

interface HostCounts {
  secretary: number;
  deputy: number;
  noHost: number;
}

const noHosts = (): HostCounts => ({ secretary: 0, deputy: 0, noHost: 0 });

/** Held meetings by who of the grassroots leadership attended with the official, keyed "year-quarter". */
function hostCountsByQuarter(meetings: readonly PreparedMeeting[]): Map<string, HostCounts> {
  const byQuarter = new Map<string, HostCounts>();
  for (const m of meetings) {
    if (m.meeting.status !== 'held') continue;
    const key = `${m.year}-${m.quarter}`;
    const counts = byQuarter.get(key) ?? noHosts();
    counts[m.meeting.hostAttended ?? 'noHost']++;
    byQuarter.set(key, counts);
  }
  return byQuarter;
}

type Counts = Pick<QuarterMeetings, 'planned' | 'held' | 'notAttended' | 'pending'>;

function quarterValues(q: Counts, hosts: HostCounts): Record<string, ReportValue> {
  return {
    planned: q.planned,
    held: q.held,
    notAttended: q.notAttended,
    pending: q.pending,
    // A share of nothing is not 0%: a dash says there was nothing to count (as the dashboard's print view).
    // Rounded to what '0.0%' shows: the writer sizes rows from the raw value's digits.
    heldShare: q.planned === 0 ? '—' : Math.round((q.held / q.planned) * 1000) / 1000,
    ...hosts,
  };
}

function quarterSheet(ctx: ResultsContext): ResultsSheet {
  const byQuarter = meetingCounts(ctx.query.period, ctx.meetings).byQuarter;
  const hosts = hostCountsByQuarter(ctx.meetings);
  const rows: ReportRow[] = byQuarter.map((q, i) => ({
    kind: 'data',
    values: { stt: i + 1, quarter: `Quý ${ROMAN_QUARTER[q.quarter]} năm ${q.year}`, ...quarterValues(q, hosts.get(`${q.year}-${q.quarter}`) ?? noHosts()) },
  }));
  const sum = (pick: (q: Counts) => number) => byQuarter.reduce((n, q) => n + pick(q), 0);
  const total = { planned: sum((q) => q.planned), held: sum((q) => q.held), notAttended: sum((q) => q.notAttended), pending: sum((q) => q.pending) };
  const hostTotal = [...hosts.values()].reduce((t, h) => ({ secretary: t.secretary + h.secretary, deputy: t.deputy + h.deputy, noHost: t.noHost + h.noHost }), noHosts());
  return {
    sheetName: 'Kết quả theo quý',
    part: 'Biểu 1: Buổi sinh hoạt theo quý',
    orientation: 'portrait',
    columns: RESULTS_QUARTER_COLUMNS,
    rows,
    totalRow: { label: 'Tổng cộng', values: quarterValues(total, hostTotal) },
    notes: [
      'Buổi sinh hoạt theo lịch là mọi buổi có ngày trong kỳ mà tổ chức cơ sở đảng đã gửi lịch, kể cả buổi không dự được và buổi chưa diễn ra; tỷ lệ đã dự tính trên số buổi theo lịch.',
      'Bí thư, Phó Bí thư cơ sở dự cùng: tính trên các buổi đã dự; cột "Không có Bí thư, Phó Bí thư dự" gồm cả buổi chưa ghi nhận người dự cùng.',
    ],
  };
}

export function buildResultsReport(input: ResultsReportInput): ReportDocument[] {
  const { settings, period, date } = input;
  const ctx = resultsContext(input);
  const asOf = `Ghi chú: Số liệu tính đến ngày ${formatDateVi(date)}.`;
  const header = (part: string) =>
    buildPartyHeader(settings, {
      docCode: 'BC',
      documentType: 'BÁO CÁO',
      summary: ['kết quả dự sinh hoạt chi bộ của các đồng chí lãnh đạo tỉnh', periodSummaryVi(period), part],
      date,
    });
  // Each sheet prints as a document of its own, so each carries the whole header, signature and notes.
  return [quarterSheet(ctx), officialsSheet(ctx), recommendationsSheet(ctx)].map(({ part, notes, ...sheet }) => ({
    ...sheet,
    header: header(part),
    signature: buildSignature(settings),
    recipients: recipientLines(settings),
    notes: [`${asOf} ${notes[0] ?? ''}`.trim(), ...notes.slice(1)],
  }));
}
