import { cosineToCorpus, invertedLists, type TermIndex } from './term-index.js';
import { indexColumnsOf } from './index-columns.js';
import type { MatchablePack } from './matchable.js';

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
  return neighbourGraph(lists).size;
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

/**
 * A corpus's neighbour lists, and for each article where it appears in the others' lists, as
 * flat arrays (a stored pack keeps the lists so, and a worker start makes no list per article).
 * Article d's list is `listArticles[listStarts[d] .. listStarts[d + 1])`, best first, with the
 * similarities alongside; the articles whose lists hold x are `listedByArticles[listedByStarts[x] ..
 * listedByStarts[x + 1])` in corpus order, with x's place in each alongside.
 */
export interface NeighbourGraph {
  listStarts: Uint32Array;
  listArticles: ArrayLike<number>;
  listSimilarities: ArrayLike<number>;
  listedByStarts: Uint32Array;
  listedByArticles: ArrayLike<number>;
  listedByRanks: ArrayLike<number>;
  /** How many neighbours make up a neighbourhood in this corpus (`neighbourhoodSize`). */
  size: number;
}

export function neighbourGraph(lists: readonly (readonly Neighbour[])[]): NeighbourGraph {
  const listStarts = new Uint32Array(lists.length + 1);
  lists.forEach((list, d) => (listStarts[d + 1] = listStarts[d]! + list.length));
  const listArticles = new Uint32Array(listStarts[lists.length]!);
  const listSimilarities = new Float64Array(listStarts[lists.length]!);
  lists.forEach((list, d) =>
    list.forEach(([x, similarity], rank) => {
      listArticles[listStarts[d]! + rank] = x;
      listSimilarities[listStarts[d]! + rank] = similarity;
    }),
  );
  return graphOfColumns(listStarts, listArticles, listSimilarities);
}

/** The graph of neighbour lists given as flat arrays (see NeighbourGraph), which it keeps as they are. */
export function graphOfColumns(listStarts: Uint32Array, listArticles: ArrayLike<number>, listSimilarities: ArrayLike<number>): NeighbourGraph {
  const count = listStarts.length - 1;
  // Where each article is listed: listing articles in corpus order, as a pass over the lists meets them.
  const { starts: listedByStarts, owners: listedByArticles, ranks: listedByRanks } = invertedLists(listStarts, listArticles, count);
  return { listStarts, listArticles, listSimilarities, listedByStarts, listedByArticles, listedByRanks, size: neighbourhoodSizeOf(listStarts, listSimilarities) };
}

/**
 * The neighbour graph of a pack: from the flat arrays its index columns hold when it has them
 * (index-columns.ts; a stored index holds where each article is listed too), else from its lists.
 */
export function packNeighbourGraph(pack: Pick<MatchablePack, 'neighbours' | 'columns' | 'articles'>): NeighbourGraph {
  const columns = indexColumnsOf(pack)?.neighbours;
  if (!columns) return neighbourGraph(pack.neighbours);
  const { starts, articles, similarities, listedBy } = columns;
  if (!listedBy) return graphOfColumns(starts, articles, similarities);
  return { listStarts: starts, listArticles: articles, listSimilarities: similarities, listedByStarts: listedBy.starts, listedByArticles: listedBy.articles, listedByRanks: listedBy.ranks, size: listedBy.size };
}

/** Article d's neighbour list, best first. */
export function neighbourList(graph: Pick<NeighbourGraph, 'listStarts' | 'listArticles' | 'listSimilarities'>, d: number): Neighbour[] {
  const list: Neighbour[] = [];
  for (let k = graph.listStarts[d]!; k < graph.listStarts[d + 1]!; k++) list.push([graph.listArticles[k]!, graph.listSimilarities[k]!]);
  return list;
}

/** Article d's neighbourhood: the first of its list, as many as a neighbourhood holds in this corpus (`size`), `leaveOut` passed over. */
export function neighbourhood(graph: Pick<NeighbourGraph, 'listStarts' | 'listArticles' | 'size'>, d: number, leaveOut?: number): number[] {
  const found: number[] = [];
  for (let k = graph.listStarts[d] ?? 0; k < (graph.listStarts[d + 1] ?? 0) && found.length < graph.size; k++) if (graph.listArticles[k] !== leaveOut) found.push(graph.listArticles[k]!);
  return found;
}

/** `neighbourhoodSize` of lists given as flat arrays: the median of each list's elbow. */
function neighbourhoodSizeOf(listStarts: Uint32Array, listSimilarities: ArrayLike<number>): number {
  const count = listStarts.length - 1;
  if (count === 0) return 1;
  const elbows = new Uint32Array(count);
  for (let d = 0; d < count; d++) {
    const start = listStarts[d]!;
    const end = Math.min(listStarts[d + 1]!, start + NEIGHBOURS);
    let elbow = 1;
    let steepest = 0;
    for (let k = start; k < end; k++) {
      const drop = listSimilarities[k]! / Math.max(k + 1 < end ? listSimilarities[k + 1]! : 0, BACKGROUND_SIMILARITY);
      if (drop > steepest) [steepest, elbow] = [drop, k - start + 1];
    }
    elbows[d] = elbow;
  }
  elbows.sort();
  return elbows[Math.floor((count - 1) / 2)]!;
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
  const { articles, shares } = neighbourOverlaps(query, graph, leaveOut);
  return new Map(articles.map((d, k) => [d, shares[k]!]));
}

/**
 * sharedNeighbours as two lists: the articles whose neighbourhoods overlap the query's, in the order
 * the map lists them, and each one's overlap alongside. The overlaps are summed in a dense array of
 * the graph's own (one number per article, zero between calls), not a map: the relatedness rounds of
 * every query read it, and the map's lookups made it one of the slowest functions to run and to
 * compile of a bench's first queries. The same sums in the same order.
 */
export function neighbourOverlaps(query: readonly Neighbour[], graph: NeighbourGraph, leaveOut?: number): { articles: number[]; shares: number[] } {
  const articles: number[] = [];
  const shares: number[] = [];
  if (query.length === 0) return { articles, shares };
  const leaveOutRank = leaveOut === undefined ? undefined : leftOutRanks(graph, leaveOut);
  let queryWeight = 0;
  for (const [, similarity] of query) queryWeight += similarity;
  const overlap = overlapBuffer(graph);
  for (const [x, similarity] of query) {
    for (let k = graph.listedByStarts[x]!; k < graph.listedByStarts[x + 1]!; k++) {
      const d = graph.listedByArticles[k]!;
      const rank = graph.listedByRanks[k]!;
      if (d === leaveOut || effectiveRank(rank, leaveOutRank?.get(d)) >= graph.size) continue;
      if (!overlap.has[d]) {
        overlap.has[d] = 1;
        articles.push(d);
      }
      overlap.sums[d] = overlap.sums[d]! + Math.min(similarity, graph.listSimilarities[graph.listStarts[d]! + rank]!);
    }
  }
  // Each corpus article belongs to its own neighbourhood, as close to itself as can be: an article
  // that is the only other coverage of an event has no neighbours on it, but is one.
  for (const [d, similarity] of query) {
    if (d === leaveOut) continue;
    if (!overlap.has[d]) {
      overlap.has[d] = 1;
      articles.push(d);
    }
    overlap.sums[d] = overlap.sums[d]! + Math.min(similarity, SELF_SIMILARITY);
  }
  for (const d of articles) {
    const common = overlap.sums[d]!;
    overlap.sums[d] = 0;
    overlap.has[d] = 0;
    let ownWeight = SELF_SIMILARITY;
    const start = graph.listStarts[d]!;
    for (let k = start; k < graph.listStarts[d + 1]!; k++) {
      if (graph.listArticles[k]! !== leaveOut && effectiveRank(k - start, leaveOutRank?.get(d)) < graph.size) ownWeight += graph.listSimilarities[k]!;
    }
    shares.push(common / (queryWeight + ownWeight - common));
  }
  return { articles, shares };
}

/** Where the left-out article stands in each list that holds it. */
function leftOutRanks(graph: NeighbourGraph, leaveOut: number): Map<number, number> {
  const ranks = new Map<number, number>();
  for (let k = graph.listedByStarts[leaveOut]!; k < graph.listedByStarts[leaveOut + 1]!; k++) ranks.set(graph.listedByArticles[k]!, graph.listedByRanks[k]!);
  return ranks;
}

// Per graph: each article's overlap being summed, and whether it was met, all zero between calls.
const overlapBuffers = new WeakMap<NeighbourGraph, { sums: Float64Array; has: Uint8Array }>();

function overlapBuffer(graph: NeighbourGraph): { sums: Float64Array; has: Uint8Array } {
  let buffer = overlapBuffers.get(graph);
  const count = graph.listStarts.length - 1;
  if (!buffer) overlapBuffers.set(graph, (buffer = { sums: new Float64Array(count), has: new Uint8Array(count) }));
  return buffer;
}

const SELF_SIMILARITY = 1;

/** A list's place once the left-out article, if the list holds it, is taken out. */
function effectiveRank(rank: number, leftOutAt: number | undefined): number {
  return leftOutAt !== undefined && leftOutAt < rank ? rank - 1 : rank;
}
