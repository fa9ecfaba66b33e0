import PrintIcon from '@mui/icons-material/Print';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import { QUARTERS, type GrassrootsOrg, type Quarter, type Settings } from '../../../shared/domain/types';
import { quarterOf, todayIso } from '../../../shared/meetings/iso-date';
import { sortVi } from '../../../shared/text/collation';
import { PageYearSelect } from '../../components/PageYearSelect';
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

type Kind = DashboardPeriod['kind'];
const KINDS: Kind[] = ['year', 'quarter', 'term'];

/** The period a kind starts at: the year shown, its current quarter, or the term in settings. */
function periodOfKind(kind: Kind, from: DashboardPeriod, settings: Settings): DashboardPeriod {
  const year = from.kind === 'term' ? settings.currentYear : from.year;
  if (kind === 'term') return { kind, startYear: settings.termStartYear, endYear: settings.termEndYear };
  if (kind === 'year') return { kind, year };
  const today = todayIso();
  return { kind, year, quarter: from.kind === 'quarter' ? from.quarter : Number(today.slice(0, 4)) === year ? quarterOf(today) : 1 };
}

/** Period (năm / quý / nhiệm kỳ), scope (the committee or one organization), view, print. */
export function DashboardToolbar(props: DashboardToolbarProps) {
  const { settings, period, onPeriodChange, orgs, orgId, onOrgChange, view, onViewChange, onPrint } = props;
  const { t } = useTranslation('dashboard');
  const sortedOrgs = useMemo(() => sortVi([...orgs], (o) => o.name), [orgs]);
  const org = useMemo(() => orgs.find((o) => o.id === orgId) ?? null, [orgs, orgId]);

  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={period.kind}
        onChange={(_event, kind: Kind | null) => kind && kind !== period.kind && onPeriodChange(periodOfKind(kind, period, settings))}
        aria-label={t('toolbar.period')}
      >
        {KINDS.map((kind) => (
          <ToggleButton key={kind} value={kind} data-testid={`dashboard-scope-${kind}`}>
            {t(`toolbar.kind.${kind}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {period.kind !== 'term' && (
        <PageYearSelect
          label={t('year')}
          settings={settings}
          year={period.year}
          onChange={(year) => onPeriodChange({ ...period, year })}
          data-testid="dashboard-year"
        />
      )}
      {period.kind === 'quarter' && (
        <TextField
          select
          size="small"
          label={t('toolbar.quarter')}
          value={period.quarter}
          onChange={(event) => onPeriodChange({ ...period, quarter: Number(event.target.value) as Quarter })}
          slotProps={{ htmlInput: { 'data-testid': 'dashboard-quarter' } }}
          sx={{ minWidth: 110 }}
        >
          {QUARTERS.map((q) => (
            <MenuItem key={q} value={q}>
              {t(`toolbar.quarterName.${q}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
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
