// Development aid: every top-5 item of the TUNE split with its verdict, one line each, to diff two versions of the
// section (held-out items are never printed).
//   node scripts/run.mjs scripts/facts/tune-items.ts [gold|pipeline]
import { evaluateCoverage } from '../eval/facts-coverage.js';

const mode = process.argv[2] === 'pipeline' ? 'pipeline' : 'gold';
for (const r of evaluateCoverage([mode]).filter((row) => row.split === 'tune')) {
  for (const i of r.items) console.log(`${r.corpus} ${i.page} ${i.list} #${i.rank + 1} ${i.verdict} | ${i.summary.slice(0, 90)}`);
}
