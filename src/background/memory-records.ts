// The reading memory's records as the options page lists them: the limits and the age filter, with
// no analysis code (the features were worked out when each article was remembered, in background/memory.ts),
// so that the options page's bundle holds none of the core's analyses.
import type { PackArticle } from '../core/index.js';
import type { MemoryStore } from '../platform/seam.js';

export const MEMORY_LIMITS = { articles: 500, days: 30 } as const;
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface RememberedArticle {
  key: string;
  rememberedAt: string;
  article: PackArticle;
}

/** The remembered articles still within the age limit, oldest first. */
export async function rememberedArticles(store: Pick<MemoryStore, 'list'>, now = Date.now()): Promise<RememberedArticle[]> {
  const cutoff = now - MEMORY_LIMITS.days * DAY_MS;
  return (await store.list())
    .filter((r) => Date.parse(r.rememberedAt) >= cutoff && isPackArticle(r.article))
    .map((r) => ({ key: r.key, rememberedAt: r.rememberedAt, article: r.article as PackArticle }));
}

/** Only what this build wrote: records are read from the extension's own store, but checked all the same. */
function isPackArticle(data: unknown): boolean {
  const a = data as Partial<PackArticle> | null;
  return (
    typeof a === 'object' && a !== null && typeof a.id === 'string' && typeof a.title === 'string' && Array.isArray(a.paragraphs) &&
    typeof a.features === 'object' && a.features !== null && Array.isArray(a.features.fingerprint)
  );
}
