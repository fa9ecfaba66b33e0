import TextField from '@mui/material/TextField';

export interface ViDateFieldProps {
  label: string;
  /** What the clerk typed, "dd/mm/yyyy" (parsed by the form with parseViDate). */
  value: string;
  onChange: (text: string) => void;
  /** Already translated; shown instead of `help` when set. */
  error?: string;
  help?: string;
  required?: boolean;
  autoFocus?: boolean;
}

/**
 * A date typed as clerks write it, dd/mm/yyyy. A plain text box rather than a picker: clerks
 * copy dates from documents, and the box is found by its label like any other field.
 */
export function ViDateField({ label, value, onChange, error, help, required, autoFocus }: ViDateFieldProps) {
  return (
    <TextField
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      placeholder="dd/mm/yyyy"
      error={!!error}
      helperText={error ?? help}
      required={required}
      autoFocus={autoFocus}
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
      sx={{ maxWidth: 260 }}
    />
  );
}
