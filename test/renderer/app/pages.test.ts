import { describe, expect, it } from 'vitest';
import { hashForPage, PAGE_IDS, pageFromHash } from '../../../renderer/app/pages';

describe('page hash', () => {
  it('round-trips every page', () => {
    for (const id of PAGE_IDS) expect(pageFromHash(hashForPage(id))).toBe(id);
  });

  it('falls back to the dashboard for an empty or unknown hash', () => {
    expect(pageFromHash('')).toBe('dashboard');
    expect(pageFromHash('#/nope')).toBe('dashboard');
    expect(pageFromHash('#officials')).toBe('officials');
    expect(pageFromHash('#/reports?year=2025')).toBe('reports');
  });
});
