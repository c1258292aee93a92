// The pack store in memory, as IndexedDB behaves for what the background asks of it: values
// come back as structured clones (not the objects put in), a stored index gives its digest to
// the pack's listing, and every read is counted so that tests can say what a load touched.
import type { StoredPackInfo } from '../../src/platform/pack-store.js';
import type { StoredArticleKey, StoredMatchIndex, StoredRecord } from '../../src/core/index.js';
import type { CorpusStore } from '../../src/background/stored-corpus.js';

export function fakePackStore(texts: Record<string, string> = {}) {
  const infos = new Map<string, StoredPackInfo>();
  const indexes = new Map<string, StoredMatchIndex>();
  const records = new Map<string, StoredRecord>();
  const reads = { text: 0, index: 0, records: 0 };
  const recordKey = (pack: string, id: string) => JSON.stringify([pack, id]);
  const store: CorpusStore & {
    putInfo(info: StoredPackInfo): Promise<void>;
    remove(id: string): Promise<void>;
  } = {
    async readText(id) {
      reads.text++;
      return texts[id];
    },
    async readMatchIndex(id) {
      reads.index++;
      const found: { index?: StoredMatchIndex; digest?: string } = {};
      const index = indexes.get(id);
      if (index) found.index = structuredClone(index);
      const digest = infos.get(id)?.digest;
      if (digest) found.digest = digest;
      return found;
    },
    async storeMatchIndex(id, index, rows) {
      for (const key of [...records.keys()]) if (JSON.parse(key)[0] === id) records.delete(key);
      for (const row of rows) records.set(recordKey(id, row.id), structuredClone(row.record));
      indexes.set(id, structuredClone(index));
      const info = infos.get(id);
      if (info) infos.set(id, { ...info, digest: index.digest });
    },
    async readRecords(keys: readonly StoredArticleKey[]) {
      reads.records += keys.length;
      return keys.map((key) => {
        const record = records.get(recordKey(key.pack, key.id));
        return record && structuredClone(record);
      });
    },
    async putInfo(info) {
      infos.set(info.id, { ...info });
    },
    async remove(id) {
      delete texts[id];
      infos.delete(id);
      indexes.delete(id);
    },
  };
  return { store, infos, indexes, records, texts, reads };
}
