import TextField from '@mui/material/TextField';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GrassrootsOrg, Official, PartyCell, Registration, Settings } from '../../../shared/domain/types';
import { fieldErrors, registrationInputSchema } from '../../../shared/domain/validation';
import { FormDialog } from '../../components/FormDialog';
import { useSaveAction } from '../../components/useSaveAction';
import { createRegistration, updateRegistration } from '../../db/repositories/registrations';
import { useDb } from '../../db/useDb';
import { initialPeriodForm, periodFromForm, type PeriodForm } from './period-form';
import { PeriodFields } from './PeriodFields';
import { cellOptions, officialLabel, officialOptions, type CellOption } from './picker-options';
import { SearchPicker } from './SearchPicker';

export interface RegistrationDialogProps {
  /** The registration to edit; null to add one. */
  registration: Registration | null;
  officials: readonly Official[];
  cells: readonly PartyCell[];
  orgs: readonly GrassrootsOrg[];
  settings: Settings;
  /** The year a new registration starts in. */
  year: number;
  onClose: () => void;
}

/** Add or edit a registration. Mounted only while open, so it starts from `registration`. */
export function RegistrationDialog(props: RegistrationDialogProps) {
  const { registration, officials, cells, orgs, settings, year, onClose } = props;
  const { t } = useTranslation('registrations');
  const { t: tc } = useTranslation('common');
  const db = useDb();
  const officialChoices = useMemo(() => officialOptions(officials), [officials]);
  const cellChoices = useMemo(() => cellOptions(cells, orgs), [cells, orgs]);
  const [official, setOfficial] = useState<Official | null>(
    () => officials.find((o) => o.id === registration?.officialId) ?? null,
  );
  const [cell, setCell] = useState<CellOption | null>(() => cellChoices.find((c) => c.id === registration?.cellId) ?? null);
  const [period, setPeriod] = useState<PeriodForm>(() => initialPeriodForm(registration?.period, settings, year));
  const [note, setNote] = useState(registration?.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveAction(onClose);

  async function submit() {
    const parsed = registrationInputSchema.safeParse({
      officialId: official?.id ?? '',
      cellId: cell?.id ?? '',
      period: periodFromForm(period),
      note,
    });
    setErrors(Object.fromEntries(Object.entries(fieldErrors(parsed)).map(([field, key]) => [field, tc(key)])));
    if (!parsed.success) return;
    await save.run(async () => {
      if (registration) await updateRegistration(db, registration.id, parsed.data);
      else await createRegistration(db, parsed.data);
    });
  }

  return (
    <FormDialog
      title={registration ? t('dialog.editTitle') : t('dialog.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      save={save}
    >
      <SearchPicker
        label={t('dialog.official')}
        options={officialChoices}
        value={official}
        onChange={setOfficial}
        getLabel={officialLabel}
        getSearchTexts={(o) => [o.name, o.position]}
        noOptionsText={t('dialog.noOptions')}
        error={errors.officialId}
        required
        autoFocus
      />
      <SearchPicker
        label={t('dialog.cell')}
        options={cellChoices}
        value={cell}
        onChange={setCell}
        getLabel={(c) => c.label}
        getSearchTexts={(c) => [c.cellName, c.orgName]}
        noOptionsText={t('dialog.noOptions')}
        error={errors.cellId}
        required
      />
      <PeriodFields value={period} onChange={setPeriod} errors={errors} />
      <TextField
        label={t('dialog.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={!!errors.note}
        helperText={errors.note}
        multiline
        minRows={2}
      />
    </FormDialog>
  );
}
