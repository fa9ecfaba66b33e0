/**
 * The few browser APIs the benches call inside `page.evaluate`, typed by hand. scripts/ is
 * compiled with Node types and no DOM (tsconfig.node.json), on purpose: adding the DOM lib
 * there would let electron/ main code use `window` unnoticed. In-page code casts
 * `globalThis` to `PageGlobals`; these are types only, nothing here runs.
 *
 * The functions handed to `page.evaluate` are sent as source text, so they must not use
 * anything imported at run time, nor named inner functions: tsx (esbuild keepNames) wraps
 * those in a `__name` helper that does not exist in the page. For the same reason a module
 * with in-page code must not import `performance` from node:perf_hooks: the bundler would
 * rewrite the page's `performance` into that import. The global one is the same in Node.
 */

export interface IdbRequest<T> {
  readonly result: T;
  readonly error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}

export interface IdbObjectStore {
  put(value: unknown): IdbRequest<unknown>;
  clear(): IdbRequest<undefined>;
  count(): IdbRequest<number>;
}

export interface IdbTransaction {
  readonly error: unknown;
  objectStore(name: string): IdbObjectStore;
  abort(): void;
  oncomplete: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
}

export interface IdbDatabase {
  readonly version: number;
  readonly objectStoreNames: { contains(name: string): boolean };
  transaction(stores: string | string[], mode: 'readonly' | 'readwrite', options?: { durability: 'default' | 'strict' | 'relaxed' }): IdbTransaction;
  close(): void;
}

export interface IdbOpenRequest extends IdbRequest<IdbDatabase> {
  readonly transaction: IdbTransaction | null;
  onupgradeneeded: (() => void) | null;
}

export interface PageGlobals {
  indexedDB: { open(name: string): IdbOpenRequest };
  requestIdleCallback(callback: () => void, options?: { timeout: number }): number;
}
