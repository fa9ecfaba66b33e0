import AddIcon from '@mui/icons-material/Add';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_STATUSES, MEETING_TYPES, type MeetingStatus, type MeetingType } from '../../../shared/domain/meetings';
import type { GrassrootsOrg, Official } from '../../../shared/domain/types';
import { addDays, formatIsoVi, weekStart } from '../../../shared/meetings/iso-date';
import { compareVi } from '../../../shared/text/collation';
import { matchesSearch } from '../../../shared/text/normalize';
import { hasFilters, MEETING_VIEWS, shiftDate, type MeetingView } from './meeting-view';
import type { MeetingViewControl } from './useMeetingViewState';

export interface MeetingToolbarProps {
  control: MeetingViewControl;
  today: string;
  officials: readonly Official[];
  orgs: readonly GrassrootsOrg[];
  onAdd: () => void;
  addDisabled: boolean;
}

/** View, time navigation, filters and "Thêm lịch sinh hoạt". */
export function MeetingToolbar({ control, today, officials, orgs, onAdd, addDisabled }: MeetingToolbarProps) {
  const { t } = useTranslation('meetings');
  const { state, update } = control;
  const sortedOfficials = useMemo(() => [...officials].sort((a, b) => compareVi(a.name, b.name)), [officials]);
  const sortedOrgs = useMemo(() => [...orgs].sort((a, b) => compareVi(a.name, b.name)), [orgs]);
  const calendar = state.view !== 'list';

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          value={state.view}
          onChange={(_event, view: MeetingView | null) => view && update({ view })}
          aria-label={t('views.label')}
        >
          {MEETING_VIEWS.map((view) => (
            <ToggleButton key={view} value={view} data-testid={`meeting-view-${view}`}>
              {t(`views.${view}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {calendar && (
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }} role="group" aria-label={t('nav.label')}>
            <Tooltip title={t(`nav.prev.${state.view}`)}>
              <IconButton aria-label={t(`nav.prev.${state.view}`)} onClick={() => update({ date: shiftDate(state.view, state.date, -1) })}>
                <ChevronLeftIcon />
              </IconButton>
            </Tooltip>
            <Button size="small" variant="outlined" onClick={() => update({ date: today })}>
              {t('nav.today')}
            </Button>
            <Tooltip title={t(`nav.next.${state.view}`)}>
              <IconButton aria-label={t(`nav.next.${state.view}`)} onClick={() => update({ date: shiftDate(state.view, state.date, 1) })}>
                <ChevronRightIcon />
              </IconButton>
            </Tooltip>
          </Stack>
        )}
        <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }} data-testid="meeting-range">
          {rangeTitle(t, state.view, state.date)}
        </Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={onAdd} disabled={addDisabled} data-testid="meeting-add">
          {t('add')}
        </Button>
      </Stack>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <FilterPicker
          label={t('filters.official')}
          options={sortedOfficials}
          value={state.officialId}
          onChange={(officialId) => update({ officialId })}
          searchTexts={(o) => [o.name, o.position]}
        />
        <FilterPicker
          label={t('filters.org')}
          options={sortedOrgs}
          value={state.orgId}
          onChange={(orgId) => update({ orgId })}
          searchTexts={(o) => [o.name]}
        />
        <FilterSelect<MeetingType>
          label={t('filters.type')}
          value={state.type}
          values={MEETING_TYPES}
          labelOf={(v) => t(`type.${v}`)}
          onChange={(type) => update({ type })}
        />
        <FilterSelect<MeetingStatus>
          label={t('filters.status')}
          value={state.status}
          values={MEETING_STATUSES}
          labelOf={(v) => t(`status.${v}`)}
          onChange={(status) => update({ status })}
        />
        {hasFilters(state) && (
          <Button size="small" onClick={() => update({ officialId: '', orgId: '', type: '', status: '' })}>
            {t('filters.clear')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}

function rangeTitle(t: (key: string, options?: Record<string, unknown>) => string, view: MeetingView, date: string): string {
  if (view === 'list') return t('range.list');
  if (view === 'month') return t('range.month', { month: Number(date.slice(5, 7)), year: date.slice(0, 4) });
  const from = weekStart(date);
  return t('range.week', { from: formatIsoVi(from), to: formatIsoVi(addDays(from, 6)) });
}

type FilterPickerProps<T extends { id: string; name: string }> = {
  label: string;
  options: readonly T[];
  value: string;
  onChange: (id: string) => void;
  searchTexts: (option: T) => string[];
};

/** A compact search picker: typing ignores diacritics; clearing it shows all again. */
function FilterPicker<T extends { id: string; name: string }>({ label, options, value, onChange, searchTexts }: FilterPickerProps<T>) {
  const { t } = useTranslation('meetings');
  const selected = options.find((o) => o.id === value) ?? null;
  return (
    <Autocomplete
      size="small"
      options={options}
      value={selected}
      onChange={(_event, next) => onChange(next?.id ?? '')}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(all, s) => (s.inputValue.trim() === '' ? [...all] : all.filter((o) => matchesSearch(searchTexts(o), s.inputValue)))}
      noOptionsText={t('filters.noOptions')}
      renderOption={(props, option) => {
        const { key: _key, ...rest } = props;
        return (
          <li key={option.id} {...rest}>
            {option.name}
          </li>
        );
      }}
      renderInput={(params) => <TextField {...params} label={label} />}
      sx={{ width: 260 }}
    />
  );
}

type FilterSelectProps<T extends string> = {
  label: string;
  value: T | '';
  values: readonly T[];
  labelOf: (value: T) => string;
  onChange: (value: T | '') => void;
};

function FilterSelect<T extends string>({ label, value, values, labelOf, onChange }: FilterSelectProps<T>) {
  const { t } = useTranslation('meetings');
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(e) => onChange(values.find((v) => v === e.target.value) ?? '')}
      sx={{ minWidth: 170 }}
    >
      <MenuItem value="">{t('filters.all')}</MenuItem>
      {values.map((v) => (
        <MenuItem key={v} value={v}>
          {labelOf(v)}
        </MenuItem>
      ))}
    </TextField>
  );
}
