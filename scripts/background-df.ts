// Writes src/core/match/background-df.json: in how many of a set of general news
// articles each term occurs. Matching weighs terms by rarity in this background plus
// the corpus itself, so a small corpus on one story (where every article says
// "ceasefire") still treats "ceasefire" as telling and "government" as common.
// Background: ECB+ (Cybulska and Vossen 2014, CC BY 3.0), 982 news articles on 43 topics.
import { readFileSync, writeFileSync } from 'node:fs';
import { articleFromPlainText } from '../src/core/article.js';
import { termCounts } from '../src/core/match/features.js';

const MIN_DOCUMENT_FREQUENCY = 2;
const source = process.argv[2] ?? 'tests/fixtures/ecbplus/ecbplus.jsonl';
const lines = readFileSync(source, 'utf8').split('\n').filter(Boolean);
const df = new Map<string, number>();
for (const line of lines) {
  const record = JSON.parse(line) as { title: string; text: string };
  for (const term of Object.keys(termCounts(articleFromPlainText(`${record.title}\n\n${record.text}`)))) df.set(term, (df.get(term) ?? 0) + 1);
}
const kept = [...df].filter(([, n]) => n >= MIN_DOCUMENT_FREQUENCY).sort((a, b) => (a[0] < b[0] ? -1 : 1));
const out = { source: 'ECB+ (CC BY 3.0)', documents: lines.length, df: Object.fromEntries(kept) };
writeFileSync('src/core/match/background-df.json', JSON.stringify(out) + '\n');
console.log(`background: ${lines.length} documents, ${kept.length} terms with df >= ${MIN_DOCUMENT_FREQUENCY}`);
