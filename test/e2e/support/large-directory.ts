import ExcelJS from 'exceljs';
import { workbookBytes } from '../../../shared/xlsx/workbook-bytes';

export interface LargeDirectory {
  bytes: Uint8Array;
  orgs: number;
  cells: number;
}

/**
 * A province-sized directory file: `orgs` enterprise Party Committees with `cellsPerOrg`
 * cells each, one row per cell in the template's columns. Names are new to the sample
 * district, so every row becomes a record and the commit writes orgs + cells records.
 */
export async function largeDirectoryWorkbook(orgs: number, cellsPerOrg: number): Promise<LargeDirectory> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh mục TCCSĐ');
  ws.mergeCells('A1:E1');
  ws.getCell('A1').value = 'DANH SÁCH TỔ CHỨC CƠ SỞ ĐẢNG VÀ CHI BỘ TRỰC THUỘC';
  ws.getRow(3).values = ['STT', 'Tổ chức cơ sở đảng', 'Chi bộ trực thuộc', 'Loại hình', 'Số đảng viên'];
  let row = 4;
  for (let o = 1; o <= orgs; o++) {
    const org = `Đảng bộ Công ty Cổ phần Thử tải số ${String(o).padStart(4, '0')}`;
    for (let c = 1; c <= cellsPerOrg; c++, row++) {
      ws.getRow(row).values = [row - 3, org, `Chi bộ Tổ sản xuất ${String(c).padStart(2, '0')}`, 'Doanh nghiệp ngoài nhà nước', 5 + ((o + c) % 26)];
    }
  }
  return { bytes: await workbookBytes(wb), orgs, cells: orgs * cellsPerOrg };
}
