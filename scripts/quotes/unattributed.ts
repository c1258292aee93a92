import { articleFromPlainText } from '../../src/core/article.js';
import { quotesFeatures } from '../../src/core/quotes/index.js';
import { articleSentences } from '../../src/core/text/segment.js';
import { ecbRecords, seededRandom } from '../../tests/helpers.js';
let n = 0;
let long = 0;
const rows: string[] = [];
for (const r of ecbRecords()) {
  const a = articleFromPlainText(`${r.title}\n${r.text}`);
  const s = articleSentences(a);
  for (const q of quotesFeatures(a).quotes) {
    if (q.indirect || q.speaker || q.role) continue;
    n++;
    if (q.text.split(' ').length < 6) continue;
    long++;
    rows.push(`${r.id}: ${s[q.sentence]?.text.slice(0, 250)}`);
  }
}
console.log(n, long);
const random = seededRandom(3);
for (let i = 0; i < 40; i++) console.log(rows[(random() * 2147483648) % rows.length]);
