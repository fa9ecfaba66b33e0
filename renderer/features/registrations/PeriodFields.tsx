import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { QUARTERS } from '../../../shared/domain/types';
import { toggleQuarter, type PeriodForm } from './period-form';

export interface PeriodFieldsProps {
  value: PeriodForm;
  onChange: (value: PeriodForm) => void;
  /** Already translated messages keyed like fieldErrors ("period.year"). */
  errors: Record<string, string>;
}

/** "Theo quý trong năm" (a year and its quarters) or "Cả nhiệm kỳ". */
export function PeriodFields({ value, onChange, errors }: PeriodFieldsProps) {
  const { t } = useTranslation('registrations');
  const termError = errors['period.startYear'] ?? errors['period.endYear'] ?? errors.period;
  return (
    <FormControl component="fieldset" error={!!termError}>
      <FormLabel component="legend">{t('dialog.periodKind')}</FormLabel>
      <RadioGroup
        value={value.kind}
        onChange={(e) => onChange({ ...value, kind: e.target.value === 'term' ? 'term' : 'year' })}
      >
        <FormControlLabel value="year" control={<Radio />} label={t('dialog.byQuarter')} />
        {value.kind === 'year' && (
          <Stack spacing={1} sx={{ pl: 4, pb: 1 }}>
            <TextField
              size="small"
              label={t('dialog.year')}
              value={value.year}
              onChange={(e) => onChange({ ...value, year: e.target.value })}
              error={!!errors['period.year']}
              helperText={errors['period.year']}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              sx={{ maxWidth: 160 }}
            />
            <FormControl component="fieldset" error={!!errors['period.quarters']}>
              <FormLabel component="legend">{t('dialog.quarters')}</FormLabel>
              <FormGroup row>
                {QUARTERS.map((quarter) => (
                  <FormControlLabel
                    key={quarter}
                    label={t(`dialog.quarter.${quarter}`)}
                    control={
                      <Checkbox
                        checked={value.quarters.includes(quarter)}
                        onChange={() => onChange({ ...value, quarters: toggleQuarter(value.quarters, quarter) })}
                      />
                    }
                  />
                ))}
              </FormGroup>
              <FormHelperText>{errors['period.quarters'] ?? t('dialog.noQuarter')}</FormHelperText>
            </FormControl>
          </Stack>
        )}
        <FormControlLabel
          value="term"
          control={<Radio />}
          label={t('dialog.term', { start: value.termStartYear, end: value.termEndYear })}
        />
      </RadioGroup>
      {termError && <FormHelperText>{termError}</FormHelperText>}
    </FormControl>
  );
}
