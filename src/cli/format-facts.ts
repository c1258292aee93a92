import type { FactsSection } from '../core/facts/index.js';
import { countedOverText, NO_SAME_EVENT_TEXT, noneMissingText, NOTHING_ONLY_HERE_TEXT, omissionsBySupport, supportText } from '../core/index.js';
import { sentenceText } from './sentence-text.js';

/**
 * Facts one other outlet alone reports are shown a few at a time: on long multi-outlet coverage they run to
 * eighty or more, which buries the report (the panel folds them; `--markdown` and `--json` give every one).
 */
export const SINGLE_OUTLET_SHOWN = 5;

/** Plain-text lines for the terminal report: what is missing here (most-supported first) and what is only here. */
export function formatFacts(section: FactsSection, outletName: (articleId: string) => string, followUps = 0, fromOutlets = section.outlets.length): string[] {
  const lines: string[] = [];
  const outlets = section.outlets.length;
  // The same count as the summary line and the panel: facts two or more other outlets report.
  const { several, single } = omissionsBySupport(section);
  const omission = (o: (typeof section.omissions)[number]): void => {
    lines.push(`  - ${o.summary}`);
    lines.push(`    ${supportText(o.reportedBy.length, outlets, fromOutlets)}: ${o.reportedBy.map(outletName).join(', ')}`);
    for (const e of o.evidence) lines.push(`      ${outletName(e.articleId)}: ${sentenceText(e.sentence)}`);
  };
  lines.push(`Missing here (${several.length})`);
  if (outlets === 0) lines.push(`  ${NO_SAME_EVENT_TEXT}`);
  else if (section.omissions.length === 0) lines.push(`  ${noneMissingText(outlets)}`);
  else lines.push(`  ${countedOverText(outlets, followUps, fromOutlets)}`);
  several.forEach(omission);
  if (single.length > 0) {
    lines.push(`Reported by one other outlet only (${single.length})`);
    single.slice(0, SINGLE_OUTLET_SHOWN).forEach(omission);
    const rest = single.length - SINGLE_OUTLET_SHOWN;
    if (rest > 0) lines.push(`  … and ${rest} more (--markdown or --json lists every one)`);
  }
  lines.push(`Only here (${section.exclusives.length})`);
  if (section.exclusives.length === 0) lines.push(`  ${NOTHING_ONLY_HERE_TEXT}`);
  for (const exclusive of section.exclusives) lines.push(`  - ${exclusive.evidence[0]?.sentence ?? exclusive.summary}`);
  return lines;
}
