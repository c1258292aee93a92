// Why a labelled disagreement is missed: for each label of the chosen set, every labelled figure as the numbers
// analysis reads it (its text, interval and subject), and the verdict of the group it lands in, if any.
// Usage: node scripts/run.mjs scripts/numbers/missed.ts [tune|held-out|all] [--all-labels]
// Read the held-out half only to report, never to choose a rule.
import { articleFromPlainText } from '../../src/core/article.js';
import { CURRENT } from '../../src/core/analysis/contract.js';
import { compareNumbers, numberFeatures } from '../../src/core/numbers/index.js';
import { articleSentences } from '../../src/core/text/segment.js';
import { comparedOf } from '../../tests/core/numbers/helpers.js';
import { ecbRecords, wclRecords } from '../../tests/helpers.js';
import { ecbHalf, labelFile } from '../../tests/core/numbers/labelled.js';

const which = process.argv[2] ?? 'tune';
const allLabels = process.argv.includes('--all-labels');
const file = labelFile();
const inSet = (event: string) => {
  if (which === 'all') return true;
  const half = event.startsWith('ecb:') ? ecbHalf(event) : file.split.tune.includes(event) ? 'tune' : 'heldOut';
  return (which === 'tune') === (half === 'tune');
};
const records = [...wclRecords().map((r) => ({ ...r, cluster: r.event })), ...ecbRecords().map((r) => ({ ...r, publishedAt: null, cluster: `ecb:${r.event}` }))];
for (const label of [...file.labels, ...file.ecb]) {
  if (!inSet(label.event) || (!allLabels && !(label.kind === 'disagree' && label.obvious))) continue;
  const cluster = records.filter((r) => r.cluster === label.event);
  const articles = cluster.map((r) => ({ id: r.id, article: articleFromPlainText(`${r.title}\n${r.text}`, r.publishedAt ? { publishedAt: r.publishedAt } : {}) }));
  const [page, ...rest] = articles;
  const section = compareNumbers(comparedOf(CURRENT, page!.article), rest.map((r) => comparedOf(r.id, r.article, 'same-event')), { idfOf: () => 1 });
  console.log(`\n== ${label.event} [${label.kind}] ${label.counted}`);
  for (const lf of label.figures) {
    const a = articles.find((x) => x.id === lf.article)!;
    const sentences = articleSentences(a.article);
    const figs = numberFeatures(a.article).figures.filter((f) => lf.text.includes(f.text) && sentences[f.sentence]?.text.includes(lf.text));
    if (figs.length === 0) console.log(`   ${lf.article.padEnd(14)} "${lf.text}": NO FIGURE READ`);
    for (const f of figs) {
      const id = a.id === page!.id ? CURRENT : a.id;
      const groups = section.filter((g) => g.figures.some((e) => e.articleId === id && e.text === f.text));
      console.log(`   ${lf.article.padEnd(14)} "${f.text}" [${f.low}, ${f.high}] ${f.measure}${f.unit ? ' ' + f.unit : ''} ${JSON.stringify(f.subject)} -> ${groups.map((g) => `${g.verdict}: ${g.subject} (${g.figures.length})`).join('; ') || 'no group'}`);
    }
  }
}
