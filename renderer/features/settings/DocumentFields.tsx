import { useTranslation } from 'react-i18next';
import { Stack, Typography } from '@mui/material';
import { DraftTextField } from './DraftTextField';
import type { SettingsDraft } from './settings-draft';

export type DocumentFieldsProps = {
  draft: SettingsDraft;
  errors: Record<string, string>;
  onChange: (patch: Partial<SettingsDraft>) => void;
};

const YEAR_INPUT = { htmlInput: { inputMode: 'numeric' as const, maxLength: 4 } };

export function PeriodFields({ draft, errors, onChange }: DocumentFieldsProps) {
  const { t } = useTranslation('settings');
  const common = { draft, errors, onChange, slotProps: YEAR_INPUT, required: true };
  return (
    <Stack spacing={2}>
      <Typography variant="subtitle1" component="h3">
        {t('period.heading')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <DraftTextField {...common} field="currentYear" labelKey="period.currentYear" />
        <DraftTextField {...common} field="termStartYear" labelKey="period.termStartYear" />
        <DraftTextField {...common} field="termEndYear" labelKey="period.termEndYear" />
      </Stack>
    </Stack>
  );
}

/** The signature block and "Nơi nhận" of generated documents. */
export function SignatureFields({ draft, errors, onChange }: DocumentFieldsProps) {
  const { t } = useTranslation('settings');
  const common = { draft, errors, onChange };
  return (
    <Stack spacing={2}>
      <Typography variant="subtitle1" component="h3">
        {t('signature.heading')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <DraftTextField {...common} field="signerOnBehalf" labelKey="signature.onBehalf" helpKey="signature.onBehalfHelp" required />
        <DraftTextField {...common} field="signerPosition" labelKey="signature.position" helpKey="signature.positionHelp" required />
        <DraftTextField {...common} field="signerName" labelKey="signature.name" helpKey="signature.nameHelp" />
      </Stack>
      <DraftTextField
        {...common}
        field="recipients"
        labelKey="signature.recipients"
        helpKey="signature.recipientsHelp"
        multiline
        minRows={3}
      />
    </Stack>
  );
}
