// Scratch: every (page, candidate) pair the relation decision sees, with its evidence, for every
// corpus the relation table measures, with the page's event in the corpus and taken out.
//   npx tsx scripts/eval/relation-dump.ts OUT_DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFrequencyOf, withNeighbours, type CorpusPack, type PackArticle } from '../../src/core/corpus/pack.js';
import { cohesion, indexPack, relatedness, similarityToCorpus, type MatchIndex } from '../../src/core/match/related.js';
import { neighbourList } from '../../src/core/match/neighbours.js';
import { figuresDisagree, particulars } from '../../src/core/match/relation.js';
import { articleDate, daysApart } from '../../src/core/match/dates.js';
import { compareDevelopments } from '../../src/core/match/development.js';
import { evaluationCorpora, packOf } from './relations.js';

const FLOOR = 0.12;

type Row = (string | number | null | string[] | (string | number)[][])[];

function rowsFor(page: PackArticle, index: MatchIndex, leaveOut: number | undefined, pageIdx: number): Row[] {
  const cosine = similarityToCorpus(page.features, index);
  const scores = relatedness(page.features, index, leaveOut, cosine);
  const pageDate = articleDate(page);
  const rows: Row[] = [];
  index.pack.articles.forEach((c, j) => {
    if (j === leaveOut || (scores[j] ?? 0) < FLOOR) return;
    const cDate = articleDate(c);
    const gap = daysApart(pageDate, cDate);
    const { similarity, shared } = particulars(page.features.terms, c.features.terms, index.idfOf);
    const order = compareDevelopments(page.features, c.features);
    rows.push([pageIdx, c.id, index.graph.size, neighbourList(index.graph, j).filter(([o]) => o !== leaveOut).slice(0, 12).map(([o, sim]) => [index.pack.articles[o]!.id, sim]), +scores[j]!.toFixed(4), +cosine[j]!.toFixed(4), +cohesion(index, j, leaveOut).toFixed(4), +similarity.toFixed(4), shared.slice(0, 8), gap ? gap.least : null, gap ? gap.most : null, gap ? gap.signed : null, pageDate?.from ?? null, cDate?.from ?? null, order, figuresDisagree(page.features.terms, c.features.terms) ? 1 : 0]);
  });
  return rows;
}

const out = process.argv[2] ?? '/tmp/k15/dump';
mkdirSync(out, { recursive: true });
const wanted = process.argv.slice(3);
for (const { name, corpus } of evaluationCorpora()) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const full = packOf(name, corpus);
  const present: Row[] = [];
  full.pack.articles.forEach((a, i) => present.push(...rowsFor(a as PackArticle, full, i, i)));
  const absent: Row[] = [];
  for (const event of new Set(corpus.map((r) => r.event))) {
    const own = new Set(corpus.flatMap((r, i) => (r.event === event ? [i] : [])));
    const fullPack = full.pack as CorpusPack;
    const articles: PackArticle[] = fullPack.articles.filter((_, i) => !own.has(i));
    if (articles.length === 0) continue;
    const index = indexPack(withNeighbours({ ...fullPack, articles, documentFrequency: documentFrequencyOf(articles), neighbours: [] }));
    for (const i of own) absent.push(...rowsFor(fullPack.articles[i]!, index, undefined, i));
  }
  const meta = corpus.map((r) => ({ id: r.id, event: r.event, title: r.article.title }));
  const file = join(out, `${name.replace(/[^\w]+/g, '_')}.json`);
  writeFileSync(file, JSON.stringify({ name, meta, present, absent }));
  console.log(name, present.length, absent.length, file);
}
