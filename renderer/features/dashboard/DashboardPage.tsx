import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabelVi } from '../../../shared/dashboard/period';
import type { DashboardCell, DashboardQuery, DrillFilter } from '../../../shared/dashboard/types';
import { crowdingThreshold } from '../../../shared/domain/rules';
import type { GrassrootsOrg, Settings } from '../../../shared/domain/types';
import { todayIso } from '../../../shared/meetings/iso-date';
import { SettingsGate } from '../../components/SettingsGate';
import { useErrorText } from '../../components/useErrorText';
import { usePlatform } from '../../platform/usePlatform';
import { DashboardCharts } from './charts/DashboardCharts';
import { DashboardKpis } from './charts/DashboardKpis';
import { createDashboardAggregator, type DashboardAggregator } from './data/dashboard-aggregator';
import { useDashboardAggregate } from './data/useDashboardAggregate';
import { useDashboardInput } from './data/useDashboardInput';
import { useDrillRows } from './data/useDrillRows';
import { DashboardToolbar } from './DashboardToolbar';
import { DrillDownView } from './drill/DrillDownView';
import { CellCard } from './matrix/CellCard';
import { CoverageMatrix } from './matrix/CoverageMatrix';
import { MeetingsPanel } from './MeetingsPanel';
import { DashboardPrintView } from './print/DashboardPrintView';
import { useDashboardLocation } from './useDashboardLocation';

export type DashboardPageProps = Record<string, never>;

// Their props change only when new counts arrive.
const MemoKpis = memo(DashboardKpis);
const MemoCharts = memo(DashboardCharts);

/** Marks the charts drawn for a new period, for `npm run bench` (dashboard.period_change_ms). */
export const CHARTS_RENDERED_MARK = 'dashboard:charts-rendered';

/**
 * "Tổng quan": where coverage stands for a period and a scope, in cards and charts a leader
 * reads in seconds; every number opens the records behind it, and the page prints on A4.
 */
export function DashboardPage(_props: DashboardPageProps) {
  return <SettingsGate>{(settings) => <DashboardView settings={settings} />}</SettingsGate>;
}

/**
 * One aggregator for as long as the page is open; leaving the page stops its worker (it
 * starts a new one if the page comes back to life, as React's development mode does).
 */
function useAggregator(): DashboardAggregator {
  const [aggregator] = useState(createDashboardAggregator);
  useEffect(() => () => aggregator.dispose(), [aggregator]);
  return aggregator;
}

function DashboardView({ settings }: { settings: Settings }) {
  const aggregator = useAggregator();
  const input = useDashboardInput(settings);
  return <DashboardBody settings={settings} aggregator={aggregator} input={input} />;
}

function DashboardBody({
  settings,
  aggregator,
  input,
}: {
  settings: Settings;
  aggregator: DashboardAggregator;
  input: ReturnType<typeof useDashboardInput>;
}) {
  const { t } = useTranslation('dashboard');
  const errorText = useErrorText();
  const platform = usePlatform();
  const { location, go, setPeriod } = useDashboardLocation(settings);
  const today = todayIso();
  const query = useMemo<DashboardQuery>(
    () => ({ period: location.period, orgId: location.orgId, today }),
    // useDashboardLocation keeps the period's identity while the hash says the same.
    [location.period, location.orgId, today],
  );
  const { aggregate, pending, error, cellsIncluded, dataVersion } = useDashboardAggregate(aggregator, input, query, location.view === 'matrix');
  const drill = useDrillRows(aggregator, dataVersion, query, location.view === 'drill' ? location.drill : null);
  const [openCell, setOpenCell] = useState<DashboardCell | null>(null);
  // "In" on the toolbar prints once the print view has drawn its charts; a reload of the print view only previews.
  const printRequested = useRef(false);

  const periodLabel = periodLabelVi(location.period);
  const org = input?.orgs.find((o) => o.id === location.orgId);
  const scopeLabel = org ? org.name : t('wholeCommittee', { committee: settings.committeeName });

  // Stable, so the memoized charts and cards skip the render a period change makes before its counts arrive.
  const goRef = useRef(go);
  useLayoutEffect(() => {
    goRef.current = go;
  });
  const onDrill = useCallback((filter: DrillFilter) => goRef.current({ view: 'drill', drill: filter }), []);
  const onChartsRendered = useCallback(() => {
    requestAnimationFrame(() => performance.mark(CHARTS_RENDERED_MARK));
  }, []);
  const onPrintReady = useCallback(() => {
    if (!printRequested.current) return;
    printRequested.current = false;
    // One frame more, so what prints is what was drawn.
    requestAnimationFrame(() => void platform.print());
  }, [platform]);

  if (location.view === 'print') {
    return (
      <Stack spacing={2}>
        <PrintBar onBack={() => go({ view: 'charts' })} onPrint={() => void platform.print()} />
        {aggregate && (
          <DashboardPrintView aggregate={aggregate} settings={settings} periodLabel={periodLabel} scopeLabel={scopeLabel} onReady={onPrintReady} />
        )}
      </Stack>
    );
  }

  return (
    <Stack spacing={3}>
      <Typography variant="h5" component="h1">
        {t('title')} — {t('heading', { period: periodLabel, scope: scopeLabel })}
      </Typography>
      <DashboardToolbar
        settings={settings}
        period={location.period}
        onPeriodChange={setPeriod}
        orgs={input?.orgs ?? []}
        orgId={location.orgId}
        onOrgChange={(orgId) => go({ orgId })}
        view={location.view === 'matrix' ? 'matrix' : 'charts'}
        onViewChange={(view) => go({ view })}
        onPrint={() => {
          printRequested.current = true;
          go({ view: 'print' });
        }}
      />
      <Box sx={{ minHeight: 4 }}>{pending && <LinearProgress aria-label={t('counting')} />}</Box>
      {error !== null && error !== undefined && <Alert severity="error">{t('failed', { message: errorText(error) })}</Alert>}
      {aggregate && location.view === 'drill' && location.drill && (
        <DrillDownView
          filter={location.drill}
          periodLabel={periodLabel}
          scopeLabel={org ? org.name : undefined}
          orgName={drillOrgName(location.drill, input?.orgs ?? [])}
          rows={drill.rows}
          onBack={() => go({ view: 'charts' })}
          onOpenCell={setOpenCell}
        />
      )}
      {aggregate && location.view === 'matrix' && cellsIncluded && <CoverageMatrix cells={aggregate.cells} onOpenCell={setOpenCell} />}
      {aggregate && location.view === 'charts' && (
        <>
          <MemoKpis aggregate={aggregate} onDrill={onDrill} crowdingThreshold={crowdingThreshold(settings.rules)} />
          <MemoCharts aggregate={aggregate} onDrill={onDrill} onRendered={onChartsRendered} />
          <MeetingsPanel year={location.period.kind === 'term' ? settings.currentYear : location.period.year} today={today} />
        </>
      )}
      <CellCard cell={openCell} onClose={() => setOpenCell(null)} />
    </Stack>
  );
}

/** The organization a cells drill-down is narrowed to, named even when it lists nothing. */
function drillOrgName(filter: DrillFilter, orgs: readonly GrassrootsOrg[]): string | undefined {
  if (filter.kind !== 'cells' || !filter.orgId) return undefined;
  return orgs.find((o) => o.id === filter.orgId)?.name;
}

/** Above the preview sheet; never printed. */
function PrintBar({ onBack, onPrint }: { onBack(): void; onPrint(): void }) {
  const { t } = useTranslation('dashboard');
  return (
    <Stack direction="row" spacing={2} data-no-print>
      <Button startIcon={<ArrowBackIcon />} onClick={onBack} data-testid="print-back">
        {t('toolbar.back')}
      </Button>
      <Button variant="contained" startIcon={<PrintIcon />} onClick={onPrint} data-testid="print-now">
        {t('toolbar.printNow')}
      </Button>
    </Stack>
  );
}

export default DashboardPage;
