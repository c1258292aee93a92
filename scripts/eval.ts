// `npm run eval`: same-event matching on ECB+ (982 articles, 86 events; the two events
// of a topic are each other's hard negative), for Crosscheck's matcher and for MiniSearch
// (BM25 over title and text) on the same data in the same run.
//   R-precision: precision at k, k = the number of other articles of the query's event.
//   sibling first: share of queries whose top-ranked article is from the sibling event.
//   top wrong is sibling: share of queries whose best-ranked wrong article is from the sibling event.
//   pairwise F1: over all article pairs, "same event" = score at or above the threshold.
// Rarity is counted over the evaluated corpus plus the product's background; the background is
// ECB+ itself, so the Crosscheck figures carry that (unsupervised) advantage.
import MiniSearch from 'minisearch';
import { articleFromPlainText } from '../src/core/article.js';
import { matchFeatures, buildPack } from '../src/core/corpus/pack.js';
import { indexPack, RELATED_THRESHOLD, similarityToCorpus } from '../src/core/match/related.js';
import { ecbRecords, type EcbRecord } from '../tests/helpers.js';

interface Figures {
  rPrecision: number;
  siblingFirst: number;
  topWrongIsSibling: number;
  f1: number;
  precision: number;
  recall: number;
  threshold: number;
}

const records = ecbRecords();
const eventOf = (r: EcbRecord) => `${r.topic}/${r.event}`;

function evaluate(scoresOf: (i: number) => ArrayLike<number>, threshold: number | 'best'): Figures {
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

const articles = records.map((r) => articleFromPlainText(`${r.title}\n\n${r.text}`));
const started = performance.now();
const index = indexPack(buildPack('ECB+', records.map((r, i) => ({ id: r.id, article: articles[i]! }))));
const features = articles.map((a) => matchFeatures(a));
const crosscheck = evaluate((i) => similarityToCorpus(features[i]!, index), RELATED_THRESHOLD);
const crosscheckMs = performance.now() - started;

const search = new MiniSearch<{ id: number; title: string; text: string }>({ fields: ['title', 'text'], idField: 'id' });
const miniStarted = performance.now();
search.addAll(records.map((r, id) => ({ id, title: r.title, text: r.text })));
const miniScores = records.map((r) => {
  const scores = new Array<number>(records.length).fill(0);
  for (const hit of search.search(`${r.title} ${r.text}`)) scores[hit.id as number] = hit.score;
  return scores;
});
const mini = evaluate((i) => miniScores[i]!, 'best');
const miniMs = performance.now() - miniStarted;

const row = (name: string, f: Figures, note: string) =>
  `${name.padEnd(12)}${f.rPrecision.toFixed(3).padStart(12)}${(f.siblingFirst * 100).toFixed(1).padStart(14)}%${(f.topWrongIsSibling * 100).toFixed(1).padStart(19)}%` +
  `${f.precision.toFixed(3).padStart(11)}${f.recall.toFixed(3).padStart(9)}${f.f1.toFixed(3).padStart(8)}  ${note}`;
console.log(`ECB+ same-event matching: ${records.length} articles, ${new Set(records.map(eventOf)).size} events`);
console.log(`${'matcher'.padEnd(12)}${'R-precision'.padStart(12)}${'sibling first'.padStart(15)}${'top wrong sibling'.padStart(20)}${'pair P'.padStart(11)}${'pair R'.padStart(9)}${'F1'.padStart(8)}`);
console.log(row('crosscheck', crosscheck, `threshold ${RELATED_THRESHOLD} (the product's), ${crosscheckMs.toFixed(0)} ms`));
console.log(row('minisearch', mini, `threshold ${mini.threshold.toFixed(2)} (best F1 on this data, in its favour), ${miniMs.toFixed(0)} ms`));
