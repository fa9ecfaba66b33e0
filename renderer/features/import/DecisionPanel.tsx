import Divider from '@mui/material/Divider';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Fragment, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ORG_TYPE_LABEL_VI } from '../../../shared/domain/labels-vi';
import { ORG_TYPES, type OrgType } from '../../../shared/domain/org-types';
import { compareVi } from '../../../shared/text/collation';
import { formatCount } from '../../components/format';
import { CellDecisionItem, type CellChoice } from './CellDecisionItem';
import { MeetingDecisionItem } from './MeetingDecisionItem';
import { nameLookup } from './preview-rows';
import type { PreviewState } from './useImportWizard';

export interface DecisionPanelProps {
  preview: PreviewState;
  disabled: boolean;
  onChooseCell: (key: string, cellId: string) => void;
  onChooseType: (orgId: string, type: OrgType) => void;
  onChooseRegistration: (key: string, registrationId: string) => void;
}

/** Rendering hundreds of pickers at once freezes the page; the rest follow as these are done. */
const SHOWN = 30;

/** The rows the importer would not decide alone, each with its picker; answered ones stay to be changed. */
export function DecisionPanel({ preview, disabled, onChooseCell, onChooseType, onChooseRegistration }: DecisionPanelProps) {
  const { t } = useTranslation('import');
  const { plan, base } = preview;
  const allCells = useMemo<CellChoice[]>(() => {
    // Cells to choose from are the database's: a registrations file adds none.
    const label = nameLookup(base).cellLabel;
    const group = t('decisions.other');
    return base.cells.map((c) => ({ id: c.id, label: label(c.id), group })).sort((a, b) => compareVi(a.label, b.label));
  }, [base, t]);

  const pending = plan.plan.needsDecision;
  let items: ReactNode[] = [];
  let hidden = 0;
  let help = '';
  if (plan.kind === 'registrations') {
    const rows = plan.plan.rows.filter((r) => r.decision);
    const ordered = [...rows.filter((r) => r.draft?.cellId === null), ...rows.filter((r) => r.draft?.cellId !== null)];
    hidden = Math.max(0, ordered.length - SHOWN);
    help = t('decisions.cellHelp');
    items = ordered.slice(0, SHOWN).map((row) => <CellDecisionItem key={row.key} row={row} allCells={allCells} onChoose={onChooseCell} disabled={disabled} />);
  } else if (plan.kind === 'meetings') {
    const rows = plan.plan.rows.filter((r) => r.decision);
    const ordered = [...rows.filter((r) => r.draft?.registrationId === null), ...rows.filter((r) => r.draft?.registrationId !== null)];
    hidden = Math.max(0, ordered.length - SHOWN);
    help = t('decisions.registrationHelp');
    items = ordered.slice(0, SHOWN).map((row) => <MeetingDecisionItem key={row.key} row={row} onChoose={onChooseRegistration} disabled={disabled} />);
  } else if (plan.kind === 'directory') {
    const orgs = new Map(plan.plan.orgs.map((o) => [o.id, o]));
    const open = new Set(plan.plan.typeDecisions.map((d) => d.orgId));
    hidden = Math.max(0, preview.typeDecisions.length - SHOWN);
    help = t('decisions.typeHelp');
    items = preview.typeDecisions.slice(0, SHOWN).map((d) => (
      <TextField
        key={d.orgId}
        select
        size="small"
        sx={{ maxWidth: 560 }}
        label={t('decisions.type', { org: d.orgName })}
        helperText={d.reason}
        value={open.has(d.orgId) ? '' : (orgs.get(d.orgId)?.type ?? '')}
        disabled={disabled}
        onChange={(e) => onChooseType(d.orgId, e.target.value as OrgType)}
      >
        {ORG_TYPES.map((type) => (
          <MenuItem key={type} value={type}>
            {ORG_TYPE_LABEL_VI[type]}
          </MenuItem>
        ))}
      </TextField>
    ));
  }
  if (items.length === 0) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2, borderColor: pending > 0 ? 'warning.main' : undefined }} data-testid="import-decisions">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
        {pending > 0 ? t('decisions.title', { count: formatCount(pending) }) : t('decisions.allChosen')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {help}
      </Typography>
      <Stack spacing={1.5}>
        {items.map((item, i) => (
          <Fragment key={i}>
            {i > 0 && plan.kind !== 'directory' && <Divider />}
            {item}
          </Fragment>
        ))}
      </Stack>
      {hidden > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('decisions.more', { count: formatCount(hidden) })}
        </Typography>
      )}
    </Paper>
  );
}
