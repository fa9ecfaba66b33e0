import { useCallback, useState } from 'react';
import type { OpenManyResult } from '../../../shared/ipc/contract';
import { useWorkerJob } from '../../components/useWorkerJob';
import { getSubmission, importSubmissions, type AcceptedSubmission, type ImportOutcome } from '../../db/repositories/submissions';
import { useDb } from '../../db/useDb';
import { usePlatform } from '../../platform/usePlatform';
import type { StartProvinceJob } from './province-job';
import type { FileToRead, LookupStored, ReadResult } from './province-work';

const XLSX_FILTERS = [{ name: 'Excel', extensions: ['xlsx'] }];

/** What became of one picked file: stored (added, replaced), left as it was, or refused with the reader's reason. */
export type FileResult = ImportOutcome | { status: 'refused'; fileName: string; message: string };

export interface ImportDone {
  status: 'done';
  /** In the order the files were picked. */
  results: FileResult[];
}

function accepted(result: ReadResult): AcceptedSubmission | null {
  if (!result.ok) return null;
  const { ok: _ok, ...file } = result;
  return file;
}

/** The reader's results with the repository's outcomes put in place of the files it stored. */
function merge(read: readonly ReadResult[], outcomes: readonly ImportOutcome[]): FileResult[] {
  let next = 0;
  return read.map((result): FileResult => {
    const outcome = result.ok ? outcomes[next++] : undefined;
    if (outcome) return outcome;
    return { status: 'refused', fileName: result.fileName, message: result.ok ? '' : result.message };
  });
}

/**
 * "Nhập tệp các huyện gửi": the clerk picks the files through the platform (one dialog, many
 * files), they are read and checked in a worker (cancellable, with progress), then every
 * accepted one is stored in one transaction.
 */
export function useProvinceImport(startJob: StartProvinceJob) {
  const db = useDb();
  const platform = usePlatform();
  const job = useWorkerJob<ImportDone>();
  const { run: runJob } = job;
  const [progress, setProgress] = useState({ done: 0, total: 0 });

  const run = useCallback(
    (files: readonly FileToRead[], onStored?: (results: readonly FileResult[]) => void) =>
      runJob(async ({ track }) => {
        setProgress({ done: 0, total: files.length });
        const lookup: LookupStored = async (id) => {
          const row = await getSubmission(db, id);
          return row && { checksum: row.checksum, submission: row.submission };
        };
        const onProgress = (done: number, total: number) => setProgress({ done, total });
        const read = await track(() => startJob((work) => work.readFiles([...files], lookup, onProgress)));
        const storable = read.map(accepted).filter((f): f is AcceptedSubmission => f !== null);
        const outcomes = storable.length > 0 ? await importSubmissions(db, storable) : [];
        const results = merge(read, outcomes);
        onStored?.(results);
        return { status: 'done', results };
      }),
    [runJob, startJob, db],
  );

  /**
   * Asks for the files, then imports them; a cancelled dialog leaves the page as it was.
   * `onStart` runs once there is something to show (files picked, or the pick refused).
   */
  const pickAndRun = useCallback(
    async ({ onStart, onStored }: { onStart?: () => void; onStored?: (results: readonly FileResult[]) => void } = {}) => {
      let picked: OpenManyResult;
      try {
        picked = await platform.openFiles(XLSX_FILTERS);
      } catch (error) {
        // A refused pick (a file too big) reads like a failed import: nothing was imported.
        onStart?.();
        await runJob(() => Promise.reject(error instanceof Error ? error : new Error(String(error))));
        return;
      }
      if (picked.length === 0) return;
      onStart?.();
      await run(
        picked.map((file) => ({ name: file.name, bytes: file.data })),
        onStored,
      );
    },
    [platform, runJob, run],
  );

  return { state: job.state, progress, run, pickAndRun, cancel: job.cancel };
}
