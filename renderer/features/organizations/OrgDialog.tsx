import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORG_TYPE_LABEL_VI } from '../../../shared/domain/labels-vi';
import { ORG_TYPES } from '../../../shared/domain/org-types';
import type { GrassrootsOrg, OrgKind } from '../../../shared/domain/types';
import { cellInputSchema, fieldErrors, orgInputSchema } from '../../../shared/domain/validation';
import { parseWholeNumber } from '../../components/form-values';
import { FormDialog } from '../../components/FormDialog';
import { useSaveAction } from '../../components/useSaveAction';
import { createOrg, updateOrg } from '../../db/repositories/orgs';
import { useDb } from '../../db/useDb';

export interface OrgDialogProps {
  /** The organization to edit; null to add a new one. */
  org: GrassrootsOrg | null;
  onClose: () => void;
}

const KINDS: OrgKind[] = ['dang_bo_co_so', 'chi_bo_co_so'];

/** Add or edit a grassroots organization. Mounted only while open, so it starts from `org`. */
export function OrgDialog({ org, onClose }: OrgDialogProps) {
  const { t } = useTranslation('organizations');
  const { t: tc } = useTranslation('common');
  const db = useDb();
  const [name, setName] = useState(org?.name ?? '');
  const [type, setType] = useState<string>(org?.type ?? '');
  const [kind, setKind] = useState<OrgKind>(org?.kind ?? 'dang_bo_co_so');
  const [members, setMembers] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveAction(onClose);
  // A chi bộ cơ sở is created with its one cell, so its member count is asked for up front.
  const asksMembers = org === null && kind === 'chi_bo_co_so';

  async function submit() {
    const parsed = orgInputSchema.safeParse({ name, type: type || undefined, kind });
    const parsedMembers = cellInputSchema.shape.memberCount.safeParse(parseWholeNumber(members));
    const found = fieldErrors(parsed);
    if (asksMembers && !parsedMembers.success) found.members = parsedMembers.error.issues[0]?.message ?? '';
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) return;
    await save.run(async () => {
      if (org) await updateOrg(db, org.id, parsed.data);
      else await createOrg(db, parsed.data, asksMembers ? parsedMembers.data : undefined);
    });
  }

  const errorFor = (field: string) => (errors[field] ? tc(errors[field]) : undefined);
  return (
    <FormDialog
      title={org ? t('orgDialog.editTitle') : t('orgDialog.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      save={save}
    >
      <TextField
        label={t('orgDialog.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={!!errors.name}
        helperText={errorFor('name')}
        required
        autoFocus
      />
      <TextField
        select
        label={t('orgDialog.type')}
        value={type}
        onChange={(e) => setType(e.target.value)}
        error={!!errors.type}
        helperText={errorFor('type')}
        required
      >
        {ORG_TYPES.map((value) => (
          <MenuItem key={value} value={value}>
            {ORG_TYPE_LABEL_VI[value]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('orgDialog.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as OrgKind)}
        helperText={kind === 'dang_bo_co_so' && org === null ? t('orgDialog.dangBoHelp') : undefined}
      >
        {KINDS.map((value) => (
          <MenuItem key={value} value={value}>
            {t(`kind.${value}`)}
          </MenuItem>
        ))}
      </TextField>
      {asksMembers && (
        <TextField
          label={t('orgDialog.firstCellMembers')}
          value={members}
          onChange={(e) => setMembers(e.target.value)}
          error={!!errors.members}
          helperText={errorFor('members') ?? t('orgDialog.firstCellMembersHelp')}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          required
        />
      )}
    </FormDialog>
  );
}
