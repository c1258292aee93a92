// A corpus article's particulars (names, figures, years: relation.ts `particularsOf`) read from
// the term index's flat terms by vocabulary number, instead of from its term map. A report lists
// a few dozen corpus articles; for a pack read from its match index, making each one's term map
// (a hundred and fifty string keys) cost about as much as the rest of matching, and the
// particulars are all the listing reads of it. The numbers worked out are the same, summed in the
// same order: each article's terms in the order its map lists them (CompactTerms), each weight its
// (1 + ln count) times the idf the index gives the term.
import type { TermIndex, TextList } from './term-index.js';
import { FIGURE_PREFIXES, figuresOf, isFigure, isParticular, NAME_PREFIXES, particularsOf, sharedInOrder, TELLING_FIGURES } from './relation.js';

/** An article's particulars by vocabulary number, in its terms' order, with their vector's length and how many are figures. */
interface NumberedParticulars {
  weights: Map<number, number>;
  norm: number;
  figures: number;
}

const UNKNOWN = 0;
const OTHER = 1;
const NAME = 2;
const FIGURE = 3;

interface Known {
  /** Each vocabulary term's kind, worked out when first met (UNKNOWN until then). */
  kinds: Uint8Array;
  articles: Map<number, NumberedParticulars>;
}

// Per term index: what it has been asked for.
const knownByIndex = new WeakMap<TermIndex, Known>();

function knownOf(index: TermIndex): Known {
  let known = knownByIndex.get(index);
  if (!known) knownByIndex.set(index, (known = { kinds: new Uint8Array(index.vocabulary.length), articles: new Map() }));
  return known;
}

function kindOf(known: Known, vocabulary: TextList, t: number): number {
  let kind = known.kinds[t]!;
  if (kind === UNKNOWN) {
    known.kinds[t] = kind = vocabulary.startsWithAt ? kindByPrefix(vocabulary, t) : kindOfTerm(vocabulary.at(t)!);
  }
  return kind;
}

function kindOfTerm(term: string): number {
  return isFigure(term) ? FIGURE : isParticular(term) ? NAME : OTHER;
}

/** kindOfTerm of a term the vocabulary does not make (most of a listed article's terms are read for their kind alone). */
function kindByPrefix(vocabulary: TextList, t: number): number {
  const prefixed = (prefix: string) => vocabulary.startsWithAt!(t, prefix);
  return FIGURE_PREFIXES.some(prefixed) ? FIGURE : NAME_PREFIXES.some(prefixed) ? NAME : OTHER;
}

/** Corpus article i's particulars, as particularsOf gives them for its term map, keyed by vocabulary number. */
function corpusParticulars(index: TermIndex, i: number): NumberedParticulars {
  const known = knownOf(index);
  let found = known.articles.get(i);
  if (found) return found;
  const { offsets, ids, counts, vocabulary } = index.compact;
  const weights = new Map<number, number>();
  let norm = 0;
  let figures = 0;
  for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
    const t = ids[k]!;
    const kind = kindOf(known, vocabulary, t);
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
  const left = particularsOf(pageTerms, index.idfOf);
  const right = corpusParticulars(index, i);
  let dot = 0;
  const shared: [string, number][] = [];
  for (const [term, weight] of left.weights) {
    const t = index.numberOf(term);
    const other = t >= 0 ? right.weights.get(t) : undefined;
    if (other === undefined) continue;
    dot += weight * other;
    if (listShared) shared.push([term, weight * other]);
  }
  const similarity = left.norm > 0 && right.norm > 0 ? dot / (left.norm * right.norm) : 0;
  return { similarity, shared: listShared ? sharedInOrder(shared) : [] };
}

/** `figuresDisagree(pageTerms, corpus article i's terms)`. */
export function figuresDisagreeWithCorpus(index: TermIndex, pageTerms: Record<string, number>, i: number): boolean {
  const left = figuresOf(pageTerms);
  const right = corpusParticulars(index, i);
  if (left.length < TELLING_FIGURES || right.figures < TELLING_FIGURES) return false;
  return !left.some((term) => {
    const t = index.numberOf(term);
    return t >= 0 && right.weights.has(t);
  });
}
