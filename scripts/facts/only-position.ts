// Development aid: where in the page the TUNE only-here items (gold) sit: sentence index, page length, share, verdict.
//   FACTS_TOP=12 node scripts/run.mjs scripts/facts/only-position.ts | sort -k4 -n
import { articleSentences } from '../../src/core/text/segment.js';
import { evaluateCoverage, seedCorpus, wclCorpus } from '../eval/facts-coverage.js';

const rows = evaluateCoverage(['gold']).filter((r) => r.split === 'tune');
for (const corpus of [seedCorpus(), wclCorpus()]) {
  const byKey = new Map(corpus.articles.map((a) => [a.key, a]));
  for (const row of rows.filter((r) => r.corpus === corpus.name)) {
    for (const item of row.items.filter((i) => i.list === 'only')) {
      const sentences = articleSentences(byKey.get(item.page)!.article).map((s) => s.text);
      const i = sentences.indexOf(item.evidence[0]!.sentence);
      console.log(`${item.verdict === 'right' ? 'R' : 'W'} ${String(i).padStart(3)} /${String(sentences.length).padStart(3)} ${(i / sentences.length).toFixed(2)} ${item.page} #${item.rank + 1} ${item.summary.slice(0, 70)}`);
    }
  }
}
