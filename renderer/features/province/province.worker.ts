/**
 * The province page's worker: exceljs, the checksums and every district's counting stay off
 * the UI thread. Vite bundles this file, with exceljs, as a chunk only the worker loads.
 */
import * as Comlink from 'comlink';
import { provinceWork, type ProvinceWork } from './province-work';

const api: ProvinceWork = {
  ...provinceWork,
  async summaryXlsx(input) {
    const bytes = await provinceWork.summaryXlsx(input);
    // Hand the buffer over instead of copying it back.
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },
};

Comlink.expose(api);
