import { seedInputs } from '../../tests/helpers.js';
import { collectQuotes } from '../../src/core/quotes/collect.js';
import { articleSentences } from '../../src/core/text/segment.js';
for (const { id, article } of seedInputs()) {
  console.log('=====', id);
  const f = collectQuotes(article);
  const s = articleSentences(article);
  for (const q of f.quotes) console.log(`[${q.sentence}${q.sentences ? '..' + q.sentences.at(-1) : ''}] ${q.indirect ? 'IND ' : ''}${q.speaker ?? (q.role ? 'ROLE:' + q.role : '?')}${q.channel ? ' {' + q.channel + '}' : ''}: ${q.text}`);
  for (const m of f.speakers) console.log('   SPK', m.name, m.org ? '(org)' : '', JSON.stringify(m.descriptions));
  void s;
}
