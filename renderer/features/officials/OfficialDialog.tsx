import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFICIAL_GROUP_LABEL_VI } from '../../../shared/domain/labels-vi';
import { OFFICIAL_GROUPS, type Official } from '../../../shared/domain/types';
import { fieldErrors, officialInputSchema } from '../../../shared/domain/validation';
import { parseWholeNumber } from '../../components/form-values';
import { FormDialog } from '../../components/FormDialog';
import { useSaveAction } from '../../components/useSaveAction';
import { createOfficial, updateOfficial } from '../../db/repositories/officials';
import { useDb } from '../../db/useDb';

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
  const [form, setForm] = useState<Form>(() => initialForm(official));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveAction(onClose);

  async function submit() {
    const parsed = officialInputSchema.safeParse({ ...form, capacity: parseWholeNumber(form.capacity) });
    setErrors(fieldErrors(parsed));
    if (!parsed.success) return;
    await save.run(async () => {
      if (official) await updateOfficial(db, official.id, parsed.data);
      else await createOfficial(db, parsed.data);
    });
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
    <FormDialog
      title={official ? t('dialog.editTitle') : t('dialog.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      save={save}
    >
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
    </FormDialog>
  );
}
