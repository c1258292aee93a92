// A pack built a article at a time, for corpora of any size: each article is analysed and its
// record line handed to the caller at once (the CLI appends it to a file), and only what the
// match index needs is kept, its terms as numbers in typed arrays. At the end come the document
// frequencies, each article's nearest neighbours through the inverted index (never all pairs),
// and the header and match index lines. Memory grows with the match index (about 1 KB per
// article), not with the text or the analyses' features.
import type { AnyAnalysis } from '../analysis/contract.js';
import { ANALYSES } from '../analyses.js';
import { termIndex } from '../match/term-index.js';
import { NEIGHBOUR_FLOOR, NEIGHBOURS, type Neighbour } from '../match/neighbours.js';
import { matchFeatures, type MatchFeatures } from '../match/matchable.js';
import type { MentionTense } from '../match/development.js';
import { isWebUrl } from '../text/escape.js';
import { analysisFeatures, type AnalysisFeatures, type BuildProgress, type CorpusInput } from './pack.js';
import { safeArticleId } from './ids.js';
import { isoDateOf } from './dates.js';
import type { FeedState } from './feed-state.js';
import { headerLine, nameVocabulary, recordLine, type IndexRowSource } from './pack-file.js';
import { IndexColumnsWriter } from './index-columns.js';
import { Shapes } from './compact.js';
import { dateText } from './date-text.js';

/** An article the builder keeps until the index is written: its index row's source, and its terms in the builder's own numbering. */
interface KeptArticle extends IndexRowSource {
  /** Term numbers in the builder's own order of first sight, and their counts. */
  terms: Uint32Array;
  counts: Float64Array;
  anchors: string[];
  mentions: Record<string, MentionTense>;
  fingerprint: number[];
}

/**
 * Up to this many articles every term gathers candidates for an article's neighbours, and the
 * lists are exactly the all-pairs ones. Beyond it, only an article's rarest terms gather them
 * (a common term's posting list in a hundred thousand articles would make the search quadratic),
 * and the best candidates are then scored over all their terms.
 */
export const EXACT_NEIGHBOURS_UP_TO = 5_000;
/** How many of an article's rarest terms gather its candidates in a larger pack. */
const CANDIDATE_TERMS = 32;
/** Candidates per article scored over all their terms in a larger pack. */
const CANDIDATES = 200;
/**
 * How many postings, at most, gather one article's candidates in a larger pack (its rarest term's
 * always): the rarest terms are taken until the next would pass it. It bounds the work per
 * article, so that the search grows with the article count, not with its square, whatever the
 * corpus: a story syndicated word for word to many outlets (or the benchmark's copies) makes
 * even an article's rarest terms common. 20 postings per candidate kept; in the benchmark's
 * 10,000-article pack (each real article copied about ten times) the 32 rarest terms of half
 * the articles hold fewer than 1,700 postings in all, of nine in ten fewer than 9,500.
 */
const GATHER_POSTINGS = 20 * CANDIDATES;

export class PackBuilder {
  private readonly shapes = new Shapes();
  private readonly termNumbers = new Map<string, number>();
  private readonly termList: string[] = [];
  private readonly kept: KeptArticle[] = [];
  private readonly ids = new Set<string>();

  /** `writeRecord` receives each article's record line, in pack order, as soon as it is analysed. */
  constructor(
    private readonly name: string,
    private readonly writeRecord: (line: string) => void,
    private readonly analyses: readonly AnyAnalysis[] = ANALYSES,
  ) {}

  get size(): number {
    return this.kept.length;
  }

  /** Analyses one article, hands its record on and keeps its index entry; returns the id it got in the pack. */
  add({ id, article }: CorpusInput): string {
    return this.addAnalysed({ id, article }, matchFeatures(article), analysisFeatures(article, this.analyses));
  }

  /** As `add`, for an article whose features were worked out already (the benchmark's copies of real articles). */
  addAnalysed({ id, article }: CorpusInput, match: MatchFeatures, analysed: AnalysisFeatures): string {
    let safeId = safeArticleId(id);
    for (let n = 2; this.ids.has(safeId); n++) safeId = `${safeArticleId(id)}-${n}`;
    this.ids.add(safeId);
    this.writeRecord(recordLine({ paragraphs: article.paragraphs, features: analysed as never }, this.shapes, this.analyses));
    const entries = Object.entries(match.terms);
    const kept: KeptArticle = {
      id: safeId,
      title: article.title,
      wordCount: match.wordCount,
      terms: Uint32Array.from(entries, ([term]) => this.termNumber(term)),
      counts: Float64Array.from(entries, ([, n]) => n),
      anchors: match.anchors,
      mentions: match.mentions,
      fingerprint: match.fingerprint,
    };
    if (article.siteName) kept.source = article.siteName;
    if (article.url && isWebUrl(article.url)) kept.url = article.url;
    const publishedAt = isoDateOf(article.publishedAt);
    if (publishedAt) kept.publishedAt = publishedAt;
    const stated = dateText({ ...kept, paragraphs: article.paragraphs });
    if (stated) kept.dateText = stated;
    this.kept.push(kept);
    return safeId;
  }

  private termNumber(term: string): number {
    let n = this.termNumbers.get(term);
    if (n === undefined) this.termNumbers.set(term, (n = this.termList.push(term) - 1));
    return n;
  }

  /** The header and match index lines, to be written before the records. */
  finish(feeds?: FeedState[], onProgress?: BuildProgress): { header: string; index: string } {
    // Terms in order, each article's terms renumbered in that order and sorted: as the loader will read them.
    const order = this.termList.map((_, i) => i).sort((a, b) => (this.termList[a]! < this.termList[b]! ? -1 : 1));
    const renumber = new Uint32Array(order.length);
    order.forEach((old, i) => (renumber[old] = i));
    const terms = order.map((old) => this.termList[old]!);
    const frequency = new Uint32Array(terms.length);
    for (const article of this.kept) {
      // Each term's new number and its place in the article in one number, sorted natively: no
      // pair object per term (fifteen million of them at 100,000 articles). An article's terms are
      // distinct, so the order is that of the new numbers.
      const keyed = Float64Array.from(article.terms, (t, k) => renumber[t]! * MAX_ARTICLE_TERMS + k).sort();
      const counts = article.counts;
      article.terms = Uint32Array.from(keyed, (key) => Math.floor(key / MAX_ARTICLE_TERMS));
      article.counts = Float64Array.from(keyed, (key) => counts[key % MAX_ARTICLE_TERMS]!);
      for (const t of article.terms) frequency[t]!++;
    }
    const documentFrequency: Record<string, number> = Object.create(null);
    terms.forEach((term, i) => (documentFrequency[term] = frequency[i]!));
    const neighbours = this.neighbours(terms, frequency, documentFrequency, onProgress && ((done, total) => onProgress('neighbours', done, total)));
    const { names, numberOf: nameNumber } = nameVocabulary();
    const columns = new IndexColumnsWriter();
    this.kept.forEach((article, i) => columns.add(article, article.terms, article.counts, nameNumber, neighbours[i]!));
    const header: { name: string; articleCount: number; feeds?: FeedState[] } = { name: this.name, articleCount: this.kept.length };
    if (feeds) header.feeds = feeds;
    return { header: headerLine(header), index: columns.line(terms, frequency, names, this.shapes.list) };
  }

  /**
   * Each article's nearest others by the cosine of their rarity-weighted terms, as
   * corpusNeighbours finds them, through the inverted index: an article is compared only with
   * articles that share a term with it.
   */
  private neighbours(terms: readonly string[], frequency: Uint32Array, documentFrequency: Record<string, number>, onProgress?: (done: number, total: number) => void): Neighbour[][] {
    const n = this.kept.length;
    // The matcher's own rarity weights: termIndex over n articles (their terms do not enter the weights).
    const { idfOf } = termIndex(new Array<Record<string, number>>(n).fill(EMPTY), documentFrequency);
    // Unit-length rarity-weighted vectors, as weightVector makes them, in ascending term order.
    const idfs = Float64Array.from(terms, idfOf);
    const weights = this.kept.map((article) => {
      const vector = Float64Array.from(article.terms, (t, k) => (1 + Math.log(article.counts[k]!)) * idfs[t]!);
      const norm = Math.sqrt(vector.reduce((sum, w) => sum + w * w, 0));
      return norm > 0 ? vector.map((w) => w / norm) : vector;
    });
    // All posting lists in two flat arrays, term t's at [start[t], start[t + 1]): a typed array per
    // term would be a million small objects in a large pack, most of them holding one or two postings.
    const start = new Uint32Array(terms.length + 1);
    for (let t = 0; t < terms.length; t++) start[t + 1] = start[t]! + frequency[t]!;
    const postingArticles = new Uint32Array(start[terms.length]!);
    const postingWeights = new Float64Array(start[terms.length]!);
    const filled = start.slice(0, terms.length);
    this.kept.forEach((article, i) =>
      article.terms.forEach((t, k) => {
        postingArticles[filled[t]!] = i;
        postingWeights[filled[t]!++] = weights[i]![k]!;
      }),
    );
    const scores = new Float64Array(n);
    const touched: number[] = [];
    const lists: Neighbour[][] = [];
    for (let i = 0; i < n; i++) {
      const article = this.kept[i]!;
      const pruned = n > EXACT_NEIGHBOURS_UP_TO && article.terms.length > CANDIDATE_TERMS;
      const gathering = pruned ? rarest(article.terms, frequency, CANDIDATE_TERMS, GATHER_POSTINGS) : undefined;
      article.terms.forEach((t, k) => {
        if (gathering && !gathering.has(t)) return;
        const w = weights[i]![k]!;
        for (let p = start[t]!, end = start[t + 1]!; p < end; p++) {
          const j = postingArticles[p]!;
          if (scores[j] === 0) touched.push(j);
          scores[j]! += w * postingWeights[p]!;
        }
      });
      let candidates = touched.filter((j) => j !== i);
      if (pruned) {
        candidates = best(candidates, scores, CANDIDATES);
        for (const j of candidates) scores[j] = dot(article.terms, weights[i]!, this.kept[j]!.terms, weights[j]!);
      }
      const near = candidates.filter((j) => scores[j]! >= NEIGHBOUR_FLOOR);
      const chosen = best(near, scores, NEIGHBOURS).map((j): Neighbour => [j, Math.round(scores[j]! * 1000) / 1000]);
      for (const j of touched) scores[j] = 0;
      touched.length = 0;
      lists.push(chosen);
      onProgress?.(i + 1, n);
    }
    return lists;
  }
}

/** Above any article's term count (termCounts keeps 400): a term's place in its article fits below it. */
const MAX_ARTICLE_TERMS = 1 << 16;

const EMPTY: Record<string, number> = Object.freeze(Object.create(null)) as Record<string, number>;

/** The `size` highest-scoring articles, best first, the lower number first among equals (as `nearest` orders them). */
function best(articles: readonly number[], scores: Float64Array, size: number): number[] {
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  const top: number[] = [];
  for (const j of articles) {
    if (top.length === size && !better(j, top[size - 1]!)) continue;
    let at = top.length;
    while (at > 0 && better(j, top[at - 1]!)) at--;
    top.splice(at, 0, j);
    if (top.length > size) top.pop();
  }
  return top;
}

/** At most `count` terms of an article, those the fewest articles hold, with no more than `postings` postings in all (the rarest always). */
function rarest(terms: Uint32Array, frequency: Uint32Array, count: number, postings: number): Set<number> {
  const chosen = new Set<number>();
  let gathered = 0;
  for (const t of [...terms].sort((a, b) => frequency[a]! - frequency[b]! || a - b)) {
    if (chosen.size === count || (chosen.size > 0 && gathered + frequency[t]! > postings)) break;
    chosen.add(t);
    gathered += frequency[t]!;
  }
  return chosen;
}

/** The dot product of two sparse vectors whose term numbers are ascending. */
function dot(termsA: Uint32Array, weightsA: Float64Array, termsB: Uint32Array, weightsB: Float64Array): number {
  let sum = 0;
  for (let a = 0, b = 0; a < termsA.length && b < termsB.length; ) {
    if (termsA[a]! < termsB[b]!) a++;
    else if (termsA[a]! > termsB[b]!) b++;
    else sum += weightsA[a++]! * weightsB[b++]!;
  }
  return sum;
}
