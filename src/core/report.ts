import type { Article, Report } from './types.js';
import { articleFeatures } from './corpus/pack.js';
import { findRelated, type MatchIndex } from './match/related.js';

/** The comparison of one article with a corpus: the single object every front end renders. */
export function buildReport(article: Article, index: MatchIndex): Report {
  const features = articleFeatures(article);
  const report: Report = {
    article: { title: article.title, wordCount: features.wordCount },
    corpus: { name: index.pack.name, articleCount: index.pack.articles.length },
    related: findRelated(article, index, features),
  };
  if (article.siteName) report.article.source = article.siteName;
  if (article.url) report.article.url = article.url;
  if (article.publishedAt) report.article.publishedAt = article.publishedAt;
  return report;
}
