// Same-event matching on ECB+, measured as `npm run eval` prints it and as the floor test checks it.
//   R-precision: precision at k, k = the number of other articles of the query's event.
//   sibling first: share of queries whose top-ranked article is from the sibling event.
//   top wrong is sibling: share of queries whose best-ranked wrong article is from the sibling event.
//   pairwise F1: over all article pairs, "same event" = score at or above the threshold.
import { articleFromPlainText } from '../../src/core/article.js';
import { buildPack, documentFrequencyOf, withNeighbours, type CorpusPack, type MatchFeatures } from '../../src/core/corpus/pack.js';
import { indexPack, relatedness, similarityToCorpus, type MatchIndex } from '../../src/core/match/related.js';
import { NEIGHBOURS } from '../../src/core/match/neighbours.js';
import { ecbRecords, type EcbRecord } from '../../tests/helpers.js';

export interface Figures {
  rPrecision: number;
  siblingFirst: number;
  topWrongIsSibling: number;
  f1: number;
  precision: number;
  recall: number;
  threshold: number;
}

export const records = ecbRecords();
export const eventOf = (r: EcbRecord) => `${r.topic}/${r.event}`;

export function evaluate(scoresOf: (i: number) => ArrayLike<number>, threshold: number | 'best'): Figures {
  let rPrecision = 0;
  let siblingFirst = 0;
  let topWrongIsSibling = 0;
  const pairs: { score: number; same: boolean }[] = [];
  records.forEach((query, i) => {
    const scores = scoresOf(i);
    const ranked = records.map((_, j) => j).filter((j) => j !== i).sort((a, b) => scores[b]! - scores[a]!);
    const relevant = new Set(ranked.filter((j) => eventOf(records[j]!) === eventOf(query)));
    const k = relevant.size;
    if (k > 0) rPrecision += ranked.slice(0, k).filter((j) => relevant.has(j)).length / k;
    const top = records[ranked[0]!]!;
    if (top.topic === query.topic && top.event !== query.event) siblingFirst++;
    const firstWrong = records[ranked.find((j) => !relevant.has(j))!]!;
    if (firstWrong.topic === query.topic) topWrongIsSibling++;
    for (let j = i + 1; j < records.length; j++) pairs.push({ score: scores[j]!, same: eventOf(records[j]!) === eventOf(query) });
  });
  const at = (t: number) => {
    let tp = 0, fp = 0, fn = 0;
    for (const p of pairs) {
      if (p.score >= t) p.same ? tp++ : fp++;
      else if (p.same) fn++;
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), threshold: t };
  };
  let best = at(typeof threshold === 'number' ? threshold : 0);
  if (threshold === 'best') {
    const candidates = [...new Set(pairs.filter((p) => p.same).map((p) => p.score))].sort((a, b) => a - b);
    for (let c = 0; c < candidates.length; c += Math.max(1, Math.floor(candidates.length / 400))) {
      const figures = at(candidates[c]!);
      if (figures.f1 > best.f1) best = figures;
    }
  }
  const n = records.length;
  return { rPrecision: rPrecision / n, siblingFirst: siblingFirst / n, topWrongIsSibling: topWrongIsSibling / n, ...best };
}


/**
 * Crosscheck's relatedness of every ECB+ article to every other, as the product computes it,
 * with the query left out of the corpus: its neighbour lists are built one longer so that
 * dropping the query moves the next article up, as a corpus without it would list.
 */
export function crosscheckScores(): (i: number) => ArrayLike<number> {
  const index = ecbIndex();
  const cache = new Map<number, Float64Array>();
  return (i) => cache.get(i) ?? cache.set(i, relatedness(index.pack.articles[i]!.features, index, i)).get(i)!;
}

/** The cosine similarity alone, without the neighbourhoods: the matcher's first signal. */
export function cosineScores(): (i: number) => ArrayLike<number> {
  const index = ecbIndex();
  return (i) => similarityToCorpus(index.pack.articles[i]!.features, index);
}

/**
 * Each query's best score when its own event is not in the corpus: each event's articles are
 * taken out in turn (the sibling event of its topic stays in, as the hardest negative) and each
 * of them is matched against what is left. The share of these at or above a threshold is how
 * often a reader would be shown coverage of another event (absentEventRate).
 */
export function absentEventBest(scoresAgainst: (features: MatchFeatures, index: MatchIndex) => ArrayLike<number>): number[] {
  const { pack } = ecbIndex();
  const best: number[] = [];
  for (const event of new Set(records.map(eventOf))) {
    const own = new Set(records.flatMap((r, i) => (eventOf(r) === event ? [i] : [])));
    const articles = pack.articles.filter((_, i) => !own.has(i));
    const index = indexPack(withNeighbours({ ...pack, articles, documentFrequency: documentFrequencyOf(articles), neighbours: [] }));
    for (const i of own) best.push(Math.max(0, ...Array.from(scoresAgainst(pack.articles[i]!.features, index))));
  }
  return best;
}

export const absentEventRate = (best: readonly number[], threshold: number): number => best.filter((s) => s >= threshold).length / best.length;

let cachedIndex: MatchIndex<CorpusPack> | undefined;
function ecbIndex(): MatchIndex<CorpusPack> {
  if (cachedIndex) return cachedIndex;
  const articles = records.map((r) => articleFromPlainText(`${r.title}\n\n${r.text}`));
  const pack = buildPack('ECB+', records.map((r, i) => ({ id: r.id, article: articles[i]! })));
  return (cachedIndex = indexPack(withNeighbours(pack, NEIGHBOURS + 1)));
}
