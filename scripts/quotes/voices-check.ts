// Who framing credits and whether the attributor (quotes) records it: node scripts/run.mjs scripts/quotes/voices-check.ts [--list N]
// Over the seeds, ECB+ and NewsWCL50, as a pack build reads them: framing's voice sentences, those the quote features'
// voices do not hold (0: framing takes its voices from them), and how many of them the quote statements themselves credit
// (a name or a title) rather than only the voices (groups and bodies: "Police said", "according to the ministry").
import { articleFromPlainText, articleFromRecord } from '../../src/core/article.js';
import { analysisFeatures } from '../../src/core/corpus/pack.js';
import type { FramingFeatures } from '../../src/core/framing/index.js';
import type { QuoteFeatures } from '../../src/core/quotes/index.js';
import { articleSentences } from '../../src/core/text/segment.js';
import { ecbRecords, seedInputs, wclRecords } from '../../tests/helpers.js';

const listAt = process.argv.indexOf('--list');
const list = listAt >= 0 ? Number(process.argv[listAt + 1] ?? 20) : 0;
const articles = [
  ...seedInputs().map((s) => s.article),
  ...ecbRecords().map((r) => articleFromPlainText(`${r.title}\n${r.text}`)),
  ...wclRecords().map(articleFromRecord),
];
let credited = 0;
let notRecorded = 0;
let byStatement = 0;
const votersOnly: string[] = [];
for (const article of articles) {
  const f = analysisFeatures(article) as unknown as { quotes: QuoteFeatures; framing: FramingFeatures };
  const recorded = new Set<string>();
  for (const v of f.quotes.voices ?? []) for (const i of [...v.direct, ...v.indirect]) recorded.add(`${v.speaker}\u0000${i}`);
  const stated = new Set<number>();
  for (const q of f.quotes.quotes) if (q.speaker || q.role) for (const i of q.sentences ?? [q.sentence]) stated.add(i);
  const sentences = articleSentences(article);
  for (const v of f.framing.voices) {
    for (const i of [...v.direct, ...v.indirect]) {
      credited++;
      if (!recorded.has(`${v.speaker}\u0000${i}`)) notRecorded++;
      if (stated.has(i)) byStatement++;
      else votersOnly.push(`${v.speaker} | ${sentences[i]?.text.slice(0, 140) ?? ''}`);
    }
  }
}
console.log(`${articles.length} articles: ${credited} sentences framing credits to a voice; ${notRecorded} not in the quote features' voices; ${byStatement} also credited by a quote statement, ${credited - byStatement} by the voices alone`);
for (const row of votersOnly.slice(0, list)) console.log(`  ${row}`);
