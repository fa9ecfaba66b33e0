/**
 * The full-page preview "In" opens: a bar that never prints, then the sheets. It asks the
 * platform to print once the sheets are on the page; "In" on the bar prints again.
 */
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDocument } from '../../../../shared/report/layout';
import { usePlatform } from '../../../platform/usePlatform';
import { ReportPrintView } from './ReportPrintView';

export interface ReportPrintPreviewProps {
  documents: readonly ReportDocument[];
  onBack(): void;
}

export function ReportPrintPreview({ documents, onBack }: ReportPrintPreviewProps) {
  const { t } = useTranslation('reports');
  const platform = usePlatform();

  useEffect(() => {
    // One frame after the commit, so what prints is what was drawn. Cancelled on unmount,
    // so React's development double mount prints once.
    const frame = requestAnimationFrame(() => void platform.print());
    return () => cancelAnimationFrame(frame);
  }, [platform, documents]);

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} data-no-print>
        <Button startIcon={<ArrowBackIcon />} onClick={onBack} data-testid="report-print-back">
          {t('print.back')}
        </Button>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => void platform.print()} data-testid="report-print-now">
          {t('print.now')}
        </Button>
      </Stack>
      <ReportPrintView documents={documents} />
    </Stack>
  );
}
