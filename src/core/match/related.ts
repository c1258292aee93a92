import type { Article, RelatedArticle } from '../types.js';
import type { CorpusPack, MatchFeatures, PackArticle } from '../corpus/pack.js';
import { matchFeatures } from '../corpus/pack.js';
import { idf, weightVector } from './features.js';
import { compareDevelopments } from './development.js';
import { resemblance } from './fingerprint.js';
import background from './background-df.json';

/**
 * Cosine similarity of rarity-weighted terms above which a corpus article is
 * coverage of the same story. Measured on the seed corpus (same-story pairs
 * 0.30 to 0.52) against all 982 ECB+ articles (none above 0.15 with any seed).
 */
export const RELATED_THRESHOLD = 0.2;

/** Shingle overlap above which a corpus article is the page itself, saved again. */
export const SAME_TEXT_RESEMBLANCE = 0.8;

// A null-prototype copy: a term such as "constructor" must not find Object.prototype's.
const backgroundFrequency: Record<string, number> = Object.assign(Object.create(null), background.df);

/** Publication dates further apart than this mean different developments of one story. */
export const SAME_EVENT_MAX_DAYS = 3;

/** The corpus articles that contain one term, with the term's weight in each (unit-length vectors). */
interface Postings {
  articles: number[];
  weights: number[];
}

/**
 * A corpus ready to be matched against: the pack, the term weights derived from it,
 * and an inverted index, so that a query touches only the articles that share a
 * term with it instead of every article in the corpus.
 */
export interface MatchIndex {
  pack: CorpusPack;
  idfOf: (term: string) => number;
  postings: Map<string, Postings>;
}

export function indexPack(pack: CorpusPack): MatchIndex {
  const documentCount = background.documents + pack.articles.length;
  const idfOf = (term: string): number =>
    idf((backgroundFrequency[term] ?? 0) + (pack.documentFrequency[term] ?? 0), documentCount);
  const postings = new Map<string, Postings>();
  pack.articles.forEach((article, i) => {
    for (const [term, weight] of Object.entries(weightVector(article.features.terms, idfOf))) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { articles: [], weights: [] }));
      list.articles.push(i);
      list.weights.push(weight);
    }
  });
  return { pack, idfOf, postings };
}

/** Corpus articles on the same story as the page's article, best first; never the article itself. */
export function findRelated(article: Article, index: MatchIndex, features: MatchFeatures = matchFeatures(article)): RelatedArticle[] {
  const scores = similarityToCorpus(features, index);
  const related: RelatedArticle[] = [];
  index.pack.articles.forEach((candidate, i) => {
    const score = scores[i] ?? 0;
    if (score < RELATED_THRESHOLD) return;
    if (isSameArticle(article, features, candidate)) return;
    related.push(describe(candidate, score, features, article.publishedAt));
  });
  return related.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

/** The cosine similarity of an article to every corpus article, in corpus order, before any threshold: for ranking and evaluation. */
export function similarityToCorpus(features: MatchFeatures, index: MatchIndex): Float64Array {
  const scores = new Float64Array(index.pack.articles.length);
  for (const [term, weight] of Object.entries(weightVector(features.terms, index.idfOf))) {
    const list = index.postings.get(term);
    if (!list) continue;
    const { articles, weights } = list;
    for (let k = 0; k < articles.length; k++) scores[articles[k]!]! += weight * weights[k]!;
  }
  return scores;
}

function isSameArticle(article: Article, features: MatchFeatures, candidate: PackArticle): boolean {
  if (article.url && candidate.url && normaliseUrl(article.url) === normaliseUrl(candidate.url)) return true;
  return resemblance(features.fingerprint, candidate.features.fingerprint) >= SAME_TEXT_RESEMBLANCE;
}

function normaliseUrl(url: string): string {
  return url.replace(/#.*$/, '').replace(/[?&]utm_[^&]*/g, '').replace(/\/$/, '').replace(/^https?:\/\/(www\.)?/, '');
}

function describe(candidate: PackArticle, score: number, page: MatchFeatures, pagePublishedAt?: string): RelatedArticle {
  const dayGap = signedDaysBetween(pagePublishedAt, candidate.publishedAt);
  const order = compareDevelopments(page, candidate.features);
  const related: RelatedArticle = {
    id: candidate.id,
    title: candidate.title,
    score: Math.round(score * 1000) / 1000,
    relation: order === 'same' && Math.abs(dayGap) <= SAME_EVENT_MAX_DAYS ? 'same-event' : 'follow-up',
  };
  if (order === 'candidate-later' || (order === 'same' && dayGap > SAME_EVENT_MAX_DAYS)) related.development = 'later';
  if (order === 'candidate-earlier' || (order === 'same' && dayGap < -SAME_EVENT_MAX_DAYS)) related.development = 'earlier';
  if (candidate.source) related.source = candidate.source;
  if (candidate.url) related.url = candidate.url;
  if (candidate.publishedAt) related.publishedAt = candidate.publishedAt;
  return related;
}

/** Days from the page's publication to the candidate's (negative when the candidate is older); 0 when either is unknown. */
function signedDaysBetween(page: string | undefined, candidate: string | undefined): number {
  if (!page || !candidate) return 0;
  const difference = Date.parse(candidate) - Date.parse(page);
  return Number.isFinite(difference) ? difference / 86_400_000 : 0;
}
