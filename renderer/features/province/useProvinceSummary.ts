import { useCallback } from 'react';
import { periodToParam } from '../../../shared/dashboard/location';
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import type { ReportDocument } from '../../../shared/report/layout';
import type { ProvinceSummaryInput } from '../../../shared/report/province-summary-report';
import { useWorkerJob } from '../../components/useWorkerJob';
import { usePlatform } from '../../platform/usePlatform';
import type { StartProvinceJob } from './province-job';

export type SummaryDone = { status: 'saved'; location: string } | { status: 'notSaved' };

const XLSX_FILTERS = [{ name: 'Excel', extensions: ['xlsx'] }];

/** ASCII, like the district's reports: the file travels between machines with other code pages. */
export function provinceSummaryFileName(period: DashboardPeriod): string {
  return `Tong-hop-toan-tinh-${periodToParam(period)}.xlsx`;
}

/** "Xuất biểu tổng hợp toàn tỉnh" and "In": the same documents, built in a worker. */
export function useProvinceSummary(startJob: StartProvinceJob, onPrint: (documents: ReportDocument[]) => void) {
  const platform = usePlatform();
  const exporting = useWorkerJob<SummaryDone>();
  const printing = useWorkerJob<{ status: 'shown' }>();
  const { run: runExport } = exporting;
  const { run: runPrint } = printing;

  const exportXlsx = useCallback(
    (input: ProvinceSummaryInput) =>
      runExport(async ({ track }) => {
        const bytes = await track(() => startJob((work) => work.summaryXlsx(input)));
        const saved = await platform.saveFile(provinceSummaryFileName(input.overview.period), bytes, XLSX_FILTERS);
        return saved.saved ? { status: 'saved', location: saved.location } : { status: 'notSaved' };
      }),
    [runExport, startJob, platform],
  );

  const print = useCallback(
    (input: ProvinceSummaryInput) =>
      runPrint(async ({ track }) => {
        onPrint(await track(() => startJob((work) => work.summaryDocs(input))));
        return { status: 'shown' };
      }),
    [runPrint, startJob, onPrint],
  );

  return { exportState: exporting.state, exportXlsx, cancelExport: exporting.cancel, printState: printing.state, print };
}
