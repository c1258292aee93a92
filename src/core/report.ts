import type { Article, RelatedArticle, Report } from './types.js';
import { analysisFeatures, matchFeatures, type AnalysisFeatures, type PackArticle } from './corpus/pack.js';
import { findRelated, type MatchIndex } from './match/related.js';
import { CURRENT, type AnalysisContext, type Compared } from './compare/contract.js';
import { articleSentences } from './text/segment.js';
import { compareNumbers } from './numbers/index.js';
import { compareQuotes } from './quotes/index.js';
import { compareFacts } from './facts/index.js';
import { compareFraming } from './framing/index.js';

// Corpus articles are split into sentences once per loaded pack, not once per page view.
const sentenceCache = new WeakMap<PackArticle, string[]>();

function sentencesOf(article: PackArticle): string[] {
  let sentences = sentenceCache.get(article);
  if (!sentences) sentenceCache.set(article, (sentences = articleSentences(article).map((s) => s.text)));
  return sentences;
}

/** The comparison of one article with a corpus: the single object every front end renders. */
export function buildReport(article: Article, index: MatchIndex): Report {
  const features = matchFeatures(article);
  const related = findRelated(article, index, features);
  const page: Compared<AnalysisFeatures> = {
    id: CURRENT,
    title: article.title,
    sentences: articleSentences(article).map((s) => s.text),
    features: analysisFeatures(article),
  };
  if (article.siteName) page.source = article.siteName;
  if (article.publishedAt) page.publishedAt = article.publishedAt;
  const byId = new Map(index.pack.articles.map((a) => [a.id, a]));
  const others = related.flatMap((item) => {
    const packArticle = byId.get(item.id);
    return packArticle ? [comparedFrom(packArticle, item)] : [];
  });
  const context: AnalysisContext = { idfOf: index.idfOf };
  const pick = <K extends keyof AnalysisFeatures>(key: K, a: Compared<AnalysisFeatures>): Compared<AnalysisFeatures[K]> => ({ ...a, features: a.features[key] });
  const facts = compareFacts(pick('facts', page), others.map((o) => pick('facts', o)), context);

  const report: Report = {
    article: { title: article.title, wordCount: features.wordCount },
    corpus: { name: index.pack.name, articleCount: index.pack.articles.length },
    related,
    numbers: compareNumbers(pick('numbers', page), others.map((o) => pick('numbers', o)), context),
    quotes: compareQuotes(pick('quotes', page), others.map((o) => pick('quotes', o)), context),
    omissions: facts.omissions,
    exclusives: facts.exclusives,
    framing: compareFraming(pick('framing', page), others.map((o) => pick('framing', o)), context),
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
  return compared;
}
