import { idf, weightVector } from './features.js';
import background from './background-df.json';

// A null-prototype copy: a term such as "constructor" must not find Object.prototype's.
const backgroundFrequency: Record<string, number> = Object.assign(Object.create(null), background.df);

/**
 * A corpus's term counts as a few flat arrays instead of one map per article: what a pack's
 * match index holds, ready to be indexed without building a map per article (a map of 150
 * terms costs about 100 times the memory of its numbers, and the time to make and collect it).
 * The extension stores it as it is (typed arrays clone as one block each).
 *
 * Article i's terms are `ids[offsets[i] .. offsets[i + 1])`, numbers into `vocabulary`, each
 * with its count in `counts`, in the article's own order.
 */
/** Numbers in the narrowest typed array that holds each exactly (`narrowest`): a stored index reads fewer bytes. */
export type NumberColumn = Uint8Array | Uint16Array | Uint32Array | Float64Array;

/** The numbers in the narrowest typed array that holds every one of them exactly. */
export function narrowest(values: ArrayLike<number>): NumberColumn {
  // Unsigned integer arrays hold whole numbers by construction: only their largest is looked for.
  const whole = values instanceof Uint8Array || values instanceof Uint16Array || values instanceof Uint32Array;
  let max = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    if (!whole && !(Number.isInteger(value) && value >= 0)) return Float64Array.from(values);
    if (value > max) max = value;
  }
  const Type = max < 2 ** 8 ? Uint8Array : max < 2 ** 16 ? Uint16Array : max < 2 ** 32 ? Uint32Array : Float64Array;
  if (values instanceof Type) return values;
  // The constructor copies a typed array in one native pass (Type.from iterates it).
  return new Type(values as ArrayLike<number>);
}

/**
 * Texts read by place: a list in memory, or one whose texts are made when first read (a stored
 * index's vocabulary, corpus/stored-texts.ts StoredTextList; the CLI's names, index-bytes.ts LazyTexts).
 */
export interface TextList {
  readonly length: number;
  at(index: number): string | undefined;
  /**
   * How text `index` compares with `text` in code-unit order (below 0 before it, 0 the same, above
   * 0 after it), where the list can tell without making the text (index-bytes.ts LazyTexts).
   */
  compareAt?(index: number, text: string): number;
  /** Whether text `index` starts with `prefix`, where the list can tell without making the text. */
  startsWithAt?(index: number, prefix: string): boolean;
}

export interface CompactTerms {
  /** Every term of the corpus once, in code-unit order (binary search finds a query's terms). */
  vocabulary: TextList;
  /** How many corpus articles hold each term (the pack's document frequency). */
  frequency: Uint32Array;
  offsets: Uint32Array;
  ids: NumberColumn;
  counts: NumberColumn;
}

/**
 * Rarity-weighted term vectors of a corpus behind an inverted index, so that a query
 * touches only the articles that share a term with it instead of every article. The postings
 * of term t are `postingArticles[postingStarts[t] .. postingStarts[t + 1])` (ascending), with
 * the term's weight in each article's unit-length vector alongside (`termWeights(t)`), once
 * `termWeights(t)` or `addTermScores(t, ...)` has been called: a pack file's postings are placed
 * when a query first meets their terms (SearchColumns.ready).
 */
export interface TermIndex {
  size: number;
  idfOf: (term: string) => number;
  vocabulary: TextList;
  /** A term's place in the vocabulary (termNumber), or -1; remembered once asked. */
  numberOf: (term: string) => number;
  /** Each vocabulary term's idf (what idfOf gives for it). */
  idfs: Float64Array;
  /** Each article's vector length, as its postings' weights are divided by it. */
  norms: Float64Array;
  /** The articles' terms the index was made from (article i's in its own order, as its map lists them). */
  compact: CompactTerms;
  postingStarts: Uint32Array;
  postingArticles: NumberColumn;
  /**
   * The postings' weights, alongside postingArticles, with term t's filled in: each term's are
   * made when a query first meets it, so a worker start weighs none of 1.5 million postings.
   */
  termWeights: (t: number) => Float64Array;
  /**
   * Adds `weight` times each posting's weight of term t to its article's score: what a loop over
   * termWeights(t) adds, in the same order, with the weights made in the same pass when the term
   * is met for the first time (a first query after a worker start meets all its common terms so).
   */
  addTermScores: (t: number, weight: number, scores: Float64Array) => void;
}

/** The place of a term in a vocabulary in code-unit order, or -1. */
export function termNumber(vocabulary: TextList, term: string): number {
  let low = 0;
  let high = vocabulary.length - 1;
  if (vocabulary.compareAt) {
    // Probed without making each text probed (a million-term vocabulary read from bytes).
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = vocabulary.compareAt(middle, term);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = vocabulary.at(middle)!;
    if (at === term) return middle;
    if (at < term) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Articles' term maps as compact terms. The vocabulary is the document frequencies' terms and
 * any article term they lack (counted as held by none, as a missing frequency always was); each
 * article keeps its terms in its map's order, so that its vector's sums add up in the same order.
 */
export function compactTerms(articleTerms: readonly Record<string, number>[], documentFrequency: Record<string, number>): CompactTerms & { vocabulary: readonly string[] } {
  const known = new Set(Object.keys(documentFrequency));
  for (const terms of articleTerms) for (const term in terms) known.add(term);
  const vocabulary = [...known].sort();
  const numbers = new Map(vocabulary.map((term, i) => [term, i]));
  const frequency = Uint32Array.from(vocabulary, (term) => documentFrequency[term] ?? 0);
  const offsets = new Uint32Array(articleTerms.length + 1);
  let total = 0;
  articleTerms.forEach((terms, i) => {
    for (const _ in terms) total++;
    offsets[i + 1] = total;
  });
  const ids = new Uint32Array(total);
  const counts = new Float64Array(total);
  let k = 0;
  for (const terms of articleTerms) {
    for (const term in terms) {
      ids[k] = numbers.get(term)!;
      counts[k++] = terms[term]!;
    }
  }
  return { vocabulary, frequency, offsets, ids: narrowest(ids), counts: narrowest(counts) };
}

/** One article's term map, from compact terms (prototype-free, in the article's order). */
export function articleTermsOf(compact: CompactTerms, article: number): Record<string, number> {
  const terms: Record<string, number> = Object.create(null);
  for (let k = compact.offsets[article]!; k < compact.offsets[article + 1]!; k++) terms[compact.vocabulary.at(compact.ids[k]!)!] = compact.counts[k]!;
  return terms;
}

/**
 * Rarity is counted over a background of general news plus the corpus itself, so a small
 * corpus on one story (where every article says "ceasefire") still treats "ceasefire" as
 * telling and "government" as common.
 */
export function termIndex(articleTerms: readonly Record<string, number>[], documentFrequency: Record<string, number>): TermIndex {
  return compactTermIndex(compactTerms(articleTerms, documentFrequency));
}

/**
 * What a term index's weights depend on besides the corpus's own terms: the bundled background
 * frequencies (and the weighting, `WEIGHTING`). A stored search index (`SearchColumns`) made
 * under another digest is made again, never used. Raise WEIGHTING when idf or the weight of a
 * count changes.
 */
const WEIGHTING = 1;
export const BACKGROUND_DIGEST = backgroundDigest();

/** FNV-1a over the background's document count and every term with its frequency, in key order. */
function backgroundDigest(): string {
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  };
  add(`${background.documents}\n`);
  let terms = 0;
  for (const term in background.df) {
    add(`${term}\t${(background.df as Record<string, number>)[term]}\n`);
    terms++;
  }
  return `w${WEIGHTING}:${background.documents}:${terms}:${(hash >>> 0).toString(16)}`;
}

/**
 * A corpus's search index as flat arrays, ready to be stored with the compact terms it was made
 * from (stored.ts): each vocabulary term's idf, each article's vector length, and the postings
 * of term t as `postingArticles[postingStarts[t] .. postingStarts[t + 1])` (ascending) with
 * the term's count in each. Loading it makes each posting's weight in one pass over the
 * postings of a term when a query first meets it (`termIndexOf`), instead of sorting them and
 * summing every article's length again.
 */
export interface SearchColumns {
  /** `BACKGROUND_DIGEST` when these were made: the idfs and lengths hold only while it is the same. */
  background: string;
  idfs: Float64Array;
  norms: Float64Array;
  postingStarts: Uint32Array;
  postingArticles: NumberColumn;
  postingCounts: NumberColumn;
  /**
   * Places term t's postings (and the other terms' of its region), where they are placed only when
   * a query first meets one of them (SearchColumnsReader with stored vector lengths): until then
   * the term's places in the three posting columns hold other numbers. Not enumerable: columns
   * compare equal by their numbers.
   */
  readonly ready?: (t: number) => void;
}

/** Every term's postings placed (`SearchColumns.ready`): the columns then hold their final numbers. */
export function placeEveryTerm(search: SearchColumns): SearchColumns {
  if (search.ready) for (let t = 0; t < search.idfs.length; t += 1 << BUCKET_BITS) search.ready(t);
  return search;
}

/** 1 + ln count for each count below 256 (nearly every count): the same numbers as working each out, fewer logarithms. */
const LOG_COUNTS = Float64Array.from({ length: 256 }, (_, c) => 1 + Math.log(c));

/** The weight of a count before its idf, 1 + ln count, from LOG_COUNTS when it holds it. */
export function countWeight(count: number): number {
  return count < 256 && Number.isInteger(count) && count >= 0 ? LOG_COUNTS[count]! : 1 + Math.log(count);
}

/** The background's terms in code-unit order, with their frequencies alongside: looked up in a corpus's vocabulary, not the other way round. */
let sortedBackground: { terms: string[]; frequency: Float64Array } | undefined;

/**
 * Each vocabulary term's idf in a corpus of `size` articles whose document frequencies are
 * `frequency`, over the background. Every term is first weighed as if the background lacked it
 * (from a table by frequency for the frequencies most terms have), then the background's terms
 * (about 11,000) are found in the vocabulary by binary search: a lookup of each of a large pack's
 * million terms in the background's map cost a hash of each term, about 0.2 s at 100,000 articles.
 * The same numbers as idf((background ?? 0) + frequency, documents) for each term.
 */
export function searchIdfs(vocabulary: TextList, frequency: ArrayLike<number>, size: number): Float64Array {
  const documentCount = background.documents + size;
  const idfs = new Float64Array(vocabulary.length);
  const byFrequency = new Float64Array(IDF_TABLE).fill(-1);
  for (let t = 0; t < vocabulary.length; t++) {
    const f = frequency[t]!;
    if (f < IDF_TABLE) {
      let value = byFrequency[f]!;
      if (value < 0) value = byFrequency[f] = idf(f, documentCount);
      idfs[t] = value;
    } else idfs[t] = idf(f, documentCount);
  }
  sortedBackground ??= backgroundInOrder();
  const { terms, frequency: backgroundCounts } = sortedBackground;
  // Both in code-unit order: each background term is looked for after the last one's place.
  let from = 0;
  for (let b = 0; b < terms.length; b++) {
    const found = placeFrom(vocabulary, terms[b]!, from);
    if (found >= 0) {
      idfs[found] = idf(backgroundCounts[b]! + frequency[found]!, documentCount);
      from = found + 1;
    } else from = -found - 1;
  }
  return idfs;
}

/**
 * A term's place in a vocabulary in code-unit order, looked for from place `from` on (the term
 * comes after every text before it), or -(the place it would take) - 1. Steps of doubling
 * length first, then a binary search within the last: a sorted list of terms looked up in order
 * reads the vocabulary near the last place found, where a search of the whole (about 20 probes
 * into a million terms, each far from the last) missed the cache at every probe.
 */
function placeFrom(vocabulary: TextList, term: string, from: number): number {
  const order = vocabulary.compareAt ? (i: number) => vocabulary.compareAt!(i, term) : (i: number) => (vocabulary.at(i)! < term ? -1 : vocabulary.at(i)! > term ? 1 : 0);
  const size = vocabulary.length;
  let low = from;
  let step = 1;
  while (low + step - 1 < size && order(low + step - 1) < 0) {
    low += step;
    step *= 2;
  }
  let high = Math.min(low + step - 1, size - 1);
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = order(middle);
    if (at === 0) return middle;
    if (at < 0) low = middle + 1;
    else high = middle - 1;
  }
  return -low - 1;
}

/**
 * The places of a vocabulary's terms that start with `prefix`: from `first` up to (not including)
 * `end`. In code-unit order the terms with one prefix lie together, from where the prefix itself
 * would go to where the prefix with its last code unit raised by one would.
 */
export function prefixRange(vocabulary: TextList, prefix: string): { first: number; end: number } {
  const placeOf = (text: string) => {
    const at = placeFrom(vocabulary, text, 0);
    return at >= 0 ? at : -at - 1;
  };
  const last = prefix.length - 1;
  const first = placeOf(prefix);
  return { first, end: last < 0 ? vocabulary.length : Math.max(first, placeOf(prefix.slice(0, last) + String.fromCharCode(prefix.charCodeAt(last) + 1))) };
}

/** Frequencies below this (nearly every term's) have their idf worked out once per corpus. */
const IDF_TABLE = 4096;

function backgroundInOrder(): { terms: string[]; frequency: Float64Array } {
  const terms = Object.keys(backgroundFrequency).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { terms, frequency: Float64Array.from(terms, (term) => backgroundFrequency[term]!) };
}

/** The search columns of compact terms: idfs, lengths and postings in a few passes over flat arrays. */
export function searchColumns(compact: CompactTerms): SearchColumns {
  const { vocabulary, frequency, offsets, ids, counts } = compact;
  const size = offsets.length - 1;
  const idfs = searchIdfs(vocabulary, frequency, size);
  // Postings: articles in corpus order within each term, with their counts, by counting sort
  // (as invertedLists, written out here: each posting's count is copied as it is placed). Each
  // term's postings are as many as its document frequency says when that counts the articles
  // holding it (as a built pack's does): the places are taken from it, and only counted when
  // the postings placed so do not fill every term exactly.
  let postingStarts = startsOfFrequency(frequency, ids.length);
  const postingArticles = size < 2 ** 8 ? new Uint8Array(ids.length) : size < 2 ** 16 ? new Uint16Array(ids.length) : new Uint32Array(ids.length);
  // The counts' own array type holds every count.
  const postingCounts = new (counts.constructor as new (length: number) => NumberColumn)(ids.length);
  // Counts in an unsigned integer array are whole: their weight is looked up, without a check, below 256.
  const whole = counts instanceof Uint8Array || counts instanceof Uint16Array || counts instanceof Uint32Array;
  // Every article's vector length, summed in the article's order (as weightVector does), in the
  // pass that places the postings (a second placing, below, sums none).
  const norms = new Float64Array(size);
  for (let attempt = 0; ; attempt++) {
    if (!postingStarts) {
      postingStarts = new Uint32Array(vocabulary.length + 1);
      for (let k = 0; k < ids.length; k++) postingStarts[ids[k]! + 1]!++;
      for (let t = 0; t < vocabulary.length; t++) postingStarts[t + 1]! += postingStarts[t]!;
    }
    const next = postingStarts.slice(0, vocabulary.length);
    // Most terms are counted once: each posting's count is one unless placed otherwise, and only other counts are written where their postings go.
    postingCounts.fill(1);
    for (let i = 0; i < size; i++) {
      let norm = 0;
      const end = offsets[i + 1]!;
      for (let k = offsets[i]!; k < end; k++) {
        const id = ids[k]!;
        const count = counts[k]!;
        const weight = (whole && count < 256 ? LOG_COUNTS[count]! : countWeight(count)) * idfs[id]!;
        norm += weight * weight;
        const at = next[id]!++;
        postingArticles[at] = i;
        if (count !== 1) postingCounts[at] = count;
      }
      if (attempt === 0) norms[i] = Math.sqrt(norm);
    }
    if (attempt > 0 || filledExactly(next, postingStarts)) break;
    postingStarts = undefined;
  }
  return { background: BACKGROUND_DIGEST, idfs, norms, postingStarts, postingArticles, postingCounts };
}

/**
 * Adjacent terms placed together in the first stage of SearchColumnsReader: 1,024 (a region of
 * about 15,000 postings at 100,000 articles, which stays in the processor's cache while placed).
 */
const BUCKET_BITS = 10;
const BUCKET_MASK = (1 << BUCKET_BITS) - 1;

/**
 * The search columns of compact terms being read an article at a time, made in the reader's own
 * pass over the terms (a version 5 match index's, index-columns.ts) and one pass over the
 * postings: the same columns as searchColumns makes of the terms once read, without a second pass
 * over fifteen million term entries at 100,000 articles. `columns()` is undefined when the
 * frequencies do not count the postings exactly (searchColumns then counts them itself).
 *
 * Postings are placed in two stages, so that no write lands far from the last one: as the terms
 * are read, each posting goes to the end of its bucket's region (the postings of 1,024 adjacent
 * terms, BUCKET_BITS, where the document frequencies say they lie), with its term's place in the
 * bucket; then each region, a few tens of kilobytes, is placed term by term within itself, and
 * the articles' vector lengths are summed as the postings come. Placing each posting at its term's
 * next place at once made three reads or writes far apart per term entry (its idf, its term's next
 * place, the posting), the largest part of a 100,000-article load. Regions are taken in term
 * order and each in article order, so each article's terms are summed in ascending term order,
 * its own: the lengths are the same to the bit.
 */
export class SearchColumnsReader {
  private readonly idfs: Float64Array;
  private readonly starts: Uint32Array;
  private readonly size: number;
  /** Where each bucket's next posting goes in the first stage. */
  private readonly bucketNext: Uint32Array;
  /**
   * Each posting as the first stage puts it: its article and its term's place in its bucket in
   * one number (article << BUCKET_BITS | place). The postings' own array when it holds 32-bit
   * numbers (100,000 articles), so no array of fifteen million numbers is made for it.
   */
  private readonly staged: Uint32Array;
  private readonly postingArticles: NumberColumn;
  private readonly postingCounts: NumberColumn;

  private constructor(idfs: Float64Array, starts: Uint32Array, size: number, counts: NumberColumn) {
    this.idfs = idfs;
    this.starts = starts;
    this.size = size;
    const termCount = idfs.length;
    const total = starts[termCount]!;
    this.bucketNext = new Uint32Array((termCount + BUCKET_MASK) >>> BUCKET_BITS);
    for (let b = 0; b < this.bucketNext.length; b++) this.bucketNext[b] = starts[b << BUCKET_BITS]!;
    this.postingArticles = size < 2 ** 8 ? new Uint8Array(total) : size < 2 ** 16 ? new Uint16Array(total) : new Uint32Array(total);
    this.staged = this.postingArticles instanceof Uint32Array ? this.postingArticles : new Uint32Array(total);
    this.postingCounts = new (counts.constructor as new (length: number) => NumberColumn)(total);
    // Most terms are counted once: only other counts are written in the first stage.
    this.postingCounts.fill(1);
  }

  /**
   * A reader for `size` articles holding `total` terms in all, their counts in an array like
   * `counts` (whose type holds every count); undefined when the frequencies do not add up to
   * `total`, or the articles are too many to be staged (searchColumns places the postings then).
   */
  static of(vocabulary: TextList, frequency: Uint32Array, size: number, total: number, counts: NumberColumn): SearchColumnsReader | undefined {
    if (size > 2 ** (32 - BUCKET_BITS)) return undefined;
    const starts = startsOfFrequency(frequency, total);
    return starts && new SearchColumnsReader(searchIdfs(vocabulary, frequency, size), starts, size, counts);
  }

  /** Article i's next term (a vocabulary number; articles in order, each one's terms ascending) and its count (a whole number, as an unsigned column holds), as read. */
  add(i: number, id: number, count: number): void {
    const at = this.bucketNext[id >>> BUCKET_BITS]!++;
    // Past the array's end (frequencies that undercount the last terms) a write is dropped; `columns` refuses such frequencies.
    this.staged[at] = ((i << BUCKET_BITS) | (id & BUCKET_MASK)) >>> 0;
    if (count !== 1) this.postingCounts[at] = count;
  }

  /**
   * The search columns, once every article is read; undefined when the frequencies did not place
   * each posting exactly. Given the articles' vector lengths (a built pack stores them, worked out
   * as the loop below sums them: the same bits), each region's postings are placed only when a
   * query first meets one of its terms (`ready`): a report's terms meet a few hundred of a
   * 100,000-article pack's thousand regions, and the load places none.
   */
  columns(lengths?: Float64Array): SearchColumns | undefined {
    const { idfs, starts, bucketNext, staged, postingArticles, postingCounts } = this;
    const termCount = idfs.length;
    const regionStart = (b: number) => starts[Math.min(b << BUCKET_BITS, termCount)]!;
    let largest = 0;
    for (let b = 0; b < bucketNext.length; b++) {
      // A bucket whose postings did not fill its region exactly: the frequencies miscount its terms.
      if (bucketNext[b] !== regionStart(b + 1)) return undefined;
      largest = Math.max(largest, regionStart(b + 1) - regionStart(b));
    }
    if (lengths && lengths.length === this.size) return this.lazyColumns(lengths, largest);
    const region = new Uint32Array(largest);
    const counts = new (postingCounts.constructor as new (length: number) => NumberColumn)(largest);
    const next = starts.slice(0, termCount);
    // Each article's sum of squared weights, then its length.
    const norms = new Float64Array(this.size);
    for (let b = 0; b < bucketNext.length; b++) {
      const from = regionStart(b);
      const to = regionStart(b + 1);
      region.set(staged.subarray(from, to));
      counts.set(postingCounts.subarray(from, to));
      const first = b << BUCKET_BITS;
      for (let k = 0; k < to - from; k++) {
        const posting = region[k]!;
        const t = first + (posting & BUCKET_MASK);
        const article = posting >>> BUCKET_BITS;
        const count = counts[k]!;
        const weight = (count < 256 ? LOG_COUNTS[count]! : countWeight(count)) * idfs[t]!;
        norms[article]! += weight * weight;
        const at = next[t]!++;
        postingArticles[at] = article;
        postingCounts[at] = count;
      }
    }
    // A term whose postings overran its place, or fell short of it: the frequencies miscount it.
    if (!filledExactly(next, starts)) return undefined;
    for (let i = 0; i < norms.length; i++) norms[i] = Math.sqrt(norms[i]!);
    return { background: BACKGROUND_DIGEST, idfs, norms, postingStarts: starts, postingArticles, postingCounts };
  }

  /**
   * Columns whose regions are placed when first asked for (`ready`). Each region's terms are
   * counted within it as it is placed, and their starts set from those counts: the regions' own
   * totals were checked, so frequencies that miscount terms within a region place the postings as
   * searchColumns counts them (the eager placing would give up on them and count again).
   */
  private lazyColumns(norms: Float64Array, largest: number): SearchColumns {
    const { idfs, starts, postingArticles, postingCounts } = this;
    let staged: Uint32Array | undefined = this.staged;
    const termCount = idfs.length;
    const regionCount = this.bucketNext.length;
    const placed = new Uint8Array(regionCount);
    let left = regionCount;
    const region = new Uint32Array(largest);
    const counts = new (postingCounts.constructor as new (length: number) => NumberColumn)(largest);
    const local = new Uint32Array(BUCKET_MASK + 2);
    const place = (b: number): void => {
      const from = starts[Math.min(b << BUCKET_BITS, termCount)]!;
      const to = starts[Math.min((b + 1) << BUCKET_BITS, termCount)]!;
      const first = b << BUCKET_BITS;
      const size = Math.min(BUCKET_MASK + 1, termCount - first);
      region.set(staged!.subarray(from, to));
      counts.set(postingCounts.subarray(from, to));
      countWithinRegion(region, to - from, local);
      startsWithinRegion(local, size, starts, first, from);
      placeRegion(region, counts, to - from, local, from, postingArticles, postingCounts);
      placed[b] = 1;
      // Every region placed: the staged postings are no longer read.
      if (--left === 0) staged = undefined;
    };
    const columns: SearchColumns = { background: BACKGROUND_DIGEST, idfs, norms, postingStarts: starts, postingArticles, postingCounts };
    Object.defineProperty(columns, 'ready', {
      enumerable: false,
      value: (t: number): void => {
        const b = t >>> BUCKET_BITS;
        if (!placed[b]) place(b);
      },
    });
    return columns;
  }
}

// Each loop of placing a region in a function of its own, with nothing after it but the return: the
// first region placed is long enough for its first loop to be compiled while it runs (on-stack
// replacement), before the loops after it had run once; that code was kept for the later regions and
// thrown away at each (about 300 times on a 10,000-article pack's 105 regions, node --trace-deopt).

/** How many of a region's `n` staged postings each of its terms holds, at `local[place + 1]`. */
function countWithinRegion(region: Uint32Array, n: number, local: Uint32Array): void {
  local.fill(0);
  for (let k = 0; k < n; k++) local[(region[k]! & BUCKET_MASK) + 1]!++;
}

/** The counts made each term's first place within its region (`local`), and its start in the postings (`starts`). */
function startsWithinRegion(local: Uint32Array, size: number, starts: Uint32Array, first: number, from: number): void {
  for (let j = 0; j < size; j++) {
    local[j + 1]! += local[j]!;
    if (j > 0) starts[first + j] = from + local[j]!;
  }
}

/** Each of a region's `n` staged postings at its term's next place (`local`), from `from` on. */
function placeRegion(region: Uint32Array, counts: NumberColumn, n: number, local: Uint32Array, from: number, postingArticles: NumberColumn, postingCounts: NumberColumn): void {
  for (let k = 0; k < n; k++) {
    const posting = region[k]!;
    const at = from + local[posting & BUCKET_MASK]!++;
    postingArticles[at] = posting >>> BUCKET_BITS;
    postingCounts[at] = counts[k]!;
  }
}

/** Where each term's postings start if each has as many as its frequency, or undefined when those do not add up to `total`. */
function startsOfFrequency(frequency: ArrayLike<number>, total: number): Uint32Array | undefined {
  const starts = new Uint32Array(frequency.length + 1);
  let sum = 0;
  for (let t = 0; t < frequency.length; t++) starts[t + 1] = sum += frequency[t]!;
  return sum === total ? starts : undefined;
}

/** Whether placing postings from `starts` ended each term exactly at the next one's start (`next`, each term's place after its last). */
function filledExactly(next: Uint32Array, starts: Uint32Array): boolean {
  for (let t = 0; t < next.length; t++) if (next[t] !== starts[t + 1]) return false;
  return true;
}

/**
 * Lists of numbers below `valueCount` (list i is `values[offsets[i] .. offsets[i + 1])`) turned
 * inside out by counting sort: for each value v, the lists that hold it, in list order, as
 * `owners[starts[v] .. starts[v + 1])`, with the place in its list where each held it (`ranks`).
 */
export function invertedLists(offsets: ArrayLike<number>, values: ArrayLike<number>, valueCount: number): { starts: Uint32Array; owners: Uint32Array; ranks: Uint32Array } {
  const starts = new Uint32Array(valueCount + 1);
  for (let k = 0; k < values.length; k++) starts[values[k]! + 1]!++;
  for (let v = 0; v < valueCount; v++) starts[v + 1]! += starts[v]!;
  const next = starts.slice(0, valueCount);
  const owners = new Uint32Array(values.length);
  const ranks = new Uint32Array(values.length);
  for (let i = 0; i + 1 < offsets.length; i++) {
    const first = offsets[i]!;
    for (let k = first; k < offsets[i + 1]!; k++) {
      const at = next[values[k]!]!++;
      owners[at] = i;
      ranks[at] = k - first;
    }
  }
  return { starts, owners, ranks };
}

/** Whether search columns may be used for these compact terms: made under this background, for as many articles and terms. */
export function isCurrentSearch(search: SearchColumns | undefined, compact: CompactTerms): search is SearchColumns {
  return !!search && search.background === BACKGROUND_DIGEST && search.norms.length === compact.offsets.length - 1 && search.idfs.length === compact.vocabulary.length;
}

/** The term index of compact terms, from their stored search columns when those are current. */
export function compactTermIndex(compact: CompactTerms, stored?: SearchColumns): TermIndex {
  return termIndexOf(compact, isCurrentSearch(stored, compact) ? stored : searchColumns(compact));
}

/**
 * The term index of search columns: each posting's weight in its article's unit-length vector,
 * worked out exactly as the article's own vector is ((1 + ln count) * idf, over the length),
 * for a term's postings when first asked.
 */
function termIndexOf(compact: CompactTerms, search: SearchColumns): TermIndex {
  const { vocabulary } = compact;
  const { idfs, norms, postingStarts, postingArticles, postingCounts } = search;
  const size = norms.length;
  const documentCount = background.documents + size;
  const numberOf = rememberedNumbers(vocabulary);
  const idfOf = (term: string): number => {
    const t = numberOf(term);
    return t >= 0 ? idfs[t]! : idf(backgroundFrequency[term] ?? 0, documentCount);
  };
  const postingWeights = new Float64Array(postingArticles.length);
  const weighed = new Uint8Array(vocabulary.length);
  // Counts in bytes are whole and below 256: their weight is looked up (countWeight's own answer).
  const byteCounts = postingCounts instanceof Uint8Array;
  const { ready } = search;
  const termWeights = (t: number): Float64Array => {
    if (weighed[t]) return postingWeights;
    ready?.(t);
    const termIdf = idfs[t]!;
    for (let k = postingStarts[t]!; k < postingStarts[t + 1]!; k++) {
      const count = postingCounts[k]!;
      const weight = (byteCounts ? LOG_COUNTS[count]! : countWeight(count)) * termIdf;
      const norm = norms[postingArticles[k]!]!;
      postingWeights[k] = norm > 0 ? weight / norm : weight;
    }
    weighed[t] = 1;
    return postingWeights;
  };
  const addTermScores = (t: number, weight: number, scores: Float64Array): void => {
    if (weighed[t]) {
      const end = postingStarts[t + 1]!;
      for (let k = postingStarts[t]!; k < end; k++) scores[postingArticles[k]!]! += weight * postingWeights[k]!;
      return;
    }
    // The term's places are read once its region is placed.
    ready?.(t);
    const end = postingStarts[t + 1]!;
    const termIdf = idfs[t]!;
    for (let k = postingStarts[t]!; k < end; k++) {
      const article = postingArticles[k]!;
      const count = postingCounts[k]!;
      const termWeight = (byteCounts ? LOG_COUNTS[count]! : countWeight(count)) * termIdf;
      const norm = norms[article]!;
      const posted = norm > 0 ? termWeight / norm : termWeight;
      postingWeights[k] = posted;
      scores[article]! += weight * posted;
    }
    weighed[t] = 1;
  };
  return { size, idfOf, vocabulary, numberOf, idfs, norms, compact, postingStarts, postingArticles, termWeights, addTermScores };
}

/**
 * Most terms a report looks up (the page's terms, every word the analyses weigh by rarity) are
 * looked up again and again, by matching and by each analysis: a binary search of a vocabulary of
 * 100,000 strings costs about 17 string comparisons. Kept to a bounded number of terms.
 */
const REMEMBERED_TERMS = 1 << 16;

/** termNumber over one vocabulary, each answer remembered (up to REMEMBERED_TERMS at a time). */
function rememberedNumbers(vocabulary: TextList): (term: string) => number {
  const known = new Map<string, number>();
  return (term) => {
    let t = known.get(term);
    if (t === undefined) {
      if (known.size >= REMEMBERED_TERMS) known.clear();
      known.set(term, (t = termNumber(vocabulary, term)));
    }
    return t;
  };
}

/**
 * The sum of corpus articles' unit-length vectors (weighed as cosineToCorpus weighs them), by term
 * number: its product with one article's unit vector (`meanCosineTo`) is the sum of that article's
 * cosine similarities to each of them. Dense, one slot per vocabulary term: a relation pass reads it
 * for every article near the page (a map's lookups made that pass cost more than the query's
 * ranking at 10,000 articles).
 */
export interface VectorSum {
  readonly weights: Float64Array;
  /**
   * 1 for each term the sum holds: a byte per vocabulary term, read before its weight, so that the
   * mean cosine's pass over an article's terms (most of which the sum lacks) reads an eighth of the
   * memory. A relation pass reads it for every article near the page.
   */
  readonly held: Uint8Array;
  readonly count: number;
}

// One pair of buffers per index, zero between uses: the sum touches a few thousand of its terms.
const sumBuffers = new WeakMap<TermIndex, { weights: Float64Array; held: Uint8Array }>();

/** Calls `use` with the sum of these articles' vectors (VectorSum), valid only during the call. */
export function withSumOfVectors<T>(index: TermIndex, articles: readonly number[], use: (sum: VectorSum) => T): T {
  let buffers = sumBuffers.get(index);
  if (!buffers) sumBuffers.set(index, (buffers = { weights: new Float64Array(index.idfs.length), held: new Uint8Array(index.idfs.length) }));
  sumBuffers.delete(index); // a nested call makes its own buffers
  const { weights, held } = buffers;
  const { offsets, ids, counts } = index.compact;
  for (const a of articles) {
    const norm = index.norms[a]!;
    for (let k = offsets[a]!; k < offsets[a + 1]!; k++) {
      const t = ids[k]!;
      const weight = countWeight(counts[k]!) * index.idfs[t]!;
      weights[t] = weights[t]! + (norm > 0 ? weight / norm : weight);
      held[t] = 1;
    }
  }
  try {
    return use({ weights, held, count: articles.length });
  } finally {
    for (const a of articles) {
      for (let k = offsets[a]!; k < offsets[a + 1]!; k++) {
        weights[ids[k]!] = 0;
        held[ids[k]!] = 0;
      }
    }
    sumBuffers.set(index, buffers);
  }
}

/** The mean cosine similarity of corpus article i to the articles whose vectors `sum` adds up (withSumOfVectors). */
export function meanCosineTo(index: TermIndex, i: number, { weights, held, count }: VectorSum): number {
  const { offsets, ids, counts } = index.compact;
  let dot = 0;
  for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
    const t = ids[k]!;
    if (held[t] === 0) continue;
    const shared = weights[t]!;
    if (shared !== 0) dot += countWeight(counts[k]!) * index.idfs[t]! * shared;
  }
  const norm = index.norms[i]!;
  return norm > 0 && count > 0 ? dot / norm / count : 0;
}

/** The cosine similarity of a term vector to every corpus article, in corpus order. */
export function cosineToCorpus(terms: Record<string, number>, index: TermIndex): Float64Array {
  const scores = new Float64Array(index.size);
  const { idfs } = index;
  // The page's vector as weightVector makes it (the same sums in the same order), each term's
  // number looked up once: its weights before the length, then each over the length as it is used.
  // Its keys, each count read by key: Object.entries made an array for each of a page's few hundred terms (a thirtieth
  // of a warm query at 10,000 articles). The same terms in the same order.
  const keys = Object.keys(terms);
  const numbers = new Int32Array(keys.length);
  const weights = new Float64Array(keys.length);
  let norm = 0;
  for (let j = 0; j < keys.length; j++) {
    const term = keys[j]!;
    const count = terms[term]!;
    const t = index.numberOf(term);
    numbers[j] = t;
    const weight = (1 + Math.log(count)) * (t >= 0 ? idfs[t]! : index.idfOf(term));
    weights[j] = weight;
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  for (let j = 0; j < keys.length; j++) {
    const t = numbers[j]!;
    if (t >= 0) index.addTermScores(t, norm > 0 ? weights[j]! / norm : weights[j]!, scores);
  }
  return scores;
}
