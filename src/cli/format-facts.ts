import type { FactsSection } from '../core/facts/index.js';

/**
 * Facts one other outlet alone reports are shown a few at a time: on long multi-outlet coverage they run to
 * eighty or more, which buries the report (the panel folds them; `--markdown` and `--json` give every one).
 */
export const SINGLE_OUTLET_SHOWN = 5;

/** Plain-text lines for the terminal report: what is missing here (most-supported first) and what is only here. */
export function formatFacts(section: FactsSection, outletName: (articleId: string) => string, followUps = 0): string[] {
  const lines: string[] = [];
  const outlets = section.outlets.length;
  // The same count as the summary line and the panel: facts two or more other outlets report.
  const several = section.omissions.filter((o) => o.reportedBy.length > 1);
  const single = section.omissions.filter((o) => o.reportedBy.length <= 1);
  const omission = (o: (typeof section.omissions)[number]): void => {
    lines.push(`  - ${o.summary}`);
    lines.push(`    reported by ${o.reportedBy.length} of ${outlets} on the same event: ${o.reportedBy.map(outletName).join(', ')}`);
    for (const e of o.evidence) lines.push(`      ${outletName(e.articleId)}: “${e.sentence}”`);
  };
  lines.push(`Missing here (${several.length})`);
  if (outlets === 0) lines.push('  No other outlet reports this same event.');
  else if (section.omissions.length === 0) lines.push('  Nothing: this article reports every fact the other outlets report.');
  else {
    const left = followUps > 0 ? `; ${followUps === 1 ? 'the follow-up is' : `${followUps} follow-ups are`} left out` : '';
    lines.push(`  Counted over the ${outlets} ${outlets === 1 ? 'outlet' : 'outlets'} reporting the same event${left}.`);
  }
  several.forEach(omission);
  if (single.length > 0) {
    lines.push(`Reported by one other outlet only (${single.length})`);
    single.slice(0, SINGLE_OUTLET_SHOWN).forEach(omission);
    const rest = single.length - SINGLE_OUTLET_SHOWN;
    if (rest > 0) lines.push(`  … and ${rest} more (--markdown or --json lists every one)`);
  }
  lines.push(`Only here (${section.exclusives.length})`);
  if (section.exclusives.length === 0) lines.push('  Nothing: every fact here is also reported elsewhere.');
  for (const exclusive of section.exclusives) lines.push(`  - ${exclusive.evidence[0]?.sentence ?? exclusive.summary}`);
  return lines;
}
