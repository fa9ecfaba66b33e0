/**
 * "Tổng hợp toàn tỉnh" (province mode): the districts' "Gửi tỉnh" files imported, checked and
 * kept one per district and period; their figures side by side and summed; the summary
 * exported as Excel or printed as a Party document.
 */
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodToParam } from '../../../shared/dashboard/location';
import { periodLabelVi } from '../../../shared/dashboard/period';
import type { DateParts } from '../../../shared/domain/labels-vi';
import type { Settings } from '../../../shared/domain/types';
import type { ReportDocument } from '../../../shared/report/layout';
import type { ProvinceDistrict } from '../../../shared/submission/province-overview';
import { JobStatus } from '../../components/JobStatus';
import { SettingsGate } from '../../components/SettingsGate';
import { useConfirmDelete } from '../../components/useConfirmDelete';
import { deleteSubmission, formatDateTimeVi, listSubmissionPeriods, listSubmissions } from '../../db/repositories/submissions';
import { useDb } from '../../db/useDb';
import { WithPrintPreview } from '../reports/print/WithPrintPreview';
import { DistrictsTable } from './DistrictsTable';
import { ImportStatus } from './ImportStatus';
import { startWorkerProvinceJob, type StartProvinceJob } from './province-job';
import { ProvinceCharts } from './ProvinceCharts';
import { ProvinceKpis } from './ProvinceKpis';
import { ProvinceToolbar } from './ProvinceToolbar';
import { useProvinceImport, type FileResult } from './useProvinceImport';
import { useProvinceOverview } from './useProvinceOverview';
import { useProvinceSummary, type SummaryDone } from './useProvinceSummary';

export interface ProvincePageProps {
  /** Tests run the work in-process; the app uses a Web Worker. */
  startJob?: StartProvinceJob;
}

function today(): DateParts {
  const now = new Date();
  return { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() };
}

export function ProvincePage({ startJob = startWorkerProvinceJob }: ProvincePageProps) {
  const { t } = useTranslation('province');
  return (
    <WithPrintPreview>
      {(print) => (
        <Stack spacing={2}>
          <Typography variant="h5" component="h1">
            {t('title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('intro')}
          </Typography>
          <SettingsGate>{(settings) => <ProvinceBody settings={settings} startJob={startJob} onPrint={print} />}</SettingsGate>
        </Stack>
      )}
    </WithPrintPreview>
  );
}

interface ProvinceBodyProps {
  settings: Settings;
  startJob: StartProvinceJob;
  onPrint(documents: ReportDocument[]): void;
}

function ProvinceBody({ settings, startJob, onPrint }: ProvinceBodyProps) {
  const { t } = useTranslation('province');
  const db = useDb();
  const [date] = useState(today);
  const [chosen, setChosen] = useState<string | null>(null);
  const periods = useLiveQuery(() => listSubmissionPeriods(db), [db]);
  // The latest period unless the clerk chose one that is still there.
  const current = periods?.find((p) => p.key === chosen) ?? periods?.[0];
  const rows = useLiveQuery(() => (current ? listSubmissions(db, current.key) : []), [db, current?.key]);
  const { overview, pending, error } = useProvinceOverview(startJob, current?.period, rows);
  const importer = useProvinceImport(startJob);
  const { pickAndRun: pickAndImport } = importer;
  const summary = useProvinceSummary(startJob, onPrint);
  const deleting = useConfirmDelete();
  const [resultsShown, setResultsShown] = useState(true);
  const shown = overview && current && periodToParam(overview.period) === current.key ? overview : undefined;
  const input = useMemo(() => (shown ? { overview: shown, settings, date } : undefined), [shown, settings, date]);

  const importFiles = useCallback(() => {
    // Show the period the files were for, so the clerk sees what was just imported.
    const onStored = (results: readonly FileResult[]) => {
      for (const r of results) if (r.status === 'added' || r.status === 'replaced') return setChosen(r.periodKey);
    };
    void pickAndImport({ onStart: () => setResultsShown(true), onStored });
  }, [pickAndImport]);
  const askDelete = (district: ProvinceDistrict) => {
    const row = rows?.find((r) => r.committeeKey === district.key);
    if (!row) return;
    const params = { committee: district.committee.name, file: row.fileName, period: periodLabelVi(row.submission.period), time: formatDateTimeVi(district.generatedAt) };
    deleting.ask(async () => ({ title: t('table.deleteTitle', params), message: t('table.deleteMessage', params), run: () => deleteSubmission(db, row.id) }));
  };

  return (
    <>
      <ProvinceToolbar
        periods={periods ?? []}
        periodKey={current?.key}
        onPeriod={setChosen}
        date={date}
        onImport={importFiles}
        importing={importer.state.status === 'running'}
        summaryReady={!!input}
        exporting={summary.exportState.status === 'running'}
        printing={summary.printState.status === 'running'}
        onExport={() => input && void summary.exportXlsx(input)}
        onPrint={() => input && void summary.print(input)}
      />
      {resultsShown && <ImportStatus state={importer.state} progress={importer.progress} onCancel={importer.cancel} onDismiss={() => setResultsShown(false)} />}
      <JobStatus<SummaryDone>
        state={summary.exportState}
        onCancel={summary.cancelExport}
        labels={{ running: t('actions.running'), cancel: t('actions.cancel'), cancelled: t('actions.cancelled') }}
        testIds={{ cancel: 'province-export-cancel', result: 'province-export-result' }}
        outcome={(done) => (done.status === 'saved' ? { severity: 'success', text: t('actions.saved', { location: done.location }) } : { severity: 'info', text: t('actions.notSaved') })}
      />
      {summary.printState.status === 'failed' && <Alert severity="error">{t('actions.printFailed', { message: summary.printState.message })}</Alert>}
      {deleting.errorAlert}
      {deleting.dialog}
      {periods === undefined ? null : periods.length === 0 ? (
        <Alert severity="info" data-testid="province-empty">
          {t('empty')}
        </Alert>
      ) : (
        <>
          {error && <Alert severity="error">{t('overview.failed', { message: error })}</Alert>}
          {pending && <LinearProgress aria-label={t('overview.computing')} />}
          {shown && <ProvinceKpis total={shown.total} />}
          {shown && <DistrictsTable overview={shown} onDelete={askDelete} />}
          {shown && <ProvinceCharts overview={shown} />}
        </>
      )}
    </>
  );
}

export default ProvincePage;
