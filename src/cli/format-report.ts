import { ANALYSES, CURRENT, summaryParts, type AnyAnalysis, type RelatedArticle, type RenderContext, type Report } from '../core/index.js';
import { formatNumbers } from './format-numbers.js';
import { formatQuotes } from './format-quotes.js';
import { formatFacts } from './format-facts.js';
import { formatFraming } from './format-framing.js';

/** The terminal's own formatter of each analysis's section, by analysis id; an analysis not listed prints its `terminal` lines, else its Markdown. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each formatter takes its own analysis's section.
const FORMATTERS: Record<string, (section: any, outletName: (articleId: string) => string) => string[]> = {
  numbers: formatNumbers,
  facts: formatFacts,
  quotes: formatQuotes,
  framing: formatFraming,
};

function relation(item: RelatedArticle): string {
  if (item.relation === 'same-event') return 'same event';
  return item.development ? `follow-up (${item.development})` : 'follow-up';
}

/** The report as plain text for a terminal: the same facts the panel shows. */
export function formatReport(report: Report, analyses: readonly AnyAnalysis[] = ANALYSES): string {
  const { article, corpus, related } = report;
  const lines: string[] = [];
  lines.push(article.title);
  const meta = [article.source, article.publishedAt?.slice(0, 10), `${article.wordCount} words`].filter(Boolean);
  lines.push(`  ${meta.join(' · ')}`);
  lines.push(`  compared with "${corpus.name}" (${corpus.articleCount} articles)`);
  lines.push('');
  if (related.length === 0) {
    lines.push('Related coverage: none. No article in the corpus reports this story.');
  } else {
    lines.push(`Related coverage (${related.length})`);
    for (const item of related) {
      const meta = [item.source ?? 'outlet not named', item.publishedAt?.slice(0, 10)].filter(Boolean).join(', ');
      lines.push(`  ${String(Math.round(item.score * 100)).padStart(3)}%  ${relation(item).padEnd(19)}  ${item.id}  (${meta})`);
      lines.push(`        ${item.title}`);
    }
  }
  if (related.length > 0) {
    const summary = summaryParts(report, analyses).map((part) => part.text);
    lines.splice(3, 0, `  ${summary.join(' · ')}`);
    const outletName = outletNamer(report);
    const context: RenderContext = { outletName, related };
    const sections = report as unknown as Record<string, unknown>;
    for (const analysis of analyses) {
      const section = sections[analysis.id];
      const own = FORMATTERS[analysis.id];
      lines.push('', ...(own ? own(section, outletName) : analysis.terminal ? analysis.terminal(section, context) : analysis.markdown(section, context)));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Outlet names as the terminal report shows them: the outlet where the corpus names it, else the corpus id. */
export function outletNamer(report: Report): (articleId: string) => string {
  const names = new Map(report.related.map((r) => [r.id, r.source ?? r.id]));
  return (articleId) => (articleId === CURRENT ? 'This article' : names.get(articleId) ?? articleId);
}
