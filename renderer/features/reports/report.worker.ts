/**
 * Builds report workbooks off the UI thread: exceljs is large and writing a district's
 * workbook takes long enough to freeze the page. Vite bundles this file, and exceljs with
 * it, as a separate chunk that only the worker loads.
 */
import * as Comlink from 'comlink';
import type { ReportDocument } from '../../../shared/report/layout';
import { buildExportXlsx, buildReportDocuments, type ExportRequest, type ReportRequest } from './report-request';

const api = {
  async buildReportXlsx(request: ExportRequest): Promise<Uint8Array> {
    const bytes = await buildExportXlsx(request);
    // Hand the buffer over instead of copying it back.
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },
  /** The same documents as data, for the print view: a district's tables are large to lay out on the UI thread too. */
  buildReportDocs(request: ReportRequest): ReportDocument[] {
    return buildReportDocuments(request);
  },
};

export type ReportWorkerApi = typeof api;

Comlink.expose(api);
