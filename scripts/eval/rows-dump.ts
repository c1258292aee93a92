// Every actor row of NewsWCL50 events, each outlet's labels as shown (acting-for entries marked "@agent").
//   node scripts/run.mjs scripts/eval/rows-dump.ts 1 4 6 9   (event numbers; reading held-out rows is for judging, not tuning)
import { wclCorpus } from './facts-coverage.js';
import { eventSection } from './framing-coverage.js';
import { CURRENT } from '../../src/core/analysis/contract.js';

const corpus = wclCorpus();
for (const event of process.argv.slice(2)) {
  const s = eventSection(corpus, event);
  console.log(`\n######## event ${event} (page ${s.page})`);
  for (const row of s.section.actors) {
    console.log(`ROW ${row.actor}`);
    for (const [id, ls] of Object.entries(row.labels)) {
      const key = id === CURRENT ? s.page : id;
      console.log(`    ${key}: ${ls.map((l) => `${l.inQuote ? `"${l.label}"` : l.label}${l.count && l.count > 1 ? `×${l.count}` : ''}${l.actingFor ? ` @${l.actingFor}` : ''}${l.with ? ` +${l.with.join('+')}` : ''}`).join(' | ')}`);
    }
  }
}
