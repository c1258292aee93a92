import type { RenderContext } from '../analysis/contract.js';
import { inline } from '../analysis/markdown.js';
import type { QuoteGroup, QuoteRendering, QuotesSection } from './index.js';

const QUOTE_VERDICT: Record<QuoteGroup['verdict'], string> = {
  verbatim: 'Verbatim',
  truncated: 'Truncated',
  variant: 'Worded differently',
  paraphrase: 'Paraphrased',
  'single-source': 'Only one outlet',
};
/** Verdicts of a statement that outlets word differently: listed first, and counted by the summary. */
export const DIFFERING = new Set<QuoteGroup['verdict']>(['variant', 'truncated', 'paraphrase']);

export function quotesMarkdown(groups: QuotesSection, { outletName: name }: RenderContext): string[] {
  const out = [`## Quotes (${groups.length})`, ''];
  if (groups.length === 0) return [...out, 'No attributed quotes in this article or its coverage.', ''];
  // Worded differently first, as in the panel; the order within each kind is the report's.
  const ordered = [...groups.filter((g) => DIFFERING.has(g.verdict)), ...groups.filter((g) => !DIFFERING.has(g.verdict))];
  for (const group of ordered) {
    out.push(`### ${inline(group.speaker)}: ${QUOTE_VERDICT[group.verdict]}`, '');
    for (const r of group.renderings) out.push(`- **${name(r.articleId)}**${renderingNote(r)}: ${words(r)}`);
    out.push('');
  }
  return out;
}

function renderingNote(r: QuoteRendering): string {
  const notes = [r.relation !== 'reference' ? inline(r.relation) : undefined, r.channel && inline(r.channel)].filter(Boolean);
  return notes.length > 0 ? ` (${notes.join(', ')})` : '';
}

function words(r: QuoteRendering): string {
  return r.indirect ? `${inline(r.text)} (reported speech)` : `“${inline(r.text)}”`;
}
