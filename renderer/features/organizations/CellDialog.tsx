import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GrassrootsOrg, PartyCell } from '../../../shared/domain/types';
import { cellInputSchema, fieldErrors } from '../../../shared/domain/validation';
import { compareVi } from '../../../shared/text/collation';
import { parseWholeNumber } from '../../components/form-values';
import { FormDialog } from '../../components/FormDialog';
import { useSaveAction } from '../../components/useSaveAction';
import { createCell, updateCell } from '../../db/repositories/cells';
import { useDb } from '../../db/useDb';

export interface CellDialogProps {
  /** The cell to edit; null to add a cell under a đảng bộ cơ sở. */
  cell: PartyCell | null;
  orgs: readonly GrassrootsOrg[];
  onClose: () => void;
}

/**
 * Cells can only be placed under a đảng bộ cơ sở; a chi bộ cơ sở's own cell stays where
 * it is, so its organization is shown but locked.
 */
function useOrgChoices(orgs: readonly GrassrootsOrg[], cell: PartyCell | null) {
  return useMemo(() => {
    const own = cell ? orgs.find((o) => o.id === cell.orgId && o.kind === 'chi_bo_co_so') : undefined;
    const choices = own ? [own] : orgs.filter((o) => o.kind === 'dang_bo_co_so');
    return { locked: own !== undefined, choices: [...choices].sort((a, b) => compareVi(a.name, b.name)) };
  }, [orgs, cell]);
}

export function CellDialog({ cell, orgs, onClose }: CellDialogProps) {
  const { t } = useTranslation('organizations');
  const { t: tc } = useTranslation('common');
  const db = useDb();
  const { locked, choices } = useOrgChoices(orgs, cell);
  const [orgId, setOrgId] = useState(cell?.orgId ?? (choices.length === 1 ? (choices[0]?.id ?? '') : ''));
  const [name, setName] = useState(cell?.name ?? '');
  const [members, setMembers] = useState(cell ? String(cell.memberCount) : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveAction(onClose);

  async function submit() {
    const parsed = cellInputSchema.safeParse({ orgId, name, memberCount: parseWholeNumber(members) });
    setErrors(fieldErrors(parsed));
    if (!parsed.success) return;
    await save.run(async () => {
      if (cell) await updateCell(db, cell.id, parsed.data);
      else await createCell(db, parsed.data);
    });
  }

  const errorFor = (field: string) => (errors[field] ? tc(errors[field]) : undefined);
  return (
    <FormDialog
      title={cell ? t('cellDialog.editTitle') : t('cellDialog.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      save={save}
    >
      <TextField
        select
        label={t('cellDialog.org')}
        value={orgId}
        onChange={(e) => setOrgId(e.target.value)}
        disabled={locked}
        error={!!errors.orgId}
        helperText={errorFor('orgId') ?? t('cellDialog.orgHelp')}
        required
      >
        {choices.map((org) => (
          <MenuItem key={org.id} value={org.id}>
            {org.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('cellDialog.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={!!errors.name}
        helperText={errorFor('name')}
        required
        autoFocus
      />
      <TextField
        label={t('cellDialog.memberCount')}
        value={members}
        onChange={(e) => setMembers(e.target.value)}
        error={!!errors.memberCount}
        helperText={errorFor('memberCount')}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        required
      />
    </FormDialog>
  );
}
