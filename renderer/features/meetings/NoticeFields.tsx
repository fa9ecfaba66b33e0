import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { HOST_ROLES, MEETING_TYPES, type HostRole, type MeetingType } from '../../../shared/domain/meetings';
import { parseViDate } from '../../../shared/meetings/iso-date';
import { SearchPicker } from '../registrations/SearchPicker';
import type { RegistrationOption } from './meeting-rows';
import { weekdayIndex } from './meeting-labels';
import type { NoticeForm } from './notice-form';

export interface NoticeFieldsProps {
  form: NoticeForm;
  onChange: (change: Partial<NoticeForm>) => void;
  options: readonly RegistrationOption[];
  /** Already translated, keyed like fieldErrors ("host.role"). */
  errors: Record<string, string>;
  /** Where the cursor starts: the picker for a new meeting, the date once the registration is known. */
  focus: 'registration' | 'date';
}

/** The notice's fields in the order a grassroots notice reads: who, when, where, what, who hosts. */
export function NoticeFields({ form, onChange, options, errors, focus }: NoticeFieldsProps) {
  const { t } = useTranslation('meetings');
  const registration = options.find((o) => o.id === form.registrationId) ?? null;
  return (
    <>
      <Box>
        <SearchPicker
          label={t('dialog.registration')}
          options={options}
          value={registration}
          onChange={(next) => onChange({ registrationId: next?.id ?? '' })}
          getLabel={(o) => o.label}
          getSearchTexts={(o) => [o.officialName, o.position, o.cellName, o.orgName]}
          noOptionsText={t('filters.noOptions')}
          error={errors.registrationId}
          required
          autoFocus={focus === 'registration'}
        />
        {!registration && !errors.registrationId && (
          <Typography variant="caption" color="text.secondary">
            {t('dialog.registrationHint')}
          </Typography>
        )}
      </Box>
      <Stack direction="row" spacing={1.5}>
        <DateField label={t('dialog.date')} value={form.date} onChange={(date) => onChange({ date })} error={errors.date} autoFocus={focus === 'date'} required />
        <TimeField label={t('dialog.startTime')} value={form.startTime} onChange={(startTime) => onChange({ startTime })} error={errors.startTime} required />
        <TimeField label={t('dialog.endTime')} value={form.endTime} onChange={(endTime) => onChange({ endTime })} error={errors.endTime} hint={t('dialog.endTimeHint')} />
        <DateField label={t('dialog.noticeDate')} value={form.noticeDate} onChange={(noticeDate) => onChange({ noticeDate })} error={errors.noticeDate} required />
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField
          label={t('dialog.place')}
          value={form.place}
          onChange={(e) => onChange({ place: e.target.value })}
          error={!!errors.place}
          helperText={errors.place}
          sx={{ flex: 1 }}
        />
        <RadioRow<MeetingType>
          label={t('dialog.type')}
          value={form.type}
          values={MEETING_TYPES}
          labelOf={(type) => t(`type.${type}`)}
          onChange={(type) => onChange({ type })}
        />
      </Stack>
      <TextField
        label={t('dialog.agenda')}
        value={form.agenda}
        onChange={(e) => onChange({ agenda: e.target.value })}
        error={!!errors.agenda}
        helperText={errors.agenda}
        multiline
        minRows={2}
        maxRows={6}
      />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <RadioRow<HostRole | ''>
          label={t('dialog.hostRole')}
          value={form.hostRole}
          values={['', ...HOST_ROLES]}
          labelOf={(role) => t(`hostRole.${role || 'none'}`)}
          onChange={(hostRole) => onChange({ hostRole, hostConfirmed: hostRole === '' ? false : form.hostConfirmed })}
          error={errors['host.role']}
        />
        <TextField
          size="small"
          label={t('dialog.hostName')}
          value={form.hostName}
          onChange={(e) => onChange({ hostName: e.target.value })}
          error={!!errors['host.name']}
          helperText={errors['host.name']}
          sx={{ flex: 1, minWidth: 180 }}
        />
        <FormControlLabel
          label={t('dialog.hostConfirmed')}
          control={<Checkbox checked={form.hostConfirmed} disabled={form.hostRole === ''} onChange={(e) => onChange({ hostConfirmed: e.target.checked })} />}
        />
      </Stack>
    </>
  );
}

type RadioRowProps<T extends string> = {
  label: string;
  value: T;
  values: readonly T[];
  labelOf: (value: T) => string;
  onChange: (value: T) => void;
  error?: string;
};

function RadioRow<T extends string>({ label, value, values, labelOf, onChange, error }: RadioRowProps<T>) {
  return (
    <FormControl component="fieldset" error={!!error}>
      <FormLabel component="legend">{label}</FormLabel>
      <RadioGroup row value={value} onChange={(e) => onChange(values.find((v) => v === e.target.value) ?? value)}>
        {values.map((v) => (
          <FormControlLabel key={v || 'none'} value={v} control={<Radio size="small" />} label={labelOf(v)} />
        ))}
      </RadioGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}

type TextFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  autoFocus?: boolean;
  hint?: string;
};

/** dd/mm/yyyy typed, as clerks write it; the weekday under it catches a wrong day at once. */
export function DateField({ label, value, onChange, error, required, autoFocus }: TextFieldProps) {
  const { t } = useTranslation('meetings');
  const iso = parseViDate(value);
  return (
    <TextField
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={!!error}
      helperText={error ?? (iso ? t(`weekday.long.${weekdayIndex(iso)}`) : ' ')}
      placeholder={t('dialog.datePlaceholder')}
      required={required}
      autoFocus={autoFocus}
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
      sx={{ width: 170 }}
    />
  );
}

export function TimeField({ label, value, onChange, error, required, hint }: TextFieldProps) {
  const { t } = useTranslation('meetings');
  return (
    <TextField
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={!!error}
      helperText={error ?? hint ?? ' '}
      placeholder={t('dialog.timePlaceholder')}
      required={required}
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
      sx={{ width: 140 }}
    />
  );
}
