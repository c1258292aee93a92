// Development aid: the aligner's mistakes on the labelled pairs.
import { alignerScore, ecbIdf, labelledPairs } from '../eval-facts.js';
import { DEFAULT_ALIGNER } from '../../src/core/facts/align.js';
const o = { ...DEFAULT_ALIGNER, ...JSON.parse(process.env.ALIGN ?? '{}') };
const idfOf = ecbIdf();
for (const p of labelledPairs()) {
  const s = alignerScore(p, idfOf, o);
  if ((s >= o.threshold) !== p.same) console.log(`${p.same ? 'FN' : 'FP'} ${s.toFixed(3)}\n  A: ${p.a}\n  B: ${p.b}`);
}
