import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain/types';
import { SettingsGate } from '../../components/SettingsGate';
import { ChooseStep } from './ChooseStep';
import { DoneStep } from './DoneStep';
import { startWorkerImportJob, type StartImportJob } from './import-job';
import { JobProgress } from './JobProgress';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { useImportWizard } from './useImportWizard';

export interface ImportPageProps {
  /** Tests run the work in-process; the app uses a Web Worker. */
  startJob?: StartImportJob;
}

const STEPS = ['choose', 'mapping', 'preview', 'done'] as const;

/** "Nhập từ Excel": choose a file, match its columns, check every row, then write it all at once. */
export function ImportPage({ startJob = startWorkerImportJob }: ImportPageProps) {
  return <SettingsGate>{(settings) => <ImportView settings={settings} startJob={startJob} />}</SettingsGate>;
}

function ImportView({ settings, startJob }: { settings: Settings; startJob: StartImportJob }) {
  const { t } = useTranslation('import');
  const wizard = useImportWizard(settings, startJob);
  const { step, job, message } = wizard;
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {t('title')}
      </Typography>
      <Stepper activeStep={STEPS.indexOf(step)} aria-label={t('steps.label')}>
        {STEPS.map((s) => (
          <Step key={s} completed={STEPS.indexOf(s) < STEPS.indexOf(step) || step === 'done'}>
            <StepLabel>{t(`steps.${s}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {job.running && <JobProgress stage={job.stage} onCancel={job.cancel} />}
      {message && (
        <Alert severity={message.severity} data-testid="import-message" sx={{ whiteSpace: 'pre-line' }}>
          {message.text}
        </Alert>
      )}
      {step === 'choose' && <ChooseStep wizard={wizard} year={settings.currentYear} />}
      {step === 'mapping' && <MappingStep wizard={wizard} />}
      {step === 'preview' && <PreviewStep wizard={wizard} />}
      {step === 'done' && <DoneStep wizard={wizard} />}
    </Stack>
  );
}

export default ImportPage;
