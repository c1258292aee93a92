/**
 * The registry's render part: how each analysis's section is shown (id, heading, summary phrases, Markdown), in
 * report order, with none of the analyses' feature or comparison code, so that a front end that only shows
 * reports (the side panel) does not carry them. `analyses.ts` lists the analyses themselves, each of which spreads
 * its presentation; the compiler holds both lists to the same ids in the same order (`analyses.ts` OneList).
 */
import type { AnyPresentation } from './analysis/contract.js';
import { numbersPresentation } from './numbers/presentation.js';
import { factsPresentation } from './facts/presentation.js';
import { quotesPresentation } from './quotes/presentation.js';
import { framingPresentation } from './framing/presentation.js';

export const PRESENTATIONS = [numbersPresentation, factsPresentation, quotesPresentation, framingPresentation] as const satisfies readonly AnyPresentation[];
