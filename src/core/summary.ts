import type { Report } from './types.js';
import { CURRENT } from './compare/contract.js';

/** The headline counts of a report: what the panel's summary line and the CLI's first lines say. */
export interface ReportSummary {
  outlets: number;
  figuresDisagree: number;
  /** Facts at least two other outlets report and this article leaves out. */
  factsMissing: number;
  /** Facts one other outlet reports and this article leaves out. */
  factsMissingOneOutlet: number;
  factsOnlyHere: number;
  quotesWordedDifferently: number;
  oneSided: boolean;
}

export function summarise(report: Report): ReportSummary {
  return {
    outlets: report.related.length,
    figuresDisagree: report.numbers.filter((g) => g.verdict === 'diverges').length,
    factsMissing: report.omissions.filter((o) => o.reportedBy.length >= 2).length,
    factsMissingOneOutlet: report.omissions.filter((o) => o.reportedBy.length < 2).length,
    factsOnlyHere: report.exclusives.length,
    quotesWordedDifferently: report.quotes.filter((q) => q.verdict === 'variant' || q.verdict === 'truncated' || q.verdict === 'paraphrase').length,
    oneSided: report.framing.flags.some((f) => f.kind === 'one-sided' && f.articleId === CURRENT),
  };
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export type SummaryKey = 'outlets' | 'figures' | 'missing' | 'quotes' | 'voices';

/** The summary as short phrases, in the order every front end shows them; empty when nothing is related. */
export function summaryParts(report: Report): { key: SummaryKey; text: string }[] {
  const s = summarise(report);
  if (s.outlets === 0) return [];
  const parts: { key: SummaryKey; text: string }[] = [
    { key: 'outlets', text: plural(s.outlets, 'other outlet', 'other outlets') },
    { key: 'figures', text: plural(s.figuresDisagree, 'figure disagrees', 'figures disagree') },
    { key: 'missing', text: `${plural(s.factsMissing, 'fact', 'facts')} missing here` },
    { key: 'quotes', text: `${plural(s.quotesWordedDifferently, 'quote', 'quotes')} worded differently` },
  ];
  if (s.oneSided) parts.push({ key: 'voices', text: 'coverage leans on one side’s voices' });
  return parts;
}
