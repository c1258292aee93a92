// Imported corpus packs live in the extension's own IndexedDB: it needs no extra
// permission, holds far more than storage.local's quota, and survives browser
// restarts and extension updates. Which pack is in use is one small setting in
// storage.local, so every context hears about a change through storage.onChanged.
import { browser } from './browser.js';
import { inTransaction, openDatabase } from './idb.js';
import { isTypedArraysApart, typedArraysApart, typedArraysBack } from './typed-blob.js';
import type { StoredArticleKey, StoredColumns, StoredMatchIndex, StoredRecord } from '../core/index.js';

export interface StoredPackInfo {
  id: string;
  name: string;
  articleCount: number;
  bytes: number;
  /** ISO date-time of the import. */
  importedAt: string;
  /** The reading its articles' analyses are in (its header's); none for a pack of an older version (options: olderReadingNote). */
  reading?: number;
  /** SHA-256 of the pack's text, set when its match index is stored; the index is used only while it says the same. */
  digest?: string;
}

/** The corpus built into the extension; always present, never removable. */
export const BUNDLED = 'bundled';
export const ACTIVE_PACK_KEY = 'corpus.active';

const DB_NAME = 'crosscheck-packs';
// 2: each checked pack's match index and its articles' records, kept apart from its text.
const DB_VERSION = 2;
const INFO = 'info';
const TEXT = 'text';
const INDEX = 'index';
const RECORDS = 'records';

const openFresh = (): Promise<IDBDatabase> =>
  openDatabase(
    DB_NAME,
    DB_VERSION,
    (db) => {
      // The text is kept apart from the list, so that listing packs never reads megabytes.
      if (!db.objectStoreNames.contains(INFO)) db.createObjectStore(INFO, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(TEXT)) db.createObjectStore(TEXT);
      // The match index, loaded at each worker start, and one row per article keyed [pack id, article id], read by id.
      if (!db.objectStoreNames.contains(INDEX)) db.createObjectStore(INDEX);
      if (!db.objectStoreNames.contains(RECORDS)) db.createObjectStore(RECORDS);
    },
    'the pack store',
  );

// A connection opened ahead of its first use (openPackStoreEarly), handed to the first operation, which closes it after.
let early: Promise<IDBDatabase> | undefined;

/**
 * Starts opening the pack store now, for the next operation to use: the first open after the
 * browser starts is the slowest part of a first press (about 150 ms with a 10,000-article pack
 * in Chromium), and the worker can start it before the press needs it. An early connection
 * gives way to an upgrade from another context.
 */
export function openPackStoreEarly(): void {
  if (early) return;
  const opening = openFresh();
  opening.then(
    (db) =>
      (db.onversionchange = () => {
        db.close();
        if (early === opening) early = undefined;
      }),
    () => {
      if (early === opening) early = undefined;
    },
  );
  early = opening;
}

function open(): Promise<IDBDatabase> {
  const opened = early;
  early = undefined;
  return opened ?? openFresh();
}

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

/** Every row of one pack in the records store: keys [id, article id] sort after [id] and before [id, []]. */
const recordsOf = (id: string): IDBKeyRange => IDBKeyRange.bound([id], [id, []]);

/** The columns of strings of a stored index: a few for each article. */
const ROW_COLUMNS = ['ids', 'titles', 'sources', 'urls', 'publishedAt', 'dateTexts'] as const;
type StoredRows = Pick<StoredColumns, (typeof ROW_COLUMNS)[number]>;

/** Where a pack's article rows are kept in the index store: an array key, never equal to a pack's id (a text). */
const rowsKey = (id: string): IDBValidKey => [id, 'rows'];

/** An index with its columns of strings taken out, and those columns. */
function rowsApart(index: StoredMatchIndex): { rest: StoredMatchIndex; rows: StoredRows } {
  const columns: Partial<StoredColumns> = { ...index.columns };
  const rows = {} as Record<string, unknown>;
  for (const key of ROW_COLUMNS) {
    rows[key] = columns[key];
    delete columns[key];
  }
  return { rest: { ...index, columns: columns as StoredColumns }, rows: rows as StoredRows };
}

/**
 * Stores a checked pack's match index and records, replacing any earlier ones, in one transaction;
 * a listed pack's info takes the index's digest in the same transaction.
 */
export async function storeMatchIndex(id: string, index: StoredMatchIndex, records: readonly { id: string; record: StoredRecord }[]): Promise<void> {
  await inTransaction(open, [INFO, INDEX, RECORDS], 'readwrite', (info, indexStore, recordStore) => {
    recordStore!.delete(recordsOf(id));
    for (const { id: articleId, record } of records) recordStore!.put(record, [id, articleId]);
    // Its typed arrays as Blobs beside the rest: read at every worker start, they need not be deserialized (typed-blob.ts);
    // its articles' rows of strings as a value of their own (readMatchIndex says why).
    const { rest, rows } = rowsApart(index);
    indexStore!.put(typedArraysApart(rest), id);
    indexStore!.put(rows, rowsKey(id));
    const listed = info!.get(id) as IDBRequest<StoredPackInfo | undefined>;
    listed.onsuccess = () => {
      if (listed.result) info!.put({ ...listed.result, digest: index.digest });
    };
  }, 'the pack store');
}

/** A pack's stored match index and the digest its listing carries (either may be missing). */
export async function readMatchIndex(id: string): Promise<{ index?: StoredMatchIndex; digest?: string }> {
  const found: { index?: StoredMatchIndex; digest?: string } = {};
  let stored: unknown;
  let typedArrays: Promise<object> | undefined;
  // Both transactions on one connection: the index's first, then the rows'.
  const connection = open();
  const sameConnection = () => connection;
  const reading = inTransaction(sameConnection, [INFO, INDEX], 'readonly', (info, indexStore) => {
    const listed = info!.get(id) as IDBRequest<StoredPackInfo | undefined>;
    listed.onsuccess = () => {
      if (listed.result?.digest) found.digest = listed.result.digest;
    };
    const request = indexStore!.get(id) as IDBRequest<unknown>;
    request.onsuccess = () => {
      stored = request.result;
      // The typed arrays' bytes are read from here on, while the transaction completes.
      if (isTypedArraysApart(stored)) {
        typedArrays = typedArraysBack(stored);
        typedArrays.catch(() => undefined); // awaited below
      }
    };
  }, 'the pack store');
  // The articles' rows (60,000 strings at 10,000 articles) in a transaction of their own: the index's Blobs are read
  // only once its transaction has completed, which it does only after its values are deserialized on this thread.
  const rows = inTransaction(sameConnection, [INDEX], 'readonly', (indexStore) => indexStore!.get(rowsKey(id)) as IDBRequest<StoredRows | undefined>, 'the pack store');
  rows.catch(() => undefined); // awaited below
  await reading;
  // A report reads its related articles' records next: their connection opens meanwhile.
  openPackStoreEarly();
  // An index stored whole by an earlier build (its version tells the caller to make it again), or kept apart in one
  // Blob (before stop 27: not taken for one kept apart now, and no index the caller may use as it is).
  if (typedArrays) found.index = (await typedArrays) as StoredMatchIndex;
  else if (stored) found.index = stored as StoredMatchIndex;
  const storedRows = await rows;
  const index = found.index;
  // An index stored before its rows were kept apart (or by such a build since) holds them itself, and they are its
  // own; one without them in either place is not used.
  const holdsRows = Array.isArray((index?.columns as Partial<StoredColumns> | undefined)?.ids);
  if (index && !holdsRows) {
    if (storedRows) index.columns = { ...index.columns, ...storedRows };
    else delete found.index;
  }
  return found;
}

/** The records of these articles, in order; undefined where there is none. */
export async function readRecords(keys: readonly StoredArticleKey[]): Promise<(StoredRecord | undefined)[]> {
  const found: (StoredRecord | undefined)[] = keys.map(() => undefined);
  if (keys.length === 0) return found;
  await inTransaction(open, [RECORDS], 'readonly', (recordStore) => {
    keys.forEach((key, i) => {
      const request = recordStore!.get([key.pack, key.id]) as IDBRequest<StoredRecord | undefined>;
      request.onsuccess = () => void (found[i] = request.result);
    });
  }, 'the pack store');
  return found;
}

export async function removeStoredPack(id: string): Promise<void> {
  await inTransaction(open, [INFO, TEXT, INDEX, RECORDS], 'readwrite', (info, text, indexStore, recordStore) => {
    info!.delete(id);
    text!.delete(id);
    indexStore!.delete(id);
    indexStore!.delete(rowsKey(id));
    recordStore!.delete(recordsOf(id));
  }, 'the pack store');
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
