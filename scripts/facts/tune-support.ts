// Development aid: every item of the TUNE split's lists (FACTS_TOP deep) with its verdict, rank, and for missing
// items the number of other outlets whose evidence carries it; held-out items are never printed.
//   FACTS_TOP=12 node scripts/run.mjs scripts/facts/tune-support.ts [gold|pipeline]
import { evaluateCoverage } from '../eval/facts-coverage.js';

const mode = process.argv[2] === 'pipeline' ? 'pipeline' : 'gold';
for (const r of evaluateCoverage([mode]).filter((row) => row.split === 'tune')) {
  for (const i of r.items) {
    const outlets = new Set(i.evidence.map((e) => e.key)).size;
    console.log(`${r.corpus} ${i.page} ${i.list} #${i.rank + 1} n${outlets} ${i.verdict} | ${i.why.slice(0, 40)} | ${i.summary.slice(0, 110)}`);
  }
}
