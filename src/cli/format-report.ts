import type { RelatedArticle, Report } from '../core/types.js';
import { CURRENT } from '../core/compare/contract.js';
import { summaryParts } from '../core/summary.js';
import { relationText, RELATION_GROUPS } from '../core/match/relation.js';
import { formatNumbers } from './format-numbers.js';
import { formatQuotes } from './format-quotes.js';
import { formatFacts } from './format-facts.js';
import { formatFraming } from './format-framing.js';
import { isoDay, terminalSafe } from '../core/text/escape.js';

/** The item's date as the terminal shows it: given, read from its address or dateline, or said to be unknown. */
function dateOf(item: RelatedArticle): string {
  if (item.publishedAt) return item.publishedAt.slice(0, 10);
  if (item.dateFromText) return `${item.dateFromText} (from its text)`;
  return 'date unknown';
}

/** The report as plain text for a terminal: the same facts the panel shows. */
export function formatReport(report: Report): string {
  const { article, corpus, related } = report;
  const lines: string[] = [];
  lines.push(article.title);
  const meta = [article.source, isoDay(article.publishedAt), `${article.wordCount} words`].filter(Boolean);
  lines.push(`  ${meta.join(' · ')}`);
  lines.push(`  compared with "${corpus.name}" (${corpus.articleCount} articles)`);
  lines.push('');
  if (related.length === 0) {
    lines.push('Related coverage: none. No article in the corpus reports this story.');
  } else {
    lines.push(`Related coverage (${related.length})`);
    for (const group of RELATION_GROUPS) {
      const items = related.filter((item) => item.relation === group.relation);
      if (items.length === 0) continue;
      lines.push(`  ${group.title} (${items.length})`);
      for (const item of items) {
        const meta = [item.source ?? 'outlet not named', dateOf(item)].join(', ');
        lines.push(`  ${String(Math.round(item.score * 100)).padStart(3)}%  ${relationText(item).padEnd(19)}  ${item.id}  (${meta})`);
        lines.push(`        ${item.title}`);
        lines.push(`        why: ${item.reason}`);
      }
    }
  }
  if (related.length > 0) {
    const summary = summaryParts(report).map((part) => part.text);
    lines.splice(3, 0, `  ${summary.join(' · ')}`);
    const outletName = outletNamer(report);
    const sameEvent = related.filter((r) => r.relation === 'same-event').map((r) => r.id);
    for (const section of [
      formatNumbers(report.numbers, outletName),
      formatFacts({ outlets: sameEvent, omissions: report.omissions, exclusives: report.exclusives }, outletName),
      formatQuotes(report.quotes, outletName),
      formatFraming(report.framing, outletName),
    ]) {
      lines.push('', ...section);
    }
  }
  // Titles, ids, names and sentences come from pages and packs: each line passes terminalSafe on its way out.
  return `${lines.map(terminalSafe).join('\n')}\n`;
}

/** Outlet names as the terminal report shows them: the outlet where the corpus names it, else the corpus id. */
export function outletNamer(report: Report): (articleId: string) => string {
  const names = new Map(report.related.map((r) => [r.id, r.source ?? r.id]));
  return (articleId) => (articleId === CURRENT ? 'This article' : names.get(articleId) ?? articleId);
}
