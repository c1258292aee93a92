// A pack's articles as this build reads them. A pack stores each article's analysis features as
// the build that wrote it worked them out (its header's `reading`); when that reading is not this
// build's, the features of an article a report reads are worked out again from the text its
// record holds (title and paragraphs), so that the report is the one a fresh pack gives. Only
// the few articles a report reads are read again, each once: the caller keeps the result in place
// of the stored article. The match features (terms, names, lead act, fingerprint) are kept as
// stored: they live in the match index, which ranking reads for every article.
import type { AnyAnalysis } from '../analysis/contract.js';
import { ANALYSES } from '../analyses.js';
import type { Article } from '../types.js';
import { isCurrentReading } from './header.js';
import { analysisFeatures, type AnalysisFeatures, type PackArticle } from './pack.js';

/** The article as the analyses read it: what a record keeps of the text the pack was built from. */
function articleOfRecord(record: Pick<PackArticle, 'title' | 'paragraphs' | 'source' | 'url' | 'publishedAt'>): Article {
  const article: Article = { title: record.title, paragraphs: record.paragraphs };
  if (record.source !== undefined) article.siteName = record.source;
  if (record.url !== undefined) article.url = record.url;
  if (record.publishedAt !== undefined) article.publishedAt = record.publishedAt;
  return article;
}

/** Every analysis's features of a pack's article, worked out again from the text its record holds. */
export function analysisFeaturesReadAgain(record: Pick<PackArticle, 'title' | 'paragraphs' | 'source' | 'url' | 'publishedAt'>, analyses: readonly AnyAnalysis[] = ANALYSES): AnalysisFeatures {
  return analysisFeatures(articleOfRecord(record), analyses);
}

/**
 * A whole article (its record read) with its analysis features as this build works them out: the
 * same article when the pack's reading is this build's, else a copy whose analyses' features are
 * read again from its text, its match features as stored.
 */
export function inCurrentReading(record: PackArticle, packReading: number | undefined, analyses: readonly AnyAnalysis[] = ANALYSES): PackArticle {
  if (isCurrentReading(packReading)) return record;
  const analysed = analysisFeaturesReadAgain(record, analyses);
  // Copied by property descriptors: the match features' maps stay made on first read (on-first-read.ts).
  const features = Object.assign(Object.defineProperties({}, Object.getOwnPropertyDescriptors(record.features)), analysed) as PackArticle['features'];
  return { ...record, features };
}

/** The reading a pack made of these parts' articles is in: theirs when they all share one, else none. */
export function sharedReading(readings: readonly (number | undefined)[]): number | undefined {
  const first = readings[0];
  return readings.every((reading) => reading === first) ? first : undefined;
}
