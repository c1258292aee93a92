// Extraction speed for `npm run bench`: figures per 1,000 words and time per 1,000 words over the
// seeds and the ECB+ articles, and the whole numbers analysis per seed page.
import { articleFromPlainText } from '../../src/core/article.js';
import { numberFeatures } from '../../src/core/numbers/index.js';
import { ecbRecords, seedInputs } from '../../tests/helpers.js';
import { comparedOf } from '../../tests/core/numbers/helpers.js';
import { seedIndex } from '../../tests/helpers.js';
import { findRelated } from '../../src/core/match/related.js';
import { compareNumbers } from '../../src/core/numbers/index.js';
import { CURRENT } from '../../src/core/compare/contract.js';

const articles = [...seedInputs().map((s) => s.article), ...ecbRecords().map((r) => articleFromPlainText(`${r.title}\n${r.text}`))];
const wordCount = articles.reduce((n, a) => n + a.paragraphs.join(' ').split(/\s+/).filter(Boolean).length, 0);
for (const a of articles.slice(0, 50)) numberFeatures(a); // warm up
const runs = 5;
let figures = 0;
const t0 = performance.now();
for (let r = 0; r < runs; r++) for (const a of articles) figures += numberFeatures(a).figures.length;
const ms = (performance.now() - t0) / runs;
figures /= runs;
console.log(`numbers extraction: ${articles.length} articles, ${wordCount} words, ${figures} figures (${((figures / wordCount) * 1000).toFixed(1)} per 1,000 words), ${((ms / wordCount) * 1000).toFixed(3)} ms per 1,000 words`);
const index = seedIndex();
const inputs = seedInputs();
for (const p of ['000', '001', '002', '003', '004']) {
  const page = inputs.find((s) => s.id.startsWith(`${p}_`))!;
  const related = findRelated(page.article, index);
  // Corpus features are built with the pack; only the page is analysed per view.
  const others = related.map((r) => comparedOf(r.id, inputs.find((s) => s.id === r.id)!.article, r.relation));
  const time = () => {
    const t = performance.now();
    const section = compareNumbers(comparedOf(CURRENT, page.article), others, { idfOf: index.idfOf });
    return { ms: performance.now() - t, groups: section.length };
  };
  for (let i = 0; i < 5; i++) time();
  const samples = Array.from({ length: 20 }, time);
  const median = samples.map((s) => s.ms).sort((a, b) => a - b)[10]!;
  console.log(`numbers analysis per page, seed ${p}: ${median.toFixed(2)} ms (page extraction + comparison with ${others.length} related), ${samples[0]!.groups} groups`);
}
