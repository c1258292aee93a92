import type { RenderContext } from '../analysis/contract.js';
import { inline } from '../analysis/markdown.js';
import type { FactsSection, Omission } from './index.js';
import { countedOverText, NO_SAME_EVENT_TEXT, noneMissingText, NOTHING_ONLY_HERE_TEXT, omissionsBySupport, supportText } from './display.js';

export function factsMarkdown(section: FactsSection, { outletName: name, related, outletsAmong }: RenderContext): string[] {
  const outlets = section.outlets.length;
  const fromOutlets = outletsAmong?.(section.outlets) ?? outlets;
  const { several, single } = omissionsBySupport(section);
  const out = ['## Missing facts', ''];
  const omission = (o: Omission): string[] => [
    `- ${inline(o.summary)} (${supportText(o.reportedBy.length, outlets, fromOutlets)}: ${o.reportedBy.map(name).join(', ')})`,
    ...o.evidence.map((e) => `  - **${name(e.articleId)}**: ${inline(e.sentence)}`),
  ];
  if (outlets === 0) out.push(NO_SAME_EVENT_TEXT, '');
  else if (section.omissions.length === 0) out.push(noneMissingText(outlets), '');
  else {
    const followUps = related.filter((r) => r.relation === 'follow-up').length;
    out.push(countedOverText(outlets, followUps, fromOutlets), '');
    if (several.length > 0) out.push(`### Missing here (${several.length})`, '', ...several.flatMap(omission), '');
    if (single.length > 0) out.push(`### Reported by one other outlet only (${single.length})`, '', ...single.flatMap(omission), '');
  }
  out.push(`### Only here (${section.exclusives.length})`, '');
  if (section.exclusives.length === 0) out.push(NOTHING_ONLY_HERE_TEXT, '');
  else out.push(...section.exclusives.flatMap((x) => x.evidence.map((e) => `- ${inline(e.sentence)}`)), '');
  return out;
}
