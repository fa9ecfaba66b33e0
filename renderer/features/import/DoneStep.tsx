import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../../shared/import/types';
import { hashForPage, type PageId } from '../../app/pages';
import { formatCount } from '../../components/format';
import type { ImportWizard } from './useImportWizard';

export interface DoneStepProps {
  wizard: ImportWizard;
}

/** Where a clerk goes next to see what the file added. */
const NEXT: Record<ImportKind, { page: PageId; label: string }[]> = {
  directory: [{ page: 'organizations', label: 'done.toOrganizations' }],
  officials: [{ page: 'officials', label: 'done.toOfficials' }],
  registrations: [
    { page: 'registrations', label: 'done.toRegistrations' },
    { page: 'synthesis', label: 'done.toSynthesis' },
  ],
  meetings: [{ page: 'meetings', label: 'done.toMeetings' }],
};

/** Step 4: what was added, what was left out and why, and where to look at it. */
export function DoneStep({ wizard }: DoneStepProps) {
  const { t } = useTranslation('import');
  const { done, kind, actions } = wizard;
  if (!done) return null;
  const n = (value: number) => formatCount(value);
  const { added } = done;
  return (
    <Stack spacing={2}>
      <Alert severity="success" data-testid="import-done">
        <AlertTitle>{t('done.title', { file: done.fileName })}</AlertTitle>
        <Typography variant="body2">
          {kind === 'meetings'
            ? t('done.addedMeetings', { meetings: n(added.meetings) })
            : t('done.added', { orgs: n(added.orgs), cells: n(added.cells), officials: n(added.officials), registrations: n(added.registrations) })}
        </Typography>
        {done.duplicates > 0 && <Typography variant="body2">{t('done.duplicates', { count: n(done.duplicates) })}</Typography>}
        {done.skipped > 0 && <Typography variant="body2">{t('done.skipped', { count: n(done.skipped) })}</Typography>}
        {done.errors > 0 && <Typography variant="body2">{t('done.errors', { count: n(done.errors) })}</Typography>}
      </Alert>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        {NEXT[kind].map(({ page, label }, i) => (
          <Button key={page} variant={i === 0 ? 'contained' : 'outlined'} href={hashForPage(page)} data-testid={`import-open-${page}`}>
            {t(label)}
          </Button>
        ))}
        <Button onClick={actions.restart} data-testid="import-again">
          {t('done.again')}
        </Button>
      </Stack>
    </Stack>
  );
}
