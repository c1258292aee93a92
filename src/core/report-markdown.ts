import type { RelatedArticle } from './types.js';
import type { Report } from './report.js';
import type { AnyAnalysis, RenderContext } from './analysis/contract.js';
import { day, inline, plural, safeUrl } from './analysis/markdown.js';
import { ANALYSES } from './analyses.js';
import { outletNames } from './outlet-names.js';
import { summaryParts } from './summary.js';

export { inline } from './analysis/markdown.js';

/**
 * The whole report as Markdown for a journalist's notes: the summary, the related coverage, then
 * every analysis's section in registry order (the panel's), each finding with the outlets' own
 * sentences and the outlets' names. Page text is escaped so that it stays text.
 */
export function reportToMarkdown(report: Report, analyses: readonly AnyAnalysis[] = ANALYSES): string {
  const names = outletNames(report);
  const name = (id: string) => inline(names[id] ?? id);
  const out: string[] = [];
  const { article, corpus, related } = report;
  out.push(`# Crosscheck: ${inline(article.title)}`, '');
  const meta = [article.source && inline(article.source), day(article.publishedAt), `${article.wordCount} words`, article.url && safeUrl(article.url)].filter(Boolean);
  out.push(meta.join(' · '), '');
  out.push(`Compared with “${inline(corpus.name)}” (${plural(corpus.articleCount, 'article', 'articles')}).`, '');

  if (related.length === 0) {
    out.push('## Related coverage', '', 'No related coverage: no article in the corpus reports this story.', '');
    return finish(out);
  }

  const summary = summaryParts(report, analyses).map((part) => part.text);
  out.push(`**Summary:** ${summary.join(' · ')}`, '');

  out.push(`## Related coverage (${related.length})`, '');
  related.forEach((item, i) => out.push(`${i + 1}. **${name(item.id)}**: ${inline(item.title)} (${relatedMeta(item)})`));
  out.push('');

  const context: RenderContext = { outletName: name, related };
  const sections = report as unknown as Record<string, unknown>;
  for (const analysis of analyses) out.push(...analysis.markdown(sections[analysis.id], context));
  return finish(out);
}

function finish(lines: string[]): string {
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

function relatedMeta(item: RelatedArticle): string {
  const relation = item.relation === 'same-event' ? 'same event' : item.development ? `follow-up, ${item.development}` : 'follow-up';
  return [relation, `match ${Math.round(item.score * 100)}%`, day(item.publishedAt), item.id].filter(Boolean).join(', ');
}
