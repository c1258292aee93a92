import type { Article } from '../types.js';
import { termsOf, words } from '../text/tokens.js';

/** Term counts of an article, split by where they occur. */
export interface TermCounts {
  /** Terms of the headline and the first paragraphs: what the article leads with. */
  lead: Record<string, number>;
  /** Terms of the whole article, headline included. */
  all: Record<string, number>;
}

// The lead is the headline and the opening of the body: news puts the event there.
const LEAD_WORDS = 80;
const MAX_TERMS = 400;

export function termCounts(article: Article): TermCounts {
  const all: Record<string, number> = Object.create(null);
  const lead: Record<string, number> = Object.create(null);
  const add = (into: Record<string, number>, term: string): void => {
    into[term] = (into[term] ?? 0) + 1;
  };
  for (const term of termsOf(article.title)) {
    add(all, term);
    add(lead, term);
  }
  let leadWordsLeft = LEAD_WORDS;
  for (const paragraph of article.paragraphs) {
    const terms = termsOf(paragraph);
    for (const term of terms) add(all, term);
    if (leadWordsLeft > 0) {
      for (const term of terms.slice(0, leadWordsLeft)) add(lead, term);
      leadWordsLeft -= words(paragraph).length;
    }
  }
  return { lead: topTerms(lead, MAX_TERMS), all: topTerms(all, MAX_TERMS) };
}

function topTerms(counts: Record<string, number>, limit: number): Record<string, number> {
  const entries = Object.entries(counts);
  if (entries.length <= limit) return counts;
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept: Record<string, number> = Object.create(null);
  for (const [term, count] of entries.slice(0, limit)) kept[term] = count;
  return kept;
}

/** Inverse document frequency from document counts: rare terms weigh more. */
export function idf(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + documentCount / (documentFrequency + 0.5));
}

/** A sparse, unit-length vector: term -> weight. */
export type WeightVector = Record<string, number>;

export function weightVector(counts: Record<string, number>, idfOf: (term: string) => number): WeightVector {
  const vector: WeightVector = Object.create(null);
  let norm = 0;
  for (const [term, count] of Object.entries(counts)) {
    const weight = (1 + Math.log(count)) * idfOf(term);
    vector[term] = weight;
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const term of Object.keys(vector)) vector[term] = (vector[term] ?? 0) / norm;
  return vector;
}

export function cosine(a: WeightVector, b: WeightVector): number {
  let [small, large] = [a, b];
  if (Object.keys(a).length > Object.keys(b).length) [small, large] = [b, a];
  let dot = 0;
  for (const [term, weight] of Object.entries(small)) {
    const other = large[term];
    if (other !== undefined) dot += weight * other;
  }
  return dot;
}
