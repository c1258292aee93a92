import type { Article } from '../types.js';
import { termsOf } from '../text/tokens.js';

const MAX_TERMS = 400;

/** How often each content term occurs in an article, headline included; the most frequent terms only. */
export function termCounts(article: Article): Record<string, number> {
  const counts: Record<string, number> = Object.create(null);
  for (const text of [article.title, ...article.paragraphs]) {
    for (const term of termsOf(text)) counts[term] = (counts[term] ?? 0) + 1;
  }
  return topTerms(counts, MAX_TERMS);
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
