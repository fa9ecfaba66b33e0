import type { Page } from '@playwright/test';

/** Every object store's records, by store name, in key order. */
export type DatabaseDump = Record<string, unknown[]>;

/**
 * The whole of the app's IndexedDB, every store the database has (not a fixed list, so a
 * table added later is compared too), read straight from the page without the app.
 */
export async function dumpDatabase(page: Page, name = 'dang-ky-du-sinh-hoat'): Promise<DatabaseDump> {
  return page.evaluate(async (dbName) => {
    const open = indexedDB.open(dbName);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      const stores = [...db.objectStoreNames];
      // One read transaction over every store: the dump is one consistent moment.
      const tx = db.transaction(stores, 'readonly');
      const read = (store: string) =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = tx.objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
      const entries = await Promise.all(stores.map(async (store) => [store, await read(store)] as const));
      return Object.fromEntries(entries);
    } finally {
      db.close();
    }
  }, name);
}

/** Record counts by store, for messages that stay readable when a dump has 20,000 rows. */
export function dumpCounts(dump: DatabaseDump): Record<string, number> {
  return Object.fromEntries(Object.entries(dump).map(([store, rows]) => [store, rows.length]));
}
