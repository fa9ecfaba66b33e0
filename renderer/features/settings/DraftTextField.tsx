import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from '@mui/material';
import type { SettingsDraft } from './settings-draft';

type TextKey = {
  [K in keyof SettingsDraft]: SettingsDraft[K] extends string ? K : never;
}[keyof SettingsDraft];

export type DraftTextFieldProps = {
  field: TextKey;
  draft: SettingsDraft;
  errors: Record<string, string>;
  onChange: (patch: Partial<SettingsDraft>) => void;
  /** Key in the 'settings' namespace. */
  labelKey: string;
  helpKey?: string;
} & Omit<TextFieldProps, 'onChange' | 'value' | 'error' | 'label' | 'helperText'>;

/** A settings text box: its error (an i18n key from validation) replaces its help text. */
export function DraftTextField({ field, draft, errors, onChange, labelKey, helpKey, ...rest }: DraftTextFieldProps) {
  const { t } = useTranslation('settings');
  const error = errors[field];
  return (
    <TextField
      {...rest}
      name={field}
      label={t(labelKey)}
      value={draft[field]}
      onChange={(event) => onChange({ [field]: event.target.value })}
      error={error !== undefined}
      helperText={error ? t(`common:${error}`) : helpKey ? t(helpKey) : undefined}
      fullWidth
    />
  );
}
