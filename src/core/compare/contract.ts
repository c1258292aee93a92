import type { Relation } from '../types.js';

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
