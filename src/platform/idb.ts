// The extension's own IndexedDB stores (imported packs, the reading memory), opened and used the same way:
// a connection per operation, closed after it, so that no context holds the database open against an upgrade.

/** Opens (creating or upgrading where needed) a database; `what` names it in errors the reader may see. */
export function openDatabase(name: string, version: number, upgrade: (db: IDBDatabase) => void, what: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`${what} could not be opened`));
  });
}

/** Runs `body` in one transaction over `stores` and resolves with its request's result once the transaction completes. */
export async function inTransaction<T>(
  open: () => Promise<IDBDatabase>,
  stores: readonly string[],
  mode: IDBTransactionMode,
  body: (...objectStores: IDBObjectStore[]) => IDBRequest<T> | void,
  what: string,
): Promise<T | undefined> {
  const db = await open();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction([...stores], mode);
      const request = body(...stores.map((store) => tx.objectStore(store)));
      tx.oncomplete = () => resolve(request ? request.result : undefined);
      tx.onerror = () => reject(tx.error ?? new Error(`${what} failed`));
      tx.onabort = () => reject(tx.error ?? new Error(`${what} was full or unavailable`));
    });
  } finally {
    db.close();
  }
}
