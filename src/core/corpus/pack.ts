import type { Article } from '../types.js';
import { matchFeatures, type MatchableArticle, type MatchFeatures } from '../match/matchable.js';
import { termIndex } from '../match/term-index.js';
import { corpusNeighbours, NEIGHBOURS, type Neighbour } from '../match/neighbours.js';
import type { IndexColumns } from '../match/index-columns.js';
import { articleSentences } from '../text/segment.js';
import type { AnyAnalysis, ArticleReading } from '../analysis/contract.js';
import { ANALYSES, type AnalysisFeatures } from '../analyses.js';
import { isWebUrl } from '../text/escape.js';
import { safeArticleId } from './ids.js';
import { isoDateOf } from './dates.js';
import type { FeedState } from './feed-state.js';

import { PACK_FORMAT, PACK_VERSION } from './header.js';
import { READING_VERSION } from '../reading-version.js';

export { PACK_FORMAT, PACK_VERSION };

/** Everything about a corpus article that can be worked out before any page is seen: the matcher's features and every analysis's, keyed by analysis id. */
export type ArticleFeatures = MatchFeatures & AnalysisFeatures;

/** A corpus article as a pack holds it: what the matcher reads, with every analysis's features as well. */
export interface PackArticle extends MatchableArticle {
  features: ArticleFeatures;
  /** Which corpus it came from, when several are searched together (combinePacks); never in a pack file. */
  corpus?: string;
  /** Set on a match-only article of a stored pack: where its text and analyses are kept, and the reading they are in (stored.ts StoredArticleKey); never in a pack file. */
  stored?: { pack: string; id: string; reading?: number };
}

/** A corpus pack: the articles plus their precomputed features, as one JSON file. */
export interface CorpusPack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  name: string;
  /** The reading of the text its articles' analysis features are in (header.ts PackHeader `reading`); none for an older pack or one of several readings. */
  reading?: number;
  /** In how many of the pack's articles each term occurs. */
  documentFrequency: Record<string, number>;
  articles: PackArticle[];
  /** For each article, in order, its nearest other articles (index, cosine similarity), best first. */
  neighbours: Neighbour[][];
  /** For a pack built from outlets' feeds: what `corpus update` needs to ask each feed only for what is new. */
  feeds?: FeedState[];
  /** Set (not enumerable) by the loader on a pack read from its match index: the index's columns, what matching reads instead of each article's maps (match/index-columns.ts); never in a pack file. */
  readonly columns?: IndexColumns;
}

export interface CorpusInput {
  id: string;
  article: Article;
}


export type { AnalysisFeatures, MatchFeatures };
export { matchFeatures };

/**
 * Every analysis's features of one article, in registry order, each worked out once: the sentences are
 * split once for all, and an analysis that attributes speech (quotes) lends its attributions to those after it.
 */
export function analysisFeatures(article: Article, analyses: readonly AnyAnalysis[] = ANALYSES, step: AnalysisStep = (_, run) => run()): AnalysisFeatures {
  return runToEnd(analysisSteps(article, analyses, step)).features;
}

/**
 * analysisFeatures one analysis at a time: the generator pauses after each (yielding its id), so
 * that a caller with other work waiting (the extension's worker, reading a pack meanwhile) can
 * let it run between them. Returns the features and the sentences they were read from.
 */
export function* analysisSteps(
  article: Article,
  analyses: readonly AnyAnalysis[] = ANALYSES,
  step: AnalysisStep = (_, run) => run(),
): Generator<string, { features: AnalysisFeatures; reading: ArticleReading }> {
  const reading: ArticleReading = { sentences: articleSentences(article) };
  const features: Record<string, unknown> = Object.create(null);
  for (const analysis of analyses) {
    step(analysis.id, () => {
      const value = analysis.features(article, reading);
      features[analysis.id] = value;
      if (analysis.attributions) reading.attributions = analysis.attributions(value);
    });
    yield analysis.id;
  }
  return { features: features as AnalysisFeatures, reading };
}

/** A generator's return value, run through without pausing. */
export function runToEnd<R>(steps: Generator<unknown, R>): R {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs one analysis's step; the report passes one that times it. */
export type AnalysisStep = (analysisId: string, run: () => void) => void;

export function articleFeatures(article: Article, analyses: readonly AnyAnalysis[] = ANALYSES): ArticleFeatures {
  return { ...matchFeatures(article), ...analysisFeatures(article, analyses) };
}

/** What a long pack build reports as it goes: articles analysed, then neighbour lists found. */
export type BuildProgress = (stage: 'analysing' | 'neighbours', done: number, total: number) => void;

/**
 * A pack from articles, in the form the loader accepts: each id made safe (safeArticleId; the
 * page's reserved id renamed, a repeated one numbered), a URL kept only when it is http(s), a
 * date kept as ISO 8601 (converted when it reads as a date, else left out).
 */
export function buildPack(name: string, inputs: readonly CorpusInput[], onProgress?: BuildProgress, analyses: readonly AnyAnalysis[] = ANALYSES): CorpusPack {
  const articles: PackArticle[] = [];
  const ids = new Set<string>();
  for (const { id, article } of inputs) {
    const features = articleFeatures(article, analyses);
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
  const pack: CorpusPack = { format: PACK_FORMAT, version: PACK_VERSION, name, reading: READING_VERSION, documentFrequency: documentFrequencyOf(articles), articles, neighbours: [] };
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
