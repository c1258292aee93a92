// Development aid: the key facts of the TUNE split's pages that two or more other outlets carry, the page lacks, and
// the gold missing list never names (key recall's misses), with the sentences that carry them elsewhere; held-out and
// other pages are never printed.
//   node scripts/run.mjs scripts/facts/lost-keys.ts
import { evaluateCoverage, loadLabels, seedCorpus, wclCorpus, ecbCorpus } from '../eval/facts-coverage.js';

const labels = loadLabels().filter((l) => l.split === 'tune');
const rows = evaluateCoverage(['gold']).filter((r) => r.split === 'tune');
const corpora = [seedCorpus(), wclCorpus(), ecbCorpus(loadLabels())];
for (const row of rows) {
  const corpus = corpora.find((c) => c.name === row.corpus)!;
  const eventOf = new Map(corpus.articles.map((a) => [a.key, a.event]));
  const pages = [...new Set(corpus.articles.filter((a) => labels.some((l) => l.corpus === row.corpus && l.event === a.event && l.articles.includes(a.key))).map((a) => a.key))];
  for (const page of pages) {
    const label = labels.find((l) => l.corpus === row.corpus && l.event === eventOf.get(page))!;
    const named = new Set(row.items.filter((i) => i.page === page && i.list === 'missing' && i.verdict === 'right').flatMap((i) => i.why.split(', ')));
    const others = label.articles.filter((k) => k !== page);
    for (const fact of label.facts) {
      const carriers = others.filter((k) => (fact.carriedBy[k] ?? []).length > 0);
      if (!fact.key || (fact.carriedBy[page] ?? []).length > 0 || carriers.length < 2 || named.has(fact.id)) continue;
      console.log(`${row.corpus} ${page} lacks ${fact.id}: ${fact.statement}`);
      for (const k of carriers) console.log(`    <${k}> ${(fact.carriedBy[k] ?? [])[0]}`);
    }
  }
}
