/**
 * A report's table on paper: the column titles in a <thead> that repeats on every printed
 * page, group rows across the whole width, the total row in bold, as the workbook lays them out.
 */
import Box from '@mui/material/Box';
import type { ReportColumn, ReportDocument, ReportRow, ReportValue, TotalRow } from '../../../../shared/report/layout';
import { formatCount } from '../../../components/format';

export interface ReportPrintTableProps {
  document: ReportDocument;
  testId?: string;
}

const border = '1px solid #000';
const th = { border, p: '3pt 4pt', fontWeight: 700, textAlign: 'center', verticalAlign: 'middle' } as const;
const td = { border, p: '2pt 4pt', verticalAlign: 'top' } as const;

/** Counts with vi-VN grouping (1.234), as the workbook's '#,##0' shows them in Vietnam. */
function cellText(value: ReportValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? formatCount(value) : value;
}

/** Excel widths (characters) as shares of the sheet, so the columns keep their proportions. */
function columnShares(columns: readonly ReportColumn[]): string[] {
  const total = columns.reduce((sum, c) => sum + c.width, 0) || 1;
  return columns.map((c) => `${((c.width / total) * 100).toFixed(2)}%`);
}

export function ReportPrintTable({ document, testId }: ReportPrintTableProps) {
  const { columns, rows, totalRow } = document;
  return (
    <Box
      component="table"
      data-testid={testId}
      // A collapsed border sits half outside the table: a full-width table would lose its right border to the page margin.
      sx={{ width: 'calc(100% - 2px)', borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: '12pt', '& tr': { breakInside: 'avoid', pageBreakInside: 'avoid' } }}
    >
      <colgroup>
        {columnShares(columns).map((width, i) => (
          <col key={columns[i]?.key ?? i} style={{ width }} />
        ))}
      </colgroup>
      {/* Repeated at the top of every page the table runs onto. */}
      <Box component="thead" sx={{ display: 'table-header-group' }}>
        <tr>
          {columns.map((column) => (
            <Box component="th" key={column.key} scope="col" sx={th}>
              {column.title}
            </Box>
          ))}
        </tr>
      </Box>
      <tbody>
        {rows.map((row, i) => (
          <BodyRow key={i} row={row} columns={columns} />
        ))}
        {totalRow && <TotalLine totalRow={totalRow} columns={columns} />}
      </tbody>
    </Box>
  );
}

function BodyRow({ row, columns }: { row: ReportRow; columns: readonly ReportColumn[] }) {
  if (row.kind === 'group') {
    return (
      <tr data-testid="report-print-group-row">
        <Box component="td" colSpan={columns.length} sx={{ ...td, fontWeight: 700, textAlign: 'left' }}>
          {row.label}
        </Box>
      </tr>
    );
  }
  return (
    <tr data-testid="report-print-row">
      {columns.map((column) => (
        <Box component="td" key={column.key} sx={{ ...td, textAlign: column.align }}>
          {cellText(row.values[column.key])}
        </Box>
      ))}
    </tr>
  );
}

/** The label spans the columns before the first one given a value (layout.ts TotalRow). */
function TotalLine({ totalRow, columns }: { totalRow: TotalRow; columns: readonly ReportColumn[] }) {
  const first = columns.findIndex((c) => c.key in totalRow.values);
  const span = first <= 0 ? (first === 0 ? 1 : columns.length) : first;
  const rest = first < 0 ? [] : columns.slice(span);
  return (
    <Box component="tr" data-testid="report-print-total-row" sx={{ fontWeight: 700 }}>
      <Box component="td" colSpan={span} sx={{ ...td, textAlign: 'center' }}>
        {totalRow.label}
      </Box>
      {rest.map((column) => (
        <Box component="td" key={column.key} sx={{ ...td, textAlign: column.align }}>
          {cellText(totalRow.values[column.key])}
        </Box>
      ))}
    </Box>
  );
}
