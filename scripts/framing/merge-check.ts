// How much the quotes analyser adds to the voice finder: node scripts/run.mjs scripts/framing/merge-check.ts
import { seedInputs, ecbRecords } from '../../tests/helpers.js';
import { articleFromPlainText } from '../../src/core/article.js';
import { articleSentences } from '../../src/core/text/segment.js';
import { voiceFeatures } from '../../src/core/framing/voices.js';
import { mergeQuotes } from '../../src/core/framing/index.js';
import { quotesFeatures } from '../../src/core/quotes/index.js';
let added = 0;
let total = 0;
const articles = [...seedInputs().map((s) => s.article), ...ecbRecords().map((r) => articleFromPlainText(`${r.title}\n${r.text}`))];
for (const a of articles) {
  const own = voiceFeatures(articleSentences(a), a.paragraphs);
  const before = own.reduce((n, v) => n + v.direct.length + v.indirect.length, 0);
  const merged = mergeQuotes(JSON.parse(JSON.stringify(own)), quotesFeatures(a));
  const after = merged.reduce((n, v) => n + v.direct.length + v.indirect.length, 0);
  added += after - before;
  total += after;
}
console.log(`${articles.length} articles: ${total} attributed sentences, ${added} of them only from the quotes analyser`);
