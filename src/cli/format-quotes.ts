import type { QuotesSection } from '../core/quotes/index.js';

const VERDICT_LABEL = { verbatim: 'verbatim', truncated: 'truncated', variant: 'variant', paraphrase: 'paraphrase', 'single-source': 'only one outlet' } as const;

/** The quotes section as plain-text lines: speaker, verdict, each outlet's rendering with the words it adds [+...] or leaves out [-...]. */
export function formatQuotes(section: QuotesSection, outletName: (articleId: string) => string): string[] {
  const lines: string[] = [];
  if (section.length === 0) return ['Quotes: none attributed.'];
  lines.push(`Quotes (${section.length}): each rendering compared with the baseline one, [+words] it adds, [-words] it leaves out`);
  let speaker: string | undefined;
  for (const group of section) {
    if (group.speaker !== speaker) {
      speaker = group.speaker;
      lines.push(`  ${speaker}`);
    }
    lines.push(`    ${VERDICT_LABEL[group.verdict]}`);
    for (const r of group.renderings) {
      const words = r.diff && r.relation !== 'paraphrase' ? r.diff.map((d) => (d.added ? `[+${d.value}]` : d.removed ? `[-${d.value}]` : d.value)).join('') : r.text;
      const how = [r.relation === 'reference' ? 'baseline' : r.relation, r.indirect ? 'reported' : '', r.channel ?? ''].filter(Boolean).join(', ');
      lines.push(`      ${outletName(r.articleId)}${how ? ` (${how})` : ''}: ${r.indirect ? words : `“${words}”`}`);
    }
  }
  return lines;
}
