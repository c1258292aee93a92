import { articleFromPlainText } from '../../src/core/article.js';
import { quotesFeatures } from '../../src/core/quotes/index.js';
import { ecbRecords } from '../../tests/helpers.js';
const wanted: [string, string][] = (process.argv[2] ?? '').split(';').map((x) => x.split('|') as [string, string]);
const records = ecbRecords();
for (const [id, needle] of wanted) {
  const r = records.find((x) => x.id === id);
  if (!r) continue;
  const q = quotesFeatures(articleFromPlainText(`${r.title}\n${r.text}`)).quotes.filter((x) => x.text.includes(needle));
  console.log(id, JSON.stringify(q.map((x) => [x.speaker ?? x.role ?? '?', x.indirect])));
}
