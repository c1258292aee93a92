// A digest of every facts section the coverage evaluation builds (each article of every event of
// NewsWCL50 and the seeds as the page, gold and pipeline), whole lists, not only the top five:
// a change meant for speed alone must leave it unchanged.
//   node scripts/run.mjs scripts/facts/digest.ts
import { createHash } from 'node:crypto';
import { goldSections, pipelineSections, seedCorpus, wclCorpus } from '../eval/facts-coverage.js';

for (const corpus of [seedCorpus(), wclCorpus()]) {
  const events = new Set(corpus.articles.map((a) => a.event));
  for (const [mode, build] of [['gold', goldSections], ['pipeline', pipelineSections]] as const) {
    const hash = createHash('sha256');
    for (const page of build(corpus, events)) hash.update(JSON.stringify([page.key, page.section]));
    console.log(`${corpus.name} ${mode} ${hash.digest('hex').slice(0, 16)}`);
  }
}
