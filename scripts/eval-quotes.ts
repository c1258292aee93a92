/**
 * Quote extraction over ECB+ (982 news articles): how many quotes are found and
 * attributed, and a reproducible sample of attributed quotes with their
 * sentences, to judge by hand. Usage: node scripts/run.mjs scripts/eval-quotes.ts [sampleSize] [seed]
 */
import { articleFromPlainText } from '../src/core/article.js';
import { quotesFeatures } from '../src/core/quotes/index.js';
import { articleSentences } from '../src/core/text/segment.js';
import { ecbRecords, seededRandom } from '../tests/helpers.js';

const sampleSize = Number(process.argv[2] ?? 80);
const random = seededRandom(Number(process.argv[3] ?? 7));

interface Row {
  id: string;
  speaker: string;
  indirect: boolean;
  text: string;
  context: string;
}
let direct = 0;
let directAttributed = 0;
let indirect = 0;
let roles = 0;
const rows: Row[] = [];
const started = Date.now();
for (const record of ecbRecords()) {
  const article = articleFromPlainText(`${record.title}\n${record.text}`);
  const sentences = articleSentences(article);
  const features = quotesFeatures(article);
  for (const q of features.quotes) {
    if (q.indirect) indirect++;
    else {
      direct++;
      if (q.speaker) directAttributed++;
      else if (q.role) roles++;
    }
    if (!q.speaker) continue;
    const span = q.sentences ?? [q.sentence];
    const from = Math.max(0, span[0]! - 2);
    const context = sentences
      .slice(from, span[span.length - 1]! + 1)
      .map((s) => s.text)
      .join(' ');
    rows.push({ id: record.id, speaker: q.speaker, indirect: q.indirect, text: q.text, context });
  }
}
const elapsed = Date.now() - started;
console.log(`articles ${ecbRecords().length}, ${elapsed} ms`);
console.log(`direct quotes ${direct}, attributed ${directAttributed} (${((100 * directAttributed) / Math.max(1, direct)).toFixed(1)}%), title-only ${roles}`);
console.log(`indirect (always attributed) ${indirect}`);
const sample: Row[] = [];
const pool = [...rows];
while (sample.length < sampleSize && pool.length > 0) sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
sample.forEach((r, i) => {
  console.log(`\n#${i + 1} ${r.id} ${r.indirect ? '[indirect] ' : ''}SPEAKER=${r.speaker}`);
  console.log(`  QUOTE: ${r.text.slice(0, 200)}`);
  console.log(`  CONTEXT: ${r.context.slice(-700)}`);
});
