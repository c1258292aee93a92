import { seedCorpus, wclCorpus } from './facts-coverage.js';
import { articleSentences } from '../../src/core/text/segment.js';
const [corpus, event] = process.argv.slice(2);
const c = corpus === 'seeds' ? seedCorpus() : wclCorpus();
for (const a of c.articles.filter((a) => a.event === event)) {
  console.log(`=== ${a.key} | ${a.article.title}`);
  articleSentences(a.article).forEach((s, i) => console.log(`${a.key}.${i} ${s.text}`));
}
