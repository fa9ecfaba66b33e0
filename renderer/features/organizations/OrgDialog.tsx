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
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ORG_TYPE_LABEL_VI } from '../../../shared/domain/labels-vi';
import { ORG_TYPES } from '../../../shared/domain/org-types';
import type { GrassrootsOrg, OrgKind } from '../../../shared/domain/types';
import { cellInputSchema, fieldErrors, orgInputSchema } from '../../../shared/domain/validation';
import { createOrg, updateOrg } from '../../db/repositories/orgs';
import { useDb } from '../../db/useDb';
import { parseWholeNumber } from './form-values';
import { useErrorText } from './useErrorText';

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
  const errorText = useErrorText();
  const [name, setName] = useState(org?.name ?? '');
  const [type, setType] = useState<string>(org?.type ?? '');
  const [kind, setKind] = useState<OrgKind>(org?.kind ?? 'dang_bo_co_so');
  const [members, setMembers] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // A chi bộ cơ sở is created with its one cell, so its member count is asked for up front.
  const asksMembers = org === null && kind === 'chi_bo_co_so';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = orgInputSchema.safeParse({ name, type: type || undefined, kind });
    const parsedMembers = cellInputSchema.shape.memberCount.safeParse(parseWholeNumber(members));
    const found = fieldErrors(parsed);
    if (asksMembers && !parsedMembers.success) found.members = parsedMembers.error.issues[0]?.message ?? '';
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      if (org) await updateOrg(db, org.id, parsed.data);
      else await createOrg(db, parsed.data, asksMembers ? parsedMembers.data : undefined);
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
        <DialogTitle>{org ? t('orgDialog.editTitle') : t('orgDialog.addTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {saveError && <Alert severity="error">{saveError}</Alert>}
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
