// A pack built a article at a time, for corpora of any size: each article is analysed and its
// record line handed to the caller at once (the CLI appends it to a file), and only what the
// match index needs is kept, its terms as numbers in typed arrays. At the end come the document
// frequencies, each article's nearest neighbours through the inverted index (never all pairs),
// and the header and match index lines. Memory grows with the match index (about 1 KB per
// article), not with the text or the analyses' features.
import type { AnyAnalysis } from '../analysis/contract.js';
import { ANALYSES, READING_VERSION } from '../analyses.js';
import { countWeight, searchIdfs } from '../match/term-index.js';
import { NEIGHBOUR_FLOOR, NEIGHBOURS, type Neighbour } from '../match/neighbours.js';
import { matchFeatures, type MatchFeatures } from '../match/matchable.js';
import { leadActText } from '../english/roles.js';
import type { MentionTense } from '../match/development.js';
import { isWebUrl } from '../text/escape.js';
import { analysisFeatures, type AnalysisFeatures, type BuildProgress, type CorpusInput } from './pack.js';
import { safeArticleId } from './ids.js';
import { isoDateOf } from './dates.js';
import type { FeedState } from './feed-state.js';
import { headerLine, nameVocabulary, recordLine, type IndexRowSource, type PackHeader } from './pack-file.js';
import { IndexColumnsWriter } from './index-columns.js';
import { Shapes } from './compact.js';
import { dateText } from './date-text.js';

/** A list of numbers appended one at a time into a typed array that doubles when full. */
class Growing<A extends Uint32Array> {
  length = 0;
  constructor(
    public values: A,
    private readonly make: (length: number) => A,
  ) {}

  push(value: number): void {
    if (this.length === this.values.length) {
      const larger = this.make(this.values.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length++] = value;
  }

  /** The numbers pushed (a view on them). */
  pushed(): A {
    return this.values.subarray(0, this.length) as A;
  }
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
  private readonly ids = new Set<string>();
  /**
   * The index columns of every article's metadata, fingerprint and names, written as each article
   * comes; its terms and neighbours are written at the end. Kept per article until then: its
   * terms alone, as numbers in flat arrays (article i's at `termStarts[i] .. termStarts[i + 1]`,
   * numbered in the builder's own order of first sight, with their counts): no object per article,
   * which a large pack's build would otherwise carry, and collect, by the hundred thousand.
   */
  private readonly columns = new IndexColumnsWriter();
  private readonly names = nameVocabulary();
  private readonly termStarts = new Growing(new Uint32Array(1024), (n) => new Uint32Array(n));
  private readonly termIds = new Growing(new Uint32Array(1 << 16), (n) => new Uint32Array(n));
  private readonly termCounts = new Growing(new Uint32Array(1 << 16), (n) => new Uint32Array(n));

  /** `writeRecord` receives each article's record line, in pack order, as soon as it is analysed. */
  constructor(
    private readonly name: string,
    private readonly writeRecord: (line: string) => void,
    private readonly analyses: readonly AnyAnalysis[] = ANALYSES,
  ) {
    this.termStarts.push(0);
  }

  get size(): number {
    return this.termStarts.length - 1;
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
    const entry: IndexRowSource = {
      id: safeId,
      title: article.title,
      wordCount: match.wordCount,
      anchors: match.anchors,
      mentions: match.mentions,
      fingerprint: match.fingerprint,
    };
    if (article.siteName) entry.source = article.siteName;
    if (article.url && isWebUrl(article.url)) entry.url = article.url;
    const publishedAt = isoDateOf(article.publishedAt);
    if (publishedAt) entry.publishedAt = publishedAt;
    const stated = dateText({ ...entry, paragraphs: article.paragraphs });
    if (stated) entry.dateText = stated;
    const act = leadActText(article.paragraphs);
    if (act) entry.leadAct = act;
    this.columns.addEntry(entry, this.names.numberOf);
    for (const term in match.terms) {
      const count = match.terms[term]!;
      // As the index writes it: a whole number that a Uint32Array keeps exactly.
      if (!(Number.isInteger(count) && count >= 0 && count <= 0xffffffff)) throw new Error(`a term count is a whole number from 0 to ${0xffffffff}, not ${count}`);
      this.termIds.push(this.termNumber(term));
      this.termCounts.push(count);
    }
    if (this.termIds.length - this.termStarts.values[this.size]! > MAX_ARTICLE_TERMS) throw new Error(`an article holds more than ${MAX_ARTICLE_TERMS} terms`);
    this.termStarts.push(this.termIds.length);
    return safeId;
  }

  private termNumber(term: string): number {
    let n = this.termNumbers.get(term);
    if (n === undefined) this.termNumbers.set(term, (n = this.termList.push(term) - 1));
    return n;
  }

  /** The header and match index lines, to be written before the records. */
  finish(feeds?: FeedState[], onProgress?: BuildProgress): { header: string; index: string } {
    const n = this.size;
    // Terms in order, each article's terms renumbered in that order and sorted: as the loader will read them.
    // The texts sorted natively (by UTF-16 code units, as `<` compares them; the terms are distinct),
    // then each one's old number looked up once: a comparator that looked both texts up by number
    // was called some twenty million times at 100,000 articles (a million terms).
    const terms = this.termList.slice().sort();
    const renumber = new Uint32Array(terms.length);
    for (let i = 0; i < terms.length; i++) renumber[this.termNumbers.get(terms[i]!)!] = i;
    this.termNumbers.clear();
    this.termList.length = 0;
    const starts = this.termStarts.pushed();
    const ids = this.termIds.pushed();
    const counts = this.termCounts.pushed();
    const frequency = new Uint32Array(terms.length);
    // Each term's new number and its place in the article in one number, sorted natively: no pair
    // object per term (fifteen million of them at 100,000 articles). An article's terms are
    // distinct, so the order is that of the new numbers. Renumbered in place, the article's
    // counts copied aside first.
    const keyed = new Float64Array(MAX_ARTICLE_TERMS);
    const countsBefore = new Uint32Array(MAX_ARTICLE_TERMS);
    for (let i = 0; i < n; i++) {
      const from = starts[i]!;
      const length = starts[i + 1]! - from;
      const keys = keyed.subarray(0, length);
      for (let k = 0; k < length; k++) {
        keys[k] = renumber[ids[from + k]!]! * MAX_ARTICLE_TERMS + k;
        countsBefore[k] = counts[from + k]!;
      }
      keys.sort();
      for (let k = 0; k < length; k++) {
        const key = keys[k]!;
        const t = Math.floor(key / MAX_ARTICLE_TERMS);
        ids[from + k] = t;
        counts[from + k] = countsBefore[key % MAX_ARTICLE_TERMS]!;
        frequency[t]!++;
      }
    }
    const kept: KeptTerms = { starts, ids, counts };
    for (let i = 0; i < n; i++) this.columns.addTerms(ids, counts, starts[i]!, starts[i + 1]!);
    const lengths = this.neighbours(kept, terms, frequency, onProgress && ((done, total) => onProgress('neighbours', done, total)));
    const header: PackHeader = { name: this.name, articleCount: n, reading: READING_VERSION };
    if (feeds) header.feeds = feeds;
    return { header: headerLine(header), index: this.columns.line(terms, frequency, this.names.names, this.shapes.list, lengths) };
  }

  /**
   * Each article's nearest others by the cosine of their rarity-weighted terms, as
   * corpusNeighbours finds them, through the inverted index: an article is compared only with
   * articles that share a term with it. Written to the index columns as each list is found.
   * Returns each article's vector length (stored in the index: the loader sums them so, to the bit).
   */
  private neighbours(kept: KeptTerms, terms: readonly string[], frequency: Uint32Array, onProgress?: (done: number, total: number) => void): Float64Array {
    const { starts, ids } = kept;
    const n = starts.length - 1;
    // The matcher's own rarity weights over n articles, as termIndex gives them for these terms
    // (searchIdfs: no map of the million terms of a large pack made again to look them up).
    const idfs = searchIdfs(terms, frequency, n);
    // Unit-length rarity-weighted vectors, as weightVector makes them, in ascending term order,
    // alongside the terms in one flat array (article i's weights at starts[i] .. starts[i + 1]).
    const weights = new Float64Array(ids.length);
    const lengths = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let k = starts[i]!; k < starts[i + 1]!; k++) {
        const w = (weights[k] = countWeight(kept.counts[k]!) * idfs[ids[k]!]!);
        sum += w * w;
      }
      const norm = (lengths[i] = Math.sqrt(sum));
      if (norm > 0) for (let k = starts[i]!; k < starts[i + 1]!; k++) weights[k]! /= norm;
    }
    // All posting lists in two flat arrays, term t's at [postingStarts[t], postingStarts[t + 1]): a typed
    // array per term would be a million small objects in a large pack, most of them holding one or two postings.
    const postingStarts = new Uint32Array(terms.length + 1);
    for (let t = 0; t < terms.length; t++) postingStarts[t + 1] = postingStarts[t]! + frequency[t]!;
    const postingArticles = new Uint32Array(postingStarts[terms.length]!);
    const postingWeights = new Float64Array(postingStarts[terms.length]!);
    const filled = postingStarts.slice(0, terms.length);
    for (let i = 0; i < n; i++) {
      for (let k = starts[i]!; k < starts[i + 1]!; k++) {
        const at = filled[ids[k]!]!++;
        postingArticles[at] = i;
        postingWeights[at] = weights[k]!;
      }
    }
    const scores = new Float64Array(n);
    // The articles that share a gathering term with the current one, in the order first met.
    const touched = new Uint32Array(n);
    let touchedCount = 0;
    const top = new TopArticles(scores, Math.max(CANDIDATES, NEIGHBOURS));
    // Which article last chose each term to gather its candidates, plus one.
    const gatheredBy = new Uint32Array(terms.length);
    const byRarity = new Float64Array(MAX_ARTICLE_TERMS);
    const own = new TermTable(terms.length);
    for (let i = 0; i < n; i++) {
      const from = starts[i]!;
      const to = starts[i + 1]!;
      const pruned = n > EXACT_NEIGHBOURS_UP_TO && to - from > CANDIDATE_TERMS;
      if (pruned) markRarest(ids, from, to, frequency, byRarity, gatheredBy, i + 1);
      for (let k = from; k < to; k++) {
        const t = ids[k]!;
        if (pruned && gatheredBy[t] !== i + 1) continue;
        const w = weights[k]!;
        for (let p = postingStarts[t]!, end = postingStarts[t + 1]!; p < end; p++) {
          const j = postingArticles[p]!;
          if (scores[j] === 0) touched[touchedCount++] = j;
          scores[j]! += w * postingWeights[p]!;
        }
      }
      let candidates: ArrayLike<number> = touched.subarray(0, touchedCount);
      if (pruned) {
        candidates = top.best(candidates, CANDIDATES, i);
        own.fill(ids, weights, from, to);
        for (let c = 0; c < candidates.length; c++) {
          const j = candidates[c]!;
          scores[j] = own.dot(ids, weights, starts[j]!, starts[j + 1]!);
        }
      }
      const near: number[] = [];
      for (let c = 0; c < candidates.length; c++) {
        const j = candidates[c]!;
        if (j !== i && scores[j]! >= NEIGHBOUR_FLOOR) near.push(j);
      }
      const chosen = best(near, scores, NEIGHBOURS).map((j): Neighbour => [j, Math.round(scores[j]! * 1000) / 1000]);
      for (let c = 0; c < touchedCount; c++) scores[touched[c]!] = 0;
      touchedCount = 0;
      this.columns.addNeighbours(i, chosen);
      onProgress?.(i + 1, n);
    }
    return lengths;
  }
}

/** Every article's terms after renumbering: article i's are `ids[starts[i] .. starts[i + 1])`, ascending, with their counts alongside. */
interface KeptTerms {
  starts: Uint32Array;
  ids: Uint32Array;
  counts: Uint32Array;
}

/** Above any article's term count (termCounts keeps 400): a term's place in its article fits below it. */
const MAX_ARTICLE_TERMS = 1 << 16;


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

/**
 * The highest-scoring articles of a list, as `best` orders them (best first, the lower number first
 * among equals), found through a heap of the best so far whose root is the worst of them: a
 * candidate list holds up to some thousands of articles, and keeping the best 200 in order by
 * insertion moved a hundred of them per insertion. Reuses its arrays from one call to the next.
 */
export class TopArticles {
  private readonly heap: Uint32Array;
  constructor(
    private readonly scores: Float64Array,
    capacity: number,
  ) {
    this.heap = new Uint32Array(capacity);
  }

  /** Whether article a comes before article b. */
  private better(a: number, b: number): boolean {
    const { scores } = this;
    return scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  }

  /** The `size` best of `articles` but `except`, best first (a view on the heap's array, valid until the next call). */
  best(articles: ArrayLike<number>, size: number, except: number): Uint32Array {
    const { heap } = this;
    let length = 0;
    for (let c = 0; c < articles.length; c++) {
      const j = articles[c]!;
      if (j === except) continue;
      if (length < size) {
        // Sift up: a parent is never better than its children.
        let at = length++;
        while (at > 0) {
          const parent = (at - 1) >> 1;
          if (!this.better(heap[parent]!, j)) break;
          heap[at] = heap[parent]!;
          at = parent;
        }
        heap[at] = j;
      } else if (this.better(j, heap[0]!)) this.siftDown(j, length);
    }
    // Taken off worst first, each laid down behind the shrinking heap: best first in the end.
    for (let end = length - 1; end > 0; end--) {
      const worst = heap[0]!;
      this.siftDown(heap[end]!, end);
      heap[end] = worst;
    }
    return heap.subarray(0, length);
  }

  /** Places j at the root of the heap of `length` articles and sifts it down to its place. */
  private siftDown(j: number, length: number): void {
    const { heap } = this;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= length) break;
      // The worse child.
      if (child + 1 < length && this.better(heap[child]!, heap[child + 1]!)) child++;
      if (!this.better(j, heap[child]!)) break;
      heap[at] = heap[child]!;
      at = child;
    }
    heap[at] = j;
  }
}

/**
 * Marks (`mark` in `chosen`) at most `count` terms of the article whose terms are `ids[from .. to)`,
 * those the fewest articles hold, with no more than `postings` postings in all (the rarest
 * always). Ordered by frequency, then term number, through one native sort of numbers that
 * hold both (`byRarity` is scratch room).
 */
function markRarest(ids: Uint32Array, from: number, to: number, frequency: Uint32Array, byRarity: Float64Array, chosen: Uint32Array, mark: number, count = CANDIDATE_TERMS, postings = GATHER_POSTINGS): void {
  const keys = byRarity.subarray(0, to - from);
  for (let k = from; k < to; k++) keys[k - from] = frequency[ids[k]!]! * TERM_NUMBERS + ids[k]!;
  keys.sort();
  let gathered = 0;
  for (let c = 0; c < keys.length; c++) {
    const t = keys[c]! % TERM_NUMBERS;
    if (c === count || (c > 0 && gathered + frequency[t]! > postings)) break;
    chosen[t] = mark;
    gathered += frequency[t]!;
  }
}

/** Above any term number (a pack holds at most PACK_LIMITS.vocabulary terms): a frequency times it plus a term number orders by both. */
const TERM_NUMBERS = 2 ** 32;

/**
 * One article's term weights by term number, in a small open-addressing table, for the dot
 * products of its vector with its candidates': each candidate's terms are looked up in it (a
 * table that stays in the processor's nearest cache), where merging two sorted lists took a
 * branch per term of both, most of them mispredicted. The products are summed in the
 * candidate's term order, ascending, as the merge summed them: the same sums to the last bit.
 */
export class TermTable {
  /**
   * One bit per term of the vocabulary, set for the table's own terms: most of a candidate's terms
   * are not the article's, and a bit read from a small array (128 KB for a million terms) tells so
   * where a probe of the table took a few slots' reads.
   */
  private readonly present: Uint32Array;
  /** The terms whose bits are set: `ids[filledFrom .. filledTo)`. */
  private filledIds: Uint32Array = new Uint32Array(0);
  private filledFrom = 0;
  private filledTo = 0;
  private keys = new Int32Array(1024);
  private values = new Float64Array(1024);
  /** Which filling each slot holds; a slot of an earlier one is empty. */
  private marks = new Uint32Array(1024);
  private mark = 0;
  private mask = 1023;

  constructor(vocabularySize: number) {
    this.present = new Uint32Array(Math.ceil(vocabularySize / 32));
  }

  fill(ids: Uint32Array, weights: Float64Array, from: number, to: number): void {
    const { present } = this;
    for (let k = this.filledFrom; k < this.filledTo; k++) present[this.filledIds[k]! >>> 5] = 0;
    for (let k = from; k < to; k++) present[ids[k]! >>> 5]! |= 1 << (ids[k]! & 31);
    this.filledIds = ids;
    this.filledFrom = from;
    this.filledTo = to;
    // At most half full.
    let size = this.keys.length;
    while (size < 2 * (to - from)) size *= 2;
    if (size !== this.keys.length) {
      this.keys = new Int32Array(size);
      this.values = new Float64Array(size);
      this.marks = new Uint32Array(size);
      this.mark = 0;
      this.mask = size - 1;
    }
    const mark = ++this.mark;
    for (let k = from; k < to; k++) {
      let slot = slotOf(ids[k]!, this.mask);
      while (this.marks[slot] === mark) slot = (slot + 1) & this.mask;
      this.marks[slot] = mark;
      this.keys[slot] = ids[k]!;
      this.values[slot] = weights[k]!;
    }
  }

  /** The dot product of the table's vector with the one whose terms are `ids[from .. to)` (ascending), weights alongside. */
  dot(ids: Uint32Array, weights: Float64Array, from: number, to: number): number {
    const { keys, values, marks, mark, mask, present } = this;
    let sum = 0;
    for (let k = from; k < to; k++) {
      const t = ids[k]!;
      if (((present[t >>> 5]! >>> (t & 31)) & 1) === 0) continue;
      for (let slot = slotOf(t, mask); marks[slot] === mark; slot = (slot + 1) & mask) {
        if (keys[slot] === t) {
          sum += values[slot]! * weights[k]!;
          break;
        }
      }
    }
    return sum;
  }
}

/** A term number's first slot in a table of `mask + 1` slots (Fibonacci hashing). */
function slotOf(t: number, mask: number): number {
  return (Math.imul(t, 0x9e3779b1) >>> 16) & mask;
}
