/**
 * Tile colours by number of registrants. A cell nobody registered for is what the clerk looks
 * for, so it must stand out on screen and in a grey printout: a light warm fill with a thick
 * dark outline, while covered cells go from light to dark blue with thin outlines. Crowded
 * cells get a dark dot with a white ring (visible on the darkest tile too), not a colour alone.
 * Tiles are styled by these classes (matrix-styles.ts), so tests and print CSS can tell the
 * buckets apart without reading colours.
 */
import type { RegistrantBucket } from '../../../../shared/dashboard/types';

export interface TileColors {
  background: string;
  border: string;
  /** Outline width in px: the gap's is thicker. */
  borderWidth: number;
  text: string;
}

export const TILE_COLORS: Record<RegistrantBucket, TileColors> = {
  '0': { background: '#ffe3c2', border: '#7a3b00', borderWidth: 2, text: '#5a2b00' },
  '1': { background: '#cfe0f3', border: '#7d9fc6', borderWidth: 1, text: '#0d2a4d' },
  '2': { background: '#78a5dc', border: '#3f6ea8', borderWidth: 1, text: '#08192f' },
  '3+': { background: '#1f4e8c', border: '#10305a', borderWidth: 1, text: '#ffffff' },
};

export const CROWDED_MARK_COLOR = '#b3261e';

const BUCKET_CLASS: Record<RegistrantBucket, string> = { '0': 'none', '1': 'one', '2': 'two', '3+': 'many' };

export function bucketClassName(bucket: RegistrantBucket): string {
  return `matrix-tile--${BUCKET_CLASS[bucket]}`;
}

export const CROWDED_CLASS = 'matrix-tile--crowded';

export function tileClassName(bucket: RegistrantBucket, crowded: boolean): string {
  return `matrix-tile ${bucketClassName(bucket)}${crowded ? ` ${CROWDED_CLASS}` : ''}`;
}

export const TILE_WIDTH = 36;
export const TILE_HEIGHT = 28;
export const TILE_GAP = 4;
