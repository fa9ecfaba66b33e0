import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFICIAL_GROUP_LABEL_VI } from '../../../shared/domain/labels-vi';
import { OFFICIAL_GROUPS, type Official } from '../../../shared/domain/types';
import { fieldErrors, officialInputSchema } from '../../../shared/domain/validation';
import { createOfficial, updateOfficial } from '../../db/repositories/officials';
import { useDb } from '../../db/useDb';
import { parseWholeNumber } from '../organizations/form-values';
import { useErrorText } from '../organizations/useErrorText';

export interface OfficialDialogProps {
  /** The official to edit; null to add one. */
  official: Official | null;
  onClose: () => void;
}

type FormField = 'name' | 'position' | 'group' | 'committee' | 'area' | 'field' | 'capacity';
type Form = Record<FormField, string>;

function initialForm(official: Official | null): Form {
  return {
    name: official?.name ?? '',
    position: official?.position ?? '',
    group: official?.group ?? 'member',
    committee: official?.committee ?? '',
    area: official?.area ?? '',
    field: official?.field ?? '',
    capacity: String(official?.capacity ?? 2),
  };
}

/** Add or edit an official. Mounted only while open, so it starts from `official`. */
export function OfficialDialog({ official, onClose }: OfficialDialogProps) {
  const { t } = useTranslation('officials');
  const { t: tc } = useTranslation('common');
  const db = useDb();
  const errorText = useErrorText();
  const [form, setForm] = useState<Form>(() => initialForm(official));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = officialInputSchema.safeParse({ ...form, capacity: parseWholeNumber(form.capacity) });
    setErrors(fieldErrors(parsed));
    if (!parsed.success) return;
    setSaving(true);
    try {
      if (official) await updateOfficial(db, official.id, parsed.data);
      else await createOfficial(db, parsed.data);
      onClose();
    } catch (error) {
      setSaveError(errorText(error));
      setSaving(false);
    }
  }

  /** The props every field shares: label, value, change handler and its zod message. */
  const fieldProps = (field: FormField, helper?: string): TextFieldProps => ({
    label: t(`dialog.${field}`),
    value: form[field],
    onChange: (e) => setForm((current) => ({ ...current, [field]: e.target.value })),
    error: !!errors[field],
    helperText: errors[field] ? tc(errors[field]) : helper,
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      {/* noValidate: the zod messages under the fields replace the browser's own bubbles. */}
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle>{official ? t('dialog.editTitle') : t('dialog.addTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {saveError && <Alert severity="error">{saveError}</Alert>}
            <TextField {...fieldProps('name')} required autoFocus />
            <TextField {...fieldProps('position')} required />
            <TextField {...fieldProps('group')} select required>
              {OFFICIAL_GROUPS.map((group) => (
                <MenuItem key={group} value={group}>
                  {OFFICIAL_GROUP_LABEL_VI[group]}
                </MenuItem>
              ))}
            </TextField>
            <TextField {...fieldProps('committee', t('dialog.committeeHelp'))} />
            <Stack direction="row" spacing={2}>
              <TextField {...fieldProps('area')} fullWidth />
              <TextField {...fieldProps('field')} fullWidth />
            </Stack>
            <TextField
              {...fieldProps('capacity', t('dialog.capacityHelp'))}
              required
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving}>
            {tc('actions.save')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
