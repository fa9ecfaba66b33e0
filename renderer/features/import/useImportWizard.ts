import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgType } from '../../../shared/domain/org-types';
import type { Settings } from '../../../shared/domain/types';
import type { OrgTypeDecision } from '../../../shared/import/assemble-directory';
import type { SheetAnalysis } from '../../../shared/import/pipeline';
import type { ColumnMapping, ImportField, ImportKind } from '../../../shared/import/types';
import { useErrorText } from '../../components/useErrorText';
import { JobCancelledError } from '../../components/worker-job';
import { commitImport, loadImportSnapshot, type ImportAdded } from '../../db/repositories/import';
import { loadImportMappings, saveImportMappings } from '../../db/repositories/import-mappings';
import { useDb } from '../../db/useDb';
import { usePlatform } from '../../platform/usePlatform';
import type { StartImportJob } from './import-job';
import { todayIso } from '../../../shared/meetings/iso-date';
import { recordsToAdd, statusCounts, withCellChoice, withRegistrationChoice, withTypeChoice } from './import-plan';
import type { ImportBase, ImportPlan } from './import-types';
import { withField } from './mapping-model';
import { useImportDownloads, XLSX_FILTERS } from './useImportDownloads';
import { useImportJob } from './useImportJob';

export interface MappingState {
  fileName: string;
  analyses: SheetAnalysis[];
  mappings: ColumnMapping[];
  /** Per sheet: the mapping came from memory, not from the guess. */
  remembered: boolean[];
}

export interface PreviewState {
  base: ImportBase;
  plan: ImportPlan;
  /** Every organization-type question the file raised, answered or not, so answers can change. */
  typeDecisions: OrgTypeDecision[];
  /** The clerk said to import the rest and leave the undecided rows out. */
  skipUndecided: boolean;
}

export interface DoneState {
  fileName: string;
  added: ImportAdded;
  skipped: number;
  errors: number;
  duplicates: number;
}

export interface WizardMessage {
  severity: 'error' | 'info' | 'success';
  text: string;
}

/** The import screen's state and what the clerk can do at each step. */
export function useImportWizard(settings: Settings, startJob: StartImportJob) {
  const { t } = useTranslation('import');
  const db = useDb();
  const platform = usePlatform();
  const errorText = useErrorText();
  const job = useImportJob(startJob);
  const [kind, setKind] = useState<ImportKind>('registrations');
  const [mapping, setMapping] = useState<MappingState | null>(null);
  const [preview, setPreview] = useState<PreviewState | null>(null);
  const [done, setDone] = useState<DoneState | null>(null);
  const [message, setMessage] = useState<WizardMessage | null>(null);
  const [committing, setCommitting] = useState(false);

  const fail = useCallback(
    (error: unknown) =>
      setMessage(error instanceof JobCancelledError ? { severity: 'info', text: t('cancelled') } : { severity: 'error', text: errorText(error) }),
    [errorText, t],
  );

  const restart = useCallback((next?: ImportKind) => {
    if (next) setKind(next);
    setMapping(null);
    setPreview(null);
    setDone(null);
    setMessage(null);
  }, []);

  const pickFile = useCallback(async () => {
    setMessage(null);
    try {
      const picked = await platform.openFile(XLSX_FILTERS);
      if (!picked) return;
      restart();
      const analyses = await job.run((work, onStage) => work.analyze({ bytes: picked.data, kind, fileName: picked.name }, onStage));
      const memory = await loadImportMappings(db, kind, analyses.map((a) => a.key));
      const mappings = analyses.map((a) => memory.get(a.key) ?? a.mapping);
      setMapping({ fileName: picked.name, analyses, mappings, remembered: analyses.map((a) => memory.has(a.key)) });
    } catch (error) {
      fail(error);
    }
  }, [platform, restart, job, kind, db, fail]);

  const checkRows = useCallback(async () => {
    if (!mapping) return;
    setMessage(null);
    try {
      const { analyses, mappings } = mapping;
      await saveImportMappings(db, kind, analyses.map((a, i) => ({ key: a.key, mapping: mappings[i] ?? a.mapping })));
      const base = await loadImportSnapshot(db);
      const term = { startYear: settings.termStartYear, endYear: settings.termEndYear };
      const plan = await job.run((work, onStage) => work.plan({ kind, analyses, mappings, base, year: settings.currentYear, term, today: todayIso() }, onStage));
      setPreview({ base, plan, typeDecisions: plan.kind === 'directory' ? plan.plan.typeDecisions : [], skipUndecided: false });
    } catch (error) {
      fail(error);
    }
  }, [mapping, db, kind, settings, job, fail]);

  const commit = useCallback(async () => {
    if (!preview || !mapping) return;
    setMessage(null);
    setCommitting(true);
    try {
      const added = await commitImport(db, recordsToAdd(preview.plan, preview.skipUndecided));
      const counts = statusCounts(preview.plan);
      const skipped = preview.skipUndecided ? counts.needsDecision : 0;
      setDone({ fileName: mapping.fileName, added, skipped, errors: counts.error, duplicates: counts.duplicate });
    } catch (error) {
      fail(error);
    } finally {
      setCommitting(false);
    }
  }, [preview, mapping, db, fail]);

  const downloads = useImportDownloads({ settings, run: job.run, mapping, preview, setMessage, fail });
  const updatePlan = (change: (plan: ImportPlan) => ImportPlan) => setPreview((p) => p && { ...p, plan: change(p.plan) });

  return {
    step: done ? 'done' : preview ? 'preview' : mapping ? 'mapping' : 'choose',
    kind,
    mapping,
    preview,
    done,
    message,
    committing,
    job: { running: job.running, stage: job.stage, cancel: job.cancel },
    actions: {
      setKind: restart,
      pickFile,
      setField: (sheet: number, column: number, field: ImportField | null) =>
        setMapping((m) => m && { ...m, mappings: m.mappings.map((map, i) => (i === sheet ? withField(map, column, field) : map)) }),
      resetMappings: () => setMapping((m) => m && { ...m, mappings: m.analyses.map((a) => a.mapping), remembered: m.analyses.map(() => false) }),
      checkRows,
      backToMapping: () => setPreview(null),
      chooseCell: (key: string, cellId: string) => updatePlan((plan) => withCellChoice(plan, key, cellId)),
      chooseType: (orgId: string, type: OrgType) => updatePlan((plan) => withTypeChoice(plan, orgId, type)),
      chooseRegistration: (key: string, registrationId: string) => updatePlan((plan) => withRegistrationChoice(plan, key, registrationId)),
      setSkipUndecided: (skipUndecided: boolean) => setPreview((p) => p && { ...p, skipUndecided }),
      commit,
      restart: () => restart(),
      ...downloads,
    },
  } as const;
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
