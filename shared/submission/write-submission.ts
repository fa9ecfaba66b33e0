/**
 * "Gửi tỉnh": one workbook a person can read and the province's app can import. The
 * coverage summary (two sheets) and the registration plan, as on the Reports page, then a
 * last, visible sheet with the payload (data-sheet.ts) and the SHA-256 of its JSON.
 */
import type ExcelJS from 'exceljs';
import type { DashboardPeriod } from '../dashboard/types';
import type { DistrictData } from '../domain/types';
import { monthOf, yearOf } from '../meetings/iso-date';
import { buildReportDocuments } from '../report/report-kinds';
import { workbookBytes } from '../xlsx/workbook-bytes';
import { buildReportWorkbook } from '../xlsx/write-report';
import { canonicalJson, sha256Hex } from './checksum';
import { CHUNK_MAX, DATA_KEYS, DATA_SHEET_NAME, DATA_SHEET_NOTE, JSON_FIRST_ROW, JSON_HEADING, JSON_HEADING_ROW, KEY_ROW_FIRST, chunkText, periodCellText, type DataKey } from './data-sheet';
import { SUBMISSION_SCHEMA_VERSION, type Submission } from './submission-schema';

/** The payload of a district's data for a period; `date` is the report's day, "yyyy-mm-dd". */
export function submissionOf(data: DistrictData, period: DashboardPeriod, date: string, generatedAt: Date): Submission {
  const s = data.settings;
  return {
    schemaVersion: SUBMISSION_SCHEMA_VERSION,
    committee: { name: s.committeeName, kind: s.committeeKind, superiorBody: s.superiorBody, documentSymbol: s.documentSymbol },
    period,
    reportDate: date,
    generatedAt: generatedAt.toISOString(),
    term: { startYear: s.termStartYear, endYear: s.termEndYear },
    rules: s.rules,
    data: {
      orgs: data.orgs,
      cells: data.cells,
      officials: data.officials,
      registrations: data.registrations,
      meetings: data.meetings ?? [],
      recommendations: data.recommendations ?? [],
    },
  };
}

function addDataSheet(wb: ExcelJS.Workbook, payload: Submission, json: string, sha256: string): void {
  const ws = wb.addWorksheet(DATA_SHEET_NAME);
  ws.columns = [{ width: 28 }, { width: 70 }];
  ws.getCell('A1').value = DATA_SHEET_NOTE;
  ws.getCell('A1').font = { bold: true, italic: true };
  const chunks = chunkText(json, CHUNK_MAX);
  const values: Record<DataKey, string | number> = {
    schemaVersion: payload.schemaVersion,
    committee: payload.committee.name,
    period: periodCellText(payload.period),
    generatedAt: payload.generatedAt,
    sha256,
    chunks: chunks.length,
  };
  (Object.keys(DATA_KEYS) as DataKey[]).forEach((key, i) => {
    const row = ws.getRow(KEY_ROW_FIRST + i);
    row.getCell(1).value = DATA_KEYS[key];
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = values[key];
  });
  ws.getCell(JSON_HEADING_ROW, 1).value = JSON_HEADING;
  ws.getCell(JSON_HEADING_ROW, 1).font = { bold: true };
  chunks.forEach((chunk, i) => (ws.getCell(JSON_FIRST_ROW + i, 1).value = chunk));
  // Printing the report prints the report sheets; here only the note would go on paper.
  ws.pageSetup = { ...ws.pageSetup, printArea: 'A1:B1' };
}

/** The workbook's bytes; `date` is the report's day ("yyyy-mm-dd"), in its header and the payload. */
export async function buildSubmissionWorkbook(data: DistrictData, period: DashboardPeriod, date: string, generatedAt: Date): Promise<Uint8Array> {
  const parts = { day: Number(date.slice(8, 10)), month: monthOf(date), year: yearOf(date) };
  const input = { ...data, period, date: parts };
  const docs = [...buildReportDocuments({ report: 'coverageSummary', input }), ...buildReportDocuments({ report: 'plan', input })];
  const payload = submissionOf(data, period, date, generatedAt);
  const json = canonicalJson(payload);
  const wb = buildReportWorkbook(docs);
  addDataSheet(wb, payload, json, await sha256Hex(json));
  return workbookBytes(wb);
}
