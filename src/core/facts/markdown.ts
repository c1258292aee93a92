import type { RenderContext } from '../analysis/contract.js';
import { inline } from '../analysis/markdown.js';
import type { FactsSection, Omission } from './index.js';

export function factsMarkdown(section: FactsSection, { outletName: name, related }: RenderContext): string[] {
  const outlets = section.outlets.length;
  const several = section.omissions.filter((o) => o.reportedBy.length > 1);
  const single = section.omissions.filter((o) => o.reportedBy.length <= 1);
  const out = ['## Missing facts', ''];
  const omission = (o: Omission): string[] => [
    `- ${inline(o.summary)} (reported by ${o.reportedBy.length} of ${outlets} on the same event: ${o.reportedBy.map(name).join(', ')})`,
    ...o.evidence.map((e) => `  - **${name(e.articleId)}**: ${inline(e.sentence)}`),
  ];
  if (outlets === 0) out.push('No other outlet in the corpus reports this same event, so nothing can be missing.', '');
  else if (section.omissions.length === 0) out.push('This article reports every fact the other outlets report.', '');
  else {
    const followUps = related.filter((r) => r.relation === 'follow-up').length;
    out.push(`Counted over the ${outlets} ${outlets === 1 ? 'outlet' : 'outlets'} reporting the same event${followUps > 0 ? `; ${followUps} follow-up${followUps === 1 ? ' is' : 's are'} left out` : ''}.`, '');
    if (several.length > 0) out.push(`### Missing here (${several.length})`, '', ...several.flatMap(omission), '');
    if (single.length > 0) out.push(`### Reported by one other outlet only (${single.length})`, '', ...single.flatMap(omission), '');
  }
  out.push(`### Only here (${section.exclusives.length})`, '');
  if (section.exclusives.length === 0) out.push('Every fact in this article is also reported elsewhere.', '');
  else out.push(...section.exclusives.flatMap((x) => x.evidence.map((e) => `- ${inline(e.sentence)}`)), '');
  return out;
}
