import { figuresToAgree, type FactUnit } from './units.js';

/**
 * Deciding whether two fact units of different outlets state the same fact.
 *
 * Lexical overlap of stemmed content terms, each weighted by how rare it is
 * among the sentences of the coverage being compared: the story's actors and
 * topic ("Pakistan", "Taliban", "ceasefire") are in most sentences of every
 * outlet and say little about which fact a sentence states, while sharing
 * "infrastructure" and "civilians" says a lot. The overlap is measured mostly
 * against the shorter unit (a clause reported inside a longer sentence is still
 * reported), partly against both (so a short unit is not matched by any long
 * sentence that happens to contain its words). Different spellings of one rare
 * name (Turkey/Turkiye, Zabihullah/Zabiullah) and word forms the stemmer keeps
 * apart (Pakistan/Pakistani) are merged first, using corpus rarity
 * (`AnalysisContext.idfOf`) to tell names from ordinary words. Numbers must
 * agree where both units give some: "killed 8" and "killed 23" differ.
 *
 * Chosen by measurement on 257 hand-labelled ECB+ sentence pairs
 * (tests/fixtures/facts/alignment-pairs.jsonl, scripts/eval-facts.ts):
 * weighting by corpus idf as well did not help there (F1 within 0.02, lower at
 * every threshold tried), so only the within-coverage rarity weighs terms, and
 * softened (square root): at full strength the story's central fact, told in its
 * commonest words ("Afghanistan and Pakistan declared a ceasefire"), weighed too
 * little to be recognised. The threshold sits inside the plateau the pairs show
 * (F1 0.80 to 0.81 from 0.3 to 0.35), at its stricter end because on the long
 * seed articles a laxer one lets generic actor words ("Pakistan's foreign
 * minister ... agreement") cover a different fact. */

/** Terms at least this rare (idf) may be merged as spelling variants of one name. */
export const VARIANT_MIN_IDF = 3.5;

export interface AlignerOptions {
  /** Score at or above which two units state the same fact. */
  threshold: number;
  /**
   * Score at or above which another outlet's unit joins a fact as support. Stricter than
   * `threshold`: a missed alignment with the current article would claim an omission
   * that is not one, so coverage is judged leniently, while support counts ("reported by 3 of 4")
   * should not be inflated by a loosely related sentence.
   */
  supportThreshold: number;
  /** Share of the score from overlap against the shorter unit (the rest: against both). */
  containmentShare: number;
  /** Fewest shared terms for two units to be the same fact. */
  minShared: number;
  /** Factor when both units give numbers and none agree. */
  numberConflict: number;
  /** Factor when the units share a number. */
  numberAgreement: number;
  /** Merge spelling variants and word forms before comparing. */
  variants: boolean;
  /** Weight a term by idf raised to this power (0: plain overlap). */
  idfPower: number;
  /**
   * Also weight a term by how rare it is among the sentences of the coverage being compared:
   * the story's actors and topic ("Pakistan", "ceasefire") are in most sentences of every
   * outlet and say nothing about which fact a sentence states.
   */
  local: boolean;
  /** Power of the within-coverage rarity (below 1 softens it, so the story's central fact, told in its commonest words, still counts). */
  localPower: number;
}

/** The aligner as measured (above) and used by the report. */
export const DEFAULT_ALIGNER: AlignerOptions = {
  threshold: 0.35,
  supportThreshold: 0.45,
  containmentShare: 0.7,
  minShared: 2,
  numberConflict: 0.7,
  numberAgreement: 1.15,
  variants: true,
  idfPower: 0,
  local: true,
  localPower: 0.5,
};

/** A unit ready for comparison: canonical terms with their weights. */
export interface PreparedUnit {
  weights: Map<string, number>;
  total: number;
  numbers: ReadonlySet<string>;
}

/**
 * Canonical form for each term: spelling variants of one rare name and word
 * forms the stemmer keeps apart map to one representative. Terms are bucketed
 * by their first letter, and only similar lengths are compared, so the cost
 * stays near linear in the vocabulary for news-sized texts.
 */
export function canonicalTerms(terms: Iterable<string>, idfOf: (term: string) => number): Map<string, string> {
  const vocabulary = [...new Set(terms)].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const parent = new Map<string, string>(vocabulary.map((t) => [t, t]));
  const find = (t: string): string => {
    let root = t;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(t, root);
    return root;
  };
  const buckets = new Map<string, string[]>();
  for (const term of vocabulary) {
    const key = term.slice(0, 2);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(term);
    else buckets.set(key, [term]);
  }
  // The pairs `areVariants` accepts, found without trying every pair of a bucket (that was most of a
  // report's facts time): word forms by a scan of the bucket in alphabetical order, where the terms
  // a stem starts are the ones right after it; near-spellings among the bucket's rare terms only.
  // The pairs are then merged in the order the pairwise loop met them, so each group keeps the
  // same representative.
  // A term's rarity in this corpus, remembered across reports (the corpus's terms come back at each).
  let rareInCorpus = rarityCache.get(idfOf);
  if (!rareInCorpus || rareInCorpus.size >= RARITY_CACHE_SIZE) rarityCache.set(idfOf, (rareInCorpus = new Map()));
  const known = rareInCorpus;
  const isRare = (term: string): boolean => {
    let rare = known.get(term);
    if (rare === undefined) known.set(term, (rare = idfOf(term) >= VARIANT_MIN_IDF));
    return rare;
  };
  for (const bucket of buckets.values()) {
    if (bucket.length > 2000) continue; // pathological input: leave terms as they are
    const candidates = bucket.flatMap((term, i) => (/\d/.test(term) ? [] : [i]));
    const pairs: [number, number][] = [];
    const alphabetical = [...candidates].sort((x, y) => (bucket[x]! < bucket[y]! ? -1 : 1));
    alphabetical.forEach((i, k) => {
      const stem = bucket[i]!;
      if (stem.length < 6) return;
      for (let next = k + 1; next < alphabetical.length; next++) {
        const j = alphabetical[next]!;
        const form = bucket[j]!;
        if (!form.startsWith(stem)) break;
        if (form.length - stem.length <= 5) pairs.push([i, j]);
      }
    });
    const rare = candidates.filter((i) => bucket[i]!.length >= 5 && isRare(bucket[i]!));
    for (let x = 0; x < rare.length; x++) {
      const a = bucket[rare[x]!]!;
      for (let y = x + 1; y < rare.length; y++) {
        const b = bucket[rare[y]!]!;
        if (b.length - a.length > 2) break;
        if (a.length >= 6 && b.startsWith(a)) continue; // a word form, found above
        if (nearSpellings(a, b)) pairs.push([rare[x]!, rare[y]!]);
      }
    }
    pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    for (const [i, j] of pairs) {
      const ra = find(bucket[i]!);
      const rb = find(bucket[j]!);
      if (ra !== rb) parent.set(rb, ra);
    }
  }
  const canonical = new Map<string, string>();
  for (const term of vocabulary) canonical.set(term, find(term));
  return canonical;
}

const rarityCache = new WeakMap<(term: string) => number, Map<string, boolean>>();
const RARITY_CACHE_SIZE = 200_000;

// The corpus's terms meet again at every report: their near-spelling verdicts are kept (bounded).
const spellingCache = new Map<string, boolean>();
const SPELLING_CACHE_SIZE = 200_000;

/** `editDistanceAtMost` as `areVariants` asks it, for a no longer than b. */
function nearSpellings(a: string, b: string): boolean {
  const key = `${a} ${b}`;
  let known = spellingCache.get(key);
  if (known === undefined) {
    if (spellingCache.size >= SPELLING_CACHE_SIZE) spellingCache.clear();
    spellingCache.set(key, (known = editDistanceAtMost(a, b, a.length >= 6 ? 2 : 1)));
  }
  return known;
}

/** Word forms (a stem of six letters or more that another term extends: Pakistan/Pakistani, Afghan/Afghanistan) or near-spellings of a rare name. */
export function areVariants(a: string, b: string, idfOf: (term: string) => number): boolean {
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 6 && long.startsWith(short) && long.length - short.length <= 5) return true;
  if (short.length < 5 || long.length - short.length > 2) return false;
  if (idfOf(a) < VARIANT_MIN_IDF || idfOf(b) < VARIANT_MIN_IDF) return false;
  return editDistanceAtMost(a, b, short.length >= 6 ? 2 : 1);
}

/** Levenshtein distance no more than `limit`, computed in a band around the diagonal. */
export function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(limit + 1);
    current[0] = i;
    let best = current[0];
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? limit + 1) + 1, (current[j - 1] ?? limit + 1) + 1, (previous[j - 1] ?? limit + 1) + cost);
      best = Math.min(best, current[j] ?? limit + 1);
    }
    if (best > limit) return false;
    previous = current;
  }
  return (previous[b.length] ?? limit + 1) <= limit;
}

/** How much each (canonical) term of a comparison weighs. */
export type TermWeigher = (term: string, canonical: string) => number;

/**
 * Term weights for one comparison: corpus rarity (idf) and, with `options.local`, rarity among
 * the sentences being compared (`sentences`: each sentence's terms).
 */
export function termWeigher(
  sentences: readonly (readonly string[])[],
  canonical: ReadonlyMap<string, string> | null,
  idfOf: (term: string) => number,
  options: AlignerOptions = DEFAULT_ALIGNER,
): TermWeigher {
  const frequency = new Map<string, number>();
  if (options.local) {
    for (const terms of sentences) {
      for (const key of new Set(terms.map((t) => canonical?.get(t) ?? t))) frequency.set(key, (frequency.get(key) ?? 0) + 1);
    }
  }
  const count = sentences.length;
  return (term, key) => {
    const global = options.idfPower === 0 ? 1 : Math.pow(Math.max(idfOf(term), 0.01), options.idfPower);
    if (!options.local) return global;
    return global * Math.pow(Math.log(1 + (count + 1) / ((frequency.get(key) ?? 0) + 1)), options.localPower);
  };
}

export function prepareUnit(
  unit: Pick<FactUnit, 'terms' | 'numbers'>,
  canonical: ReadonlyMap<string, string> | null,
  weightOf: TermWeigher,
): PreparedUnit {
  const weights = new Map<string, number>();
  for (const term of unit.terms) {
    const key = canonical?.get(term) ?? term;
    const weight = weightOf(term, key);
    weights.set(key, Math.max(weights.get(key) ?? 0, weight));
  }
  let total = 0;
  for (const w of weights.values()) total += w;
  return { weights, total, numbers: new Set(unit.numbers) };
}

/** How strongly two units state the same fact, 0 up to about 1.15. */
export function unitSimilarity(a: PreparedUnit, b: PreparedUnit, options: AlignerOptions = DEFAULT_ALIGNER): number {
  if (a.total === 0 || b.total === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let shared = 0;
  let count = 0;
  for (const [term, weight] of small.weights) {
    const other = large.weights.get(term);
    if (other === undefined) continue;
    shared += Math.min(weight, other);
    count++;
  }
  if (count < options.minShared) return 0;
  const containment = shared / Math.min(a.total, b.total);
  const dice = (2 * shared) / (a.total + b.total);
  let score = options.containmentShare * containment + (1 - options.containmentShare) * dice;
  if (a.numbers.size > 0 && b.numbers.size > 0) {
    let agree = false;
    for (const n of figuresToAgree(a.numbers)) if (b.numbers.has(n)) agree = true;
    score *= agree ? options.numberAgreement : options.numberConflict;
  }
  return score;
}

export function sameFact(a: PreparedUnit, b: PreparedUnit, options: AlignerOptions = DEFAULT_ALIGNER): boolean {
  return unitSimilarity(a, b, options) >= options.threshold;
}
