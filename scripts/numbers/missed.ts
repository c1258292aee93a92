// Why a labelled disagreement is missed: for each label of the chosen set, every labelled figure as the numbers
// analysis reads it (its text, interval and subject), the verdict of the group it lands in, if any, and for a disagreement
// its cause: found, a figure not read, keyed differently (which key fields part two figures that cannot meet), the same key
// left uncompared by the grouping rules, or grouped and judged consistent.
// Usage: node scripts/run.mjs scripts/numbers/missed.ts [tune|held-out|all] [--all-labels]
// Read the held-out half only to report, never to choose a rule.
import { articleFromPlainText, articleFromRecord } from '../../src/core/article.js';
import { CURRENT } from '../../src/core/analysis/contract.js';
import { compareNumbers, numberFeatures, type NumberFigure } from '../../src/core/numbers/index.js';
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
// NewsWCL50's records as `corpus build` reads them (title the headline); ECB+'s first line read as a plain-text file's.
const records = [
  ...wclRecords().map((r) => ({ id: r.id, cluster: r.event, article: articleFromRecord(r) })),
  ...ecbRecords().map((r) => ({ id: r.id, cluster: `ecb:${r.event}`, article: articleFromPlainText(`${r.title}\n${r.text}`) })),
];
for (const label of [...file.labels, ...file.ecb]) {
  if (!inSet(label.event) || (!allLabels && !(label.kind === 'disagree' && label.obvious))) continue;
  const cluster = records.filter((r) => r.cluster === label.event);
  const articles = cluster.map((r) => ({ id: r.id, article: r.article }));
  const [page, ...rest] = articles;
  const section = compareNumbers(comparedOf(CURRENT, page!.article), rest.map((r) => comparedOf(r.id, r.article, 'same-event')), { idfOf: () => 1 });
  console.log(`\n== ${label.event} [${label.kind}] ${label.counted}`);
  const read: { article: string; figure: NumberFigure; verdicts: string[] }[] = [];
  let unread = 0;
  for (const lf of label.figures) {
    const a = articles.find((x) => x.id === lf.article)!;
    const sentences = articleSentences(a.article);
    const figs = numberFeatures(a.article).figures.filter((f) => lf.text.includes(f.text) && sentences[f.sentence]?.text.includes(lf.text));
    if (figs.length === 0) console.log(`   ${lf.article.padEnd(14)} "${lf.text}": NO FIGURE READ`);
    if (figs.length === 0) unread += 1;
    for (const f of figs) {
      const id = a.id === page!.id ? CURRENT : a.id;
      const groups = section.filter((g) => g.figures.some((e) => e.articleId === id && e.text === f.text));
      read.push({ article: lf.article, figure: f, verdicts: groups.map((g) => `${g.verdict}:${g.subject}`) });
      console.log(`   ${lf.article.padEnd(14)} "${f.text}" [${f.low}, ${f.high}] ${f.measure}${f.unit ? ' ' + f.unit : ''} ${JSON.stringify(f.subject)} -> ${groups.map((g) => `${g.verdict}: ${g.subject} (${g.figures.length})`).join('; ') || 'no group'}`);
    }
  }
  if (label.kind === 'disagree') console.log(`   cause: ${causeOf(read, unread)}`);
  if (label.kind === 'agree') console.log(`   agreement: ${agreementCauseOf(read, unread)}`);
}

/** The key fields of a figure that decide which figures it is grouped with (group.ts, relationOf). */
type KeyField = 'measure' | 'unit' | 'what' | 'thing' | 'who' | 'side' | 'place' | 'period' | 'scope';
function keyOf(f: NumberFigure, field: KeyField): string {
  if (field === 'measure' || field === 'unit') return f[field];
  return String(f.subject[field] ?? '');
}

/**
 * Why a labelled disagreement is missed, from its read figures: two articles' figures that cannot meet, and what parts them
 * (a key field told differently, no figure read, the same key left uncompared by the grouping rules, or grouped and judged consistent).
 */
function causeOf(read: { article: string; figure: NumberFigure; verdicts: string[] }[], unread: number): string {
  // Two figures of one measure that cannot meet ("eight-year" and "$200 million" are both labelled, but a duration is no sum).
  const pairs = read.flatMap((a, i) =>
    read.slice(i + 1).filter((b) => b.article !== a.article && a.figure.measure === b.figure.measure && (a.figure.high < b.figure.low || b.figure.high < a.figure.low)).map((b) => [a, b] as const),
  );
  if (pairs.some(([a, b]) => a.verdicts.some((v) => v.startsWith('diverges') && b.verdicts.includes(v)))) return 'found';
  if (pairs.length === 0) return unread > 0 ? 'not extracted (a figure not read)' : 'no two figures apart were read';
  if (pairs.some(([a, b]) => a.verdicts.some((v) => b.verdicts.includes(v)))) return 'grouped, judged consistent';
  // Declared here, not at the top level: the loop above runs before top-level constants below it are set.
  const keyFields: KeyField[] = ['measure', 'unit', 'what', 'thing', 'who', 'side', 'place', 'period', 'scope'];
  const apart = pairs.map(([a, b]) => keyFields.filter((k) => keyOf(a.figure, k) !== keyOf(b.figure, k)));
  const fewest = apart.reduce((x, y) => (y.length < x.length ? y : x));
  if (fewest.length === 0) return 'same key, not compared (grouping rule)';
  return `keyed differently: ${fewest.join(', ')}${unread > 0 ? ' (and a figure not read)' : ''}`;
}

/** Why a labelled agreement is not shown as one: as `causeOf`, for two articles' figures that meet. */
function agreementCauseOf(read: { article: string; figure: NumberFigure; verdicts: string[] }[], unread: number): string {
  const pairs = read.flatMap((a, i) =>
    read.slice(i + 1).filter((b) => b.article !== a.article && a.figure.measure === b.figure.measure && a.figure.low <= b.figure.high && b.figure.low <= a.figure.high).map((b) => [a, b] as const),
  );
  if (pairs.some(([a, b]) => a.verdicts.some((v) => b.verdicts.includes(v)))) return 'shown';
  if (pairs.length === 0) return unread > 0 ? 'not extracted (a figure not read)' : 'no two figures that meet were read';
  const keyFields: KeyField[] = ['measure', 'unit', 'what', 'thing', 'who', 'side', 'place', 'period', 'scope'];
  const fewest = pairs.map(([a, b]) => keyFields.filter((k) => keyOf(a.figure, k) !== keyOf(b.figure, k))).reduce((x, y) => (y.length < x.length ? y : x));
  return fewest.length === 0 ? 'same key, not compared (grouping rule)' : `keyed differently: ${fewest.join(', ')}`;
}
