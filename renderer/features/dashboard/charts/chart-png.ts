/**
 * A chart as PNG bytes, for the clerk to paste into a report. The app's CSP allows images from
 * data: and blob: only and the app uses system fonts, so html-to-image must not try to fetch
 * and embed web fonts (skipFonts); the Vietnamese title is part of the captured figure.
 */
import { toBlob } from 'html-to-image';
import type { DashboardPeriod } from '../../../../shared/dashboard/types';
import { periodSlug } from './chart-format';

/** Elements carrying this attribute (the save button, links) are left out of the image. */
export const PNG_EXCLUDE_ATTRIBUTE = 'data-png-exclude';

function kept(node: HTMLElement): boolean {
  return !(node instanceof Element && node.hasAttribute(PNG_EXCLUDE_ATTRIBUTE));
}

export async function chartPngBytes(node: HTMLElement): Promise<Uint8Array> {
  const blob = await toBlob(node, { backgroundColor: '#ffffff', pixelRatio: 2, skipFonts: true, filter: kept });
  if (!blob) throw new Error('html-to-image produced no image');
  return new Uint8Array(await blob.arrayBuffer());
}

/** bieu-do-by-type-nam-2025.png: no diacritics, so every file system and mail client keeps it. */
export function chartPngFileName(chartId: string, period: DashboardPeriod): string {
  return `bieu-do-${chartId}-${periodSlug(period)}.png`;
}
