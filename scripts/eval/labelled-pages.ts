// What every labelled evaluation (facts, quotes, framing) does the same way: read its label files,
// and build each labelled page's section two ways. "gold" compares the page with the other articles of
// its labelled event only, as the analysis's own comparison does; "pipeline" runs the whole report over
// a pack of the corpus, so matching decides what the section is given.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CURRENT, type Compared } from '../../src/core/analysis/contract.js';
import { parsePack } from '../../src/core/corpus/load.js';
import { buildPack } from '../../src/core/corpus/pack.js';
import { indexPack, type MatchIndex } from '../../src/core/match/related.js';
import type { ArticleSentence } from '../../src/core/text/segment.js';
import { articleSentences } from '../../src/core/text/segment.js';
import type { Article } from '../../src/core/types.js';

/** A labelled article: its key in the label files, its event, and the article itself. */
export interface LabelledArticle {
  key: string;
  event: string;
  article: Article;
}

export interface LabelledCorpus<A extends LabelledArticle = LabelledArticle> {
  name: string;
  articles: A[];
}

/** Every `.json` label file of a folder, in file-name order. */
export function readLabelFiles<T>(dir: string): T[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T);
}

/** An article as an analysis compares it, with the outlet and date it states. */
export function comparedArticle<F>(
  article: Article,
  id: string,
  features: (article: Article, sentences: ArticleSentence[]) => F,
  relation?: 'same-event' | 'follow-up',
): Compared<F> {
  const sentences = articleSentences(article);
  const compared: Compared<F> = { id, title: article.title, sentences: sentences.map((s) => s.text), features: features(article, sentences) };
  if (relation) compared.relation = relation;
  if (article.publishedAt) compared.publishedAt = article.publishedAt;
  if (article.siteName) compared.source = article.siteName;
  return compared;
}

/** The corpus as a pack and its match index, as the product would read it. */
export function corpusIndex(corpus: LabelledCorpus): MatchIndex {
  const pack = buildPack(corpus.name, corpus.articles.map((a) => ({ id: a.key, article: a.article })));
  return indexPack(parsePack(JSON.parse(JSON.stringify(pack))));
}

/** Maps an evidence article id in a section back to its label key (the page is CURRENT there). */
export const labelKeyOf =
  (pageKey: string) =>
  (id: string): string =>
    id === CURRENT ? pageKey : id;

/**
 * "gold": each page of these events compared with the other articles of its event, as same-event coverage.
 * Rarity comes from a pack of the whole corpus, as the product would count it.
 */
export function goldPages<F, S>(
  corpus: LabelledCorpus,
  events: ReadonlySet<string>,
  features: (article: Article, sentences: ArticleSentence[]) => F,
  compare: (current: Compared<F>, others: Compared<F>[], context: { idfOf: (term: string) => number }) => S,
): { page: LabelledArticle; current: Compared<F>; section: S }[] {
  const pages = corpus.articles.filter((a) => events.has(a.event));
  const compared = new Map(pages.map((a) => [a.key, comparedArticle(a.article, a.key, features)]));
  const { idfOf } = corpusIndex(corpus);
  return pages.map((page) => {
    const current = { ...compared.get(page.key)!, id: CURRENT };
    const others = pages.filter((o) => o.event === page.event && o.key !== page.key).map((o) => ({ ...compared.get(o.key)!, relation: 'same-event' as const }));
    return { page, current, section: compare(current, others, { idfOf }) };
  });
}

/** A share as a right-aligned whole percentage, "-" when nothing was counted. */
export const percent = (part: number, whole: number, width = 6): string =>
  (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(0)}%`).padStart(width);

export type LabelMode = 'gold' | 'pipeline';

/**
 * The rows of a labelled table: each corpus's labelled events built once per mode (`build`), then
 * judged split by split against the labels of that split (`judge`). Corpora and splits without labels give no row.
 */
export function judgedBySplit<C extends LabelledCorpus, L extends { corpus: string; event: string; split: string }, P, R>(
  corpora: readonly C[],
  labels: readonly L[],
  modes: readonly LabelMode[],
  splits: readonly L['split'][],
  build: (corpus: C, events: ReadonlySet<string>, mode: LabelMode) => P,
  judge: (corpus: C, ofSplit: L[], pages: P, mode: LabelMode, split: L['split']) => R,
): R[] {
  const rows: R[] = [];
  for (const corpus of corpora) {
    const ofCorpus = labels.filter((l) => l.corpus === corpus.name);
    if (ofCorpus.length === 0) continue;
    const events = new Set(ofCorpus.map((l) => l.event));
    const built = new Map(modes.map((mode) => [mode, build(corpus, events, mode)] as const));
    for (const split of splits) {
      const ofSplit = ofCorpus.filter((l) => l.split === split);
      if (ofSplit.length === 0) continue;
      for (const mode of modes) rows.push(judge(corpus, ofSplit, built.get(mode)!, mode, split));
    }
  }
  return rows;
}
