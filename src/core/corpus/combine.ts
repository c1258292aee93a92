// Several corpora searched as one: the bundled or chosen pack, every subscription's pack and
// the reading memory. The same article in two of them (same address, or the same text) is
// kept once, from the corpus listed first; every article says which corpus it came from, so
// that each related item can say so too. Document frequencies and neighbour lists are worked
// out again over the whole, through the pack module's own functions.
import { documentFrequencyOf, PACK_FORMAT, PACK_VERSION, withNeighbours, type CorpusPack, type PackArticle } from './pack.js';
import { TwinFinder } from './twins.js';
import { sharedReading } from './reading.js';

export interface CorpusPart {
  /** How the panel names this corpus next to each of its articles. */
  label: string;
  pack: CorpusPack;
}

export function combinePacks(parts: readonly CorpusPart[]): CorpusPack {
  if (parts.length === 0) throw new Error('no corpus to combine');
  if (parts.length === 1) return parts[0]!.pack;
  const articles: PackArticle[] = [];
  const urls = new Set<string>();
  const twins = new TwinFinder<true>();
  const ids = new Set<string>();
  for (const [partIndex, { label, pack }] of parts.entries()) {
    for (const article of pack.articles) {
      const url = article.url ? comparableUrl(article.url) : undefined;
      if (url && urls.has(url)) continue;
      if (twins.twinOf(article.features.fingerprint)) continue;
      const id = ids.has(article.id) ? `${partIndex + 1}:${article.id}` : article.id;
      ids.add(id);
      if (url) urls.add(url);
      twins.add(article.features.fingerprint, true);
      // features named: a stored pack's article makes them on first read, and a spread copies own properties only.
      articles.push({ ...article, features: article.features, id, corpus: label });
    }
  }
  const name = parts.map((part) => part.label).join(' + ');
  const combined: CorpusPack = { format: PACK_FORMAT, version: PACK_VERSION, name, documentFrequency: documentFrequencyOf(articles), articles, neighbours: [] };
  const reading = sharedReading(parts.map((part) => part.pack.reading));
  if (reading !== undefined) combined.reading = reading;
  return withNeighbours(combined);
}

/** The address without scheme, "www.", fragment, trailing slash or tracking parameters. */
function comparableUrl(address: string): string {
  try {
    const url = new URL(address);
    const tracking: string[] = [];
    url.searchParams.forEach((_value, key) => {
      if (/^(utm_|fbclid$|gclid$)/.test(key)) tracking.push(key);
    });
    for (const key of tracking) url.searchParams.delete(key);
    return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/$/, '')}${url.search}`;
  } catch {
    return address;
  }
}
