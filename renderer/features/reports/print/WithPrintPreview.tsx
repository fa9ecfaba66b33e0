import Box from '@mui/material/Box';
import { useState, type ReactNode } from 'react';
import type { ReportDocument } from '../../../../shared/report/layout';
import { ReportPrintPreview } from './ReportPrintPreview';

export interface WithPrintPreviewProps {
  /** The page, given the call that opens the preview on some documents. */
  children(print: (documents: ReportDocument[]) => void): ReactNode;
}

/**
 * The print preview over a page that prints Party documents. The page stays mounted (only
 * hidden) under the preview, so what the clerk chose on it (a period, a result) is still there
 * after "Quay lại".
 */
export function WithPrintPreview({ children }: WithPrintPreviewProps) {
  const [printing, setPrinting] = useState<ReportDocument[] | null>(null);
  return (
    <>
      {printing && <ReportPrintPreview documents={printing} onBack={() => setPrinting(null)} />}
      <Box sx={printing ? { display: 'none' } : undefined}>{children(setPrinting)}</Box>
    </>
  );
}
