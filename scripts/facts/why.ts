// Development aid: for units whose text contains NEEDLE, the best-scoring units of every other article.
import { factFeatures } from '../../src/core/facts/index.js';
import { canonicalTerms, DEFAULT_ALIGNER, prepareUnit, termWeigher, unitSimilarity } from '../../src/core/facts/align.js';
import { articleSentences } from '../../src/core/text/segment.js';
import { seedIndex, seedInputs } from '../../tests/helpers.js';

const [needle, ids = '000,001,002,004'] = process.argv.slice(2);
const options = { ...DEFAULT_ALIGNER, ...JSON.parse(process.env.ALIGN ?? '{}') };
const index = seedIndex();
const arts = seedInputs().filter((s) => ids.split(',').some((p) => s.id.startsWith(p))).map((s) => ({ id: s.id.slice(0, 3), sentences: articleSentences(s.article).map((x) => x.text), units: factFeatures(s.article).units }));
const all = arts.flatMap((a) => a.units.flatMap((u) => u.terms));
const canonical = canonicalTerms(all, index.idfOf);
const bySentence = arts.flatMap((a) => [...new Set(a.units.map((u) => u.sentence))].map((s) => a.units.filter((u) => u.sentence === s).flatMap((u) => u.terms)));
const weigh = termWeigher(bySentence, canonical, index.idfOf, options);
const text = (a: (typeof arts)[0], u: (typeof arts)[0]['units'][0]) => a.sentences[u.sentence]!.slice(u.clause?.[0] ?? 0, u.clause?.[1]);
for (const a of arts) for (const u of a.units) {
  if (!text(a, u).includes(needle!)) continue;
  const pu = prepareUnit(u, canonical, weigh);
  console.log(`\n${a.id}: ${text(a, u)}\n   ${[...pu.weights].map(([t, w]) => `${t}:${w.toFixed(2)}`).join(' ')}`);
  for (const b of arts) {
    if (b === a) continue;
    const scored = b.units.map((v) => ({ v, s: unitSimilarity(pu, prepareUnit(v, canonical, weigh), options) })).sort((x, y) => y.s - x.s).slice(0, 2);
    for (const { v, s } of scored) console.log(`   ${b.id} ${s.toFixed(3)} ${text(b, v).slice(0, 120)}`);
  }
}
