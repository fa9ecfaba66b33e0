import FileDownloadIcon from '@mui/icons-material/FileDownload';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { issueLocator } from '../../../shared/import/issue-columns';
import { formatCount } from '../../components/format';
import { DecisionPanel } from './DecisionPanel';
import { isEmpty, issuesToFix, recordsToAdd, statusCounts } from './import-plan';
import { PreviewCounts } from './PreviewCounts';
import { PreviewGrid } from './PreviewGrid';
import { buildPreviewRows } from './preview-rows';
import type { ImportWizard } from './useImportWizard';

export interface PreviewStepProps {
  wizard: ImportWizard;
  /** Tests render every grid row (jsdom has no layout). */
  disableVirtualization?: boolean;
}

/** Step 3: every row's status and reason, the choices only the clerk can make, then one commit. */
export function PreviewStep({ wizard, disableVirtualization }: PreviewStepProps) {
  const { t } = useTranslation('import');
  const { preview, mapping, committing, job, actions } = wizard;
  const rows = useMemo(
    () => (preview && mapping ? buildPreviewRows(preview.plan, preview.base, preview.skipUndecided, issueLocator(mapping.analyses, mapping.mappings)) : []),
    [preview, mapping],
  );
  if (!preview || !mapping) return null;
  const { plan, skipUndecided } = preview;
  const counts = statusCounts(plan);
  const records = recordsToAdd(plan, skipUndecided);
  const undecided = plan.plan.needsDecision;
  const busy = committing || job.running;
  const n = (value: number) => formatCount(value);
  return (
    <Stack spacing={2}>
      <Typography sx={{ fontWeight: 700 }} data-testid="import-file-name">
        {t('file', { name: mapping.fileName })}
      </Typography>
      <PreviewCounts counts={counts} />
      <Typography data-testid="import-will-add">
        {isEmpty(records)
          ? t('preview.nothing')
          : plan.kind === 'meetings'
            ? t('preview.willAddMeetings', { meetings: n(records.meetings.length) })
            : t('preview.willAdd', { orgs: n(records.orgs.length), cells: n(records.cells.length), officials: n(records.officials.length), registrations: n(records.registrations.length) })}
      </Typography>
      <DecisionPanel preview={preview} disabled={busy} onChooseCell={actions.chooseCell} onChooseType={actions.chooseType} onChooseRegistration={actions.chooseRegistration} />
      {undecided > 0 && (
        <Alert
          severity={skipUndecided ? 'info' : 'warning'}
          data-testid="import-undecided"
          action={
            <Button color="inherit" size="small" onClick={() => actions.setSkipUndecided(!skipUndecided)} disabled={busy} data-testid="import-skip">
              {skipUndecided ? t('preview.unskip') : t('preview.skip')}
            </Button>
          }
        >
          {skipUndecided ? t('preview.skipped', { count: n(undecided) }) : t('preview.blocked', { count: n(undecided) })}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <Button onClick={actions.backToMapping} disabled={busy}>
          {t('preview.back')}
        </Button>
        <Button startIcon={<FileDownloadIcon />} onClick={actions.exportIssues} disabled={busy || issuesToFix(plan).length === 0} data-testid="import-export-issues">
          {t('preview.exportIssues')}
        </Button>
        <Button
          variant="contained"
          onClick={() => void actions.commit()}
          disabled={busy || (undecided > 0 && !skipUndecided) || isEmpty(records)}
          data-testid="import-commit"
        >
          {t('preview.commit')}
        </Button>
      </Stack>
      {committing && <LinearProgress aria-label={t('preview.committing')} />}
      <PreviewGrid rows={rows} disableVirtualization={disableVirtualization} />
    </Stack>
  );
}
