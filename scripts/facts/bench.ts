// Time of the whole facts analysis on the largest seed cluster: the page's fact units extracted
// (as on a page view) and compared with its related coverage (whose units come from the pack).
// Median of repeated runs, for each seed as the page; the slowest seed's median is the figure.
// Run directly: node scripts/run.mjs scripts/facts/bench.ts
import { compareFacts, factFeatures } from '../../src/core/facts/index.js';
import { findRelated } from '../../src/core/match/related.js';
import { articleSentences } from '../../src/core/text/segment.js';
import { CURRENT } from '../../src/core/compare/contract.js';
import { seedIndex, seedInputs } from '../../tests/helpers.js';

export function benchFacts(runs = 21): { seed: string; articles: number; medianMs: number }[] {
  const index = seedIndex();
  const inputs = seedInputs();
  const prepared = new Map(inputs.map((s) => [s.id, { sentences: articleSentences(s.article).map((x) => x.text), features: factFeatures(s.article) }]));
  return inputs.map((seed) => {
    const related = findRelated(seed.article, index);
    const others = related.map((r) => ({ id: r.id, title: r.title, relation: r.relation, ...prepared.get(r.id)! }));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const features = factFeatures(seed.article);
      const sentences = articleSentences(seed.article).map((x) => x.text);
      compareFacts({ id: CURRENT, title: seed.article.title, sentences, features }, others, { idfOf: index.idfOf });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { seed: seed.id, articles: related.length + 1, medianMs: times[Math.floor(times.length / 2)]! };
  });
}

if (process.argv[1]?.endsWith('bench.ts')) {
  const rows = benchFacts();
  for (const r of rows) console.log(`facts analysis, page ${r.seed} + ${r.articles - 1} related: median ${r.medianMs.toFixed(1)} ms`);
  const worst = rows.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
  console.log(`largest cluster (${worst.articles} articles), slowest page: ${worst.medianMs.toFixed(1)} ms`);
}
