import { cosineToCorpus, type TermIndex } from './term-index.js';

/**
 * How many nearest corpus articles a pack lists for each article: the most a neighbourhood can
 * hold. The neighbourhood a corpus is matched with is usually smaller: its size follows the
 * corpus (`neighbourhoodSize`). Measured on ECB+, whose events have 11 articles on average:
 * R-precision 0.953 at 8, 0.959 at 10, 0.957 at 12.
 */
export const NEIGHBOURS = 10;

/**
 * Similarity under which the next neighbour counts as background when looking for the drop that
 * ends an article's own event: 70% to 90% of pairs of articles on different events score below
 * it on ECB+ and on NewsWCL50 alike.
 */
export const BACKGROUND_SIMILARITY = 0.15;

/**
 * How many neighbours make up a neighbourhood in this corpus: about the number of other articles
 * an event has in it. An event with eleven articles needs ten neighbours for its coverage to
 * recognise each other; an event with two articles, one: with ten, its only other article is
 * lost among ten others of the same kind, and two stories of one topic family blend into one
 * (pairwise F1 on NewsWCL50, 5 articles per event: 0.72 with ten neighbours, 1.00 with four).
 * For each article, the place in its list where the similarity drops the most (the ratio of one
 * to the next, the next counted at least BACKGROUND_SIMILARITY); the corpus's median of these.
 * Measured against the true sizes (other articles per event): ECB+ 10.4 -> 10, NewsWCL50 4 -> 4,
 * either with two articles per event 1 -> 1.
 */
export function neighbourhoodSize(lists: readonly (readonly Neighbour[])[]): number {
  const elbows = lists.map((list) => {
    const similarities = list.slice(0, NEIGHBOURS).map(([, similarity]) => similarity);
    let elbow = 1;
    let steepest = 0;
    similarities.forEach((similarity, rank) => {
      const drop = similarity / Math.max(similarities[rank + 1] ?? 0, BACKGROUND_SIMILARITY);
      if (drop > steepest) [steepest, elbow] = [drop, rank + 1];
    });
    return elbow;
  });
  if (elbows.length === 0) return 1;
  elbows.sort((a, b) => a - b);
  return elbows[Math.floor((elbows.length - 1) / 2)]!;
}

/** Cosine similarity below which another article is not a neighbour at all, however few there are. */
export const NEIGHBOUR_FLOOR = 0.1;

/** A neighbour: the article's index in the corpus and its cosine similarity, rounded to 3 places. */
export type Neighbour = [article: number, similarity: number];

/**
 * The indices of the highest scores at or above the floor, best first (ties by index), at most
 * `size` of them, passing over those `skip` names.
 */
export function nearest(scores: ArrayLike<number>, size: number, skip: (i: number) => boolean = () => false): number[] {
  const best: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i]!;
    if (score < NEIGHBOUR_FLOOR || skip(i)) continue;
    if (best.length === size && score <= scores[best[size - 1]!]!) continue;
    let at = best.length;
    while (at > 0 && scores[best[at - 1]!]! < score) at--;
    best.splice(at, 0, i);
    if (best.length > size) best.pop();
  }
  return best;
}

/** Each corpus article's nearest other corpus articles: worked out once, when a pack is built. */
export function corpusNeighbours(
  index: TermIndex,
  articleTerms: readonly Record<string, number>[],
  size = NEIGHBOURS,
  onProgress?: (done: number, total: number) => void,
): Neighbour[][] {
  return articleTerms.map((terms, i) => {
    const cosine = cosineToCorpus(terms, index);
    onProgress?.(i + 1, articleTerms.length);
    return nearest(cosine, size, (j) => j === i).map((j): Neighbour => [j, Math.round(cosine[j]! * 1000) / 1000]);
  });
}

/** A corpus's neighbour lists, and for each article where it appears in the others' lists. */
export interface NeighbourGraph {
  lists: readonly (readonly Neighbour[])[];
  /** For article x: the articles whose lists hold x, and x's place in each list. */
  listedBy: { articles: number[]; ranks: number[] }[];
  /** How many neighbours make up a neighbourhood in this corpus (`neighbourhoodSize`). */
  size: number;
}

export function neighbourGraph(lists: readonly (readonly Neighbour[])[]): NeighbourGraph {
  const listedBy = lists.map(() => ({ articles: [] as number[], ranks: [] as number[] }));
  lists.forEach((list, d) =>
    list.forEach(([x], rank) => {
      listedBy[x]!.articles.push(d);
      listedBy[x]!.ranks.push(rank);
    }),
  );
  return { lists, listedBy, size: neighbourhoodSize(lists) };
}

/**
 * How far a query's neighbourhood and each corpus article's overlap: the weighted Jaccard
 * index of their nearest articles, each weighed by its similarity (articles with no neighbour
 * in common are left out of the map). Two articles on one event have
 * the other articles on that event as close neighbours; an article on the sibling event of the
 * same kind has the sibling's coverage instead, even where its own words are close to the
 * query's. Weighing by similarity keeps an article that only brushes a tight cluster (a Gaza
 * ceasefire against a corpus on one Afghan ceasefire) from borrowing the cluster's cohesion.
 *
 * `leaveOut` evaluates a corpus article as if it were not in the corpus: it is dropped from
 * every list, and a list built one longer than NEIGHBOURS moves up its next article.
 */
export function sharedNeighbours(query: readonly Neighbour[], graph: NeighbourGraph, leaveOut?: number): Map<number, number> {
  const shared = new Map<number, number>();
  if (query.length === 0) return shared;
  const leaveOutRank = new Map<number, number>();
  if (leaveOut !== undefined) {
    const { articles, ranks } = graph.listedBy[leaveOut]!;
    articles.forEach((d, k) => leaveOutRank.set(d, ranks[k]!));
  }
  let queryWeight = 0;
  for (const [, similarity] of query) queryWeight += similarity;
  const overlap = new Map<number, number>();
  for (const [x, similarity] of query) {
    const { articles, ranks } = graph.listedBy[x]!;
    for (let k = 0; k < articles.length; k++) {
      const d = articles[k]!;
      if (d === leaveOut || effectiveRank(ranks[k]!, leaveOutRank.get(d)) >= graph.size) continue;
      overlap.set(d, (overlap.get(d) ?? 0) + Math.min(similarity, graph.lists[d]![ranks[k]!]![1]));
    }
  }
  // Each corpus article belongs to its own neighbourhood, as close to itself as can be: an article
  // that is the only other coverage of an event has no neighbours on it, but is one.
  for (const [d, similarity] of query) if (d !== leaveOut) overlap.set(d, (overlap.get(d) ?? 0) + Math.min(similarity, SELF_SIMILARITY));
  for (const [d, common] of overlap) {
    let ownWeight = SELF_SIMILARITY;
    graph.lists[d]!.forEach(([x, similarity], rank) => {
      if (x !== leaveOut && effectiveRank(rank, leaveOutRank.get(d)) < graph.size) ownWeight += similarity;
    });
    shared.set(d, common / (queryWeight + ownWeight - common));
  }
  return shared;
}

const SELF_SIMILARITY = 1;

/** A list's place once the left-out article, if the list holds it, is taken out. */
function effectiveRank(rank: number, leftOutAt: number | undefined): number {
  return leftOutAt !== undefined && leftOutAt < rank ? rank - 1 : rank;
}
