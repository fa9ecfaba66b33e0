/** A dashboard aggregate with round figures, and the providers the print view needs. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { DashboardAggregate, DashboardKpi } from '../../../../../shared/dashboard/types';
import { RECOMMENDATION_STATUSES } from '../../../../../shared/domain/meetings';
import { createI18n } from '../../../../../renderer/i18n';
import { PlatformProvider } from '../../../../../renderer/platform/PlatformProvider';
import { fakePlatform } from '../../render-page';

export const KPI: DashboardKpi = {
  cells: 1234,
  covered: 617,
  uncovered: 617,
  crowded: 3,
  coveredShare: 0.5,
  registrations: 45,
  officialsRegistered: 20,
  officialsTotal: 30,
  officialsWithout: 10,
  meetingsPlanned: 0,
  meetingsHeld: 0,
  recommendationsTotal: 12,
  recommendationsOpen: 5,
  recommendationsOverdue: 2,
};

export function aggregateFor(today: string, kpi: DashboardKpi = KPI): DashboardAggregate {
  const year = Number(today.slice(0, 4));
  return {
    query: { period: { kind: 'year', year }, orgId: null, today },
    kpi,
    byType: [{ type: 'xa', cells: kpi.cells, covered: kpi.covered, uncovered: kpi.uncovered, crowded: kpi.crowded, coveredNotCrowded: kpi.covered - kpi.crowded }],
    byOrg: [
      {
        orgId: 'o1',
        orgName: 'Đảng bộ xã Hợp Thành',
        orgType: 'xa',
        cells: kpi.cells,
        covered: kpi.covered,
        uncovered: kpi.uncovered,
        crowded: kpi.crowded,
        coveredNotCrowded: kpi.covered - kpi.crowded,
        coveredShare: kpi.coveredShare,
      },
    ],
    distribution: [
      { bucket: '0', cells: kpi.uncovered },
      { bucket: '1', cells: kpi.covered - kpi.crowded },
      { bucket: '2', cells: 0 },
      { bucket: '3+', cells: kpi.crowded },
    ],
    meetingsByQuarter: ([1, 2, 3, 4] as const).map((quarter) => ({ year, quarter, planned: 0, held: 0, notAttended: 0, pending: 0 })),
    recommendationsByStatus: RECOMMENDATION_STATUSES.map((status) => ({ status, count: status === 'new' ? kpi.recommendationsOpen : 0 })),
    cells: [],
  };
}

/** The print view as the app shows it: Vietnamese strings and a platform (the charts may save PNGs on screen). */
export function renderPrint(ui: ReactElement) {
  return render(
    <I18nextProvider i18n={createI18n('vi')}>
      <PlatformProvider platform={fakePlatform()}>{ui}</PlatformProvider>
    </I18nextProvider>,
  );
}
