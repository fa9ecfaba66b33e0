/**
 * The results report's second and third sheets: each official's meetings and
 * recommendations, and the recommendations register with how each was handled.
 */
import { drillRecommendations } from '../dashboard/drill';
import { recommendationCounts } from '../dashboard/meeting-bars';
import type { PreparedMeeting } from '../dashboard/prepare';
import type { Recommendation } from '../domain/meetings';
import { OFFICIAL_GROUP_LABEL_VI, RECOMMENDATION_STATUS_LABEL_VI } from '../domain/labels-vi';
import { OFFICIAL_GROUPS, type Official } from '../domain/types';
import { formatIsoVi } from '../meetings/iso-date';
import { sortOfficials } from '../synthesis/plan';
import { sttColumn, toRoman, type ReportColumn, type ReportRow } from './layout';
import { countColumn as count, type ResultsContext, type ResultsSheet } from './results-context';

/** Widths sum to 88 characters of 7 px: A4 portrait (see uncovered-cells-report.ts). */
export const RESULTS_OFFICIAL_COLUMNS: ReportColumn[] = [
  sttColumn(5),
  { key: 'name', title: 'Họ và tên', width: 18, align: 'left' },
  { key: 'position', title: 'Chức vụ', width: 24, align: 'left' },
  count('planned', 'Buổi theo lịch', 7),
  count('held', 'Đã dự', 6),
  count('notAttended', 'Không dự được', 7),
  count('pending', 'Chưa diễn ra', 7),
  count('cellsHeld', 'Số chi bộ đã dự', 7),
  count('recommendations', 'Kiến nghị, đề xuất', 7),
];

/** Widths sum to 135 characters of 7 px: inside A4 landscape's 952 px printable width (see meeting-calendar-report.ts). */
export const RESULTS_RECOMMENDATION_COLUMNS: ReportColumn[] = [
  sttColumn(5),
  { key: 'content', title: 'Nội dung kiến nghị, đề xuất', width: 26, align: 'left' },
  { key: 'field', title: 'Lĩnh vực', width: 10, align: 'left' },
  { key: 'addressedTo', title: 'Cơ quan giải quyết', width: 13, align: 'left' },
  { key: 'where', title: 'Chi bộ kiến nghị', width: 21, align: 'left' },
  { key: 'meetingDate', title: 'Ngày sinh hoạt', width: 11, align: 'center' },
  { key: 'status', title: 'Tình trạng', width: 12, align: 'left' },
  { key: 'dueDate', title: 'Hạn trả lời', width: 11, align: 'center' },
  { key: 'overdue', title: 'Quá hạn', width: 8, align: 'center' },
  { key: 'lastStep', title: 'Xử lý gần nhất', width: 18, align: 'left' },
];

interface OfficialCounts {
  planned: number;
  held: number;
  notAttended: number;
  pending: number;
  cellsHeld: Set<string>;
  recommendations: number;
}

const emptyCounts = (): OfficialCounts => ({ planned: 0, held: 0, notAttended: 0, pending: 0, cellsHeld: new Set(), recommendations: 0 });

/** Per official id; meetings of deleted officials under ''. */
function countsByOfficial(meetings: readonly PreparedMeeting[]): Map<string, OfficialCounts> {
  const byOfficial = new Map<string, OfficialCounts>();
  for (const m of meetings) {
    const key = m.official ? m.official.id : '';
    const c = byOfficial.get(key) ?? emptyCounts();
    byOfficial.set(key, c);
    c.planned++;
    c.recommendations += m.recommendations.length;
    if (m.meeting.status === 'held') {
      c.held++;
      c.cellsHeld.add(m.registration.cellId);
    } else if (m.meeting.status === 'not_attended') c.notAttended++;
    else c.pending++;
  }
  return byOfficial;
}

function countValues(c: OfficialCounts): Record<string, number> {
  return { planned: c.planned, held: c.held, notAttended: c.notAttended, pending: c.pending, cellsHeld: c.cellsHeld.size, recommendations: c.recommendations };
}

/** Group rows per official group (OFFICIAL_GROUPS order), officials by name; STT 1..n over the list. */
function officialRows(officials: readonly Official[], counts: ReadonlyMap<string, OfficialCounts>): ReportRow[] {
  const sorted = sortOfficials(officials);
  const rows: ReportRow[] = [];
  let stt = 0;
  let groups = 0;
  for (const group of OFFICIAL_GROUPS) {
    const members = sorted.filter((o) => o.group === group);
    if (members.length === 0) continue;
    rows.push({ kind: 'group', label: `${toRoman(++groups)}. ${OFFICIAL_GROUP_LABEL_VI[group]}` });
    for (const o of members) {
      rows.push({ kind: 'data', values: { stt: ++stt, name: o.name, position: o.position, ...countValues(counts.get(o.id) ?? emptyCounts()) } });
    }
  }
  const deleted = counts.get('');
  // Their meetings count on the dashboard, so the rows must hold them for the total to add up.
  if (deleted) rows.push({ kind: 'data', values: { stt: null, name: 'Cán bộ không còn trong danh sách', position: '', ...countValues(deleted) } });
  return rows;
}

export function officialsSheet(ctx: ResultsContext): ResultsSheet {
  const counts = countsByOfficial(ctx.meetings);
  const all = [...counts.values()];
  const sum = (pick: (c: OfficialCounts) => number) => all.reduce((n, c) => n + pick(c), 0);
  const cellsHeld = new Set(all.flatMap((c) => [...c.cellsHeld])).size;
  const officialsHeld = [...counts].filter(([id, c]) => id !== '' && c.held > 0).length;
  return {
    sheetName: 'Kết quả theo cán bộ',
    part: 'Biểu 2: Kết quả của từng đồng chí',
    orientation: 'portrait',
    columns: RESULTS_OFFICIAL_COLUMNS,
    rows: officialRows([...ctx.prepared.officialById.values()], counts),
    // Số chi bộ is left out of the total: one cell visited by two officials is one cell, not two.
    totalRow: {
      label: 'Tổng cộng',
      values: {
        planned: sum((c) => c.planned),
        held: sum((c) => c.held),
        notAttended: sum((c) => c.notAttended),
        pending: sum((c) => c.pending),
        cellsHeld: '',
        recommendations: sum((c) => c.recommendations),
      },
    },
    notes: [
      `Trong kỳ có ${officialsHeld} đồng chí đã dự sinh hoạt tại ${cellsHeld} chi bộ. Số chi bộ đã dự tính mỗi chi bộ một lần, dù dự nhiều buổi, nên không cộng dồn ở dòng tổng.`,
    ],
  };
}

/** "dd/mm/yyyy: what the step says"; nothing while the recommendation has only been received. */
function lastStepText(rec: Recommendation): string {
  const step = rec.history.at(-1);
  if (!step || rec.history.length < 2) return '';
  return step.note === '' ? formatIsoVi(step.date) : `${formatIsoVi(step.date)}: ${step.note}`;
}

export function recommendationsSheet(ctx: ResultsContext): ResultsSheet {
  const list = drillRecommendations(ctx.prepared, ctx.query, { kind: 'recommendations' });
  const counts = recommendationCounts(ctx.meetings, ctx.query.today);
  const rows: ReportRow[] = list.map((r, i) => ({
    kind: 'data',
    values: {
      stt: i + 1,
      content: r.recommendation.content,
      field: r.recommendation.field,
      addressedTo: r.recommendation.addressedTo,
      where: r.cellName === r.orgName ? r.cellName : `${r.cellName}\n(${r.orgName})`,
      meetingDate: formatIsoVi(r.meetingDate),
      status: RECOMMENDATION_STATUS_LABEL_VI[r.recommendation.status],
      dueDate: formatIsoVi(r.recommendation.dueDate),
      overdue: r.overdue ? 'Quá hạn' : '',
      lastStep: lastStepText(r.recommendation),
    },
  }));
  const byStatus = counts.byStatus.map((b) => `${RECOMMENDATION_STATUS_LABEL_VI[b.status]} ${b.count}`).join('; ');
  return {
    sheetName: 'Kiến nghị, đề xuất',
    part: 'Biểu 3: Kiến nghị, đề xuất và kết quả giải quyết',
    orientation: 'landscape',
    columns: RESULTS_RECOMMENDATION_COLUMNS,
    rows,
    totalRow: { label: `Tổng cộng: ${counts.total} kiến nghị, đề xuất`, values: { overdue: counts.overdue } },
    notes: [
      `Kiến nghị, đề xuất tại các buổi sinh hoạt trong kỳ, theo tình trạng: ${byStatus}. Chưa giải quyết xong: ${counts.open}, trong đó quá hạn trả lời: ${counts.overdue}.`,
      'Quá hạn: chưa giải quyết xong (chưa ở tình trạng "Đã giải quyết" hoặc "Đóng, không xử lý") và đã qua hạn trả lời.',
    ],
  };
}
