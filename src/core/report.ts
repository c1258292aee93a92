import type { Article, RelatedArticle } from './types.js';
import { analysisSteps, matchFeatures, runToEnd, type CorpusPack, type PackArticle } from './corpus/pack.js';
import type { MatchFeatures } from './match/matchable.js';
import { describedArticle, findRelated, type MatchIndex } from './match/related.js';
import { CURRENT, type AnalysisContext, type AnyAnalysis, type Compared } from './analysis/contract.js';
import { articleSentences } from './text/segment.js';
import { ANALYSES, type AnalysisSections } from './analyses.js';

/** The whole comparison for one article, what the panel renders and the CLI prints: the article, its related coverage, then one section per analysis, keyed by analysis id. */
export type Report = ReportFrame & AnalysisSections;

export interface ReportFrame {
  article: {
    title: string;
    source?: string;
    url?: string;
    publishedAt?: string;
    wordCount: number;
  };
  /** The corpus the article was compared with. */
  corpus: { name: string; articleCount: number };
  /** Best match first. Empty when nothing in the corpus covers the same story. */
  related: RelatedArticle[];
}

// Corpus articles are split into sentences once per loaded pack, not once per page view.
const sentenceCache = new WeakMap<PackArticle, string[]>();

function sentencesOf(article: PackArticle): string[] {
  let sentences = sentenceCache.get(article);
  if (!sentences) sentenceCache.set(article, (sentences = articleSentences(article).map((s) => s.text)));
  return sentences;
}

/** The stages of a report, for `npm run bench`: matching, then each analysis (the page's features and the comparison). */
export type ReportStage = 'match' | AnyAnalysis['id'];

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

/** An article matched with a corpus already (matchWithCorpus): what a report need not work out again. */
export interface Matched {
  features: MatchFeatures;
  related: RelatedArticle[];
}

/** The article's match features and its related articles in the corpus, as buildReport finds them. */
export function matchWithCorpus(article: Article, index: MatchIndex, features: MatchFeatures = matchFeatures(article)): Matched {
  return { features, related: findRelated(article, index, features) };
}

/**
 * What a report works out from the page alone, before any corpus is read: its match features,
 * every analysis's features and its sentences. The extension prepares it while the corpus is
 * still being read (after a worker start, mostly waiting on IndexedDB), not after.
 */
export interface PreparedPage {
  article: Article;
  features: MatchFeatures;
  analysed: Record<string, unknown>;
  sentences: string[];
}

/** preparePage a step at a time: pauses after each analysis, so that other work may run between (`features`: the page's match features, if worked out already). */
export function* preparingPage(article: Article, analyses: readonly AnyAnalysis[] = ANALYSES, features: MatchFeatures = matchFeatures(article)): Generator<string, PreparedPage> {
  const { features: analysed, reading } = yield* analysisSteps(article, analyses);
  return { article, features, analysed: analysed as Record<string, unknown>, sentences: reading.sentences.map((s) => s.text) };
}

/** Every analysis's features of the page and its sentences' text, each analysis run through `step`. */
function pageAnalysis(article: Article, analyses: readonly AnyAnalysis[], step: (id: string, run: () => void) => void): { analysed: Record<string, unknown>; sentences: string[] } {
  const { features, reading } = runToEnd(analysisSteps(article, analyses, step));
  return { analysed: features as Record<string, unknown>, sentences: reading.sentences.map((s) => s.text) };
}

export function preparePage(article: Article, analyses: readonly AnyAnalysis[] = ANALYSES): PreparedPage {
  return runToEnd(preparingPage(article, analyses));
}

/**
 * The comparison of one article with a corpus: the single object every front end renders.
 * `analyses` are the registry's unless a test lends others. `matched` is the article matched with
 * this same corpus before (the extension reads the related articles' records first), so that
 * matching is not done twice.
 */
export function buildReport(
  article: Article,
  index: MatchIndex,
  timer?: StageTimer,
  analyses: readonly AnyAnalysis[] = ANALYSES,
  matched?: Matched,
  prepared?: PreparedPage,
): Report {
  const timed = <T>(stage: ReportStage, run: () => T): T => {
    if (!timer) return run();
    const start = timer.now();
    const value = run();
    timer.record(stage, timer.now() - start);
    return value;
  };
  // A page prepared for another article or other analyses is not this one's.
  const page = prepared?.article === article && analyses.every((a) => a.id in prepared.analysed) ? prepared : undefined;
  const features = matched?.features ?? page?.features ?? matchFeatures(article);
  const related = matched?.related ?? timed('match', () => findRelated(article, index, features));
  // The matcher reads any corpus; a report's is a pack (parsePack or buildPack), whose articles carry every analysis's features.
  const pack = index.pack as CorpusPack;
  // Each item's article as matching found it; by id only for items matched elsewhere.
  const articleOf = (item: RelatedArticle) => describedArticle(item, pack) ?? articlesById(pack).get(item.id);
  // Facts missing or only here are judged against same-event coverage only. An analysis whose
  // contract says it takes follow-ups (a figure's timeline, a statement's later renderings) also
  // gets them. Other events of the story feed nothing.
  const compared = (relations: readonly RelatedArticle['relation'][]) =>
    related.flatMap((item) => {
      const packArticle = articleOf(item);
      return packArticle && relations.includes(item.relation) ? [comparedFrom(packArticle, item)] : [];
    });
  const sameEvent = compared(['same-event']);
  const withFollowUps = compared(['same-event', 'follow-up']);
  const context: AnalysisContext = { idfOf: index.idfOf };
  const { analysed: pageFeatures, sentences } = page ?? pageAnalysis(article, analyses, (id, run) => timed(id as ReportStage, run));
  const pageCompared: Compared<Record<string, unknown>> = { id: CURRENT, title: article.title, sentences, features: pageFeatures };
  if (article.siteName) pageCompared.source = article.siteName;
  if (article.publishedAt) pageCompared.publishedAt = article.publishedAt;
  const sections: Record<string, unknown> = {};
  for (const analysis of analyses) {
    const pick = (a: Compared<Record<string, unknown>>) => ({ ...a, features: a.features[analysis.id] });
    const others = analysis.takesFollowUps ? withFollowUps : sameEvent;
    sections[analysis.id] = timed(analysis.id, () => analysis.compare(pick(pageCompared), others.map(pick), context));
  }

  const frame: ReportFrame = {
    article: { title: article.title, wordCount: features.wordCount },
    corpus: { name: index.pack.name, articleCount: index.pack.articles.length },
    related,
  };
  if (article.siteName) frame.article.source = article.siteName;
  if (article.url) frame.article.url = article.url;
  if (article.publishedAt) frame.article.publishedAt = article.publishedAt;
  return { ...frame, ...(sections as AnalysisSections) };
}

function comparedFrom(article: PackArticle, related: RelatedArticle): Compared<Record<string, unknown>> {
  const compared: Compared<Record<string, unknown>> = {
    id: article.id,
    title: article.title,
    relation: related.relation,
    sentences: sentencesOf(article),
    features: article.features as unknown as Record<string, unknown>,
  };
  if (article.source) compared.source = article.source;
  if (article.publishedAt) compared.publishedAt = article.publishedAt;
  if (related.development) compared.development = related.development;
  return compared;
}
