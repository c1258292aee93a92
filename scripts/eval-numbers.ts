// Runs the numbers analysis over ECB+ same-event clusters (articles nobody tuned for):
// one article of each cluster is the page, the rest its same-event coverage. Prints every
// flagged group (diverges, different-subject) with its sentences, for a person to judge,
// and a tally of verdicts. Usage: node scripts/run.mjs scripts/eval-numbers.ts --ecb [--all] [--limit N]
// Without --ecb: the labelled evaluation (tests/fixtures/numbers/labels.json): every diverging group
// on NewsWCL50 (tune and held-out halves), the seeds and ECB+, judged against the labels, with the
// unjudged ones printed in full to be read and labelled, and the obvious disagreements missed.
import { articleFromPlainText } from '../src/core/article.js';
import { CURRENT } from '../src/core/analysis/contract.js';
import { compareNumbers, numberFeatures } from '../src/core/numbers/index.js';
import { comparedOf } from '../tests/core/numbers/helpers.js';
import { ecbRecords } from '../tests/helpers.js';
import { evaluateNumbers, labelOfGroup, labelFile, printNumbersTable, type Flagged } from '../tests/core/numbers/labelled.js';

const args = process.argv.slice(2);
const showConsistent = args.includes('--all');
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;

if (!args.includes('--ecb')) {
  const evaluation = evaluateNumbers();
  const file = labelFile();
  const labels = [...file.labels, ...file.seeds, ...file.ecb];
  const show = (f: Flagged, judgement: string) => {
    console.log(`\n[${judgement}] ${f.event} ${f.group.subject}`);
    f.group.figures.forEach((x, i) => console.log(`   ${f.articles[i]!.padEnd(16)} ${JSON.stringify(x.text)} [${x.low}, ${x.high}]${x.unit ? ' ' + x.unit : ''}${x.claimedBy ? ` according to ${x.claimedBy}` : ''}${x.development ? ` (${x.development})` : ''}\n      ${x.sentence}`));
  };
  for (const r of [evaluation.tune, evaluation.heldOut, evaluation.seeds, evaluation.ecbTune, evaluation.ecbHeldOut]) {
    console.log(`\n===== ${r.name}`);
    for (const f of r.flagged) {
      const label = labelOfGroup(f, labels.filter((l) => l.event === f.event));
      show(f, label ? `${label.kind === 'disagree' ? 'right' : 'WRONG'}: ${label.counted}` : 'UNJUDGED');
    }
    for (const m of r.missed) console.log(`\n[missed] ${m.event} ${m.counted}: ${m.figures.map((x) => `${x.article} "${x.text}"`).join('; ')}`);
  }
  console.log('');
  printNumbersTable(evaluation);
  process.exit(0);
}

const clusters = new Map<string, ReturnType<typeof ecbRecords>>();
for (const record of ecbRecords()) {
  const list = clusters.get(record.event) ?? [];
  list.push(record);
  clusters.set(record.event, list);
}

const tally = { clusters: 0, articles: 0, figures: 0, diverges: 0, update: 0, 'different-subject': 0, consistent: 0 };
let shown = 0;
for (const [event, records] of [...clusters.entries()].sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }))) {
  if (records.length < 2) continue;
  if (shown >= limit) break;
  tally.clusters += 1;
  tally.articles += records.length;
  const articles = records.map((r) => ({ id: r.id, article: articleFromPlainText(`${r.title}\n${r.text}`) }));
  for (const a of articles) tally.figures += numberFeatures(a.article).figures.length;
  const [page, ...rest] = articles;
  const section = compareNumbers(
    comparedOf(CURRENT, page!.article),
    rest.map((r) => comparedOf(r.id, r.article, 'same-event')),
    { idfOf: () => 1 },
  );
  for (const group of section) {
    tally[group.verdict] += 1;
    if (group.verdict === 'consistent' && !showConsistent) continue;
    shown += 1;
    console.log(`\n#${shown} event ${event} [${group.verdict}] ${group.subject}`);
    for (const f of group.figures) {
      const id = f.articleId === CURRENT ? `${page!.id}*` : f.articleId;
      console.log(`   ${id.padEnd(16)} ${JSON.stringify(f.text)} [${f.low}, ${f.high}]${f.unit ? ' ' + f.unit : ''}\n      ${f.sentence}`);
    }
  }
}
console.log(`\n${JSON.stringify(tally)}`);
