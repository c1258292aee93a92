// A pack the options page imported, checked here, once, by the one validator: the options page
// stores the file's text and asks; the background reads it, checks it whole and lists it, or
// removes it and says why. The options page never parses a pack (it once took the renderer to
// 950 MiB) nor carries the validator's code.
import { PackError, parsePackJson } from '../core/index.js';
import type { ImportResult } from '../messages.js';
import type { StoredPackInfo } from '../platform/pack-store.js';
import { storeCheckedPack, type CorpusStore } from './stored-corpus.js';

/** The pack store as the import needs it: the browser's IndexedDB, or a map in tests. */
export interface ImportStore extends Pick<CorpusStore, 'storeMatchIndex'> {
  readText(id: string): Promise<string | undefined>;
  putInfo(info: StoredPackInfo): Promise<void>;
  remove(id: string): Promise<void>;
}

export async function importStoredPack(store: ImportStore, id: string, bytes: number, now = new Date()): Promise<ImportResult> {
  const json = await store.readText(id);
  if (json === undefined) return { ok: false, reason: 'it could not be stored (the stored file was not found)' };
  try {
    const pack = parsePackJson(json);
    // Kept split once checked: each worker start then loads the match index alone, unchecked (stored-corpus.ts).
    const { digest } = await storeCheckedPack(store, id, pack, json);
    const info: StoredPackInfo = { id, name: pack.name, articleCount: pack.articles.length, bytes, importedAt: now.toISOString(), digest };
    if (pack.reading !== undefined) info.reading = pack.reading;
    await store.putInfo(info);
    return { ok: true, name: pack.name, articleCount: pack.articles.length };
  } catch (error) {
    await store.remove(id);
    if (error instanceof PackError) return { ok: false, reason: error.message };
    return { ok: false, reason: `it could not be stored (${String((error as Error)?.message ?? error)})` };
  }
}
