import type { Page } from '@playwright/test';
import type { DistrictData, Settings } from '../../../shared/domain/types';

/**
 * Reads the app's real IndexedDB from inside the page, without going through the app,
 * so e2e assertions compare the UI and the exported files with what is actually stored.
 */
export async function readDatabase(page: Page): Promise<DistrictData> {
  const raw = await page.evaluate(async () => {
    const open = indexedDB.open('dang-ky-du-sinh-hoat');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store, 'readonly').objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    const result = {
      settings: await all('settings'),
      orgs: await all('orgs'),
      cells: await all('cells'),
      officials: await all('officials'),
      registrations: await all('registrations'),
    };
    db.close();
    return result;
  });
  return {
    settings: raw.settings[0] as Settings,
    orgs: raw.orgs as DistrictData['orgs'],
    cells: raw.cells as DistrictData['cells'],
    officials: raw.officials as DistrictData['officials'],
    registrations: raw.registrations as DistrictData['registrations'],
  };
}

/** Every record of one object store, read straight from IndexedDB. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const open = indexedDB.open('dang-ky-du-sinh-hoat');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      return await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name, 'readonly').objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store) as Promise<T[]>;
}

/** Deletes records by id straight in IndexedDB; reload the page afterwards so the app reads afresh. */
export async function deleteRecords(page: Page, store: string, ids: readonly string[]): Promise<void> {
  await page.evaluate(
    async ({ name, keys }) => {
      const open = indexedDB.open('dang-ky-du-sinh-hoat');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      try {
        const tx = db.transaction(name, 'readwrite');
        for (const key of keys) tx.objectStore(name).delete(key);
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      } finally {
        db.close();
      }
    },
    { name: store, keys: [...ids] },
  );
}
