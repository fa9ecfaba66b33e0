import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain/types';
import { issueLocator } from '../../../shared/import/issue-columns';
import { TEMPLATE_FILE_NAMES } from '../../../shared/import/template-specs';
import type { ImportKind } from '../../../shared/import/types';
import { foldForSearch } from '../../../shared/text/normalize';
import { usePlatform } from '../../platform/usePlatform';
import { issuesToFix } from './import-plan';
import type { ImportWork, StageListener, WorkResult } from './import-types';
import type { MappingState, PreviewState, WizardMessage } from './useImportWizard';

export const XLSX_FILTERS = [{ name: 'Excel', extensions: ['xlsx'] }];

/** "Đăng ký 2025 (bản cuối).xlsx" → "Danh-sach-loi-dang-ky-2025-ban-cuoi.xlsx": ASCII travels safely. */
export function issuesFileName(fileName: string): string {
  const stem = foldForSearch(fileName.replace(/\.xlsx$/i, '')).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `Danh-sach-loi-${stem || 'nhap'}.xlsx`;
}

type Run = <T>(task: (work: ImportWork, onStage: StageListener) => Promise<WorkResult<T>>) => Promise<T>;

interface Options {
  settings: Settings;
  run: Run;
  mapping: MappingState | null;
  preview: PreviewState | null;
  setMessage: (message: WizardMessage | null) => void;
  fail: (error: unknown) => void;
}

/** The two workbooks the screen hands out, both built in the worker: a template, and the rows to fix. */
export function useImportDownloads({ settings, run, mapping, preview, setMessage, fail }: Options) {
  const { t } = useTranslation('import');
  const platform = usePlatform();

  const save = useCallback(
    async (build: (work: ImportWork) => Promise<WorkResult<Uint8Array>>, name: string, savedKey: 'templateSaved' | 'preview.issuesSaved') => {
      setMessage(null);
      try {
        const bytes = await run(build);
        const saved = await platform.saveFile(name, bytes, XLSX_FILTERS);
        if (saved.saved) setMessage({ severity: 'success', text: t(savedKey, { location: saved.location }) });
      } catch (error) {
        fail(error);
      }
    },
    [run, platform, t, setMessage, fail],
  );

  const exportIssues = useCallback(() => {
    if (!preview || !mapping) return;
    const issues = issueLocator(mapping.analyses, mapping.mappings)(issuesToFix(preview.plan));
    void save((work) => work.issuesWorkbook(issues, mapping.fileName), issuesFileName(mapping.fileName), 'preview.issuesSaved');
  }, [preview, mapping, save]);

  const downloadTemplate = useCallback(
    (kind: ImportKind) => void save((work) => work.template(kind, { settings, year: settings.currentYear }), TEMPLATE_FILE_NAMES[kind], 'templateSaved'),
    [save, settings],
  );

  return { exportIssues, downloadTemplate };
}
