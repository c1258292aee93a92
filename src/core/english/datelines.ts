/**
 * A dateline, once: the place a report was filed from, and perhaps the outlet, before its lead ("WASHINGTON —",
 * "SEOUL, South Korea —", "KABUL (Reuters) —", "Washington (AFP) –", "Alwaght- After a bloody week"). It is no part of
 * what the report says: the article's title and outlet (`core/article.ts`), the fact units (`facts/units.ts`), the
 * framing's actors and lead words (`framing/`) all read it here and leave it out.
 */

export interface Dateline {
  /** How many characters it takes, its dash and the space after it included. */
  length: number;
  /** The outlet it names: an agency in brackets ("(Reuters)"), or a name glued to its dash ("Alwaght-"). A place alone names none. */
  source?: string;
}

/** A word of a place or outlet: a capital or a digit first ("SEOUL", "D.C.", "Wilkes-Barre", "St."). */
const WORD = String.raw`[\p{Lu}\p{N}](?:[\p{L}\p{N}.'’]|-(?=\p{L})){0,30}`;
/** Up to five such words, commas between ("SEOUL, South Korea"), an agency in brackets, then a dash (or a colon after an agency). */
const DATELINE = new RegExp(String.raw`^(${WORD}(?:[ ,]{1,2}${WORD}){0,4})(\s?)[ ,]{0,2}(?:\(([^()]{2,40})\)\s*)?([-—–:])(\s*)`, 'u');
/** An outlet's name glued to its dash: capitalised words, not shouted ("Alwaght-", "Daily Sabah-"). */
const GLUED_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{L}+){0,2}$/u;

/** The dateline opening a paragraph or sentence, or undefined when it opens with none. */
export function readDateline(text: string): Dateline | undefined {
  const match = DATELINE.exec(text);
  if (!match) return undefined;
  const [whole, place = '', spaceBefore, agency, dash, spaceAfter] = match;
  if (dash === ':' && agency === undefined) return undefined;
  // "Pakistan-backed militants", "Pakistan-Afghanistan border": a dash inside a compound, not after a dateline.
  if (agency === undefined && !spaceBefore && !spaceAfter) return undefined;
  // The lead starts after it ("Trump - the president - said" is no dateline).
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(text.slice(whole.length))) return undefined;
  if (agency !== undefined) return { length: whole.length, source: agency.replace(/\s+/gu, ' ').trim() };
  if (!spaceBefore && GLUED_NAME.test(place)) return { length: whole.length, source: place };
  return { length: whole.length };
}
