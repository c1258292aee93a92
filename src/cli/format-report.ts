import {
  ANALYSES,
  isoDay,
  outletCount,
  outletNames,
  noRelatedText,
  plural,
  relationText,
  alikePercent,
  RELATION_GROUPS,
  relatedDateText,
  summaryParts,
  terminalSafe,
  type AnyAnalysis,
  type RelatedArticle,
  type RenderContext,
  type Report,
} from '../core/index.js';
import { formatNumbers } from './format-numbers.js';
import { formatQuotes } from './format-quotes.js';
import { formatFacts } from './format-facts.js';
import { formatFraming } from './format-framing.js';

type OutletName = (articleId: string) => string;

/** The terminal's own formatter of each analysis's section, by analysis id; an analysis not listed prints its `terminal` lines, else its Markdown. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each formatter takes its own analysis's section.
const FORMATTERS: Record<string, (section: any, outletName: OutletName, related: readonly RelatedArticle[]) => string[]> = {
  numbers: formatNumbers,
  facts: (section, outletName, related) => formatFacts(section, outletName, related.filter((r) => r.relation === 'follow-up').length, outletCount(related, section.outlets)),
  quotes: formatQuotes,
  framing: formatFraming,
};

/**
 * The short form: the article, the summary line and the related-coverage list, each item with its
 * outlet, date, how it relates, how alike it is and why. What `npm start` prints.
 */
export function formatOverview(report: Report, analyses: readonly AnyAnalysis[] = ANALYSES): string {
  const { article, corpus, related } = report;
  const lines: string[] = [];
  lines.push(article.title);
  const meta = [article.source, isoDay(article.publishedAt), `${article.wordCount.toLocaleString('en')} words`].filter(Boolean);
  lines.push(`  ${meta.join(' · ')}`);
  if (related.length > 0) lines.push(`  ${summaryParts(report, analyses).map((part) => part.text).join(' · ')}`);
  lines.push(`  compared with "${corpus.name}" (${plural(corpus.articleCount, 'article', 'articles')})`);
  lines.push('');
  if (related.length === 0) {
    lines.push(noRelatedText(corpus));
    return `${lines.map(terminalSafe).join('\n')}\n`;
  }
  const name = outletNamer(report);
  lines.push(`Related coverage (${related.length}); "alike" is how much of the story's names, places,`);
  lines.push('figures and wording each shares with this article.');
  for (const group of RELATION_GROUPS) {
    const items = related.filter((item) => item.relation === group.relation);
    if (items.length === 0) continue;
    lines.push(`  ${group.title} (${items.length})`);
    for (const item of items) {
      const meta = [name(item.id), relatedDateText(item), relationText(item), `${alikePercent(item.score)} alike`].join(' · ');
      lines.push(`  - ${meta}`);
      lines.push(`    ${item.title}`);
      lines.push(`    why: ${item.reason}`);
    }
  }
  // Titles, names and reasons come from pages and packs: each line passes terminalSafe on its way out.
  return `${lines.map(terminalSafe).join('\n')}\n`;
}

/** The report as plain text for a terminal: the overview, then every analysis's section in registry order. */
export function formatReport(report: Report, analyses: readonly AnyAnalysis[] = ANALYSES): string {
  const lines = formatOverview(report, analyses).trimEnd().split('\n');
  const { related } = report;
  if (related.length > 0) {
    const outletName = outletNamer(report);
    const context: RenderContext = { outletName, related, outletsAmong: (ids) => outletCount(related, ids) };
    const sections = report as unknown as Record<string, unknown>;
    for (const analysis of analyses) {
      const section = sections[analysis.id];
      const own = FORMATTERS[analysis.id];
      lines.push('', ...(own ? own(section, outletName, related) : analysis.terminal ? analysis.terminal(section, context) : analysis.markdown(section, context)));
    }
  }
  return `${lines.map(terminalSafe).join('\n')}\n`;
}

/** Outlet names as every front end shows them (core outletNames): never a corpus id. */
export function outletNamer(report: Report): OutletName {
  const names = outletNames(report);
  return (articleId) => names[articleId] ?? 'an outlet not in this report';
}
