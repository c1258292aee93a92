// Development aid: the name forms the "already said" test reads for each TUNE event (titles and given names tied to
// one person, capitals standing for their state), to see what the cross-outlet coreference merges.
//   node scripts/run.mjs scripts/facts/coref-forms.ts
import { articleSentences } from '../../src/core/text/segment.js';
import { termsOf } from '../../src/core/text/tokens.js';
import { namesIn } from '../../src/core/english/names.js';
import { capitalForms, titleForms } from '../../src/core/facts/said.js';
import { seedCorpus, wclCorpus } from '../eval/facts-coverage.js';

const TUNE = new Set(['truce', '0', '2', '8']);
for (const corpus of [seedCorpus(), wclCorpus()]) {
  const events = [...new Set(corpus.articles.map((a) => a.event))].filter((e) => TUNE.has(e));
  for (const event of events) {
    const sentences = corpus.articles.filter((a) => a.event === event).map((a) => [...(a.article.title ? [a.article.title] : []), ...articleSentences(a.article).map((s) => s.text)]);
    const names = sentences.flat().flatMap((s) => namesIn(s).map((n) => n.name));
    void termsOf;
    console.log(`${corpus.name} ${event}: titles ${JSON.stringify([...titleForms(sentences)])}`);
    console.log(`  capitals ${JSON.stringify([...capitalForms(names, new Map())])}`);
  }
}
