/**
 * The registry: every analysis of a report, in report order. The pack builder,
 * the loader, the report, the summary, the Markdown export, the CLI and the
 * panel iterate over this list; adding an analysis means one folder with an
 * `Analysis` (analysis/contract.ts) and one line here. An analysis that reads
 * another's features (framing reads quotes' attributions) comes after it.
 */
import type { AnyAnalysis } from './analysis/contract.js';
import { numbersAnalysis } from './numbers/index.js';
import { factsAnalysis } from './facts/index.js';
import { quotesAnalysis } from './quotes/index.js';
import { framingAnalysis } from './framing/index.js';

export const ANALYSES = [numbersAnalysis, factsAnalysis, quotesAnalysis, framingAnalysis] as const satisfies readonly AnyAnalysis[];

type Registered = (typeof ANALYSES)[number];
type FeaturesOf<A> = A extends { schema: (data: unknown, where: string) => infer F } ? F : never;
type SectionOf<A> = A extends { compare(...args: never[]): infer S } ? S : never;

/** Every registered analysis's features of one article, keyed by analysis id. */
export type AnalysisFeatures = { [A in Registered as A['id']]: FeaturesOf<A> };
/** Every registered analysis's section of a report, keyed by analysis id. */
export type AnalysisSections = { [A in Registered as A['id']]: SectionOf<A> };
