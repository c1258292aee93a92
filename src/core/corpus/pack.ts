import type { Article } from '../types.js';
import { termCounts } from '../match/features.js';
import { developmentFeatures, type DevelopmentFeatures } from '../match/development.js';
import { fingerprint } from '../match/fingerprint.js';
import { countWords } from '../text/normalize.js';

export const PACK_FORMAT = 'crosscheck-corpus';
export const PACK_VERSION = 1;

/** Everything about a corpus article that can be worked out before any page is seen. */
export interface ArticleFeatures extends DevelopmentFeatures {
  /** Content-term counts of the whole article, headline included. */
  terms: Record<string, number>;
  wordCount: number;
  fingerprint: number[];
}

export interface PackArticle {
  id: string;
  title: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  paragraphs: string[];
  features: ArticleFeatures;
}

/** A corpus pack: the articles plus their precomputed features, as one JSON file. */
export interface CorpusPack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  name: string;
  /** In how many of the pack's articles each term occurs. */
  documentFrequency: Record<string, number>;
  articles: PackArticle[];
}

export interface CorpusInput {
  id: string;
  article: Article;
}

export function articleFeatures(article: Article): ArticleFeatures {
  return {
    terms: termCounts(article),
    ...developmentFeatures(article),
    wordCount: countWords(article.paragraphs),
    fingerprint: fingerprint(article.paragraphs),
  };
}

export function buildPack(name: string, inputs: readonly CorpusInput[]): CorpusPack {
  const documentFrequency: Record<string, number> = Object.create(null);
  const articles: PackArticle[] = [];
  for (const { id, article } of inputs) {
    const features = articleFeatures(article);
    for (const term of Object.keys(features.terms)) documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
    const entry: PackArticle = { id, title: article.title, paragraphs: article.paragraphs, features };
    if (article.siteName) entry.source = article.siteName;
    if (article.url) entry.url = article.url;
    if (article.publishedAt) entry.publishedAt = article.publishedAt;
    articles.push(entry);
  }
  return { format: PACK_FORMAT, version: PACK_VERSION, name, documentFrequency: sortKeys(documentFrequency), articles };
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}
