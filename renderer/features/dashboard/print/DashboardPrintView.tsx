/**
 * "In" on the dashboard: the figures of the chosen period and scope as a working report in
 * the Party document format (Instruction 36-HD/VPTW): header, KPI table, the five charts,
 * signature and "Nơi nhận". On screen it is the print preview; on paper (print-styles) it is
 * all that prints. The lead prints once `onReady` has fired: the charts have committed.
 */
import Box from '@mui/material/Box';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardAggregate } from '../../../../shared/dashboard/types';
import type { DateParts } from '../../../../shared/domain/labels-vi';
import { crowdingThreshold } from '../../../../shared/domain/rules';
import type { Settings } from '../../../../shared/domain/types';
import { formatIsoVi, monthOf, yearOf } from '../../../../shared/meetings/iso-date';
import { buildPartyHeader, buildSignature, recipientLines } from '../../../../shared/report/party-header';
import { DashboardCharts } from '../charts/DashboardCharts';
import { PartyHeaderBlock } from './PartyHeaderBlock';
import { PrintKpiTable } from './PrintKpiTable';
import { PrintSignature } from './PrintSignature';
import { PrintStyles } from './print-styles';

export interface DashboardPrintViewProps {
  aggregate: DashboardAggregate;
  settings: Settings;
  /** "Năm 2025", "Quý III năm 2025", "Nhiệm kỳ 2025 – 2030" (periodLabelVi). */
  periodLabel: string;
  /** The whole committee or the one grassroots organization the figures cover. */
  scopeLabel: string;
  /** After the charts have committed for this aggregate: the page is ready to print. */
  onReady?(): void;
}

/** The report is dated the day its figures were counted at ("overdue" is measured then too). */
function datePartsOfIso(iso: string): DateParts {
  return { year: yearOf(iso), month: monthOf(iso), day: Number(iso.slice(8, 10)) };
}

/** Paper has nothing to click. */
const noDrill = () => undefined;

export function DashboardPrintView({ aggregate, settings, periodLabel, scopeLabel, onReady }: DashboardPrintViewProps) {
  const { t } = useTranslation('dashboard');
  const today = aggregate.query.today;
  const header = useMemo(
    () =>
      buildPartyHeader(settings, {
        docCode: 'BC',
        documentType: t('print.documentType'),
        summary: [t('print.summary', { period: periodLabel }), t('print.scope', { scope: scopeLabel })],
        date: datePartsOfIso(today),
      }),
    [settings, t, periodLabel, scopeLabel, today],
  );

  return (
    <Box data-print-root="" data-testid="dashboard-print" role="region" aria-label={t('print.previewLabel')}>
      <PrintStyles />
      <Box data-print-sheet="">
        <PartyHeaderBlock header={header} testId="print-header" />
        <SectionTitle>{t('print.sections.kpi')}</SectionTitle>
        <PrintKpiTable kpi={aggregate.kpi} crowdingThreshold={crowdingThreshold(settings.rules)} />
        <Box component="p" data-testid="print-note" sx={{ fontStyle: 'italic', fontSize: '12pt', my: '6pt' }}>
          {t('print.note', { date: formatIsoVi(today) })}
        </Box>
        <SectionTitle>{t('print.sections.charts')}</SectionTitle>
        <DashboardCharts aggregate={aggregate} onDrill={noDrill} mode="print" onRendered={onReady} />
        <PrintSignature signature={buildSignature(settings)} recipients={recipientLines(settings)} />
      </Box>
    </Box>
  );
}

function SectionTitle({ children }: { children: string }) {
  // Kept with what follows it: a heading alone at the foot of a page says nothing.
  return (
    <Box component="h2" sx={{ fontSize: '13pt', fontWeight: 700, m: 0, mt: '12pt', mb: '6pt', breakAfter: 'avoid', pageBreakAfter: 'avoid' }}>
      {children}
    </Box>
  );
}
