/**
 * Puts a sample straight into the app's IndexedDB inside a real page, without the app: the
 * onboarding's "Tải dữ liệu mẫu" only knows the district sample, and there is no quicker
 * way in for a province. The app creates and upgrades the database (Dexie,
 * renderer/db/database.ts); this only fills the stores it made, in chunks (one
 * page.evaluate message per few thousand records, not one of tens of megabytes), with the
 * settings last, then reloads so the app reads everything afresh.
 *
 * Records cross as one JSON string per chunk: Playwright's own argument serialization
 * walks every field (≈2 s per 5,000 meetings; the province sample took ≈95 s that way),
 * JSON ≈0.3 s. What is left is Chromium's IndexedDB itself, ≈0.9 s per 5,000 meetings
 * with their three indexes: the province's ≈110,000 records take ≈16–21 s on 2 cores.
 */
import type { Page } from 'playwright-core';
import type { DistrictData } from '../../../shared/domain/types';
import type { IdbDatabase, PageGlobals } from './page-globals';

/** renderer/db/database.ts: DEFAULT_DATABASE_NAME and SETTINGS_ID (not imported: it pulls in Dexie and the DOM). */
export const APP_DATABASE = 'dang-ky-du-sinh-hoat';
const SETTINGS_ID = 'app';

const DATA_STORES = ['orgs', 'cells', 'officials', 'registrations', 'meetings', 'recommendations'] as const;
type DataStore = (typeof DATA_STORES)[number];
/** Every table of database version 5: all emptied first, so nothing of an earlier run is left. */
const ALL_STORES = ['settings', ...DATA_STORES, 'importMappings', 'balanceUndo'];
const CHUNK_ROWS = 5_000;
const START_TIMEOUT_MS = 60_000;

interface StoreWrite {
  store: string;
  /** A JSON array of the records to put. */
  rows: string;
  clear: boolean;
}

export type StoreCounts = Record<string, number>;

/**
 * One readwrite transaction over the named stores, in the page. Fails rather than create
 * the database: opening a database that does not exist yet would make a version-1 one
 * without tables, which the app would then have to cope with.
 */
function writeInPage({ name, writes }: { name: string; writes: StoreWrite[] }): Promise<void> {
  const g = globalThis as unknown as PageGlobals;
  return new Promise<IdbDatabase>((resolve, reject) => {
    const open = g.indexedDB.open(name);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(new Error(`cannot open ${name} (has the app created it?): ${String(open.error)}`));
  }).then(
    (db) =>
      new Promise<void>((resolve, reject) => {
        const missing = writes.map((w) => w.store).filter((s) => !db.objectStoreNames.contains(s));
        if (missing.length > 0) {
          db.close();
          reject(new Error(`${name} v${db.version / 10} has no store ${missing.join(', ')}`));
          return;
        }
        // Relaxed: no flush to disk per chunk; the page is reloaded only after the last one.
        const tx = db.transaction(
          writes.map((w) => w.store),
          'readwrite',
          { durability: 'relaxed' },
        );
        for (const w of writes) {
          const store = tx.objectStore(w.store);
          if (w.clear) store.clear();
          for (const row of JSON.parse(w.rows) as unknown[]) store.put(row);
        }
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onabort = () => {
          db.close();
          reject(new Error(`writing ${writes.map((w) => w.store).join(', ')} failed: ${String(tx.error)}`));
        };
      }),
  );
}

/** How many records each store holds, read in the page. */
function countInPage({ name, stores }: { name: string; stores: string[] }): Promise<StoreCounts> {
  const g = globalThis as unknown as PageGlobals;
  return new Promise<IdbDatabase>((resolve, reject) => {
    const open = g.indexedDB.open(name);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(new Error(`cannot open ${name}: ${String(open.error)}`));
  }).then((db) => {
    const tx = db.transaction(stores, 'readonly');
    return Promise.all(
      stores.map(
        (s) =>
          new Promise<[string, number]>((resolve, reject) => {
            const request = tx.objectStore(s).count();
            request.onsuccess = () => resolve([s, request.result]);
            request.onerror = () => reject(new Error(`count ${s}: ${String(request.error)}`));
          }),
      ),
    ).then(
      (pairs) => {
        db.close();
        return Object.fromEntries(pairs);
      },
      (error: unknown) => {
        db.close();
        throw error;
      },
    );
  });
}

function rowsOf(data: DistrictData, store: DataStore): unknown[] {
  return data[store] ?? [];
}

/** Waits until the app has opened its database: the onboarding (no settings) or the shell shows. */
export async function waitForAppStart(page: Page): Promise<void> {
  await page.getByTestId('load-sample').or(page.getByTestId('nav-dashboard')).first().waitFor({ timeout: START_TIMEOUT_MS });
}

/** Empties every store, writes `data` chunk by chunk, settings last. Returns the records written per store. */
export async function seedDatabase(page: Page, data: DistrictData): Promise<StoreCounts> {
  await page.evaluate(writeInPage, { name: APP_DATABASE, writes: ALL_STORES.map((store) => ({ store, rows: '[]', clear: true })) });
  const written: StoreCounts = {};
  for (const store of DATA_STORES) {
    const rows = rowsOf(data, store);
    for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
      await page.evaluate(writeInPage, { name: APP_DATABASE, writes: [{ store, rows: JSON.stringify(rows.slice(i, i + CHUNK_ROWS)), clear: false }] });
    }
    written[store] = rows.length;
  }
  await page.evaluate(writeInPage, {
    name: APP_DATABASE,
    writes: [{ store: 'settings', rows: JSON.stringify([{ ...data.settings, id: SETTINGS_ID }]), clear: false }],
  });
  written.settings = 1;
  return written;
}

export function countStores(page: Page): Promise<StoreCounts> {
  return page.evaluate(countInPage, { name: APP_DATABASE, stores: ['settings', ...DATA_STORES] });
}

/**
 * Opens the app at `hash` in a fresh profile, seeds `data` once the app has made its
 * database, checks every record arrived, and reloads into the shell. Returns how long
 * the writing took (ms) and the counts read back.
 */
export async function openAppWithData(page: Page, baseUrl: string, data: DistrictData, hash = '#/dashboard'): Promise<{ seedMs: number; counts: StoreCounts }> {
  await page.goto(`${baseUrl}/${hash}`);
  await waitForAppStart(page);
  const start = performance.now();
  const written = await seedDatabase(page, data);
  const seedMs = performance.now() - start;
  const counts = await countStores(page);
  const wrong = Object.entries(written).filter(([store, n]) => counts[store] !== n);
  if (wrong.length > 0) {
    throw new Error(`seeding lost records: ${wrong.map(([s, n]) => `${s} ${String(counts[s])}/${n}`).join(', ')}`);
  }
  await page.reload();
  await page.getByTestId('nav-dashboard').waitFor({ timeout: START_TIMEOUT_MS });
  return { seedMs, counts };
}
