// @vitest-environment jsdom
/**
 * The web platform's file pickers: a hidden file input clicked within the clerk's click
 * (multiple for openFiles), removed again whatever the clerk does.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebPlatform } from '../../../renderer/platform/web';

const filters = [{ name: 'Excel', extensions: ['xlsx', 'xls'] }];

/** Catches the input the platform clicks, without opening anything. */
function catchInput(): { input: () => HTMLInputElement } {
  const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
  return {
    input: () => {
      const clicked = click.mock.contexts.at(-1);
      if (!(clicked instanceof HTMLInputElement)) throw new Error('No file input was clicked');
      return clicked;
    },
  };
}

function choose(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('web openFiles', () => {
  it('clicks a multiple input at once, accepting the filters’ extensions, and returns every file', async () => {
    const { input } = catchInput();
    const opening = createWebPlatform().openFiles(filters);
    // Clicked synchronously: the browser only opens a file dialog within the user's click.
    expect(input().multiple).toBe(true);
    expect(input().accept).toBe('.xlsx,.xls');
    expect(input().isConnected).toBe(true);
    choose(input(), [new File([new Uint8Array([1, 2])], 'a.xlsx'), new File([new Uint8Array([3])], 'b.xlsx')]);
    const files = await opening;
    expect(files.map((f) => f.name)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(files.map((f) => [...f.data])).toEqual([[1, 2], [3]]);
    expect(input().isConnected).toBe(false);
  });

  it('returns [] when the dialog is cancelled', async () => {
    const { input } = catchInput();
    const opening = createWebPlatform().openFiles(filters);
    input().dispatchEvent(new Event('cancel'));
    await expect(opening).resolves.toEqual([]);
    expect(input().isConnected).toBe(false);
  });
});

describe('web openFile', () => {
  it('still picks one file, and null when cancelled', async () => {
    const first = catchInput();
    const opening = createWebPlatform().openFile(filters);
    expect(first.input().multiple).toBe(false);
    choose(first.input(), [new File([new Uint8Array([7])], 'x.xlsx')]);
    await expect(opening).resolves.toEqual({ name: 'x.xlsx', data: new Uint8Array([7]) });

    const second = catchInput();
    const cancelled = createWebPlatform().openFile(filters);
    second.input().dispatchEvent(new Event('cancel'));
    await expect(cancelled).resolves.toBeNull();
  });
});
