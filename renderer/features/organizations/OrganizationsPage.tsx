import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageParams } from '../../app/useNavigation';
import { SettingsGate } from '../../components/SettingsGate';
import { listRegistrationsForYear } from '../../db/repositories/registrations';
import { useDb } from '../../db/useDb';
import { CellsPane } from './CellsPane';
import { OrgsPane } from './OrgsPane';

export type OrganizationsPageProps = Record<string, never>;

type TabId = 'orgs' | 'cells';

/** "Tổ chức cơ sở đảng & chi bộ": the organizations and the cells under them, one tab each. */
export function OrganizationsPage(_props: OrganizationsPageProps) {
  return <SettingsGate>{(settings) => <OrganizationsView year={settings.currentYear} />}</SettingsGate>;
}

function OrganizationsView({ year }: { year: number }) {
  const { t } = useTranslation('organizations');
  const db = useDb();
  // A link (from "Tổng hợp") may open the cells tab with a search: #/organizations?tab=cells&q=…
  const params = usePageParams();
  const [tab, setTab] = useState<TabId>(params.tab === 'cells' ? 'cells' : 'orgs');
  const orgs = useLiveQuery(() => db.orgs.toArray(), [db]);
  const cells = useLiveQuery(() => db.cells.toArray(), [db]);
  const registrations = useLiveQuery(() => listRegistrationsForYear(db, year), [db, year]);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, height: '100%', minHeight: 0 }}>
      <Typography variant="h5" component="h1">
        {t('title')}
      </Typography>
      <Tabs value={tab} onChange={(_e, value: TabId) => setTab(value)} aria-label={t('title')}>
        <Tab value="orgs" label={t('tabs.orgs', { count: orgs?.length ?? 0 })} id="org-tab-orgs" aria-controls="org-panel-orgs" />
        <Tab value="cells" label={t('tabs.cells', { count: cells?.length ?? 0 })} id="org-tab-cells" aria-controls="org-panel-cells" />
      </Tabs>
      <Box
        role="tabpanel"
        id={`org-panel-${tab}`}
        aria-labelledby={`org-tab-${tab}`}
        sx={{ display: 'flex', flex: 1 }}
      >
        {tab === 'orgs' ? (
          <OrgsPane orgs={orgs} cells={cells} />
        ) : (
          <CellsPane orgs={orgs} cells={cells} registrations={registrations} year={year} initialSearch={params.q} />
        )}
      </Box>
    </Box>
  );
}

export default OrganizationsPage;
