/**
 * The province's figures from the districts' submissions: each district's dashboard KPIs
 * for its period (the same counting as its own "Tổng quan"), and their sum. Every
 * submission must be for the same period; a committee that sent twice counts once, with
 * its latest file (by generatedAt), and the caller is told which file was set aside.
 */
import { aggregateDashboard } from '../dashboard/aggregate';
import { periodLabelVi } from '../dashboard/period';
import { prepareDashboard } from '../dashboard/prepare';
import type { DashboardAggregate, DashboardKpi, DashboardPeriod } from '../dashboard/types';
import { canonicalJson } from './checksum';
import { committeeKey } from './committee-key';
import { SubmissionError } from './read-submission';
import type { Submission } from './submission-schema';

export interface DistrictFigures {
  committee: Submission['committee'];
  period: DashboardPeriod;
  generatedAt: string;
  /** Position of the submission counted, in the list given. */
  index: number;
  kpi: DashboardKpi;
}

export interface Replaced {
  committee: string;
  /** Position and time of the submission set aside, and of the later one counted instead. */
  index: number;
  generatedAt: string;
  replacedBy: { index: number; generatedAt: string };
}

/** The same file given twice (same committee, same generation, same data): counted once. */
export interface Duplicate {
  committee: string;
  index: number;
  sameAs: number;
}

export interface Consolidation {
  period: DashboardPeriod;
  districts: DistrictFigures[];
  total: DashboardKpi;
  replaced: Replaced[];
  duplicates: Duplicate[];
}

/** The district's own "Tổng quan" for its period: its term, its rules, its report date. */
export function districtAggregate(s: Submission): DashboardAggregate {
  const prepared = prepareDashboard({ ...s.data, term: s.term, rules: s.rules });
  return aggregateDashboard(prepared, { period: s.period, orgId: null, today: s.reportDate });
}

export function districtKpi(s: Submission): DashboardKpi {
  return districtAggregate(s).kpi;
}

const SUMMED = [
  'cells',
  'covered',
  'uncovered',
  'crowded',
  'registrations',
  'officialsRegistered',
  'officialsTotal',
  'officialsWithout',
  'meetingsPlanned',
  'meetingsHeld',
  'recommendationsTotal',
  'recommendationsOpen',
  'recommendationsOverdue',
] as const satisfies readonly Exclude<keyof DashboardKpi, 'coveredShare'>[];

/** The districts' KPIs added up; the share is recomputed from the sums, not summed. */
export function sumKpis(kpis: readonly DashboardKpi[]): DashboardKpi {
  const total = { coveredShare: 0 } as DashboardKpi;
  for (const key of SUMMED) total[key] = kpis.reduce((sum, k) => sum + k[key], 0);
  total.coveredShare = total.cells === 0 ? 0 : total.covered / total.cells;
  return total;
}

function checkOnePeriod(submissions: readonly Submission[]): DashboardPeriod {
  const first = submissions[0];
  if (!first) throw new SubmissionError('Chưa có tệp gửi tỉnh nào để tổng hợp.');
  const other = submissions.find((s) => canonicalJson(s.period) !== canonicalJson(first.period));
  if (other) {
    throw new SubmissionError(
      `Không tổng hợp chung các kỳ khác nhau: ${first.committee.name} gửi ${periodLabelVi(first.period).toLocaleLowerCase('vi')}, ` +
        `${other.committee.name} gửi ${periodLabelVi(other.period).toLocaleLowerCase('vi')}. Hãy chọn các tệp cùng một kỳ báo cáo.`,
    );
  }
  return first.period;
}

export interface LatestPick {
  /** Positions of the submissions counted, one per committee, in the order given. */
  kept: number[];
  replaced: Replaced[];
  duplicates: Duplicate[];
}

/** One submission per committee: its latest file, the same file picked twice counted once. */
export function pickLatest(submissions: readonly Submission[]): LatestPick {
  const latest = new Map<string, number>();
  const replaced: Replaced[] = [];
  const duplicates: Duplicate[] = [];
  submissions.forEach((s, index) => {
    const key = committeeKey(s.committee);
    const kept = latest.get(key);
    const keptSub = kept === undefined ? undefined : submissions[kept];
    if (kept === undefined || !keptSub) return void latest.set(key, index);
    // Picked twice by mistake: not a newer report replacing an older one.
    if (s.generatedAt === keptSub.generatedAt && canonicalJson(s) === canonicalJson(keptSub)) {
      return void duplicates.push({ committee: s.committee.name, index, sameAs: kept });
    }
    // ISO 8601 in UTC compares as text; a tie keeps the file given later.
    const [older, newer] = Date.parse(s.generatedAt) >= Date.parse(keptSub.generatedAt) ? [kept, index] : [index, kept];
    latest.set(key, newer);
    const o = submissions[older] ?? s;
    const n = submissions[newer] ?? s;
    replaced.push({ committee: o.committee.name, index: older, generatedAt: o.generatedAt, replacedBy: { index: newer, generatedAt: n.generatedAt } });
  });
  return { kept: [...latest.values()].sort((a, b) => a - b), replaced, duplicates };
}

export function consolidate(submissions: readonly Submission[]): Consolidation {
  const period = checkOnePeriod(submissions);
  const { kept, replaced, duplicates } = pickLatest(submissions);
  const districts = kept.flatMap((index) => {
    const s = submissions[index];
    return s ? [{ committee: s.committee, period: s.period, generatedAt: s.generatedAt, index, kpi: districtKpi(s) }] : [];
  });
  return { period, districts, total: sumKpis(districts.map((d) => d.kpi)), replaced, duplicates };
}
