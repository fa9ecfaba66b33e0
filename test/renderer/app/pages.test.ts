import { describe, expect, it } from 'vitest';
import { hashForPage, PAGE_IDS, PAGES, pageFromHash, paramsFromHash } from '../../../renderer/app/pages';

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

  it('follows the year\'s work: plan, import, synthesize, balance, then meetings and recommendations, then reports', () => {
    expect(PAGES.map((p) => p.id)).toEqual([
      'dashboard',
      'organizations',
      'officials',
      'registrations',
      'import',
      'synthesis',
      'balance',
      'meetings',
      'recommendations',
      'reports',
      'settings',
    ]);
  });
});

describe('page params in the hash', () => {
  it('round-trips a Vietnamese search and a tab, spaces as %20', () => {
    const hash = hashForPage('organizations', { tab: 'cells', q: 'Chi bộ thôn 1 + 2' });
    expect(hash).toBe('#/organizations?tab=cells&q=Chi%20b%E1%BB%99%20th%C3%B4n%201%20%2B%202');
    expect(pageFromHash(hash)).toBe('organizations');
    expect(paramsFromHash(hash)).toEqual({ tab: 'cells', q: 'Chi bộ thôn 1 + 2' });
  });

  it('has no params without a query, and leaves out empty ones', () => {
    expect(paramsFromHash('#/registrations')).toEqual({});
    expect(paramsFromHash('')).toEqual({});
    expect(hashForPage('registrations', { q: '' })).toBe('#/registrations');
    expect(paramsFromHash('#/registrations?q=nguyen+van+an')).toEqual({ q: 'nguyen van an' });
  });
});
