// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BalanceCancelledError, type StartBalanceJob } from '../../../renderer/features/balance/balance-job';
import { solveBalance } from '../../../renderer/features/balance/balance-solve';
import { BalancePage } from '../../../renderer/features/balance/BalancePage';
import type { Registration } from '../../../shared/domain/types';
import { choose } from './forms';
import { renderPage, setUpPageTests } from './render-page';

/*
 * The seeded district plus an empty xóm 4. In 2025 xóm 1 has An, Bình (whole term) and
 * Cường: crowded. The solver moves An to xóm 3 and Bình to xóm 4, and asks Dung to add the
 * school: covered 2 → 5.
 */
const db = setUpPageTests();

beforeEach(async () => {
  await db().cells.add({ id: 'c-4', orgId: 'o-xa', name: 'Chi bộ xóm 4', memberCount: 20 });
});

/** The worker's work, in-process: jsdom has no Web Worker. */
const inProcessJob: StartBalanceJob = (request) => ({ result: Promise.resolve().then(() => solveBalance(request)), cancel: () => undefined });

const byId = (a: Registration, b: Registration) => a.id.localeCompare(b.id);
const snapshot = async () => (await db().registrations.toArray()).sort(byId);

async function runSolver(startJob: StartBalanceJob = inProcessJob): Promise<HTMLElement[]> {
  renderPage(<BalancePage startJob={startJob} />, db());
  await screen.findByTestId('balance-current');
  fireEvent.click(screen.getByTestId('balance-run'));
  await screen.findByTestId('balance-summary');
  return screen.getAllByTestId('balance-row');
}

const text = (id: string) => screen.getByTestId(id).textContent;
const statuses = () => screen.getAllByTestId('balance-row').map((row) => row.getAttribute('data-status'));

describe('BalancePage', () => {
  it('shows the suggestions as a diff with the solver’s reasons and its before → after', async () => {
    const startJob = vi.fn(inProcessJob);
    renderPage(<BalancePage startJob={startJob} />, db());
    expect(await screen.findByTestId('balance-current')).toHaveProperty(
      'textContent',
      'Hiện tại năm 2025: 2 / 5 chi bộ có người đăng ký · 1 chi bộ quá đông (từ 3 người)',
    );
    fireEvent.click(screen.getByLabelText('Cho phép đề xuất ngoài địa bàn phụ trách'));
    fireEvent.click(screen.getByRole('button', { name: 'Đề xuất cân đối' }));

    await screen.findByTestId('balance-summary');
    expect(startJob.mock.calls[0]?.[0]).toMatchObject({ year: 2025, allowOutsideArea: true });
    expect(startJob.mock.calls[0]?.[0].data.cells).toHaveLength(5);
    expect(text('balance-summary')).toBe(
      'Chi bộ có người đăng ký: 2 → 5Chi bộ quá đông: 1 → 0Số chuyển: 2Số thêm: 1Tải cao nhất: 2 chi bộ/người',
    );
    expect(screen.getByRole('heading', { name: 'Đề xuất cho năm 2025 (có thể ngoài địa bàn phụ trách)' })).toBeTruthy();

    const [moveAn, moveBinh, addDung] = screen.getAllByTestId('balance-row');
    expect(within(moveAn!).getByTestId('diff-minus').textContent).toBe('− Nguyễn Văn An: Chi bộ xóm 1 (Đảng bộ xã Hoa Thành)');
    expect(within(moveAn!).getByTestId('diff-plus').textContent).toBe('+ Nguyễn Văn An: Chi bộ xóm 3 (Đảng bộ xã Hoa Thành)');
    expect(moveAn!.textContent).toContain('Chuyển đồng chí Nguyễn Văn An từ Chi bộ xóm 1 (đã có 3 người đăng ký) sang Chi bộ xóm 3');
    expect(moveBinh!.textContent).toContain('Đăng ký cả nhiệm kỳ 2025–2030: chuyển cho cả nhiệm kỳ');
    expect(within(addDung!).queryByTestId('diff-minus')).toBeNull();
    // A grassroots Party cell is its own organization: named once.
    expect(within(addDung!).getByTestId('diff-plus').textContent).toBe('+ Phạm Thị Dung: Chi bộ Trường THPT Phan Đăng Lưu');
    expect(addDung!.textContent).toContain('Đề nghị đồng chí Phạm Thị Dung đăng ký thêm');
    expect(statuses()).toEqual(['pending', 'pending', 'pending']);
  });

  it('accepts one, then the rest, each as one step, and the coverage follows', async () => {
    await runSolver();
    expect(screen.queryByTestId('balance-last')).toBeNull();
    const acceptSelected = screen.getByTestId('balance-accept-selected') as HTMLButtonElement;
    expect(acceptSelected.disabled).toBe(true);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Chọn đề xuất 3' }));
    expect(acceptSelected.textContent).toBe('Chấp nhận đề xuất đã chọn (1)');
    fireEvent.click(acceptSelected);

    await waitFor(() => expect(statuses()).toEqual(['pending', 'pending', 'applied']));
    const added = await db().registrations.where('officialId').equals('p-dung').and((r) => r.cellId === 'c-truong').toArray();
    expect(added.map((r) => [r.period, r.note])).toEqual([[{ kind: 'year', year: 2025, quarters: [] }, 'Đề xuất cân đối']]);
    expect(text('balance-feedback')).toBe(
      'Đã áp dụng 1 thay đổi trong một lần: 0 chuyển, 1 đăng ký thêm (thời gian chưa xác định). Có thể hoàn tác.',
    );
    expect(text('balance-current')).toContain('3 / 5 chi bộ có người đăng ký');
    expect(text('balance-last')).toMatch(/^Lần cân đối gần nhất: \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4} — năm 2025, 0 chuyển, 1 đăng ký thêm\./);

    fireEvent.click(screen.getByRole('button', { name: 'Chấp nhận tất cả (2)' }));
    await waitFor(() => expect(statuses()).toEqual(['applied', 'applied', 'applied']));
    expect(text('balance-current')).toContain('5 / 5 chi bộ có người đăng ký · 0 chi bộ quá đông');
    expect((screen.getByTestId('balance-accept-all') as HTMLButtonElement).disabled).toBe(true);
    expect(await db().balanceUndo.count()).toBe(2);
  });

  it('undoes the last acceptance after asking, and the rows are open again', async () => {
    const before = await snapshot();
    await runSolver();
    fireEvent.click(screen.getByTestId('balance-accept-all'));
    await waitFor(() => expect(statuses()).toEqual(['applied', 'applied', 'applied']));

    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác lần cân đối gần nhất' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Xóa 1 đăng ký đã thêm và trả 2 đăng ký về chi bộ cũ');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hoàn tác' }));

    await waitFor(() => expect(statuses()).toEqual(['pending', 'pending', 'pending']));
    expect(text('balance-feedback')).toBe('Đã hoàn tác: xóa 1 đăng ký đã thêm, trả 2 đăng ký về chi bộ cũ.');
    expect(await snapshot()).toEqual(before);
    expect(text('balance-current')).toContain('2 / 5 chi bộ có người đăng ký');
    await waitFor(() => expect(screen.queryByTestId('balance-last')).toBeNull());
  });

  it('refuses to undo over a later edit, says why in Vietnamese, and lets the clerk drop the undo', async () => {
    await runSolver();
    fireEvent.click(screen.getByTestId('balance-accept-all'));
    await waitFor(() => expect(statuses()).toEqual(['applied', 'applied', 'applied']));
    // The clerk then set the quarter on Dung's new registration.
    await db().registrations.filter((r) => r.note === 'Đề xuất cân đối').modify((r) => {
      r.period = { kind: 'year', year: 2025, quarters: [3] };
    });
    const edited = await snapshot();

    fireEvent.click(screen.getByTestId('balance-undo'));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Hoàn tác' }));
    const alert = await screen.findByTestId('balance-feedback');
    await waitFor(() =>
      expect(alert.textContent).toContain(
        'Không hoàn tác được: đăng ký của đồng chí Phạm Thị Dung tại Chi bộ Trường THPT Phan Đăng Lưu đã được sửa hoặc xóa sau lần cân đối',
      ),
    );
    expect(await snapshot()).toEqual(edited);

    // findBy: the page is aria-hidden until the confirm dialog has finished closing.
    fireEvent.click(await within(alert).findByRole('button', { name: 'Bỏ qua lần hoàn tác này' }));
    await waitFor(() => expect(screen.queryByTestId('balance-last')).toBeNull());
    expect(await snapshot()).toEqual(edited);
  });

  it('marks a suggestion overtaken by an edit and leaves it out of "Chấp nhận tất cả"', async () => {
    await runSolver();
    await db().registrations.update('r-1', { cellId: 'c-2' });
    await waitFor(() => expect(statuses()).toEqual(['stale', 'pending', 'pending']));
    expect(screen.getAllByTestId('balance-row')[0]!.textContent).toContain('Dữ liệu đã thay đổi, cần tính lại');
    fireEvent.click(screen.getByRole('button', { name: 'Chấp nhận tất cả (2)' }));
    await waitFor(() => expect(statuses()).toEqual(['stale', 'applied', 'applied']));
    expect((await db().registrations.get('r-1'))?.cellId).toBe('c-2');
  });

  it('shows progress with "Hủy", and cancelling stops the job', async () => {
    const cancel = vi.fn();
    const started = vi.fn();
    let stop: (error: Error) => void = () => undefined;
    const hangingJob: StartBalanceJob = () => (started(), {
      result: new Promise((_resolve, reject) => {
        stop = reject;
      }),
      cancel: () => {
        cancel();
        stop(new BalanceCancelledError());
      },
    });
    renderPage(<BalancePage startJob={hangingJob} />, db());
    await screen.findByTestId('balance-current');
    fireEvent.click(screen.getByTestId('balance-run'));

    expect(await screen.findByRole('progressbar', { name: 'Đang tính đề xuất cân đối…' })).toBeTruthy();
    expect((screen.getByTestId('balance-run') as HTMLButtonElement).disabled).toBe(true);
    // The page reads its snapshot first, then starts the worker.
    await waitFor(() => expect(started).toHaveBeenCalledOnce());
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));

    expect((await screen.findByTestId('balance-run-result')).textContent).toBe('Đã hủy tính đề xuất.');
    expect(cancel).toHaveBeenCalledOnce();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByTestId('balance-summary')).toBeNull();
  });

  it('hides an answer computed for another year', async () => {
    await runSolver();
    await choose('Năm cân đối', '2026');
    await waitFor(() => expect(screen.queryByTestId('balance-summary')).toBeNull());
    expect(text('balance-current')).toMatch(/^Hiện tại năm 2026:/);
  });
});
