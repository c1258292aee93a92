// Development aid: the quoted words (six or fewer, inside quotation marks) of each TUNE item (gold) found on the other side
// (the page for "missing here", the other articles for "only here"): whether a shared quotation tells the verdict.
//   FACTS_TOP=12 node scripts/run.mjs scripts/facts/quote-echo.ts
import { articleSentences } from '../../src/core/text/segment.js';
import { evaluateCoverage, seedCorpus, wclCorpus } from '../eval/facts-coverage.js';

const rows = evaluateCoverage(['gold']).filter((r) => r.split === 'tune');
const norm = (s: string) => ` ${s.toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim()} `;
const QUOTE = /[“"]([^”"]{2,200})[”"]|‘([^’]{2,120})’/g;
for (const corpus of [seedCorpus(), wclCorpus()]) {
  const byKey = new Map(corpus.articles.map((a) => [a.key, a]));
  for (const row of rows.filter((r) => r.corpus === corpus.name)) {
    for (const item of row.items) {
      const page = byKey.get(item.page)!;
      const source = item.list === 'only' ? item.evidence[0]!.sentence : item.evidence.find((e) => e.key !== item.page)!.sentence;
      const other = item.list === 'only'
        ? corpus.articles.filter((a) => a.event === page.event && a.key !== page.key).flatMap((a) => [a.article.title ?? '', ...articleSentences(a.article).map((s) => s.text)])
        : [page.article.title ?? '', ...articleSentences(page.article).map((s) => s.text)];
      const frags = [...source.matchAll(QUOTE)].map((m) => (m[1] ?? m[2])!);
      const found = frags.filter((f) => norm(f).trim().split(' ').length <= 6).map((f) => ({ f, hit: other.find((s) => norm(s).includes(norm(f))) }));
      if (found.length === 0) continue;
      console.log(`${item.page} ${item.list} #${item.rank + 1} ${item.verdict} | ${found.map((x) => `[${x.f}]${x.hit ? ' FOUND: ' + x.hit.slice(0, 100) : ''}`).join(' ; ')}`);
    }
  }
}
