/**
 * A hand-built aggregate: numbers chosen so each bar and card has a distinct value, and some
 * parts are zero (to check that nothing is drawn — or clickable — for them).
 */
import type { DashboardAggregate, DashboardPeriod, OrgBar } from '../../../../../shared/dashboard/types';

/** Ten cells each; org-01 has all ten uncovered, each next one one fewer: listed worst first, as the aggregate promises. */
export function orgBars(count: number): OrgBar[] {
  return Array.from({ length: count }, (_, i) => {
    const cells = 10;
    const uncovered = Math.max(0, 10 - i);
    const crowded = i % 3 === 0 && uncovered < cells ? 1 : 0;
    const covered = cells - uncovered;
    const id = String(i + 1).padStart(2, '0');
    return {
      orgId: `org-${id}`,
      orgName: `Đảng bộ xã Số ${id}`,
      orgType: 'xa',
      cells,
      covered,
      uncovered,
      crowded,
      coveredNotCrowded: covered - crowded,
      coveredShare: covered / cells,
    };
  });
}

export function sampleAggregate(period: DashboardPeriod = { kind: 'year', year: 2025 }): DashboardAggregate {
  return {
    query: { period, orgId: null, today: '2025-08-15' },
    kpi: {
      cells: 1234,
      covered: 1000,
      uncovered: 234,
      crowded: 12,
      coveredShare: 1000 / 1234,
      registrations: 1500,
      officialsRegistered: 87,
      officialsTotal: 95,
      officialsWithout: 8,
      meetingsPlanned: 40,
      meetingsHeld: 30,
      recommendationsTotal: 21,
      recommendationsOpen: 9,
      recommendationsOverdue: 4,
    },
    byType: [
      { type: 'xa', cells: 600, covered: 500, uncovered: 100, crowded: 10, coveredNotCrowded: 490 },
      { type: 'phuong', cells: 400, covered: 300, uncovered: 100, crowded: 0, coveredNotCrowded: 300 },
      { type: 'dn_ngoai_nha_nuoc', cells: 234, covered: 200, uncovered: 34, crowded: 2, coveredNotCrowded: 198 },
    ],
    byOrg: orgBars(20),
    distribution: [
      { bucket: '0', cells: 234 },
      { bucket: '1', cells: 700 },
      { bucket: '2', cells: 288 },
      { bucket: '3+', cells: 12 },
    ],
    meetingsByQuarter: [
      { year: 2025, quarter: 1, planned: 10, held: 9, notAttended: 1, pending: 0 },
      { year: 2025, quarter: 2, planned: 12, held: 11, notAttended: 1, pending: 0 },
      { year: 2025, quarter: 3, planned: 18, held: 10, notAttended: 0, pending: 8 },
      { year: 2025, quarter: 4, planned: 0, held: 0, notAttended: 0, pending: 0 },
    ],
    recommendationsByStatus: [
      { status: 'new', count: 5 },
      { status: 'forwarded', count: 3 },
      { status: 'answered', count: 1 },
      { status: 'resolved', count: 12 },
      { status: 'closed', count: 0 },
    ],
    cells: [],
  };
}

/** A scope with nothing in it: no cells, meetings or recommendations. */
export function emptyAggregate(): DashboardAggregate {
  const sample = sampleAggregate();
  return {
    ...sample,
    kpi: Object.fromEntries(Object.keys(sample.kpi).map((key) => [key, 0])) as unknown as DashboardAggregate['kpi'],
    byType: [],
    byOrg: [],
    distribution: sample.distribution.map((bar) => ({ ...bar, cells: 0 })),
    meetingsByQuarter: sample.meetingsByQuarter.map((q) => ({ ...q, planned: 0, held: 0, notAttended: 0, pending: 0 })),
    recommendationsByStatus: sample.recommendationsByStatus.map((bar) => ({ ...bar, count: 0 })),
  };
}

