// Development aid: ECB+ pair figures for given aligner settings (JSON list in argv[2]) at their own threshold and at the best one.
import { alignerScore, ecbIdf, labelledPairs } from '../eval-facts.js';
import { DEFAULT_ALIGNER } from '../../src/core/facts/align.js';
const pairs = labelledPairs();
const idfOf = ecbIdf();
for (const cfg of JSON.parse(process.argv[2]!) as object[]) {
  const o = { ...DEFAULT_ALIGNER, ...cfg };
  const scores = pairs.map((p) => alignerScore(p, idfOf, o));
  const at = (t: number) => { let tp = 0, fp = 0, fn = 0; scores.forEach((s, i) => { if (s >= t) pairs[i]!.same ? tp++ : fp++; else if (pairs[i]!.same) fn++; }); const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1); return { p: +p.toFixed(3), r: +r.toFixed(3), f: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3), t }; };
  let best = at(0); for (let t = 0.05; t < 1.5; t += 0.025) { const x = at(+t.toFixed(3)); if (x.f > best.f) best = x; }
  console.log(JSON.stringify(cfg), 'at own', at(o.threshold), 'best', best);
}
