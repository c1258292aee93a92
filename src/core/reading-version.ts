/**
 * The version of the analyses' reading of a text, written into every pack header (corpus/header.ts).
 * Raise it with any change to what an analysis's `features` (ANALYSES in analyses.ts) returns for
 * the same text: a pack that names another reading (or none: built before this existed) has its
 * articles' analysis features worked out again from their text when a report reads them
 * (corpus/reading.ts), so that a report is the one a freshly built pack gives.
 * 1: stop 29 (facts read "March 2" as a day, digits as terms of the "already said" test).
 */
export const READING_VERSION = 1;
