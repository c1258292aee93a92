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
