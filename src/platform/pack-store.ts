// Imported corpus packs live in the extension's own IndexedDB: it needs no extra
// permission, holds far more than storage.local's quota, and survives browser
// restarts and extension updates. Which pack is in use is one small setting in
// storage.local, so every context hears about a change through storage.onChanged.
import { browser } from './browser.js';
import { inTransaction, openDatabase } from './idb.js';

export interface StoredPackInfo {
  id: string;
  name: string;
  articleCount: number;
  bytes: number;
  /** ISO date-time of the import. */
  importedAt: string;
}

/** The corpus built into the extension; always present, never removable. */
export const BUNDLED = 'bundled';
export const ACTIVE_PACK_KEY = 'corpus.active';

const DB_NAME = 'crosscheck-packs';
const DB_VERSION = 1;
const INFO = 'info';
const TEXT = 'text';

const open = (): Promise<IDBDatabase> =>
  openDatabase(
    DB_NAME,
    DB_VERSION,
    (db) => {
      // The text is kept apart from the list, so that listing packs never reads megabytes.
      if (!db.objectStoreNames.contains(INFO)) db.createObjectStore(INFO, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(TEXT)) db.createObjectStore(TEXT);
    },
    'the pack store',
  );

function transact<T>(mode: IDBTransactionMode, run: (info: IDBObjectStore, text: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  return inTransaction(open, [INFO, TEXT], mode, (info, text) => run(info!, text!), 'the pack store');
}

export async function listStoredPacks(): Promise<StoredPackInfo[]> {
  const all = (await transact<StoredPackInfo[]>('readonly', (info) => info.getAll())) ?? [];
  return all.sort((a, b) => (a.importedAt < b.importedAt ? -1 : 1));
}

/** Stores a pack that has already been validated; both records are written in one transaction or neither is. */
export async function storePack(info: StoredPackInfo, json: string): Promise<void> {
  await transact('readwrite', (infoStore, textStore) => {
    infoStore.put(info);
    textStore.put(json, info.id);
  });
}

/** Stores a pack's text alone, not yet listed: the background checks it, then lists it (storePackInfo) or removes it. */
export async function storePackText(id: string, json: string): Promise<void> {
  await transact('readwrite', (_info, textStore) => void textStore.put(json, id));
}

export async function storePackInfo(info: StoredPackInfo): Promise<void> {
  await transact('readwrite', (infoStore) => void infoStore.put(info));
}

export async function readStoredPack(id: string): Promise<string | undefined> {
  return transact<string>('readonly', (_info, text) => text.get(id) as IDBRequest<string>);
}

export async function removeStoredPack(id: string): Promise<void> {
  await transact('readwrite', (info, text) => {
    info.delete(id);
    text.delete(id);
  });
  if ((await activePackId()) === id) await setActivePackId(BUNDLED);
}

export async function activePackId(): Promise<string> {
  const items = await browser.storage.local.get(ACTIVE_PACK_KEY);
  const id = items[ACTIVE_PACK_KEY];
  return typeof id === 'string' ? id : BUNDLED;
}

export async function setActivePackId(id: string): Promise<void> {
  await browser.storage.local.set({ [ACTIVE_PACK_KEY]: id });
}

export function onActivePackChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && ACTIVE_PACK_KEY in changes) listener();
  });
}
