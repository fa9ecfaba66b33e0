// The renderer half of the IPC bridge: kept beside the main-process tests it mirrors.
import { describe, expect, it, vi, type Mock } from 'vitest';
import { IPC_CHANNELS, type IpcChannel, type PreloadApi } from '../../shared/ipc/contract';
import { createElectronPlatform, PlatformError, safeFileName } from '../../renderer/platform/electron';

function fakeApi(overrides: Partial<PreloadApi> = {}): PreloadApi {
  // Channels these tests do not call answer "failed" (the contract grows: backup:*).
  const failed = { ok: false as const, error: { code: 'failed' as const, message: 'not faked' } };
  const others = Object.fromEntries(IPC_CHANNELS.map((channel) => [channel, vi.fn(async () => failed)])) as Record<
    IpcChannel,
    Mock<() => Promise<typeof failed>>
  >;
  return {
    ...others,
    'file:save': vi.fn(async () => ({ ok: true as const, value: { saved: true as const, location: '/u/a.xlsx' } })),
    'file:open': vi.fn(async () => ({ ok: true as const, value: null })),
    'app:print': vi.fn(async () => ({ ok: true as const, value: { printed: true } })),
    'app:info': vi.fn(async () => ({
      ok: true as const,
      value: { name: 'x', version: '1', runtime: 'electron' as const, dataLocation: 'y' },
    })),
    ...overrides,
  };
}

describe('createElectronPlatform', () => {
  it('unwraps successful results', async () => {
    const platform = createElectronPlatform(fakeApi());
    expect(platform.runtime).toBe('electron');
    await expect(platform.saveFile('a.xlsx', new Uint8Array([1]), [])).resolves.toEqual({
      saved: true,
      location: '/u/a.xlsx',
    });
    await expect(platform.openFile([])).resolves.toBeNull();
    await expect(platform.print()).resolves.toBeUndefined();
    await expect(platform.appInfo()).resolves.toMatchObject({ runtime: 'electron' });
  });

  it('throws the Vietnamese message of a failed call', async () => {
    const message = 'Tệp "x.xlsx" quá lớn (60 MB). Chỉ mở được tệp tối đa 50 MB.';
    const api = fakeApi({ 'file:open': async () => ({ ok: false, error: { code: 'failed', message } }) });
    const opening = createElectronPlatform(api).openFile([]);
    await expect(opening).rejects.toBeInstanceOf(PlatformError);
    await expect(opening).rejects.toMatchObject({ code: 'failed', message });
  });

  it('makes a suggested name safe for the save schema', async () => {
    const api = fakeApi();
    await createElectronPlatform(api).saveFile('Báo cáo 12/2026.xlsx', new Uint8Array([1]), []);
    expect(api['file:save']).toHaveBeenCalledWith(expect.objectContaining({ suggestedName: 'Báo cáo 12-2026.xlsx' }));
  });
});

describe('safeFileName', () => {
  it.each([
    ['Báo cáo 12/2026.xlsx', 'Báo cáo 12-2026.xlsx'],
    ['a\\b:c*d?.xlsx', 'a-b-c-d-.xlsx'],
    ['tab\there.xlsx', 'tab-here.xlsx'],
    ['..', 'tep'],
    ['  ', 'tep'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });
});
