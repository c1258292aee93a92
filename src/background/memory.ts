// The reading memory (off unless the reader turns it on): each analysed article, with the
// features a pack would carry, so that reading two outlets' versions of a story cross-checks
// them with no pack at all. Capped by count and age; listed and cleared on the options page.
import { buildPack, documentFrequencyOf, withNeighbours, type Article, type CorpusPack } from '../core/index.js';
import type { MemoryStore } from '../platform/seam.js';
import { DAY_MS, MEMORY_LIMITS, rememberedArticles, type RememberedArticle } from './memory-records.js';

export const MEMORY_LABEL = 'Reading memory';
export { MEMORY_LIMITS, rememberedArticles, type RememberedArticle } from './memory-records.js';

/** Remembers the article if the reader turned the memory on; does nothing otherwise. */
export async function rememberIfEnabled(store: MemoryStore, article: Article, now = Date.now()): Promise<void> {
  if (!article.url || !(await store.enabled())) return;
  const key = memoryKey(article.url);
  // The pack module works the features out, exactly as for a pack article.
  const [entry] = buildPack(MEMORY_LABEL, [{ id: `memory-${now.toString(36)}`, article }]).articles;
  const existing = await rememberedArticles(store, now);
  const others = existing.filter((r) => r.key !== key);
  const overflow = others.length + 1 - MEMORY_LIMITS.articles;
  const evict = [...expiredKeys(existing, now), ...(overflow > 0 ? others.slice(0, overflow).map((r) => r.key) : [])];
  await store.write({ key, rememberedAt: new Date(now).toISOString(), article: entry }, evict);
}

/** The memory as a pack to search with the others, or undefined when off or empty. */
export async function memoryPack(store: MemoryStore): Promise<CorpusPack | undefined> {
  if (!(await store.enabled())) return undefined;
  const articles = (await rememberedArticles(store)).map((r) => r.article);
  if (articles.length === 0) return undefined;
  // Articles keep the features worked out when they were read; the pack module adds frequencies and neighbours.
  return withNeighbours({ ...buildPack(MEMORY_LABEL, []), articles, documentFrequency: documentFrequencyOf(articles) });
}

function expiredKeys(records: readonly RememberedArticle[], now: number): string[] {
  const cutoff = now - MEMORY_LIMITS.days * DAY_MS;
  return records.filter((r) => Date.parse(r.rememberedAt) < cutoff).map((r) => r.key);
}

function memoryKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}
