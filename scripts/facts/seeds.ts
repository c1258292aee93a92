// Prints the facts section for each seed as the current article (development aid).
import type { Relation } from '../../src/core/types.js';
import { compareFacts, factFeatures } from '../../src/core/facts/index.js';
import { findRelated } from '../../src/core/match/related.js';
import { articleSentences } from '../../src/core/text/segment.js';
import { DEFAULT_ALIGNER } from '../../src/core/facts/align.js';
import type { Compared } from '../../src/core/analysis/contract.js';
import { seedIndex, seedInputs } from '../../tests/helpers.js';

const index = seedIndex();
const inputs = seedInputs();
const compared = (id: string, relation?: Relation) => {
  const article = inputs.find((s) => s.id === id)!.article;
  return { id, title: article.title, relation, sentences: articleSentences(article).map((s) => s.text), features: factFeatures(article) } satisfies Compared<ReturnType<typeof factFeatures>>;
};
const only = process.argv[2];
for (const seed of inputs) {
  if (only && !seed.id.startsWith(only)) continue;
  const related = findRelated(seed.article, index);
  const t0 = performance.now();
  const section = compareFacts({ ...compared(seed.id), id: 'current' }, related.map((r) => compared(r.id, r.relation)), { idfOf: index.idfOf }, { ...DEFAULT_ALIGNER, ...JSON.parse(process.env.ALIGN ?? '{}') });
  const ms = performance.now() - t0;
  const multi = section.omissions.filter((o) => o.reportedBy.length > 1).length;
  console.log(`\n===== ${seed.id.slice(0, 3)}: ${section.omissions.length} omissions (${multi} multi), ${section.exclusives.length} exclusives, ${ms.toFixed(1)} ms; outlets ${section.outlets.map((o) => o.slice(0, 3)).join(',')}`);
  for (const o of section.omissions) console.log(`  [${o.reportedBy.map((r) => r.slice(0, 3)).join(',')}] ${o.summary}`);
  console.log('  -- exclusives');
  for (const e of section.exclusives) console.log(`  * ${e.summary}`);
}
