import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import type { DashboardPeriod } from '../../shared/dashboard/types';
import { QUARTERS, type Quarter, type Settings } from '../../shared/domain/types';
import { quarterOf, todayIso } from '../../shared/meetings/iso-date';
import { PageYearSelect } from './PageYearSelect';

export interface PeriodSelectProps {
  settings: Settings;
  period: DashboardPeriod;
  onChange(period: DashboardPeriod): void;
  /** The year select's label, e.g. "Năm thống kê", "Năm báo cáo". */
  yearLabel: string;
  /** testids `<prefix>-scope-year|quarter|term`, `<prefix>-year`, `<prefix>-quarter`. */
  testIdPrefix: string;
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

/** "Năm / Quý / Cả nhiệm kỳ", then the year and the quarter where they apply. */
export function PeriodSelect({ settings, period, onChange, yearLabel, testIdPrefix }: PeriodSelectProps) {
  const { t } = useTranslation('common');
  return (
    <>
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={period.kind}
        onChange={(_event, kind: Kind | null) => kind && kind !== period.kind && onChange(periodOfKind(kind, period, settings))}
        aria-label={t('period.label')}
      >
        {KINDS.map((kind) => (
          <ToggleButton key={kind} value={kind} data-testid={`${testIdPrefix}-scope-${kind}`}>
            {t(`period.kind.${kind}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {period.kind !== 'term' && (
        <PageYearSelect
          label={yearLabel}
          settings={settings}
          year={period.year}
          onChange={(year) => onChange({ ...period, year })}
          data-testid={`${testIdPrefix}-year`}
        />
      )}
      {period.kind === 'quarter' && (
        <TextField
          select
          size="small"
          label={t('period.quarter')}
          value={period.quarter}
          onChange={(event) => onChange({ ...period, quarter: Number(event.target.value) as Quarter })}
          slotProps={{ htmlInput: { 'data-testid': `${testIdPrefix}-quarter` } }}
          sx={{ minWidth: 110 }}
        >
          {QUARTERS.map((q) => (
            <MenuItem key={q} value={q}>
              {t(`period.quarterName.${q}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
    </>
  );
}
