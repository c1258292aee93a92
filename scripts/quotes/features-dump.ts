// Every article's quote features as lines, for diffing two builds: each statement (sentence, speaker or role, direct or
// reported, words) and each voice (speaker, affiliation, direct and reported sentences), over the seeds, ECB+ and NewsWCL50.
// node scripts/run.mjs scripts/quotes/features-dump.ts > a.txt; (change); ... > b.txt; diff a.txt b.txt
import { articleFromPlainText, articleFromRecord } from '../../src/core/article.js';
import { collectQuotes } from '../../src/core/quotes/collect.js';
import { ecbRecords, seedInputs, wclRecords } from '../../tests/helpers.js';

const articles = [
  ...seedInputs().map((s) => ({ id: `seed:${s.id}`, article: s.article })),
  ...ecbRecords().map((r) => ({ id: `ecb:${r.id}`, article: articleFromPlainText(`${r.title}\n${r.text}`) })),
  ...wclRecords().map((r) => ({ id: `wcl:${r.id}`, article: articleFromRecord(r) })),
];
for (const { id, article } of articles) {
  const f = collectQuotes(article);
  for (const q of f.quotes) console.log(`${id} Q ${q.sentence} ${q.indirect ? 'ind' : 'dir'} [${q.speaker ?? (q.role ? `role:${q.role}` : '-')}] ${q.text.slice(0, 60)}`);
  for (const v of f.voices ?? []) console.log(`${id} V ${v.speaker}${v.affiliation ? ` (${v.affiliation})` : ''} d=${v.direct.join(',')} i=${v.indirect.join(',')}`);
}
