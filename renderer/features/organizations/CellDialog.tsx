import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GrassrootsOrg, PartyCell } from '../../../shared/domain/types';
import { cellInputSchema, fieldErrors } from '../../../shared/domain/validation';
import { compareVi } from '../../../shared/text/collation';
import { createCell, updateCell } from '../../db/repositories/cells';
import { useDb } from '../../db/useDb';
import { parseWholeNumber } from './form-values';
import { useErrorText } from './useErrorText';

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
  const errorText = useErrorText();
  const { locked, choices } = useOrgChoices(orgs, cell);
  const [orgId, setOrgId] = useState(cell?.orgId ?? (choices.length === 1 ? (choices[0]?.id ?? '') : ''));
  const [name, setName] = useState(cell?.name ?? '');
  const [members, setMembers] = useState(cell ? String(cell.memberCount) : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = cellInputSchema.safeParse({ orgId, name, memberCount: parseWholeNumber(members) });
    setErrors(fieldErrors(parsed));
    if (!parsed.success) return;
    setSaving(true);
    try {
      if (cell) await updateCell(db, cell.id, parsed.data);
      else await createCell(db, parsed.data);
      onClose();
    } catch (error) {
      setSaveError(errorText(error));
      setSaving(false);
    }
  }

  const errorFor = (field: string) => (errors[field] ? tc(errors[field]) : undefined);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      {/* noValidate: the zod messages under the fields replace the browser's own bubbles. */}
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle>{cell ? t('cellDialog.editTitle') : t('cellDialog.addTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {saveError && <Alert severity="error">{saveError}</Alert>}
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
