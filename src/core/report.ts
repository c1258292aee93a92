import type { Article, RelatedArticle, Report } from './types.js';
import { matchFeatures, type AnalysisFeatures, type CorpusPack, type PackArticle } from './corpus/pack.js';
import { findRelated, type MatchIndex } from './match/related.js';
import { CURRENT, type AnalysisContext, type Compared } from './compare/contract.js';
import { articleSentences } from './text/segment.js';
import { compareNumbers, numberFeatures } from './numbers/index.js';
import { compareQuotes, quotesFeatures } from './quotes/index.js';
import { compareFacts, factFeatures } from './facts/index.js';
import { compareFraming, framingFeatures } from './framing/index.js';

// Corpus articles are split into sentences once per loaded pack, not once per page view.
const sentenceCache = new WeakMap<PackArticle, string[]>();

function sentencesOf(article: PackArticle): string[] {
  let sentences = sentenceCache.get(article);
  if (!sentences) sentenceCache.set(article, (sentences = articleSentences(article).map((s) => s.text)));
  return sentences;
}

/** The stages of a report, for `npm run bench`: each analysis covers the page's features and the comparison. */
export type ReportStage = 'match' | 'numbers' | 'quotes' | 'facts' | 'framing';

/** A clock for timing the stages; the core has no timer of its own, so the caller lends one. */
export interface StageTimer {
  now(): number;
  /** Called once per timed step; a stage may be timed in more than one step. */
  record(stage: ReportStage, ms: number): void;
}

const idCache = new WeakMap<CorpusPack, Map<string, PackArticle>>();

function articlesById(pack: CorpusPack): Map<string, PackArticle> {
  let byId = idCache.get(pack);
  if (!byId) idCache.set(pack, (byId = new Map(pack.articles.map((a) => [a.id, a]))));
  return byId;
}

/** The comparison of one article with a corpus: the single object every front end renders. */
export function buildReport(article: Article, index: MatchIndex, timer?: StageTimer): Report {
  const timed = <T>(stage: ReportStage, run: () => T): T => {
    if (!timer) return run();
    const start = timer.now();
    const value = run();
    timer.record(stage, timer.now() - start);
    return value;
  };
  const features = matchFeatures(article);
  const related = timed('match', () => findRelated(article, index, features));
  const sentences = articleSentences(article).map((s) => s.text);
  const page = <F>(features: F): Compared<F> => {
    const compared: Compared<F> = { id: CURRENT, title: article.title, sentences, features };
    if (article.siteName) compared.source = article.siteName;
    if (article.publishedAt) compared.publishedAt = article.publishedAt;
    return compared;
  };
  const byId = articlesById(index.pack);
  // Facts missing or only here are judged against same-event coverage only. The numbers also get the
  // follow-ups, compared among themselves only (a figure's timeline). Quotes and framing are properties
  // of the story and take follow-ups as their contracts say. Other events of the story feed nothing.
  const compared = (relations: readonly RelatedArticle['relation'][]) =>
    related.flatMap((item) => {
      const packArticle = byId.get(item.id);
      return packArticle && relations.includes(item.relation) ? [comparedFrom(packArticle, item)] : [];
    });
  const sameEvent = compared(['same-event']);
  const withFollowUps = compared(['same-event', 'follow-up']);
  const context: AnalysisContext = { idfOf: index.idfOf };
  const pick = <K extends keyof AnalysisFeatures>(key: K, a: Compared<AnalysisFeatures>): Compared<AnalysisFeatures[K]> => ({ ...a, features: a.features[key] });
  const of = <K extends keyof AnalysisFeatures>(key: K, others = sameEvent) => others.map((o) => pick(key, o));
  const numbers = timed('numbers', () => compareNumbers(page(numberFeatures(article)), of('numbers', withFollowUps), context));
  const quotesOfPage = timed('quotes', () => quotesFeatures(article));
  const quotes = timed('quotes', () => compareQuotes(page(quotesOfPage), of('quotes', withFollowUps), context));
  const facts = timed('facts', () => compareFacts(page(factFeatures(article)), of('facts'), context));
  const framing = timed('framing', () =>
    compareFraming(page(framingFeatures(article, quotesOfPage)), of('framing', withFollowUps), context),
  );

  const report: Report = {
    article: { title: article.title, wordCount: features.wordCount },
    corpus: { name: index.pack.name, articleCount: index.pack.articles.length },
    related,
    numbers,
    quotes,
    omissions: facts.omissions,
    exclusives: facts.exclusives,
    framing,
  };
  if (article.siteName) report.article.source = article.siteName;
  if (article.url) report.article.url = article.url;
  if (article.publishedAt) report.article.publishedAt = article.publishedAt;
  return report;
}

function comparedFrom(article: PackArticle, related: RelatedArticle): Compared<AnalysisFeatures> {
  const compared: Compared<AnalysisFeatures> = {
    id: article.id,
    title: article.title,
    relation: related.relation,
    sentences: sentencesOf(article),
    features: article.features,
  };
  if (article.source) compared.source = article.source;
  if (article.publishedAt) compared.publishedAt = article.publishedAt;
  if (related.development) compared.development = related.development;
  return compared;
}
