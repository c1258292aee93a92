// The related lists of every real article (ECB+, NewsWCL50) against a pack's match index, as one
// sha256: a change meant to leave matching's results alone (a speed change) must print the same
// line before and after, on the same pack:
//   node scripts/run.mjs scripts/bench/related-digest.ts PACK [STEP=1]
// (STEP: every STEP-th real article only). Prints the count of related items and the digest.
import { createHash } from 'node:crypto';
import { matchFeatures } from '../../src/core/match/matchable.js';
import { findRelated, indexPack } from '../../src/core/match/related.js';
import { openPackForMatching } from '../../src/cli/read-pack.js';
import { realArticles } from './synthetic.js';

const [path, step = '1'] = process.argv.slice(2);
if (!path) {
  console.error('usage: node scripts/run.mjs scripts/bench/related-digest.ts PACK [STEP]');
  process.exit(2);
}
const index = indexPack((await openPackForMatching(path)).pack);
const pages = realArticles().map((r) => r.article);
const digest = createHash('sha256');
let items = 0;
for (let q = 0; q < pages.length; q += Number(step)) {
  const related = findRelated(pages[q]!, index, matchFeatures(pages[q]!));
  items += related.length;
  digest.update(JSON.stringify(related));
}
console.log(`${items} related items, sha256 ${digest.digest('hex')}`);
