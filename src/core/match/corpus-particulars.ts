// A corpus article's particulars (names, figures, years: relation.ts `particularsOf`) read from
// the term index's flat terms by vocabulary number, instead of from its term map. A report lists
// a few dozen corpus articles; for a pack read from its match index, making each one's term map
// (a hundred and fifty string keys) cost about as much as the rest of matching, and the
// particulars are all the listing reads of it. The numbers worked out are the same, summed in the
// same order: each article's terms in the order its map lists them (CompactTerms), each weight its
// (1 + ln count) times the idf the index gives the term.
import { prefixRange, type TermIndex, type TextList } from './term-index.js';
import { FIGURE_PREFIXES, figuresOf, NAME_PREFIXES, particularsOf, sharedInOrder, TELLING_FIGURES } from './relation.js';

/** An article's particulars by vocabulary number, in its terms' order, with their vector's length and how many are figures. */
interface NumberedParticulars {
  weights: Map<number, number>;
  norm: number;
  figures: number;
}

const OTHER = 1;
const NAME = 2;
const FIGURE = 3;

/** The vocabulary's places of the terms of each prefix (prefixRange), in the order kindOfTerm asks: figures, then names. */
interface KindRange {
  first: number;
  end: number;
  kind: number;
}

/** The page's particulars (particularsOf) by vocabulary number, in the order particularsOf lists them (-1: a term the corpus lacks). */
interface NumberedPage {
  terms: string[];
  numbers: Int32Array;
  weights: Float64Array;
  norm: number;
  /** The page's figures' numbers (figuresOf), in its order. */
  figures: Int32Array;
}

interface Known {
  /** Where the vocabulary's figures and names lie: a term's kind is two comparisons per prefix. */
  ranges: KindRange[];
  articles: Map<number, NumberedParticulars>;
  /** Each page's particulars numbered once, however many corpus articles it is compared with. */
  pages: WeakMap<Record<string, number>, NumberedPage>;
}

// Per term index: what it has been asked for.
const knownByIndex = new WeakMap<TermIndex, Known>();

function knownOf(index: TermIndex): Known {
  let known = knownByIndex.get(index);
  if (!known) knownByIndex.set(index, (known = { ranges: kindRanges(index.compact.vocabulary), articles: new Map(), pages: new WeakMap() }));
  return known;
}

function kindRanges(vocabulary: TextList): KindRange[] {
  const of = (prefixes: readonly string[], kind: number) => prefixes.map((prefix) => ({ ...prefixRange(vocabulary, prefix), kind }));
  return [...of(FIGURE_PREFIXES, FIGURE), ...of(NAME_PREFIXES, NAME)];
}

/**
 * kindOfTerm of vocabulary term t, read from its place alone: a listed article's terms are read
 * for their kind, and checking each one's prefixes against the vocabulary's bytes, as first met,
 * was about a tenth of a 10,000-article bench's first listings.
 */
function kindOf(ranges: readonly KindRange[], t: number): number {
  for (const { first, end, kind } of ranges) if (t >= first && t < end) return kind;
  return OTHER;
}

function pageParticulars(known: Known, index: TermIndex, pageTerms: Record<string, number>): NumberedPage {
  let page = known.pages.get(pageTerms);
  if (page) return page;
  const { weights, norm } = particularsOf(pageTerms, index.idfOf);
  const terms = [...weights.keys()];
  const figures = figuresOf(pageTerms);
  page = {
    terms,
    numbers: Int32Array.from(terms, (term) => index.numberOf(term)),
    weights: Float64Array.from(weights.values()),
    norm,
    figures: Int32Array.from(figures, (term) => index.numberOf(term)),
  };
  known.pages.set(pageTerms, page);
  return page;
}

/** Corpus article i's particulars, as particularsOf gives them for its term map, keyed by vocabulary number. */
function corpusParticulars(index: TermIndex, i: number): NumberedParticulars {
  const known = knownOf(index);
  let found = known.articles.get(i);
  if (found) return found;
  const { offsets, ids, counts } = index.compact;
  const weights = new Map<number, number>();
  let norm = 0;
  let figures = 0;
  for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
    const t = ids[k]!;
    const kind = kindOf(known.ranges, t);
    if (kind === OTHER) continue;
    const weight = (1 + Math.log(counts[k]!)) * index.idfs[t]!;
    weights.set(t, weight);
    norm += weight * weight;
    if (kind === FIGURE) figures++;
  }
  found = { weights, norm: Math.sqrt(norm), figures };
  known.articles.set(i, found);
  return found;
}

/**
 * `particulars(pageTerms, corpus article i's terms)`: the similarity of their particulars, and
 * (with `listShared`) the ones they share, weightiest first.
 */
export function particularsWithCorpus(index: TermIndex, pageTerms: Record<string, number>, i: number, listShared: boolean): { similarity: number; shared: string[] } {
  const known = knownOf(index);
  const left = pageParticulars(known, index, pageTerms);
  const right = corpusParticulars(index, i);
  let dot = 0;
  const shared: [string, number][] = [];
  for (let j = 0; j < left.numbers.length; j++) {
    const t = left.numbers[j]!;
    const other = t >= 0 ? right.weights.get(t) : undefined;
    if (other === undefined) continue;
    const weight = left.weights[j]!;
    dot += weight * other;
    if (listShared) shared.push([left.terms[j]!, weight * other]);
  }
  const similarity = left.norm > 0 && right.norm > 0 ? dot / (left.norm * right.norm) : 0;
  return { similarity, shared: listShared ? sharedInOrder(shared) : [] };
}

/** `figuresDisagree(pageTerms, corpus article i's terms)`. */
export function figuresDisagreeWithCorpus(index: TermIndex, pageTerms: Record<string, number>, i: number): boolean {
  const left = pageParticulars(knownOf(index), index, pageTerms).figures;
  const right = corpusParticulars(index, i);
  if (left.length < TELLING_FIGURES || right.figures < TELLING_FIGURES) return false;
  for (const t of left) if (t >= 0 && right.weights.has(t)) return false;
  return true;
}
