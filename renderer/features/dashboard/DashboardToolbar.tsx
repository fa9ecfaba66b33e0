import PrintIcon from '@mui/icons-material/Print';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import type { GrassrootsOrg, Settings } from '../../../shared/domain/types';
import { sortVi } from '../../../shared/text/collation';
import { PeriodSelect } from '../../components/PeriodSelect';
import { SearchPicker } from '../registrations/SearchPicker';

export interface DashboardToolbarProps {
  settings: Settings;
  period: DashboardPeriod;
  onPeriodChange(period: DashboardPeriod): void;
  orgs: readonly GrassrootsOrg[];
  orgId: string | null;
  onOrgChange(orgId: string | null): void;
  view: 'charts' | 'matrix';
  onViewChange(view: 'charts' | 'matrix'): void;
  onPrint(): void;
}

/** Period (năm / quý / nhiệm kỳ), scope (the committee or one organization), view, print. */
export function DashboardToolbar(props: DashboardToolbarProps) {
  const { settings, period, onPeriodChange, orgs, orgId, onOrgChange, view, onViewChange, onPrint } = props;
  const { t } = useTranslation('dashboard');
  const sortedOrgs = useMemo(() => sortVi([...orgs], (o) => o.name), [orgs]);
  const org = useMemo(() => orgs.find((o) => o.id === orgId) ?? null, [orgs, orgId]);

  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
      <PeriodSelect settings={settings} period={period} onChange={onPeriodChange} yearLabel={t('year')} testIdPrefix="dashboard" />
      <Stack sx={{ minWidth: 280, flexGrow: 1, maxWidth: 420 }}>
        <SearchPicker
          size="small"
          label={t('toolbar.scope')}
          options={sortedOrgs}
          value={org}
          onChange={(next) => onOrgChange(next?.id ?? null)}
          getLabel={(o) => o.name}
          getSearchTexts={(o) => [o.name]}
          noOptionsText={t('toolbar.noOrg')}
          data-testid="dashboard-org"
        />
      </Stack>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={view}
        onChange={(_event, next: 'charts' | 'matrix' | null) => next && onViewChange(next)}
        aria-label={t('toolbar.view')}
      >
        <ToggleButton value="charts" data-testid="dashboard-view-charts">
          {t('toolbar.charts')}
        </ToggleButton>
        <ToggleButton value="matrix" data-testid="dashboard-view-matrix">
          {t('toolbar.matrix')}
        </ToggleButton>
      </ToggleButtonGroup>
      <Button variant="outlined" startIcon={<PrintIcon />} onClick={onPrint} data-testid="dashboard-print-button">
        {t('toolbar.print')}
      </Button>
    </Stack>
  );
}
