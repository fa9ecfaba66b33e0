import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { uncoveredCells } from '../../../shared/coverage/coverage';
import { formatDateVi, type DateParts } from '../../../shared/domain/labels-vi';
import type { Settings } from '../../../shared/domain/types';
import { formatCount } from '../../components/format';
import { PageYearSelect } from '../../components/PageYearSelect';
import { usePageYear } from '../../components/usePageYear';
import { listRegistrationsForYear } from '../../db/repositories/registrations';
import { useDb } from '../../db/useDb';
import { ReportCard } from './ReportCard';
import { ExportStatus } from './ExportStatus';
import type { StartReportJob } from './report-job';
import { UncoveredPreview } from './UncoveredPreview';
import { useReportExport } from './useReportExport';

export interface UncoveredCellsCardProps {
  settings: Settings;
  startJob: StartReportJob;
  /** The report's date: today, taken once by the page. */
  date: DateParts;
}

/** Kept ASCII: the file travels by e-mail and USB stick between machines with other code pages. */
export function uncoveredFileName(year: number): string {
  return `Danh-sach-chi-bo-chua-co-nguoi-dang-ky-${year}.xlsx`;
}

/** "Danh sách chi bộ chưa có cán bộ đăng ký dự sinh hoạt": preview and Excel export. */
export function UncoveredCellsCard({ settings, startJob, date }: UncoveredCellsCardProps) {
  const { t } = useTranslation('reports');
  const db = useDb();
  const [year, setYear] = usePageYear(settings);
  const orgs = useLiveQuery(() => db.orgs.toArray(), [db]);
  const cells = useLiveQuery(() => db.cells.toArray(), [db]);
  const registrations = useLiveQuery(() => listRegistrationsForYear(db, year), [db, year]);
  const { state, run, cancel } = useReportExport(startJob);

  // Same rows, same order as the workbook: the builder uses this function too.
  const rows = useMemo(
    () => (orgs && cells && registrations ? uncoveredCells({ orgs, cells, registrations }, year) : undefined),
    [orgs, cells, registrations, year],
  );

  const exportXlsx = () => {
    if (!orgs || !cells || !registrations) return;
    void run({ report: 'uncovered', input: { settings, orgs, cells, registrations, year, date } }, uncoveredFileName(year));
  };

  return (
    <ReportCard
      title={t('uncovered.title')}
      description={t('uncovered.description')}
      controls={
        <>
          <PageYearSelect label={t('uncovered.year')} settings={settings} year={year} onChange={setYear} data-testid="report-year" />
          <Typography data-testid="report-date">{t('uncovered.date', { date: formatDateVi(date) })}</Typography>
        </>
      }
      count={rows && t('uncovered.count', { value: formatCount(rows.length) })}
      countTestId="uncovered-count"
      exportButton={{ label: t('uncovered.export'), onClick: exportXlsx, disabled: !rows || state.status === 'running', testId: 'export-uncovered' }}
    >
      <ExportStatus state={state} onCancel={cancel} />
      {rows && rows.length === 0 && <Alert severity="success">{t('uncovered.allCovered')}</Alert>}
      {rows && rows.length > 0 && <UncoveredPreview rows={rows} year={year} />}
    </ReportCard>
  );
}
