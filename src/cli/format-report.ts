import type { RelatedArticle, Report } from '../core/types.js';
import { outletNames } from '../core/outlet-names.js';
import { summaryParts } from '../core/summary.js';
import { relationText, RELATION_GROUPS } from '../core/match/relation.js';
import { isoDay, terminalSafe } from '../core/text/escape.js';
import { formatNumbers } from './format-numbers.js';
import { formatQuotes } from './format-quotes.js';
import { formatFacts } from './format-facts.js';
import { formatFraming } from './format-framing.js';

/** The item's date as the terminal shows it: given, read from its address or dateline, or said to be unknown. */
function dateOf(item: RelatedArticle): string {
  return isoDay(item.publishedAt) || (item.dateFromText ? `${item.dateFromText} (from its text)` : 'date unknown');
}

/**
 * The short form: the article, the summary line and the related-coverage list, each item with its
 * outlet, date, how it relates and how alike it is. What `npm start` prints.
 */
export function formatOverview(report: Report): string {
  const { article, corpus, related } = report;
  const lines: string[] = [];
  lines.push(article.title);
  const meta = [article.source, isoDay(article.publishedAt), `${article.wordCount} words`].filter(Boolean);
  lines.push(`  ${meta.join(' · ')}`);
  if (related.length > 0) lines.push(`  ${summaryParts(report).map((part) => part.text).join(' · ')}`);
  lines.push(`  compared with "${corpus.name}" (${corpus.articleCount} articles)`);
  lines.push('');
  if (related.length === 0) {
    lines.push('Related coverage: none. No article in the corpus reports this story.');
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
      const meta = [name(item.id), dateOf(item), relationText(item), `${Math.round(item.score * 100)}% alike`].join(' · ');
      lines.push(`  - ${meta}`);
      lines.push(`    ${item.title}`);
      lines.push(`    why: ${item.reason}`);
    }
  }
  // Titles, names and reasons come from pages and packs: each line passes terminalSafe on its way out.
  return `${lines.map(terminalSafe).join('\n')}\n`;
}

/** The report as plain text for a terminal: the same facts the panel shows. */
export function formatReport(report: Report): string {
  const lines = formatOverview(report).trimEnd().split('\n');
  const { related } = report;
  if (related.length > 0) {
    const outletName = outletNamer(report);
    const sameEvent = related.filter((r) => r.relation === 'same-event').map((r) => r.id);
    for (const section of [
      formatNumbers(report.numbers, outletName),
      formatFacts({ outlets: sameEvent, omissions: report.omissions, exclusives: report.exclusives }, outletName, related.length - sameEvent.length),
      formatQuotes(report.quotes, outletName),
      formatFraming(report.framing, outletName),
    ]) {
      lines.push('', ...section);
    }
  }
  return `${lines.map(terminalSafe).join('\n')}\n`;
}

/** Outlet names as every front end shows them (src/core/outlet-names.ts): never a corpus id. */
export function outletNamer(report: Report): (articleId: string) => string {
  const names = outletNames(report);
  return (articleId) => names[articleId] ?? 'an outlet not in this report';
}
