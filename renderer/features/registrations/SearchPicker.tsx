import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { matchesSearch } from '../../../shared/text/normalize';

export interface SearchPickerProps<T extends { id: string }> {
  label: string;
  options: readonly T[];
  value: T | null;
  onChange: (value: T | null) => void;
  getLabel: (option: T) => string;
  /** The texts typing may match, with or without diacritics ("nguyen van an"). */
  getSearchTexts: (option: T) => string[];
  noOptionsText: string;
  /** Already translated. */
  error?: string;
  required?: boolean;
  autoFocus?: boolean;
  size?: 'small' | 'medium';
  'data-testid'?: string;
}

/** An Autocomplete whose typing ignores diacritics and old/new tone placement. */
export function SearchPicker<T extends { id: string }>(props: SearchPickerProps<T>) {
  const { label, options, value, onChange, getLabel, getSearchTexts, noOptionsText, error, required, autoFocus, size } = props;
  return (
    <Autocomplete
      size={size}
      data-testid={props['data-testid']}
      options={options}
      value={value}
      onChange={(_event, next) => onChange(next)}
      getOptionLabel={getLabel}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      filterOptions={(all, state) =>
        state.inputValue.trim() === '' ? [...all] : all.filter((option) => matchesSearch(getSearchTexts(option), state.inputValue))
      }
      noOptionsText={noOptionsText}
      renderOption={(optionProps, option) => {
        const { key, ...rest } = optionProps;
        return (
          <li key={option.id ?? key} {...rest}>
            {getLabel(option)}
          </li>
        );
      }}
      renderInput={(params) => (
        <TextField {...params} label={label} error={!!error} helperText={error} required={required} autoFocus={autoFocus} />
      )}
    />
  );
}
