import type { RenderContext } from '../analysis/contract.js';
import { inline } from '../analysis/markdown.js';
import type { QuoteGroup, QuoteRendering, QuotesSection } from './index.js';
import { creditedToText, QUOTE_VERDICTS, quotesBySpeaker, renderingRelationText, REPORTED_SPEECH } from './display.js';

/** Verdicts of a statement that outlets word differently: listed first, and counted by the summary. */
export const DIFFERING = new Set<QuoteGroup['verdict']>(['variant', 'truncated', 'paraphrase']);

/**
 * Each speaker once, as in the panel: the statements two or more outlets carry, each with its verdict and what
 * that means, then the speaker's statements only one outlet carries; then the speakers only one outlet quotes.
 */
export function quotesMarkdown(groups: QuotesSection, { outletName: name }: RenderContext): string[] {
  const out = [`## Quotes (${groups.length})`, ''];
  if (groups.length === 0) return [...out, 'No attributed quotes in this article or its coverage.', ''];
  const { compared, single } = quotesBySpeaker(groups);
  if (compared.length > 0) out.push('Each statement as every outlet rendered it; the *baseline* is the rendering the others are compared with.', '');
  const statement = (group: QuoteGroup) => {
    const { label, meaning } = QUOTE_VERDICTS[group.verdict];
    out.push(`- **${label}**: ${meaning}.`);
    for (const r of group.renderings) out.push(`  - **${name(r.articleId)}**${renderingNote(r, true)}: ${words(r)}`);
  };
  for (const { speaker, groups: own } of compared) {
    out.push(`### ${inline(speaker)}`, '');
    const alone = own.filter((g) => g.verdict === 'single-source');
    for (const group of own) if (group.verdict !== 'single-source') statement(group);
    if (alone.length > 0) out.push(`- **${QUOTE_VERDICTS['single-source'].label}** (${alone.length}): ${QUOTE_VERDICTS['single-source'].meaning}.`);
    for (const group of alone) for (const r of group.renderings) out.push(`  - **${name(r.articleId)}**${renderingNote(r, false)}: ${words(r)}`);
    out.push('');
  }
  if (single.length > 0) {
    out.push('### Statements only one outlet carries', '');
    for (const { speaker, groups: own } of single) {
      out.push(`- ${inline(speaker)}`);
      for (const group of own) for (const r of group.renderings) out.push(`  - **${name(r.articleId)}**${renderingNote(r, false)}: ${words(r)}`);
    }
    out.push('');
  }
  return out;
}

/** The rendering's relation to the baseline (where there is one to compare with), whom else the outlet credits and where it was said, in brackets. */
function renderingNote(r: QuoteRendering, compared: boolean): string {
  const notes = [compared ? renderingRelationText(r.relation) : undefined, r.creditedTo && inline(creditedToText(r.creditedTo)), r.channel && inline(r.channel)].filter(Boolean);
  return notes.length > 0 ? ` (${notes.join(', ')})` : '';
}

function words(r: QuoteRendering): string {
  return r.indirect ? `${inline(r.text)} (${REPORTED_SPEECH})` : `“${inline(r.text)}”`;
}
