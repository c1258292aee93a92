// Every actor mention and link (or, with --rows, every row) of the seeds, ECB+ and NewsWCL50 tune and other events (not
// the held-out half), one a line, for a before/after diff of a reading change:
//   node scripts/run.mjs scripts/eval/mentions-dump.ts [--rows] > after.txt
import { wclCorpus, seedCorpus } from './facts-coverage.js';
import { ecbFramingCorpus, eventSection, FRAMING_EVENTS } from './framing-coverage.js';
import { analysisFeatures } from '../../src/core/corpus/pack.js';
import { CURRENT } from '../../src/core/analysis/contract.js';
const held = new Set(FRAMING_EVENTS.newswcl50?.heldout ?? []);
const rows = process.argv.includes('--rows');
for (const c of [seedCorpus(), wclCorpus(), ecbFramingCorpus()]) {
  const articles = c.articles.filter((a) => !(c.name === 'newswcl50' && held.has(a.event)));
  if (!rows) {
    for (const a of articles) {
      const f = analysisFeatures(a.article).framing.actors;
      for (const m of f.mentions) console.log(`${a.key}\t${m.kind}\t${m.key}\t${m.label}\t${m.count}`);
      for (const l of f.links) console.log(`${a.key}\tLINK\t${l.join(' -> ')}`);
    }
    continue;
  }
  for (const event of [...new Set(articles.map((a) => a.event))]) {
    const s = eventSection(c, event);
    for (const row of s.section.actors) for (const [id, ls] of Object.entries(row.labels)) console.log(`${c.name} ${event}\t${row.actor}\t${id === CURRENT ? s.page : id}\t${ls.map((l) => `${l.label}${l.actingFor ? ` @${l.actingFor}` : ''}`).join(' | ')}`);
  }
}
