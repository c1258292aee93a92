/**
 * Cheap checks in front of dear regular expressions. V8 compiles an expression at its first run
 * (and again, to machine code, at its second): a few milliseconds for a long one with Unicode
 * classes and bounded repeats, paid by every page in a worker that has just started (the first
 * press after a restart). An expression that cannot match without some plain text (a word of its
 * own, "capital", "counterpart") is run only where that text is: on most pages a guard that says
 * no spares the compilation, and on every page the runs over sentences that could not match.
 * A guard must be implied by every match of its expression (tests/core/text/guards.test.ts checks
 * each one on the corpora); it never decides anything the expression would not.
 */

/** Whether `text` holds any of `parts`, as plain case-sensitive substrings. */
export function holdsAny(text: string, parts: readonly string[]): boolean {
  for (const part of parts) if (text.includes(part)) return true;
  return false;
}

/**
 * `text` for a guard of a case-insensitive (`iu`) expression: lower case, with the two letters outside
 * ASCII that fold to ASCII ones under `iu` ("ſ", U+017F, to "s"; the Kelvin sign lowers to "k" itself).
 */
export function foldedForGuard(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017f') ? lower.replaceAll('\u017f', 's') : lower;
}

/** Runs of word characters as `\b` reads them under the `iu` flags: ASCII letters, digits, "_", "ſ" and the Kelvin sign. */
const WORD_RUN = /[\w\u017f\u212a]+/gu;

/**
 * Each run of word characters in `text` as an `iu` expression's `\b...\b` sees words, with where it starts: a set of
 * plain words looked up run by run matches where the alternation of those words did.
 */
export function* wordRuns(text: string): Generator<{ at: number; run: string }> {
  for (const m of text.matchAll(WORD_RUN)) yield { at: m.index, run: m[0] };
}

/**
 * How many times any of `parts` stands in `text`, counted at each place a part begins (parts that
 * hold one another count twice where both stand). Stops at `enough`.
 */
export function countParts(text: string, parts: readonly string[], enough: number): number {
  let count = 0;
  for (const part of parts) {
    for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) if (++count >= enough) return count;
  }
  return count;
}

/** An expression with its guard: `mayMatch` holds of every text the expression matches. Kept in a list per module for the test. */
export interface GuardedExpression {
  expression: RegExp;
  mayMatch: (text: string) => boolean;
}
