import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { matchesSearch } from '../../../shared/text/normalize';

export interface UsedValueFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Values typed before, offered as the clerk types (with or without diacritics). */
  options: readonly string[];
  error?: string;
  help?: string;
  required?: boolean;
}

/** Free text that offers the values used before, so one agency is not spelled three ways. */
export function UsedValueField({ label, value, onChange, options, error, help, required }: UsedValueFieldProps) {
  return (
    <Autocomplete
      freeSolo
      options={options}
      inputValue={value}
      onInputChange={(_event, next) => onChange(next)}
      filterOptions={(all, state) => (state.inputValue.trim() === '' ? [...all] : all.filter((o) => matchesSearch([o], state.inputValue)))}
      renderInput={(params) => (
        <TextField {...params} label={label} error={!!error} helperText={error ?? help} required={required} />
      )}
    />
  );
}
