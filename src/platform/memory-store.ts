// The reading memory: the articles the reader analysed, with their features, kept in the
// extension's own IndexedDB on this device only, when (and only while) the reader has turned
// it on. A small revision counter in storage.local tells every context that it changed.
import { browser } from './browser.js';
import { inTransaction, openDatabase } from './idb.js';
import type { MemoryStore } from './seam.js';

export const MEMORY_ENABLED_KEY = 'memory.enabled';
export const MEMORY_REVISION_KEY = 'memory.revision';

const DB_NAME = 'crosscheck-memory';
const STORE = 'articles';

/** One remembered article: the page's address is the key, so reading a page again replaces it. */
export interface RememberedRecord {
  key: string;
  rememberedAt: string;
  /** A PackArticle, stored as the plain data it is. */
  article: unknown;
}

const open = (): Promise<IDBDatabase> =>
  openDatabase(
    DB_NAME,
    1,
    (db) => {
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'key' });
    },
    'the reading memory',
  );

function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  return inTransaction(open, [STORE], mode, (store) => body(store!), 'the reading memory');
}

export async function listRememberedRecords(): Promise<RememberedRecord[]> {
  return ((await run<RememberedRecord[]>('readonly', (store) => store.getAll())) ?? []).sort((a, b) => (a.rememberedAt < b.rememberedAt ? -1 : 1));
}

/** Adds or replaces one record and deletes the given keys, in one transaction. */
export async function writeRememberedRecord(record: RememberedRecord, evict: readonly string[]): Promise<void> {
  await run('readwrite', (store) => {
    for (const key of evict) store.delete(key);
    store.put(record);
  });
  await bumpRevision();
}

export async function clearRememberedRecords(): Promise<void> {
  await run('readwrite', (store) => {
    store.clear();
  });
  await bumpRevision();
}

export async function memoryEnabled(): Promise<boolean> {
  return (await browser.storage.local.get(MEMORY_ENABLED_KEY))[MEMORY_ENABLED_KEY] === true;
}

export async function setMemoryEnabled(enabled: boolean): Promise<void> {
  await browser.storage.local.set({ [MEMORY_ENABLED_KEY]: enabled });
}

async function bumpRevision(): Promise<void> {
  const current = (await browser.storage.local.get(MEMORY_REVISION_KEY))[MEMORY_REVISION_KEY];
  await browser.storage.local.set({ [MEMORY_REVISION_KEY]: (typeof current === 'number' ? current : 0) + 1 });
}

export function onMemoryChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (MEMORY_REVISION_KEY in changes || MEMORY_ENABLED_KEY in changes)) listener();
  });
}

/** The reading memory in this browser. */
export const memoryStore: MemoryStore = {
  enabled: memoryEnabled,
  setEnabled: setMemoryEnabled,
  onChanged: onMemoryChanged,
  list: listRememberedRecords,
  write: writeRememberedRecord,
  clear: clearRememberedRecords,
};
