// Imported packs as the background uses them: checked whole once (at import, or once after an
// update that changes the stored form), then kept split, a match index loaded at each worker
// start without reading or checking the pack's text, and per-article records read by id only
// for a report's related articles and the reader view.
import { completeArticle, isCurrentIndex, parsePackJson, revivedIndex, splitPack, type CorpusPack, type PackArticle, type StoredArticleKey, type StoredMatchIndex, type StoredRecord } from '../core/index.js';

/** The pack store as this needs it: the browser's IndexedDB (platform/pack-store.ts), or a map in tests. */
export interface CorpusStore {
  readText(id: string): Promise<string | undefined>;
  readMatchIndex(id: string): Promise<{ index?: StoredMatchIndex; digest?: string }>;
  storeMatchIndex(id: string, index: StoredMatchIndex, records: readonly { id: string; record: StoredRecord }[]): Promise<void>;
  readRecords(keys: readonly StoredArticleKey[]): Promise<(StoredRecord | undefined)[]>;
}

/** SHA-256 of a text, as hexadecimal. */
export async function digestOf(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Stores a checked pack's match index and records; returns the match-only pack and the digest its listing must carry. */
export async function storeCheckedPack(store: Pick<CorpusStore, 'storeMatchIndex'>, id: string, pack: CorpusPack, text: string): Promise<{ pack: CorpusPack; digest: string }> {
  const digest = await digestOf(text);
  const { index, records } = splitPack(pack, id, digest);
  await store.storeMatchIndex(id, index, records);
  return { pack: revivedIndex(index), digest };
}

/**
 * A stored pack ready for matching: its stored match index when it is current (no text read, no
 * check), otherwise its text checked whole and split again. Undefined when the pack is gone.
 */
export async function loadStoredPack(store: CorpusStore, id: string): Promise<CorpusPack | undefined> {
  const { index, digest } = await store.readMatchIndex(id);
  if (isCurrentIndex(index, digest)) return revivedIndex(index);
  const text = await store.readText(id);
  if (text === undefined) return undefined;
  return (await storeCheckedPack(store, id, parsePackJson(text), text)).pack;
}

/** Reads the records of those of these articles that have only their match features, and makes them whole in place. */
export async function completeArticles(store: Pick<CorpusStore, 'readRecords'>, articles: readonly PackArticle[]): Promise<void> {
  const partial = articles.filter((article) => article.stored);
  const records = await store.readRecords(partial.map((article) => article.stored!));
  partial.forEach((article, i) => {
    const record = records[i];
    if (!record) throw new Error(`the record of corpus article "${article.stored!.id}" is missing; import the pack again`);
    completeArticle(article, record);
  });
}
