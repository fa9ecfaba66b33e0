// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ImportCancelledError, inProcessImportJob, type StartImportJob } from '../../../renderer/features/import/import-job';
import type { ImportWork } from '../../../renderer/features/import/import-types';
import { importWork } from '../../../renderer/features/import/import-work';
import { ImportPage } from '../../../renderer/features/import/ImportPage';
import { analyzeSheets } from '../../../shared/import/pipeline';
import type { SheetGrid } from '../../../shared/import/types';
import { gridOf } from '../../shared/import/grid-of';
import { choose } from './forms';
import { fakePlatform, renderPage, setUpPageTests } from './render-page';

const db = setUpPageTests();

/**
 * A clerk's file: title block, a header over two rows with a merged group, a section row,
 * a cell named without its organization ("xóm 1" exists in two communes), a repeated row
 * and an impossible quarter.
 */
const grid = gridOf(
  [
    ['HUYỆN ỦY YÊN THÀNH'],
    ['**DANH SÁCH ĐĂNG KÝ DỰ SINH HOẠT CHI BỘ NĂM 2025'],
    [],
    ['**STT', '**Họ và tên', '**Chức vụ', '**Đăng ký dự sinh hoạt tại', null, '**Thời gian dự kiến'],
    [null, null, null, '**Tổ chức cơ sở đảng', '**Chi bộ', null],
    ['**I. ỦY VIÊN BAN THƯỜNG VỤ TỈNH ỦY'],
    [1, 'Nguyễn Văn An', 'Phó Bí thư Tỉnh ủy', 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 3', 'Quý II'],
    [2, 'Trần Thị Bình', 'Trưởng Ban Dân vận Tỉnh ủy', null, 'Chi bộ xóm 1', 'Quý III'],
    [3, 'Lê Văn Cường', 'Tỉnh ủy viên', 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 3', 'Quý II'],
    [4, 'Lê Văn Cường', 'Tỉnh ủy viên', 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 3', 'Quý II'],
    [5, 'Phạm Thị Dung', 'Tỉnh ủy viên', 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 2', 'Quý V'],
  ],
  ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:F5'],
  'Đăng ký',
);

/** The real work, except reading: jsdom and exceljs do not mix, and the grid says what the file holds. */
const workOn = (sheet: SheetGrid): ImportWork => ({
  ...importWork,
  analyze: async ({ kind, fileName }, onStage) => {
    onStage('reading');
    return { ok: true, value: analyzeSheets([sheet], kind, fileName) };
  },
});
const work = workOn(grid);

function platformWithFile(name = 'dang-ky-2025.xlsx', data = new Uint8Array([80, 75, 3, 4])) {
  return { ...fakePlatform(), openFile: vi.fn(async () => ({ name, data })) };
}

/** A second commune with its own "Chi bộ xóm 1", so the file's bare "Chi bộ xóm 1" is ambiguous. */
async function addSecondCommune() {
  await db().orgs.add({ id: 'o-ma', name: 'Đảng bộ xã Mã Thành', type: 'xa', kind: 'dang_bo_co_so' });
  await db().cells.add({ id: 'c-ma-1', orgId: 'o-ma', name: 'Chi bộ xóm 1', memberCount: 21 });
}

async function openPreview(startJob: StartImportJob = inProcessImportJob(work)) {
  await addSecondCommune();
  const platform = platformWithFile();
  renderPage(<ImportPage startJob={startJob} />, db(), platform);
  fireEvent.click(await screen.findByRole('button', { name: 'Chọn tệp Excel…' }));
  expect(await screen.findByText('Trang tính “Đăng ký”')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
  await screen.findByTestId('import-decisions');
  return platform;
}

const count = (status: string) => screen.getByTestId(`import-count-${status}`).textContent;
const commitButton = () => screen.getByTestId('import-commit') as HTMLButtonElement;

describe('ImportPage: preview and decisions', () => {
  it('shows each column’s guessed field, and remembers the mapping the clerk went on with', async () => {
    await addSecondCommune();
    renderPage(<ImportPage startJob={inProcessImportJob(work)} />, db(), platformWithFile());
    fireEvent.click(await screen.findByRole('button', { name: 'Chọn tệp Excel…' }));
    const sheet = await screen.findByTestId('import-sheet-mapping');
    expect(sheet.textContent).toContain('Tiêu đề ở dòng 4–5');
    expect(within(sheet).getByRole('combobox', { name: 'Thông tin ở cột B' }).textContent).toBe('Họ và tên cán bộ');
    expect(within(sheet).getByRole('combobox', { name: 'Thông tin ở cột E' }).textContent).toBe('Chi bộ');
    expect(within(sheet).getByText('Nguyễn Văn An; Trần Thị Bình')).toBeTruthy();

    // The clerk does not want the STT column: the next file with these headers opens that way.
    await choose('Thông tin ở cột A', '— Không nhập —', sheet);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
    await screen.findByTestId('import-decisions');
    const saved = await db().importMappings.toArray();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ kind: 'registrations', mapping: { official: 2, position: 3, org: 4, cell: 5, time: 6 } });

    fireEvent.click(screen.getByRole('button', { name: 'Quay lại đối chiếu cột' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Chọn tệp khác' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Chọn tệp Excel…' }));
    const again = await screen.findByTestId('import-sheet-mapping');
    expect(within(again).getByText('Dùng cách đối chiếu đã lưu')).toBeTruthy();
    expect(within(again).getByRole('combobox', { name: 'Thông tin ở cột A' }).textContent).toBe('— Không nhập —');
  });

  it('counts rows by status, explains each in Vietnamese, and waits for the ambiguous cell', async () => {
    await openPreview();
    expect(count('ok')).toBe('Hợp lệ: 2');
    expect(count('duplicate')).toBe('Trùng — đã gộp: 1');
    expect(count('needsDecision')).toBe('Cần chọn: 1');
    expect(count('error')).toBe('Lỗi: 1');
    expect(commitButton().disabled).toBe(true);

    const grid = screen.getByRole('grid', { name: 'Các dòng đọc được từ tệp' });
    const errorRow = within(grid).getByText(/một năm chỉ có bốn quý/).closest('[role="row"]') as HTMLElement;
    expect(errorRow.querySelector('[data-field="status"]')?.textContent).toBe('Lỗi');
    expect(errorRow.querySelector('[data-field="sheet"]')?.textContent).toBe('Đăng ký');
    expect(errorRow.querySelector('[data-field="row"]')?.textContent).toBe('11');
    expect(errorRow.querySelector('[data-field="column"]')?.textContent).toBe('F');
    expect(errorRow.querySelector('[data-field="value"]')?.textContent).toBe('Quý V');
    const duplicateRow = within(grid).getByText(/Trùng với dòng 9 \(Đăng ký\)/).closest('[role="row"]') as HTMLElement;
    expect(duplicateRow.querySelector('[data-field="status"]')?.textContent).toBe('Trùng — đã gộp');

    const decision = screen.getByTestId('decision-Đăng ký:8');
    expect(decision.textContent).toContain('Dòng 8 (Đăng ký): “Chi bộ xóm 1”');
    expect(decision.textContent).toContain('Có nhiều tổ chức cơ sở đảng có “Chi bộ xóm 1”');
  });

  it('takes the candidate the clerk picks, then commits everything in one go', async () => {
    await openPreview();
    const decision = screen.getByTestId('decision-Đăng ký:8');
    fireEvent.mouseDown(within(decision).getByRole('combobox', { name: 'Chi bộ dự sinh hoạt' }));
    const listbox = await screen.findByRole('listbox');
    const options = within(listbox).getAllByRole('option').map((o) => o.textContent);
    expect(options.slice(0, 2).sort()).toEqual(['Chi bộ xóm 1 (Đảng bộ xã Hoa Thành)', 'Chi bộ xóm 1 (Đảng bộ xã Mã Thành)']);
    fireEvent.click(within(listbox).getByRole('option', { name: 'Chi bộ xóm 1 (Đảng bộ xã Mã Thành)' }));

    await waitFor(() => expect(count('ok')).toBe('Hợp lệ: 3'));
    expect(count('needsDecision')).toBe('Cần chọn: 0');
    expect(screen.getByTestId('import-will-add').textContent).toBe('Sẽ thêm: 0 tổ chức cơ sở đảng, 0 chi bộ, 0 cán bộ, 3 lượt đăng ký.');
    expect(commitButton().disabled).toBe(false);
    fireEvent.click(commitButton());

    const done = await screen.findByTestId('import-done');
    expect(done.textContent).toContain('Đã thêm 0 tổ chức cơ sở đảng, 0 chi bộ, 0 cán bộ và 3 lượt đăng ký.');
    expect(done.textContent).toContain('Không nhập 1 dòng lỗi.');
    const binh = await db().registrations.where('officialId').equals('p-binh').toArray();
    expect(binh.map((r) => [r.cellId, r.period])).toContainEqual(['c-ma-1', { kind: 'year', year: 2025, quarters: [3] }]);
    expect(await db().registrations.count()).toBe(9);
    expect((screen.getByTestId('import-open-registrations') as HTMLAnchorElement).getAttribute('href')).toBe('#/registrations');
    expect((screen.getByTestId('import-open-synthesis') as HTMLAnchorElement).getAttribute('href')).toBe('#/synthesis');
  });

  it('lets the clerk skip the undecided rows explicitly, and says so', async () => {
    await openPreview();
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ qua các dòng này' }));
    expect(screen.getByTestId('import-undecided').textContent).toContain('Đã bỏ qua 1 dòng cần chọn');
    const grid = screen.getByRole('grid', { name: 'Các dòng đọc được từ tệp' });
    expect(within(grid).getAllByText('Bỏ qua')).toHaveLength(1);
    expect(commitButton().disabled).toBe(false);
    fireEvent.click(commitButton());
    const done = await screen.findByTestId('import-done');
    expect(done.textContent).toContain('2 lượt đăng ký');
    expect(done.textContent).toContain('Không nhập 1 dòng đã chọn bỏ qua.');
    expect(await db().registrations.count()).toBe(8);
  });

  it('saves the list of rows to fix as an .xlsx named after the file', async () => {
    const platform = await openPreview();
    fireEvent.click(screen.getByRole('button', { name: 'Xuất danh sách lỗi (.xlsx)' }));
    await waitFor(() => expect(platform.saveFile).toHaveBeenCalledOnce());
    const [name, bytes] = platform.saveFile.mock.calls[0] as [string, Uint8Array];
    expect(name).toBe('Danh-sach-loi-dang-ky-2025.xlsx');
    expect(bytes.byteLength).toBeGreaterThan(1000);
    expect((await screen.findByTestId('import-message')).textContent).toBe('Đã lưu danh sách lỗi: Tải về/Danh-sach-loi-dang-ky-2025.xlsx');
  });
});

describe('ImportPage: a directory file', () => {
  const directory = gridOf(
    [
      ['**DANH SÁCH TỔ CHỨC CƠ SỞ ĐẢNG VÀ CHI BỘ'],
      [],
      ['**STT', '**Tổ chức cơ sở đảng', '**Chi bộ', '**Số đảng viên'],
      [1, 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 1', 25],
      [2, 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 4', 19],
      [3, 'Chi bộ Hợp tác xã Đồng Tiến', null, 7],
    ],
    [],
    'Danh mục',
  );

  it('adds only what the database lacks, after the clerk gives the type the file leaves out', async () => {
    renderPage(<ImportPage startJob={inProcessImportJob(workOn(directory))} />, db(), platformWithFile('danh-muc.xlsx'));
    fireEvent.click(await screen.findByRole('radio', { name: /Danh sách tổ chức cơ sở đảng & chi bộ/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Chọn tệp Excel…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra dữ liệu' }));
    await screen.findByTestId('import-decisions');
    expect(count('ok')).toBe('Hợp lệ: 1');
    expect(count('duplicate')).toBe('Trùng — đã gộp: 1');
    expect(count('needsDecision')).toBe('Cần chọn: 1');
    expect(screen.getByText('“Chi bộ xóm 1” của “Đảng bộ xã Hoa Thành” đã có trong danh mục; dòng này không thêm mới.')).toBeTruthy();
    expect(commitButton().disabled).toBe(true);

    await choose('Loại hình của Chi bộ Hợp tác xã Đồng Tiến', 'Khác');
    await waitFor(() => expect(count('needsDecision')).toBe('Cần chọn: 0'));
    expect(screen.getByTestId('import-will-add').textContent).toBe('Sẽ thêm: 1 tổ chức cơ sở đảng, 2 chi bộ, 0 cán bộ, 0 lượt đăng ký.');
    fireEvent.click(commitButton());
    await screen.findByTestId('import-done');

    const org = (await db().orgs.toArray()).find((o) => o.name === 'Chi bộ Hợp tác xã Đồng Tiến');
    expect(org).toMatchObject({ type: 'khac', kind: 'chi_bo_co_so' });
    expect((await db().cells.where('orgId').equals('o-xa').toArray()).map((c) => c.name).sort()).toEqual([
      'Chi bộ xóm 1',
      'Chi bộ xóm 2',
      'Chi bộ xóm 3',
      'Chi bộ xóm 4',
    ]);
    expect((screen.getByTestId('import-open-organizations') as HTMLAnchorElement).getAttribute('href')).toBe('#/organizations');
  });
});

describe('ImportPage: reading the file', () => {
  it('names the file in a Vietnamese message when it cannot be read', async () => {
    renderPage(<ImportPage startJob={inProcessImportJob(importWork)} />, db(), platformWithFile('rong.xlsx', new Uint8Array()));
    fireEvent.click(await screen.findByRole('button', { name: 'Chọn tệp Excel…' }));
    expect((await screen.findByTestId('import-message')).textContent).toBe('Tệp “rong.xlsx” rỗng (0 byte). Hãy chọn lại tệp Excel.');
    expect(screen.queryByTestId('import-sheet-mapping')).toBeNull();
  });

  it('shows the stage with “Hủy”, and cancelling leaves the clerk where they were', async () => {
    const cancel = vi.fn();
    const hanging: StartImportJob = (task) => {
      let stop: (error: Error) => void = () => undefined;
      const result = new Promise<never>((_resolve, reject) => {
        stop = reject;
      });
      void task({ ...work, analyze: (_request, onStage) => (onStage('reading'), new Promise(() => undefined)) });
      return {
        result,
        cancel: () => {
          cancel();
          stop(new ImportCancelledError());
        },
      };
    };
    renderPage(<ImportPage startJob={hanging} />, db(), platformWithFile());
    fireEvent.click(await screen.findByRole('button', { name: 'Chọn tệp Excel…' }));
    expect((await screen.findByTestId('import-stage')).textContent).toBe('Đang đọc tệp…');
    expect((screen.getByTestId('import-pick-file') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect((await screen.findByTestId('import-message')).textContent).toBe('Đã hủy. Dữ liệu không thay đổi.');
    expect(cancel).toHaveBeenCalledOnce();
    expect(screen.queryByTestId('import-progress')).toBeNull();
  });
});

describe('ImportPage: a meetings file', () => {
  /**
   * A grassroots schedule: a notice ready to import, one by a Deputy Secretary, one at a cell
   * where An has two registrations of 2025 (quarters II and IV) and the meeting is in III, and
   * one of an official registered there only for 2026.
   */
  const meetings = gridOf(
    [
      ['HUYỆN ỦY YÊN THÀNH'],
      ['**LỊCH SINH HOẠT CHI BỘ CÓ CÁN BỘ TỈNH DỰ'],
      [],
      ['**STT', '**Họ tên đồng chí dự', '**Tổ chức cơ sở đảng', '**Chi bộ', '**Ngày sinh hoạt', '**Giờ', '**Địa điểm', '**Hình thức', '**Nội dung', '**Bí thư/PBT dự', '**Đã XN'],
      [1, 'Đ/c Nguyễn Văn An', 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 1', '05/03/2025', '7h30', 'Nhà văn hóa xóm 1', 'Thường kỳ', 'Kiểm điểm tháng 2', 'Bí thư', 'x'],
      [2, 'Tran Thi Binh', 'Đảng bộ xã Hoa Thành', 'Xóm 1', '12-3-2025', '14h–16h30', null, 'chuyen de', null, 'đ/c Lê Văn B - PBT', null],
      [3, 'Nguyễn Văn An', 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 2', '20/8/2025', '7 giờ 30'],
      [4, 'Phạm Thị Dung', 'Đảng bộ xã Hoa Thành', 'Chi bộ xóm 3', '10/03/2025', '8h'],
    ],
    [],
    'Lịch T3',
  );

  it('links each notice to its registration, asks which one when two fit, and adds the meetings at once', async () => {
    renderPage(<ImportPage startJob={inProcessImportJob(workOn(meetings))} />, db(), platformWithFile('lich-t3.xlsx'));
    fireEvent.click(await screen.findByRole('radio', { name: /Lịch sinh hoạt/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Chọn tệp Excel…' }));
    const sheet = await screen.findByTestId('import-sheet-mapping');
    expect(within(sheet).getByRole('combobox', { name: 'Thông tin ở cột E' }).textContent).toBe('Ngày sinh hoạt');
    expect(within(sheet).getByRole('combobox', { name: 'Thông tin ở cột J' }).textContent).toBe('Bí thư/Phó Bí thư dự');
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
    await screen.findByTestId('import-decisions');

    expect(count('ok')).toBe('Hợp lệ: 2');
    expect(count('needsDecision')).toBe('Cần chọn: 1');
    expect(count('error')).toBe('Lỗi: 1');
    const grid = screen.getByRole('grid', { name: 'Các dòng đọc được từ tệp' });
    const errorRow = within(grid).getByText(/Chưa có đăng ký dự sinh hoạt của đồng chí Phạm Thị Dung/).closest('[role="row"]') as HTMLElement;
    expect(errorRow.querySelector('[data-field="row"]')?.textContent).toBe('8');
    expect(errorRow.querySelector('[data-field="column"]')?.textContent).toBe('D');
    expect(within(grid).getByText('Trần Thị Bình — Chi bộ xóm 1 (Đảng bộ xã Hoa Thành) — 12/03/2025 14:00–16:30 — Chuyên đề')).toBeTruthy();
    expect(commitButton().disabled).toBe(true);

    await choose('Đăng ký dự sinh hoạt', 'Nguyễn Văn An — Chi bộ xóm 2 (Đảng bộ xã Hoa Thành) — Quý IV năm 2025', screen.getByTestId('decision-Lịch T3:7'));
    await waitFor(() => expect(count('needsDecision')).toBe('Cần chọn: 0'));
    expect(screen.getByTestId('import-will-add').textContent).toBe('Sẽ thêm: 3 buổi sinh hoạt vào lịch.');
    fireEvent.click(commitButton());

    const done = await screen.findByTestId('import-done');
    expect(done.textContent).toContain('Đã thêm 3 buổi sinh hoạt vào lịch.');
    expect(done.textContent).toContain('Không nhập 1 dòng lỗi.');
    const stored = await db().meetings.orderBy('date').toArray();
    expect(stored.map((m) => [m.registrationId, m.date, m.startTime, m.endTime, m.type, m.host.role, m.host.name, m.host.confirmed, m.status])).toEqual([
      ['r-1', '2025-03-05', '07:30', '', 'regular', 'secretary', '', true, 'scheduled'],
      ['r-2', '2025-03-12', '14:00', '16:30', 'thematic', 'deputy', 'Lê Văn B', false, 'scheduled'],
      ['r-5', '2025-08-20', '07:30', '', 'regular', null, '', false, 'scheduled'],
    ]);
    expect((screen.getByTestId('import-open-meetings') as HTMLAnchorElement).getAttribute('href')).toBe('#/meetings');
  });
});
