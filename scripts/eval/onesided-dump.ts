// Every one-sided flag and every directly quoted voice given a party's side, on the corpora the framing
// evaluation runs and on ECB+ (every event, or --events 41/41,41/41plus), for judging by reading.
// node scripts/run.mjs scripts/eval/onesided-dump.ts [--ecb] [--events a,b] [--quotes]
import { ecbFramingCorpus, eventSection, FRAMING_EVENTS } from './framing-coverage.js';
import { seedCorpus, wclCorpus, type Corpus } from './facts-coverage.js';
import { CURRENT } from '../../src/core/analysis/contract.js';

const args = process.argv.slice(2);
const pick = args.includes('--events') ? new Set((args[args.indexOf('--events') + 1] ?? '').split(',')) : undefined;
const corpora: Corpus[] = args.includes('--ecb') ? [ecbFramingCorpus()] : [seedCorpus(), wclCorpus()];
for (const corpus of corpora) {
  const events = corpus.name === 'ecbplus' ? [...new Set(corpus.articles.map((a) => a.event))] : Object.values(FRAMING_EVENTS[corpus.name] ?? {}).flat();
  for (const event of events) {
    if (pick && !pick.has(event)) continue;
    const s = eventSection(corpus, event);
    const key = (id: string) => (id === CURRENT ? s.page : id);
    const lines: string[] = [];
    for (const f of s.section.flags.filter((f) => f.kind === 'one-sided')) lines.push(`FLAG ${key(f.articleId)}: ${f.detail}`);
    for (const [id, vs] of Object.entries(s.section.voices)) {
      for (const v of vs) {
        if (v.direct === 0) continue;
        if (!v.side && !args.includes('--quotes')) continue;
        lines.push(`VOICE ${key(id)}: ${v.speaker} [${v.side ?? '-'}] ${v.direct}/${v.count}${v.affiliation ? ` (${v.affiliation})` : ''}`);
      }
    }
    if (lines.length) console.log(`\n#### ${corpus.name} ${event} (${s.keys.map(key).join(' ')})\n${lines.join('\n')}`);
  }
}
