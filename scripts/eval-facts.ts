// Fact alignment on hand-labelled ECB+ sentence pairs (tests/fixtures/facts/alignment-pairs.jsonl):
// sentences from different articles of one ECB+ event cluster, picked by scripts/facts/pick-pairs.ts
// (stratified by word overlap: near-copies, rewordings, same actors with a different fact) and
// labelled by hand as the same fact or not. A sentence pair counts as "same" for the aligner
// when any fact unit (clause) of one aligns with any of the other, as in the product.
//   Baselines are shown at their best threshold on these very pairs (an optimistic figure for
//   them); the shipped aligner at its fixed threshold. Rarity is counted over ECB+ plus the
//   product's background (which is ECB+ itself).
// Run directly: node scripts/run.mjs scripts/eval-facts.ts
import { join } from 'node:path';
import { articleFromPlainText } from '../src/core/article.js';
import { buildPack } from '../src/core/corpus/pack.js';
import { indexPack } from '../src/core/match/related.js';
import { words } from '../src/core/text/tokens.js';
import { factUnits, describeUnit } from '../src/core/facts/units.js';
import { canonicalTerms, DEFAULT_ALIGNER, prepareUnit, termWeigher, unitSimilarity, type AlignerOptions } from '../src/core/facts/align.js';
import { articleSentences } from '../src/core/text/segment.js';
import { termsOf } from '../src/core/text/tokens.js';
import { ecbRecords, FIXTURES, readJsonLines } from '../tests/helpers.js';

export interface LabelledPair {
  a: string;
  b: string;
  event: string;
  same: boolean;
}

export interface Row {
  method: string;
  precision: number;
  recall: number;
  f1: number;
  threshold: number;
}

export function labelledPairs(): LabelledPair[] {
  return readJsonLines<LabelledPair>(join(FIXTURES, 'facts/alignment-pairs.jsonl'));
}

let cachedEvents: Map<string, string[][]> | undefined;
/** Each ECB+ event's sentences (as term lists): the coverage a pair is compared within, as in the product. */
export function eventSentenceTerms(): Map<string, string[][]> {
  if (!cachedEvents) {
    cachedEvents = new Map();
    for (const r of ecbRecords()) {
      const key = `${r.topic}/${r.event}`;
      const list = cachedEvents.get(key) ?? [];
      for (const s of articleSentences(articleFromPlainText(`${r.title}\n${r.text}`))) list.push(termsOf(s.text));
      cachedEvents.set(key, list);
    }
  }
  return cachedEvents;
}

let cachedIdf: ((term: string) => number) | undefined;
export function ecbIdf(): (term: string) => number {
  if (!cachedIdf) {
    const inputs = ecbRecords().map((r) => ({ id: r.id, article: articleFromPlainText(`${r.title}\n${r.text}`) }));
    cachedIdf = indexPack(buildPack('ECB+', inputs)).idfOf;
  }
  return cachedIdf;
}

function figures(scores: readonly number[], labels: readonly boolean[], threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    if (s >= threshold) labels[i] ? tp++ : fp++;
    else if (labels[i]) fn++;
  });
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, threshold };
}

function atBestThreshold(scores: readonly number[], labels: readonly boolean[]) {
  const candidates = [...new Set(scores)].sort((x, y) => x - y);
  let best = figures(scores, labels, Infinity);
  for (const t of candidates) {
    const f = figures(scores, labels, t);
    if (f.f1 > best.f1) best = f;
  }
  return best;
}

/** Plain word-overlap Jaccard of lower-cased words: the simplest baseline. */
function jaccardScore(a: string, b: string): number {
  const wa = new Set(words(a).map((w) => w.surface.toLowerCase()));
  const wb = new Set(words(b).map((w) => w.surface.toLowerCase()));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared || 1);
}

/** Cosine of idf-weighted stemmed content terms over whole sentences. */
function cosineScore(a: string, b: string, idfOf: (t: string) => number): number {
  const weigh = (t: string) => idfOf(t);
  const va = prepareUnit(describeUnit(a, 0), null, weigh);
  const vb = prepareUnit(describeUnit(b, 0), null, weigh);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of va.weights) {
    na += w * w;
    dot += w * (vb.weights.get(t) ?? 0);
  }
  for (const w of vb.weights.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

const canonicalCache = new Map<string, Map<string, string>>();
function eventCanonical(event: string, extra: readonly string[], idfOf: (t: string) => number): Map<string, string> {
  let canonical = canonicalCache.get(event);
  if (!canonical) {
    canonical = canonicalTerms((eventSentenceTerms().get(event) ?? []).flat(), idfOf);
    canonicalCache.set(event, canonical);
  }
  if (extra.every((t) => canonical!.has(t))) return canonical;
  return canonicalTerms([...canonical.keys(), ...extra], idfOf);
}

/** The aligner's score for a sentence pair: best over their fact units. */
export function alignerScore(
  pair: LabelledPair,
  idfOf: (t: string) => number,
  options: AlignerOptions = DEFAULT_ALIGNER,
  clauses = true,
): number {
  const { a, b } = pair;
  const ua = clauses ? factUnits([a]) : [describeUnit(a, 0)];
  const ub = clauses ? factUnits([b]) : [describeUnit(b, 0)];
  const coverage = eventSentenceTerms().get(pair.event) ?? [];
  const canonical = options.variants ? eventCanonical(pair.event, [...ua, ...ub].flatMap((u) => u.terms), idfOf) : null;
  const weigh = termWeigher(coverage, canonical, idfOf, options);
  const pa = ua.map((u) => prepareUnit(u, canonical, weigh));
  const pb = ub.map((u) => prepareUnit(u, canonical, weigh));
  let best = 0;
  for (const x of pa) for (const y of pb) best = Math.max(best, unitSimilarity(x, y, options));
  return best;
}

/**
 * Two folds by ECB+ topic: each half's threshold is the best on the other half, and the pooled
 * decisions are scored. Fairer than a best threshold, which is fitted on the very pairs scored.
 */
function crossValidated(scores: readonly number[], labels: readonly boolean[], pairs: readonly LabelledPair[]) {
  const fold = pairs.map((p) => Number.parseInt(p.event, 10) % 2);
  const decided: number[] = new Array<number>(scores.length).fill(0);
  const thresholds: number[] = [];
  for (const f of [0, 1]) {
    const train = scores.map((_, i) => i).filter((i) => fold[i] !== f);
    const best = atBestThreshold(train.map((i) => scores[i]!), train.map((i) => labels[i]!));
    thresholds.push(best.threshold);
    scores.forEach((s, i) => {
      if (fold[i] === f) decided[i] = s >= best.threshold ? 1 : 0;
    });
  }
  return { ...figures(decided, labels, 1), threshold: (thresholds[0]! + thresholds[1]!) / 2 };
}

export function evaluateFactAlignment(): { rows: Row[] } {
  const pairs = labelledPairs();
  const idfOf = ecbIdf();
  const labels = pairs.map((p) => p.same);
  const noExtras: AlignerOptions = { ...DEFAULT_ALIGNER, variants: false, local: false, idfPower: 1, numberConflict: 1, numberAgreement: 1 };
  const jaccard = pairs.map((p) => jaccardScore(p.a, p.b));
  const cosine = pairs.map((p) => cosineScore(p.a, p.b, idfOf));
  const idfOverlap = pairs.map((p) => alignerScore(p, idfOf, noExtras, false));
  const globalIdf = pairs.map((p) => alignerScore(p, idfOf, { ...DEFAULT_ALIGNER, idfPower: 1 }));
  const fullLocal = pairs.map((p) => alignerScore(p, idfOf, { ...DEFAULT_ALIGNER, localPower: 1 }));
  const noLocal = pairs.map((p) => alignerScore(p, idfOf, { ...DEFAULT_ALIGNER, local: false }));
  const aligner = pairs.map((p) => alignerScore(p, idfOf));
  const rows: Row[] = [
    { method: 'baseline: word-overlap Jaccard (best threshold)', ...atBestThreshold(jaccard, labels) },
    { method: 'baseline: word-overlap Jaccard (2-fold threshold)', ...crossValidated(jaccard, labels, pairs) },
    { method: 'alt: idf-weighted cosine, whole sentences (best threshold)', ...atBestThreshold(cosine, labels) },
    { method: 'alt: idf-weighted overlap, no clauses/variants/numbers/local (best)', ...atBestThreshold(idfOverlap, labels) },
    { method: 'alt: aligner with corpus idf weights too (best threshold)', ...atBestThreshold(globalIdf, labels) },
    { method: 'alt: aligner, within-coverage rarity at full strength (best)', ...atBestThreshold(fullLocal, labels) },
    { method: 'alt: aligner without within-coverage rarity (best threshold)', ...atBestThreshold(noLocal, labels) },
    { method: 'aligner (best threshold)', ...atBestThreshold(aligner, labels) },
    { method: 'aligner (2-fold threshold)', ...crossValidated(aligner, labels, pairs) },
    { method: 'aligner (shipped threshold)', ...figures(aligner, labels, DEFAULT_ALIGNER.threshold) },
  ];
  return { rows };
}

export function printTable(rows: readonly Row[]): void {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
  console.log(`${'method'.padEnd(70)} precision  recall      F1  threshold`);
  for (const r of rows) console.log(`${r.method.padEnd(70)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}  ${r.threshold.toFixed(3)}`);
}

if (process.argv[1]?.endsWith('eval-facts.ts')) {
  const pairs = labelledPairs();
  console.log(`Fact alignment: ${pairs.length} labelled ECB+ sentence pairs, ${pairs.filter((p) => p.same).length} same fact`);
  printTable(evaluateFactAlignment().rows);
}
