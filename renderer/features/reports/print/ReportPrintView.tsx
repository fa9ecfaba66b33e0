/**
 * A period report on paper: each of its documents one A4 sheet, portrait or landscape as the
 * workbook's sheet, in the Party document format (Instruction 36-HD/VPTW): header, table,
 * notes, "Nơi nhận" and signature. On screen it is the preview; on paper it is all that prints.
 */
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { ReportDocument } from '../../../../shared/report/layout';
import { PartyHeaderBlock } from '../../dashboard/print/PartyHeaderBlock';
import { PrintSignature } from '../../dashboard/print/PrintSignature';
import { PrintStyles } from '../../dashboard/print/print-styles';
import { ReportPrintStyles } from './report-print-styles';
import { ReportPrintTable } from './ReportPrintTable';

export interface ReportPrintViewProps {
  documents: readonly ReportDocument[];
}

export function ReportPrintView({ documents }: ReportPrintViewProps) {
  const { t } = useTranslation('reports');
  return (
    <Box data-print-root="" data-testid="report-print" role="region" aria-label={t('print.previewLabel')}>
      <PrintStyles />
      <ReportPrintStyles />
      {documents.map((document, i) => (
        <Box key={i} data-print-sheet="" data-orientation={document.orientation} data-testid={`report-print-sheet-${i}`}>
          <PartyHeaderBlock header={document.header} testId="print-header" />
          <ReportPrintTable document={document} testId={`report-print-table-${i}`} />
          {document.notes?.map((note, n) => (
            <Box key={n} component="p" data-testid="report-print-note" sx={{ fontStyle: 'italic', fontSize: '12pt', my: '4pt' }}>
              {note}
            </Box>
          ))}
          <PrintSignature signature={document.signature} recipients={document.recipients} />
        </Box>
      ))}
    </Box>
  );
}
