import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain/types';
import { formatCount } from '../../components/format';
import { SettingsGate } from '../../components/SettingsGate';
import { scopeHeading } from './period-text';
import { CellPlanGrid, OfficialPlanGrid, OrgCoverageGrid, TypeCoverageGrid } from './PlanGrids';
import { ScopeSelect } from './ScopeSelect';
import { useOpenRecord, type RecordLink } from './useOpenRecord';
import { useSynthesis, type LiveSynthesis } from './useSynthesis';
import { useSynthesisScope } from './useSynthesisScope';
import { ViolationsPanel } from './ViolationsPanel';

export type SynthesisPageProps = Record<string, never>;

const TABS = ['cells', 'officials', 'orgs', 'types'] as const;
type TabId = (typeof TABS)[number];

/** Pixels above the grid: app bar, page padding, heading, note, summary and tabs. */
const GRID_OFFSET = 330;

/**
 * "Tổng hợp": the consolidated plan for a year, a quarter or the term, from four sides, and
 * where it breaks the rules in settings.
 */
export function SynthesisPage(_props: SynthesisPageProps) {
  return <SettingsGate>{(settings) => <SynthesisView settings={settings} />}</SettingsGate>;
}

function SynthesisView({ settings }: { settings: Settings }) {
  const { t } = useTranslation('synthesis');
  const scopeState = useSynthesisScope(settings);
  const synthesis = useSynthesis(settings, scopeState.scope);
  const open = useOpenRecord(settings);
  // A failed year switch is not worth a dialog here: the link opened anyway (see useOpenRecord).
  const onOpen = (link: RecordLink) => void open(link).catch(() => undefined);
  const [tab, setTab] = useState<TabId>('cells');

  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {t('title')} — {scopeHeading(t, scopeState.scope)}
        </Typography>
        <ScopeSelect settings={settings} state={scopeState} />
      </Stack>
      <Typography variant="body2" color="text.secondary" data-testid="scope-note">
        {t(`note.${scopeState.kind}`)}
      </Typography>
      {synthesis ? (
        <>
          <Summary synthesis={synthesis} />
          {/* The panel comes first, full width, on a 1366-px office screen; beside the tables on wider ones. */}
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', xl: 'minmax(0, 1fr) 420px' }, gap: 2, alignItems: 'start' }}>
            <Box sx={{ order: { xs: 1, xl: 2 }, maxHeight: { xl: 'calc(100vh - 200px)' }, overflowY: { xl: 'auto' } }}>
              <ViolationsPanel
                synthesis={synthesis}
                rules={settings.rules}
                term={{ startYear: settings.termStartYear, endYear: settings.termEndYear }}
                onOpen={onOpen}
              />
            </Box>
            <Box sx={{ order: { xs: 2, xl: 1 }, minWidth: 0 }}>
              <Tabs value={tab} onChange={(_event, value: TabId) => setTab(value)} aria-label={t('tabs.label')} variant="scrollable">
                {TABS.map((id) => (
                  <Tab key={id} value={id} label={t(`tabs.${id}`)} id={`synthesis-tab-${id}`} aria-controls="synthesis-panel" />
                ))}
              </Tabs>
              <Box role="tabpanel" id="synthesis-panel" aria-labelledby={`synthesis-tab-${tab}`} sx={{ pt: 1 }}>
                <TabGrid tab={tab} synthesis={synthesis} onOpen={onOpen} />
              </Box>
            </Box>
          </Box>
        </>
      ) : (
        <LinearProgress aria-label={t('common:loading')} />
      )}
    </Stack>
  );
}

function Summary({ synthesis }: { synthesis: LiveSynthesis }) {
  const { t } = useTranslation('synthesis');
  const { totals } = synthesis;
  return (
    <Typography variant="body1" data-testid="synthesis-summary">
      {t('summary', {
        covered: formatCount(totals.coveredCells),
        cells: formatCount(totals.cells),
        people: formatCount(totals.officials),
        registrations: formatCount(totals.registrations),
      })}
    </Typography>
  );
}

type TabGridProps = { tab: TabId; synthesis: LiveSynthesis; onOpen: (link: RecordLink) => void };

function TabGrid({ tab, synthesis, onOpen }: TabGridProps) {
  switch (tab) {
    case 'cells':
      return <CellPlanGrid synthesis={synthesis} onOpen={onOpen} offsetTop={GRID_OFFSET} />;
    case 'officials':
      return <OfficialPlanGrid synthesis={synthesis} onOpen={onOpen} offsetTop={GRID_OFFSET} />;
    case 'orgs':
      return <OrgCoverageGrid synthesis={synthesis} offsetTop={GRID_OFFSET} />;
    case 'types':
      return <TypeCoverageGrid synthesis={synthesis} offsetTop={GRID_OFFSET} />;
  }
}

export default SynthesisPage;
