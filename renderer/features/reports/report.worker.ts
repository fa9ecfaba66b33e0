/**
 * Builds report workbooks off the UI thread: exceljs is large and writing a district's
 * workbook takes long enough to freeze the page. Vite bundles this file, and exceljs with
 * it, as a separate chunk that only the worker loads.
 */
import * as Comlink from 'comlink';
import { buildUncoveredCellsReport } from '../../../shared/report/uncovered-cells-report';
import { writeReportXlsx } from '../../../shared/xlsx/write-report';

/** Plain data only: it crosses to the worker by structured clone. */
export type UncoveredReportRequest = Parameters<typeof buildUncoveredCellsReport>[0];

const api = {
  async buildUncoveredCellsXlsx(request: UncoveredReportRequest): Promise<Uint8Array> {
    const bytes = await writeReportXlsx(buildUncoveredCellsReport(request));
    // Hand the buffer over instead of copying it back.
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },
};

export type ReportWorkerApi = typeof api;

Comlink.expose(api);
