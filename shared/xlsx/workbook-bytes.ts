/** A workbook's .xlsx bytes, the same in Node and in the browser. */
import type ExcelJS from 'exceljs';

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  // Node returns a Buffer (a Uint8Array), the browser an ArrayBuffer; exceljs types both as Buffer.
  // Checked by tag, not instanceof: under jsdom or in a worker the bytes come from another realm.
  const data: unknown = await wb.xlsx.writeBuffer();
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (Object.prototype.toString.call(data) === '[object ArrayBuffer]') return new Uint8Array(data as ArrayBuffer);
  throw new Error('exceljs returned neither bytes nor an ArrayBuffer');
}
