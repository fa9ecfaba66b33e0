import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/DbProvider';
import { createI18n } from '../../../renderer/i18n';
import { PlatformProvider } from '../../../renderer/platform/PlatformProvider';
import type { Platform } from '../../../renderer/platform/types';
import { freshDb } from '../db/fixtures';
import { seed } from './seed';

/** A platform whose calls tests can inspect; saving "succeeds" to a fixed location. */
export function fakePlatform(): Platform & { saveFile: ReturnType<typeof vi.fn> } {
  return {
    runtime: 'web',
    saveFile: vi.fn(async (name: string) => ({ saved: true as const, location: `Tải về/${name}` })),
    openFile: async () => null,
    openFiles: async () => [],
    print: async () => undefined,
    appInfo: async () => ({ name: 'Test', version: '0.0.0', runtime: 'web', dataLocation: 'Bộ nhớ thử' }),
  };
}

/** jsdom has no layout: charts and the grid only need the observer to exist. */
export function stubResizeObserver(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

/**
 * Sets up a page test file: each test gets its own database seeded with the district in
 * ./seed, and leaves no DOM or database behind. Returns the running test's database.
 */
export function setUpPageTests(): () => AppDatabase {
  let db: AppDatabase | undefined;
  beforeAll(stubResizeObserver);
  beforeEach(async () => {
    db = freshDb();
    await seed(db);
  });
  afterEach(async () => {
    cleanup();
    await db?.delete();
    db = undefined;
  });
  return () => {
    if (!db) throw new Error('The page test database exists only while a test runs.');
    return db;
  };
}

/** Renders a page the way the app does: its database, platform and Vietnamese strings. */
export function renderPage(page: ReactElement, db: AppDatabase, platform: Platform = fakePlatform()) {
  return render(
    <I18nextProvider i18n={createI18n('vi')}>
      <DbProvider db={db}>
        <PlatformProvider platform={platform}>{page}</PlatformProvider>
      </DbProvider>
    </I18nextProvider>,
  );
}
