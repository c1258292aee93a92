import type { RelatedArticle } from './types.js';
import type { Report } from './report.js';
import type { AnyPresentation, RenderContext } from './analysis/contract.js';
import { PRESENTATIONS } from './presentations.js';
import { outletCount, outletNames } from './outlet-names.js';
import { plural } from './analysis/markdown.js';
import { summaryParts } from './summary.js';
import { markdownLink } from './text/escape.js';
import { alikePercent, noRelatedText, relationText } from './match/relation-text.js';
import { relatedDateText } from './format-date.js';
import { day, inline, webLink } from './analysis/markdown.js';

export { inline } from './analysis/markdown.js';

/**
 * The whole report as Markdown for a journalist's notes: the summary, then every section in the
 * panel's order (related coverage, numbers, missing facts, quotes, framing), each finding with
 * the outlets' own sentences and the outlets' names. Every text that comes from the page or the
 * pack (ids, dates, outlet names, URLs and the pack's name included) goes through the shared
 * escaping of text/escape.ts, so that it stays text on its own line; the only links are http(s).
 */
export function reportToMarkdown(report: Report, analyses: readonly AnyPresentation[] = PRESENTATIONS): string {
  const names = outletNames(report);
  const name = (id: string) => inline(names[id] ?? id);
  const out: string[] = [];
  const { article, corpus, related } = report;
  out.push(`# Crosscheck: ${inline(article.title)}`, '');
  const meta = [article.source && inline(article.source), day(article.publishedAt), `${article.wordCount.toLocaleString('en')} words`, webLink(article.url)].filter(Boolean);
  out.push(meta.join(' · '), '');
  out.push(`Compared with “${inline(corpus.name)}” (${plural(corpus.articleCount, 'article', 'articles')}).`, '');

  if (related.length === 0) {
    out.push('## Related coverage', '', noRelatedText(corpus, inline), '');
    return finish(out);
  }

  const summary = summaryParts(report, analyses).map((part) => part.text);
  out.push(`**Summary:** ${summary.join(' · ')}`, '');

  out.push(`## Related coverage (${related.length})`, '');
  related.forEach((item, i) => out.push(`${i + 1}. **${name(item.id)}**: ${markdownLink(item.title, item.url)} (${relatedMeta(item)})`, `   Why: ${inline(item.reason)}`));
  out.push('');

  const context: RenderContext = { outletName: name, related, outletsAmong: (ids) => outletCount(related, ids) };
  const sections = report as unknown as Record<string, unknown>;
  for (const analysis of analyses) out.push(...analysis.markdown(sections[analysis.id], context));
  return finish(out);
}

function finish(lines: string[]): string {
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

function relatedMeta(item: RelatedArticle): string {
  const date = relatedDateText(item, inline);
  // No corpus id: a reader knows outlets by name (outletNames), not by the corpus's file names.
  return [inline(relationText(item)), `${alikePercent(item.score)} alike`, date].join(', ');
}
