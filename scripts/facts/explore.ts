// Grid over the aligner's settings on the labelled pairs, with a two-fold split by event
// (settings chosen on one half, scored on the other) to see how far the choice overfits.
import { alignerScore, ecbIdf, labelledPairs } from '../eval-facts.js';
import { DEFAULT_ALIGNER, type AlignerOptions } from '../../src/core/facts/align.js';

const pairs = labelledPairs();
const idfOf = ecbIdf();
const f1 = (scores: number[], labels: boolean[], t: number) => {
  let tp = 0, fp = 0, fn = 0;
  scores.forEach((s, i) => { if (s >= t) labels[i] ? tp++ : fp++; else if (labels[i]) fn++; });
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const results: { name: string; t: number; all: ReturnType<typeof f1>; scores: number[] }[] = [];
for (const local of [true, false]) for (const containmentShare of [0.3, 0.5, 0.7, 1])
  for (const idfPower of [0, 0.5, 1])
    for (const minShared of [2, 3])
      for (const numberConflict of [1, 0.7])
        for (const variants of [true])
          for (const clauses of [true]) {
            const o: AlignerOptions = { ...DEFAULT_ALIGNER, containmentShare, idfPower, minShared, numberConflict, numberAgreement: numberConflict === 1 ? 1 : 1.15, variants, local };
            const scores = pairs.map((p) => alignerScore(p, idfOf, o, clauses));
            const labels = pairs.map((p) => p.same);
            let best = { t: 0, all: f1(scores, labels, 0) };
            for (let t = 0.05; t < 4; t += t < 1.2 ? 0.025 : 0.1) { const x = f1(scores, labels, t); if (x.f > best.all.f) best = { t, all: x }; }
            results.push({ name: JSON.stringify({ local, containmentShare, idfPower, minShared, numberConflict, variants, clauses }), t: best.t, all: best.all, scores });
          }
results.sort((a, b) => b.all.f - a.all.f);
for (const r of results.slice(0, 15)) console.log(r.all.f.toFixed(3), r.all.p.toFixed(3), r.all.r.toFixed(3), r.t.toFixed(3), r.name);
// Two folds by event: choose config+threshold on one, score on the other.
const events = [...new Set(pairs.map((p) => p.event.split('/')[0]))].sort();
const foldOf = (p: { event: string }) => events.indexOf(p.event.split('/')[0]!) % 2;
for (const fold of [0, 1]) {
  const train = pairs.map((p, i) => (foldOf(p) !== fold ? i : -1)).filter((i) => i >= 0);
  const test = pairs.map((p, i) => (foldOf(p) === fold ? i : -1)).filter((i) => i >= 0);
  let best = { f: -1, name: '', t: 0, scores: [] as number[] };
  for (const r of results) for (let t = 0.05; t < 4; t += t < 1.2 ? 0.025 : 0.1) {
    const x = f1(train.map((i) => r.scores[i]!), train.map((i) => pairs[i]!.same), t);
    if (x.f > best.f) best = { f: x.f, name: r.name, t, scores: r.scores };
  }
  const x = f1(test.map((i) => best.scores[i]!), test.map((i) => pairs[i]!.same), best.t);
  console.log('fold', fold, 'train f1', best.f.toFixed(3), 'test', x, best.name, best.t.toFixed(3));
}
