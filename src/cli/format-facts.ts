import type { FactsSection } from '../core/facts/index.js';

/** Plain-text lines for the terminal report: what is missing here (most-supported first) and what is only here. */
export function formatFacts(section: FactsSection, outletName: (articleId: string) => string): string[] {
  const lines: string[] = [];
  const outlets = section.outlets.length;
  lines.push(`Missing here (${section.omissions.length})`);
  if (outlets === 0) lines.push('  No other outlet reports this same event.');
  else if (section.omissions.length === 0) lines.push('  Nothing: this article reports every fact the other outlets report.');
  for (const omission of section.omissions) {
    lines.push(`  - ${omission.summary}`);
    lines.push(`    reported by ${omission.reportedBy.length} of ${outlets}: ${omission.reportedBy.map(outletName).join(', ')}`);
    for (const e of omission.evidence) lines.push(`      ${outletName(e.articleId)}: “${e.sentence}”`);
  }
  lines.push(`Only here (${section.exclusives.length})`);
  if (section.exclusives.length === 0) lines.push('  Nothing: every fact here is also reported elsewhere.');
  for (const exclusive of section.exclusives) lines.push(`  - ${exclusive.evidence[0]?.sentence ?? exclusive.summary}`);
  return lines;
}
