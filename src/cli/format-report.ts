import type { RelatedArticle, Report } from '../core/types.js';
import { outletNames } from '../core/outlet-names.js';
import { summaryParts } from '../core/summary.js';
import { formatNumbers } from './format-numbers.js';
import { formatQuotes } from './format-quotes.js';
import { formatFacts } from './format-facts.js';
import { formatFraming } from './format-framing.js';

function relation(item: RelatedArticle): string {
  if (item.relation === 'same-event') return 'same event';
  return item.development ? `follow-up, ${item.development}` : 'follow-up';
}

/**
 * The short form: the article, the summary line and the related-coverage list, each item with its
 * outlet, date, how it relates and how alike it is. What `npm start` prints.
 */
export function formatOverview(report: Report): string {
  const { article, corpus, related } = report;
  const lines: string[] = [];
  lines.push(article.title);
  const meta = [article.source, article.publishedAt?.slice(0, 10), `${article.wordCount} words`].filter(Boolean);
  lines.push(`  ${meta.join(' · ')}`);
  if (related.length > 0) lines.push(`  ${summaryParts(report).map((part) => part.text).join(' · ')}`);
  lines.push(`  compared with "${corpus.name}" (${corpus.articleCount} articles)`);
  lines.push('');
  if (related.length === 0) {
    lines.push('Related coverage: none. No article in the corpus reports this story.');
    return `${lines.join('\n')}\n`;
  }
  const name = outletNamer(report);
  lines.push(`Related coverage (${related.length}): same event or a follow-up; "alike" is how much of the story's`);
  lines.push('names, places, figures and wording each shares with this article.');
  for (const item of related) {
    const meta = [name(item.id), item.publishedAt?.slice(0, 10), relation(item), `${Math.round(item.score * 100)}% alike`].filter(Boolean).join(' · ');
    lines.push(`  - ${meta}`);
    lines.push(`    ${item.title}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The report as plain text for a terminal: the same facts the panel shows. */
export function formatReport(report: Report): string {
  const lines = [formatOverview(report).trimEnd()];
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
  return `${lines.join('\n')}\n`;
}

/** Outlet names as every front end shows them (src/core/outlet-names.ts): never a corpus id. */
export function outletNamer(report: Report): (articleId: string) => string {
  const names = outletNames(report);
  return (articleId) => names[articleId] ?? 'an outlet not in this report';
}
