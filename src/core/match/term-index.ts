import { idf, weightVector } from './features.js';
import background from './background-df.json';

// A null-prototype copy: a term such as "constructor" must not find Object.prototype's.
const backgroundFrequency: Record<string, number> = Object.assign(Object.create(null), background.df);

/** The corpus articles that contain one term, with the term's weight in each (unit-length vectors). */
interface Postings {
  articles: number[];
  weights: number[];
}

/**
 * Rarity-weighted term vectors of a corpus behind an inverted index, so that a query
 * touches only the articles that share a term with it instead of every article.
 */
export interface TermIndex {
  size: number;
  idfOf: (term: string) => number;
  postings: Map<string, Postings>;
}

/**
 * Rarity is counted over a background of general news plus the corpus itself, so a small
 * corpus on one story (where every article says "ceasefire") still treats "ceasefire" as
 * telling and "government" as common.
 */
export function termIndex(articleTerms: readonly Record<string, number>[], documentFrequency: Record<string, number>): TermIndex {
  const documentCount = background.documents + articleTerms.length;
  const idfOf = (term: string): number => idf((backgroundFrequency[term] ?? 0) + (documentFrequency[term] ?? 0), documentCount);
  const postings = new Map<string, Postings>();
  articleTerms.forEach((terms, i) => {
    for (const [term, weight] of Object.entries(weightVector(terms, idfOf))) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { articles: [], weights: [] }));
      list.articles.push(i);
      list.weights.push(weight);
    }
  });
  return { size: articleTerms.length, idfOf, postings };
}

/** The cosine similarity of a term vector to every corpus article, in corpus order. */
export function cosineToCorpus(terms: Record<string, number>, index: TermIndex): Float64Array {
  const scores = new Float64Array(index.size);
  for (const [term, weight] of Object.entries(weightVector(terms, index.idfOf))) {
    const list = index.postings.get(term);
    if (!list) continue;
    const { articles, weights } = list;
    for (let k = 0; k < articles.length; k++) scores[articles[k]!]! += weight * weights[k]!;
  }
  return scores;
}
