// Matching per query on one pack, as `pack-child.ts index` measures it (the same 100 queries, the
// CPU of findRelated each, the page's match features read before), each pass's median apart: the
// first pass (regions placed and postings weighed as queries first meet them, code compiled as it
// runs) is the bench's "1st pass" column, the later ones matching once warm (its "warm" column is
// the median of passes 2 and 3 together).
//   node scripts/run.mjs scripts/bench/match-passes.ts PACK [PASSES=3]
// Prints one line: the median ms per query of each pass, then the CPU ms of each pass's 100 queries.
import { matchFeatures } from '../../src/core/match/matchable.js';
import { findRelated, indexPack } from '../../src/core/match/related.js';
import { openPackForMatching } from '../../src/cli/read-pack.js';
import { median } from './measure.js';
import { benchQueries } from './synthetic.js';

const [path, passes = '3'] = process.argv.slice(2);
if (!path) {
  console.error('usage: node scripts/run.mjs scripts/bench/match-passes.ts PACK [PASSES]');
  process.exit(2);
}
const index = indexPack((await openPackForMatching(path)).pack);
const asked = benchQueries().map((article) => ({ article, features: matchFeatures(article) }));
const medians: string[] = [];
const totals: string[] = [];
for (let pass = 0; pass < Number(passes); pass++) {
  const times = asked.map(({ article, features }) => {
    const t = process.cpuUsage();
    findRelated(article, index, features);
    const used = process.cpuUsage(t);
    return (used.user + used.system) / 1000;
  });
  medians.push(median(times).toFixed(2));
  totals.push(times.reduce((a, b) => a + b, 0).toFixed(0));
}
console.log(`median ms per query: ${medians.join(' ')}   CPU ms per pass: ${totals.join(' ')}`);
