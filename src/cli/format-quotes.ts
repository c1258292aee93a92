import type { QuoteGroup, QuoteRendering, QuotesSection } from '../core/quotes/index.js';
import { creditedToText, QUOTE_VERDICTS, quotesBySpeaker, renderingRelationText, REPORTED_SPEECH } from '../core/index.js';

/**
 * The quotes section as plain-text lines, each speaker once as in the panel: each statement's verdict and what it
 * means, each outlet's rendering with the words it adds [+...] or leaves out [-...]; then the speakers whose every
 * statement only one outlet carries.
 */
export function formatQuotes(section: QuotesSection, outletName: (articleId: string) => string): string[] {
  if (section.length === 0) return ['Quotes: none attributed.'];
  const { compared, single } = quotesBySpeaker(section);
  const lines = [`Quotes (${section.length}): each rendering compared with the baseline one, [+words] it adds, [-words] it leaves out`];
  const rendering = (r: QuoteRendering, compared: boolean) => {
    const words = r.diff && r.relation !== 'paraphrase' ? r.diff.map((d) => (d.added ? `[+${d.value}]` : d.removed ? `[-${d.value}]` : d.value)).join('') : r.text;
    const how = [compared ? renderingRelationText(r.relation) : '', r.indirect ? REPORTED_SPEECH : '', r.creditedTo ? creditedToText(r.creditedTo) : '', r.channel ?? ''].filter(Boolean).join(', ');
    return `${outletName(r.articleId)}${how ? ` (${how})` : ''}: ${r.indirect ? words : `“${words}”`}`;
  };
  const statement = (group: QuoteGroup) => {
    const { label, meaning } = QUOTE_VERDICTS[group.verdict];
    lines.push(`    ${label}: ${meaning}`);
    for (const r of group.renderings) lines.push(`      ${rendering(r, true)}`);
  };
  for (const { speaker, groups } of compared) {
    lines.push(`  ${speaker}`);
    const alone = groups.filter((g) => g.verdict === 'single-source');
    for (const group of groups) if (group.verdict !== 'single-source') statement(group);
    if (alone.length > 0) lines.push(`    ${QUOTE_VERDICTS['single-source'].label} (${alone.length}): ${QUOTE_VERDICTS['single-source'].meaning}`);
    for (const group of alone) for (const r of group.renderings) lines.push(`      ${rendering(r, false)}`);
  }
  if (single.length > 0) {
    lines.push(`  Statements only one outlet carries (${single.reduce((n, s) => n + s.groups.length, 0)})`);
    for (const { speaker, groups } of single) {
      lines.push(`    ${speaker}`);
      for (const group of groups) for (const r of group.renderings) lines.push(`      ${rendering(r, false)}`);
    }
  }
  return lines;
}
