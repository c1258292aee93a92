import type { Article } from '../types.js';
import { termCounts } from '../match/features.js';
import { developmentFeatures, type DevelopmentFeatures } from '../match/development.js';
import { fingerprint } from '../match/fingerprint.js';
import { termIndex } from '../match/term-index.js';
import { corpusNeighbours, NEIGHBOURS, type Neighbour } from '../match/neighbours.js';
import { countWords } from '../text/normalize.js';
import { numberFeatures, type NumberFeatures } from '../numbers/index.js';
import { quotesFeatures, type QuoteFeatures } from '../quotes/index.js';
import { factFeatures, type FactFeatures } from '../facts/index.js';
import { framingFeatures, type FramingFeatures } from '../framing/index.js';
import { isWebUrl } from '../text/escape.js';
import { safeArticleId } from './ids.js';
import { isoDateOf } from './dates.js';
import type { FeedState } from './feed-state.js';

export const PACK_FORMAT = 'crosscheck-corpus';
// 2: each article carries its numbers, quotes, fact units and framing, worked out when the pack is built.
// 3: terms include names, years and figures; the pack carries each article's nearest neighbours.
export const PACK_VERSION = 3;

/** Everything about a corpus article that can be worked out before any page is seen. */
export interface ArticleFeatures extends DevelopmentFeatures {
  /** Content-term counts of the whole article, headline included. */
  terms: Record<string, number>;
  wordCount: number;
  fingerprint: number[];
  numbers: NumberFeatures;
  quotes: QuoteFeatures;
  facts: FactFeatures;
  framing: FramingFeatures;
}

export interface PackArticle {
  id: string;
  title: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  paragraphs: string[];
  features: ArticleFeatures;
  /** Which corpus it came from, when several are searched together (combinePacks); never in a pack file. */
  corpus?: string;
}

/** A corpus pack: the articles plus their precomputed features, as one JSON file. */
export interface CorpusPack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  name: string;
  /** In how many of the pack's articles each term occurs. */
  documentFrequency: Record<string, number>;
  articles: PackArticle[];
  /** For each article, in order, its nearest other articles (index, cosine similarity), best first. */
  neighbours: Neighbour[][];
  /** For a pack built from outlets' feeds: what `corpus update` needs to ask each feed only for what is new. */
  feeds?: FeedState[];
}

export interface CorpusInput {
  id: string;
  article: Article;
}

/** Everything the matcher needs, and nothing more: enough to rank a corpus. */
export type MatchFeatures = Pick<ArticleFeatures, 'terms' | 'anchors' | 'mentions' | 'wordCount' | 'fingerprint'>;

export function matchFeatures(article: Article): MatchFeatures {
  return {
    terms: termCounts(article),
    ...developmentFeatures(article),
    wordCount: countWords(article.paragraphs),
    fingerprint: fingerprint(article.paragraphs),
  };
}

/** The analysers' features of one article: what the report compares across outlets. */
export type AnalysisFeatures = Pick<ArticleFeatures, 'numbers' | 'quotes' | 'facts' | 'framing'>;

export function analysisFeatures(article: Article): AnalysisFeatures {
  const quotes = quotesFeatures(article);
  return {
    numbers: numberFeatures(article),
    quotes,
    facts: factFeatures(article),
    framing: framingFeatures(article, quotes),
  };
}

export function articleFeatures(article: Article): ArticleFeatures {
  return { ...matchFeatures(article), ...analysisFeatures(article) };
}

/** What a long pack build reports as it goes: articles analysed, then neighbour lists found. */
export type BuildProgress = (stage: 'analysing' | 'neighbours', done: number, total: number) => void;

/**
 * A pack from articles, in the form the loader accepts: each id made safe (safeArticleId; the
 * page's reserved id renamed, a repeated one numbered), a URL kept only when it is http(s), a
 * date kept as ISO 8601 (converted when it reads as a date, else left out).
 */
export function buildPack(name: string, inputs: readonly CorpusInput[], onProgress?: BuildProgress): CorpusPack {
  const articles: PackArticle[] = [];
  const ids = new Set<string>();
  for (const { id, article } of inputs) {
    const features = articleFeatures(article);
    let safeId = safeArticleId(id);
    for (let n = 2; ids.has(safeId); n++) safeId = `${safeArticleId(id)}-${n}`;
    ids.add(safeId);
    const entry: PackArticle = { id: safeId, title: article.title, paragraphs: article.paragraphs, features };
    if (article.siteName) entry.source = article.siteName;
    if (article.url && isWebUrl(article.url)) entry.url = article.url;
    const publishedAt = isoDateOf(article.publishedAt);
    if (publishedAt) entry.publishedAt = publishedAt;
    articles.push(entry);
    onProgress?.('analysing', articles.length, inputs.length);
  }
  const pack: CorpusPack = { format: PACK_FORMAT, version: PACK_VERSION, name, documentFrequency: documentFrequencyOf(articles), articles, neighbours: [] };
  return withNeighbours(pack, NEIGHBOURS, onProgress && ((done, total) => onProgress('neighbours', done, total)));
}

/** The pack with each article's nearest neighbours worked out from its terms. */
export function withNeighbours(pack: CorpusPack, size = NEIGHBOURS, onProgress?: (done: number, total: number) => void): CorpusPack {
  const terms = pack.articles.map((a) => a.features.terms);
  return { ...pack, neighbours: corpusNeighbours(termIndex(terms, pack.documentFrequency), terms, size, onProgress) };
}

/** In how many of the articles each term occurs, terms in order. */
export function documentFrequencyOf(articles: readonly PackArticle[]): Record<string, number> {
  const counts: Record<string, number> = Object.create(null);
  for (const article of articles) for (const term of Object.keys(article.features.terms)) counts[term] = (counts[term] ?? 0) + 1;
  return sortKeys(counts);
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}
