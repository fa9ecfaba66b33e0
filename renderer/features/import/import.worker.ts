/**
 * Reads and checks an import file off the UI thread: exceljs is large, and matching a
 * province's rows against its directory takes long enough to freeze the page. Vite bundles
 * this file, with exceljs, as a chunk only the worker loads.
 */
import * as Comlink from 'comlink';
import type { ImportWork, WorkResult } from './import-types';
import { importWork } from './import-work';

/** Hands a built workbook's buffer over instead of copying it back. */
function handOver(result: WorkResult<Uint8Array>): WorkResult<Uint8Array> {
  return result.ok ? Comlink.transfer(result, [result.value.buffer as ArrayBuffer]) : result;
}

const api: ImportWork = {
  ...importWork,
  issuesWorkbook: async (issues, fileName) => handOver(await importWork.issuesWorkbook(issues, fileName)),
  template: async (kind, options) => handOver(await importWork.template(kind, options)),
};

Comlink.expose(api);
