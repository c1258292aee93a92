/**
 * The registry: every analysis of a report, in report order. The pack builder,
 * the loader, the report, the summary, the Markdown export, the CLI and the
 * panel iterate over this list; adding an analysis means one folder with an
 * `Analysis` (analysis/contract.ts) and one line here. An analysis that reads
 * another's features (framing reads quotes' attributions) comes after it. Each
 * analysis's presentation (id, heading, summary, Markdown) is also listed in
 * `presentations.ts` for front ends that only show reports; `OneList` below
 * holds both lists to the same ids in the same order.
 */
import type { AnyAnalysis } from './analysis/contract.js';
import { numbersAnalysis } from './numbers/index.js';
import { factsAnalysis } from './facts/index.js';
import { quotesAnalysis } from './quotes/index.js';
import { framingAnalysis } from './framing/index.js';
import type { PRESENTATIONS } from './presentations.js';

// The version of what ANALYSES read from a text; raise it when any analysis's features change (reading-version.ts).
export { READING_VERSION } from './reading-version.js';

export const ANALYSES = [numbersAnalysis, factsAnalysis, quotesAnalysis, framingAnalysis] as const satisfies readonly AnyAnalysis[];

type IdsOf<T extends readonly { id: string }[]> = { -readonly [K in keyof T]: T[K]['id'] };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compiles only while `PRESENTATIONS` names the analyses of `ANALYSES`, in the same order. */
export type OneList = Same<IdsOf<typeof ANALYSES>, IdsOf<typeof PRESENTATIONS>> extends true ? true : never;
const oneList: OneList = true;
void oneList;

type Registered = (typeof ANALYSES)[number];
type FeaturesOf<A> = A extends { schema: (data: unknown, where: string) => infer F } ? F : never;
type SectionOf<A> = A extends { compare(...args: never[]): infer S } ? S : never;

/** Every registered analysis's features of one article, keyed by analysis id. */
export type AnalysisFeatures = { [A in Registered as A['id']]: FeaturesOf<A> };
/** Every registered analysis's section of a report, keyed by analysis id. */
export type AnalysisSections = { [A in Registered as A['id']]: SectionOf<A> };
