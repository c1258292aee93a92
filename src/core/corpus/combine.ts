// Several corpora searched as one: the bundled or chosen pack, every subscription's pack and
// the reading memory. The same article in two of them (same address, or the same text) is
// kept once, from the corpus listed first; every article says which corpus it came from, so
// that each related item can say so too. Document frequencies and neighbour lists are worked
// out again over the whole, through the pack module's own functions.
import { documentFrequencyOf, PACK_FORMAT, PACK_VERSION, withNeighbours, type CorpusPack, type PackArticle } from './pack.js';
import { resemblance } from '../match/fingerprint.js';
import { SAME_TEXT_RESEMBLANCE } from '../match/related.js';

export interface CorpusPart {
  /** How the panel names this corpus next to each of its articles. */
  label: string;
  pack: CorpusPack;
}

// Locality-sensitive bands over the min-hash fingerprint: two texts at or above the same-text
// resemblance (0.8) share at least one band of 4 of the 64 hashes with probability 0.9998.
const BAND = 4;

export function combinePacks(parts: readonly CorpusPart[]): CorpusPack {
  if (parts.length === 0) throw new Error('no corpus to combine');
  if (parts.length === 1) return parts[0]!.pack;
  const articles: PackArticle[] = [];
  const urls = new Set<string>();
  const bands = new Map<string, number[]>();
  const ids = new Set<string>();
  for (const [partIndex, { label, pack }] of parts.entries()) {
    for (const article of pack.articles) {
      const url = article.url ? comparableUrl(article.url) : undefined;
      if (url && urls.has(url)) continue;
      if (hasTwin(article.features.fingerprint, articles, bands)) continue;
      const id = ids.has(article.id) ? `${partIndex + 1}:${article.id}` : article.id;
      ids.add(id);
      if (url) urls.add(url);
      for (const key of bandKeys(article.features.fingerprint)) bands.set(key, [...(bands.get(key) ?? []), articles.length]);
      articles.push({ ...article, id, corpus: label });
    }
  }
  const name = parts.map((part) => part.label).join(' + ');
  return withNeighbours({ format: PACK_FORMAT, version: PACK_VERSION, name, documentFrequency: documentFrequencyOf(articles), articles, neighbours: [] });
}

function hasTwin(print: readonly number[], articles: readonly PackArticle[], bands: ReadonlyMap<string, number[]>): boolean {
  for (const key of bandKeys(print))
    for (const other of bands.get(key) ?? []) if (resemblance(print, articles[other]!.features.fingerprint) >= SAME_TEXT_RESEMBLANCE) return true;
  return false;
}

function bandKeys(print: readonly number[]): string[] {
  const keys: string[] = [];
  for (let start = 0; start + BAND <= print.length; start += BAND) {
    const band = print.slice(start, start + BAND);
    // An empty slot (a text too short to fill every hash) says nothing about sameness.
    if (band.includes(0xffffffff)) continue;
    keys.push(`${start}:${band.join(',')}`);
  }
  return keys;
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
