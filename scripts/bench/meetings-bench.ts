/**
 * The meeting checks and counts the calendar page and the dashboard run on every change,
 * at province scale (≈57,000 meetings over a term, ≈20,000 recommendations): warnings
 * (clashes, hosts, notices, unscheduled quarters), the year's progress by quarter and the
 * recommendation counts.
 *
 * Baseline, measured in the same run: the floor any clash check pays — look up each
 * meeting's official and sort a copy of the meetings by official, day and start time —
 * plus one pass over the recommendations. The ratio says what our checks add on top of
 * that sort, on any machine. For scale, a naive pairwise clash check (every pair of
 * meetings compared) is timed on a 5,000-meeting slice and its full-size cost extrapolated
 * (n² grows 144× from 5,000 to 60,000): what an O(n²) check would cost here.
 * Goal: meetings.ms well under 1,000 on a 2-core office PC.
 */
import type { Meeting, Recommendation } from '../../shared/domain/meetings';
import type { Registration } from '../../shared/domain/types';
import { meetingProgressByQuarter, recommendationStatusCounts } from '../../shared/meetings/aggregate';
import { meetingEnd, meetingWarnings } from '../../shared/meetings/meeting-checks';
import { generateSampleData } from '../../shared/sample/generator';
import { round, time } from './timing';
import type { BenchEntry, BenchSuite } from './types';

const SEED = 2025;
const TODAY = '2025-10-15';
const YEAR = 2025;
const NOTICE_DAYS = 3;
const PAIRWISE_SLICE = 5_000;

interface Input {
  meetings: Meeting[];
  registrations: Registration[];
  recommendations: Recommendation[];
}

function ours({ meetings, registrations, recommendations }: Input): number {
  const warnings = meetingWarnings({ meetings, registrations, today: TODAY, noticeDays: NOTICE_DAYS });
  const progress = meetingProgressByQuarter(YEAR, registrations, meetings);
  const counts = recommendationStatusCounts(recommendations, TODAY);
  return warnings.length + progress.length + counts.total;
}

/** The sort a clash check cannot avoid, and one look at each recommendation. */
function floor({ meetings, registrations, recommendations }: Input): number {
  const officialOf = new Map(registrations.map((r) => [r.id, r.officialId]));
  const keyed = meetings.map((m) => ({ key: `${officialOf.get(m.registrationId) ?? ''}\u0000${m.date}\u0000${m.startTime}`, m }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let open = 0;
  for (const r of recommendations) if (r.status !== 'resolved' && r.status !== 'closed') open++;
  return keyed.length + open;
}

/** Every pair compared: same official, same day, time ranges intersecting. */
function pairwiseClashes(meetings: Meeting[], officialOf: Map<string, string>): number {
  const slots = meetings.map((m) => ({ official: officialOf.get(m.registrationId), date: m.date, start: m.startTime, end: meetingEnd(m) }));
  let clashes = 0;
  for (let i = 0; i < slots.length; i++) {
    const a = slots[i]!;
    for (let j = i + 1; j < slots.length; j++) {
      const b = slots[j]!;
      if (a.official === b.official && a.date === b.date && a.start < b.end && b.start < a.end) clashes++;
    }
  }
  return clashes;
}

export const meetingsBench: BenchSuite = {
  name: 'meetings',
  run(log) {
    const data = generateSampleData({ seed: SEED, scale: 'province', today: TODAY });
    const input: Input = { meetings: data.meetings ?? [], registrations: data.registrations, recommendations: data.recommendations ?? [] };
    log(
      `meetings: province sample (seed ${SEED}, today ${TODAY}), ${input.meetings.length} meetings, ` +
        `${input.registrations.length} registrations, ${input.recommendations.length} recommendations`,
    );
    // Alternated warm-up so both see the same JIT state, then timed.
    for (let i = 0; i < 2; i++) {
      ours(input);
      floor(input);
    }
    const total = time(() => ours(input), { warmup: 1, runs: 9 });
    const base = time(() => floor(input), { warmup: 1, runs: 9 });
    const warnings = time(() => meetingWarnings({ meetings: input.meetings, registrations: input.registrations, today: TODAY, noticeDays: NOTICE_DAYS }), { runs: 9 });
    const progress = time(() => meetingProgressByQuarter(YEAR, input.registrations, input.meetings), { runs: 9 });
    const counts = time(() => recommendationStatusCounts(input.recommendations, TODAY), { runs: 9 });
    const officialOf = new Map(input.registrations.map((r) => [r.id, r.officialId]));
    const slice = input.meetings.slice(0, PAIRWISE_SLICE);
    const pairwise = time(() => pairwiseClashes(slice, officialOf), { warmup: 1, runs: 3 });
    const ws = meetingWarnings({ meetings: input.meetings, registrations: input.registrations, today: TODAY, noticeDays: NOTICE_DAYS });
    const scale = (input.meetings.length / slice.length) ** 2;
    const entries: BenchEntry[] = [
      { name: 'meetings.meetings', value: input.meetings.length, unit: 'count' },
      { name: 'meetings.recommendations', value: input.recommendations.length, unit: 'count' },
      { name: 'meetings.warnings', value: ws.length, unit: 'count' },
      { name: 'meetings.overlap_warnings', value: ws.filter((w) => w.kind === 'overlap').length, unit: 'count' },
      { name: 'meetings.ms', value: round(total.median), unit: 'ms' },
      { name: 'meetings.ms_min', value: round(total.min), unit: 'ms' },
      { name: 'meetings.warnings_ms', value: round(warnings.median), unit: 'ms' },
      { name: 'meetings.progress_ms', value: round(progress.median), unit: 'ms' },
      { name: 'meetings.recommendation_counts_ms', value: round(counts.median, 2), unit: 'ms' },
      { name: 'meetings.sort_floor_ms', value: round(base.median), unit: 'ms' },
      { name: 'meetings.ratio_vs_sort_floor', value: round(total.median / base.median, 2), unit: 'ratio' },
      { name: 'meetings.pairwise_5k_ms', value: round(pairwise.median), unit: 'ms' },
      { name: 'meetings.pairwise_full_estimate_ms', value: round(pairwise.median * scale), unit: 'ms' },
    ];
    return entries;
  },
};
