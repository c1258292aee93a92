import type { Article, RelatedArticle, Relation } from '../types.js';
import type { ArticleSentence } from '../text/segment.js';
import type { Attributions } from '../english/speech.js';
import type { Schema } from './schema.js';

/** The id every report section uses for the page's own article. */
export const CURRENT = 'current';

/**
 * One article in a comparison: the page's own (id CURRENT, no relation) or a
 * related corpus article, with one analyser's features for it. Corpus features
 * are computed when the pack is built; the page's, once per page view.
 */
export interface Compared<F> {
  id: string;
  title: string;
  source?: string;
  publishedAt?: string;
  /** How a corpus article relates to the page's; absent for the page's own article. */
  relation?: Relation;
  /** For a follow-up, whether it reports an earlier or a later development than the page's, where the text or dates tell (RelatedArticle.development). */
  development?: 'earlier' | 'later';
  /** The body's sentences (`articleSentences(article).map(s => s.text)`): features cite sentences by index into this list, so packs do not store each sentence twice. */
  sentences: readonly string[];
  features: F;
}

/** A sentence that supports a flag, exactly as it stands in its article, so that it can be found again on the page. */
export interface Evidence {
  articleId: string;
  sentence: string;
}

/** What every analyser may use besides the articles: how rare a stemmed term is across the corpus and a news background. */
export interface AnalysisContext {
  idfOf: (term: string) => number;
}

/** What the reading layer and earlier analyses give an analysis when it works out an article's features. */
export interface ArticleReading {
  /** The body's sentences, split once per article (`articleSentences(article)`). */
  sentences: readonly ArticleSentence[];
  /** Who said what in the article, from the analysis that attributes speech (quotes), when it comes earlier in the registry. */
  attributions?: Attributions;
}

/** What a renderer of one section needs besides the section: the outlets' short names and the report's related coverage. */
export interface RenderContext {
  /** The outlet's short name for an article id, as every front end shows it (already escaped for Markdown in `markdown`). */
  outletName: (articleId: string) => string;
  related: readonly RelatedArticle[];
  /** How many outlets some related articles come from (two articles of one outlet are one); each article one outlet where not given. */
  outletsAmong?: (articleIds: readonly string[]) => number;
}

/** A phrase of the report's one-line summary, with the key front ends link or style it by. */
export interface SummaryPhrase {
  key: string;
  text: string;
}

/**
 * How an analysis's section is shown: its id and heading, its summary phrases and its Markdown. Each analysis
 * folder keeps it in `presentation.ts`, which imports no comparison code, so that a front end that only shows
 * reports (the side panel) does not carry the analyses; the analysis itself (`index.ts`) spreads it.
 */
export interface Presentation<S = unknown, Id extends string = string> {
  /** The key of its features in a pack article and of its section in the report. */
  readonly id: Id;
  /** The section's heading in exports ("Numbers", "Missing facts"). */
  readonly title: string;
  /** The section's phrases in the one-line summary (none when it has nothing to say). */
  summary?(section: S): SummaryPhrase[];
  /** The section as Markdown lines, page text escaped with `analysis/markdown.ts`. */
  markdown(section: S, context: RenderContext): string[];
  /** The section as plain terminal lines, where no front end has its own formatter for it. */
  terminal?(section: S, context: RenderContext): string[];
}

/** Any analysis's presentation, whatever its section: what the summary and the exports iterate over. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the section type varies per analysis; each is checked where it is defined.
export type AnyPresentation = Presentation<any>;

/**
 * One analysis: the same shape for every analysis, listed once in `analyses.ts` (its presentation in `presentations.ts`).
 * The pack builder works out `features` for every corpus article once, the loader
 * checks them with `schema`, the report calls `compare` with the page's features
 * and the related articles', and the summary and the exports read the section.
 */
export interface Analysis<F = unknown, S = unknown, Id extends string = string> extends Presentation<S, Id> {
  features(article: Article, reading: ArticleReading): F;
  /** Checks untrusted features read from a pack file. */
  readonly schema: Schema<F>;
  /** The page's article against its related coverage: the report's section. */
  compare(page: Compared<F>, others: readonly Compared<F>[], context: AnalysisContext): S;
  /**
   * Whether follow-up coverage (a later or earlier development of the same story) is compared too,
   * besides the same event's: numbers set figures on a timeline, quotes and framing follow a
   * statement or a label over the story. Otherwise only same-event coverage is compared.
   */
  takesFollowUps?: boolean;
  /** Speech attributions read from the features, for analyses after it (framing's voices come from quotes'). */
  attributions?(features: F): Attributions;
}

/** Any analysis, whatever its features and section: what the registry and the front ends iterate over. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- features and section types vary per analysis; each is checked where it is defined.
export type AnyAnalysis = Analysis<any, any>;
