import type { RelatedArticle, Report } from '../core/types.js';

function relation(item: RelatedArticle): string {
  if (item.relation === 'same-event') return 'same event';
  return item.development ? `follow-up (${item.development})` : 'follow-up';
}

/** The report as plain text for a terminal: the same facts the panel shows. */
export function formatReport(report: Report): string {
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
  return `${lines.join('\n')}\n`;
}
