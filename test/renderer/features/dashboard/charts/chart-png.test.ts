// @vitest-environment jsdom
import { toBlob } from 'html-to-image';
import { describe, expect, it, vi } from 'vitest';
import { chartPngBytes, chartPngFileName, PNG_EXCLUDE_ATTRIBUTE } from '../../../../../renderer/features/dashboard/charts/chart-png';

vi.mock('html-to-image', () => ({ toBlob: vi.fn() }));

describe('chartPngBytes', () => {
  it('captures on white at twice the resolution, fetches no fonts, and leaves the buttons out', async () => {
    vi.mocked(toBlob).mockResolvedValueOnce(new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }));
    const figure = document.createElement('figure');
    const bytes = await chartPngBytes(figure);
    expect([...bytes]).toEqual([1, 2, 3]);
    const [node, options] = vi.mocked(toBlob).mock.calls[0]!;
    expect(node).toBe(figure);
    // CSP img-src 'self' data: blob: — nothing may be fetched to embed fonts.
    expect(options).toMatchObject({ backgroundColor: '#ffffff', pixelRatio: 2, skipFonts: true });
    const button = document.createElement('button');
    button.setAttribute(PNG_EXCLUDE_ATTRIBUTE, '');
    expect(options?.filter?.(button)).toBe(false);
    expect(options?.filter?.(document.createElement('div'))).toBe(true);
  });

  it('fails rather than save an empty file', async () => {
    vi.mocked(toBlob).mockResolvedValueOnce(null);
    await expect(chartPngBytes(document.createElement('figure'))).rejects.toThrow();
  });
});

describe('chartPngFileName', () => {
  it('names the chart and the period without diacritics', () => {
    expect(chartPngFileName('by-type', { kind: 'year', year: 2025 })).toBe('bieu-do-by-type-nam-2025.png');
    expect(chartPngFileName('by-org', { kind: 'quarter', year: 2026, quarter: 2 })).toBe('bieu-do-by-org-quy-2-2026.png');
    expect(chartPngFileName('distribution', { kind: 'term', startYear: 2025, endYear: 2030 })).toBe(
      'bieu-do-distribution-nhiem-ky-2025-2030.png',
    );
  });
});
