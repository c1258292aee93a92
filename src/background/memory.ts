// The reading memory (off unless the reader turns it on): each analysed article, with the
// features a pack would carry, so that reading two outlets' versions of a story cross-checks
// them with no pack at all. Capped by count and age; listed and cleared on the options page.
import { buildPack, documentFrequencyOf, withNeighbours, type Article, type CorpusPack, type PackArticle } from '../core/index.js';
import type { MemoryStore } from '../platform/seam.js';

export const MEMORY_LABEL = 'Reading memory';
export const MEMORY_LIMITS = { articles: 500, days: 30 } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface RememberedArticle {
  key: string;
  rememberedAt: string;
  article: PackArticle;
}

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

/** The remembered articles still within the age limit, oldest first. */
export async function rememberedArticles(store: Pick<MemoryStore, 'list'>, now = Date.now()): Promise<RememberedArticle[]> {
  const cutoff = now - MEMORY_LIMITS.days * DAY_MS;
  return (await store.list())
    .filter((r) => Date.parse(r.rememberedAt) >= cutoff && isPackArticle(r.article))
    .map((r) => ({ key: r.key, rememberedAt: r.rememberedAt, article: r.article as PackArticle }));
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

/** Only what this build wrote: records are read from the extension's own store, but checked all the same. */
function isPackArticle(data: unknown): boolean {
  const a = data as Partial<PackArticle> | null;
  return (
    typeof a === 'object' && a !== null && typeof a.id === 'string' && typeof a.title === 'string' && Array.isArray(a.paragraphs) &&
    typeof a.features === 'object' && a.features !== null && Array.isArray(a.features.fingerprint)
  );
}
