import type { Report } from './report.js';
import type { AnyPresentation, SummaryPhrase } from './analysis/contract.js';
import { PRESENTATIONS } from './presentations.js';
import { outletCountText } from './outlet-names.js';

/** A phrase of the summary line, with the section it sums up ("related" for the outlets, else the analysis id). */
export interface SummaryPart extends SummaryPhrase {
  section: string;
}

/** The summary as short phrases, in the order every front end shows them: the outlets, then each analysis's in registry order; empty when nothing is related. */
export function summaryParts(report: Report, analyses: readonly AnyPresentation[] = PRESENTATIONS): SummaryPart[] {
  if (report.related.length === 0) return [];
  const sections = report as unknown as Record<string, unknown>;
  return [
    { section: 'related', key: 'outlets', text: outletCountText(report) },
    ...analyses.flatMap((analysis) => (analysis.summary?.(sections[analysis.id]) ?? []).map((phrase) => ({ ...phrase, section: analysis.id }))),
  ];
}
