import { clockTimesIn, nameDigitsIn, numberWordValue, parseDigits } from '../english/numerals.js';
import { monthDaysIn } from '../english/dates.js';
import { readDateline } from '../english/datelines.js';
import { namesIn } from '../english/names.js';
import { termsOf, words } from '../text/tokens.js';
import { hasOwnSubject, isStatement, repeatedSentences, writersArgument, writersOpinions } from './statements.js';

/**
 * One statement an article makes: a whole sentence, or one clause of a long
 * sentence that joins several facts ("the Taliban pledged X, and both sides
 * agreed Y"). Long sentences are split because coverage is judged fact by fact:
 * an article that reports X but not Y must not count as reporting the sentence.
 */
export interface FactUnit {
  /** Index into `articleSentences(article)`. */
  sentence: number;
  /** Character range of the clause in its sentence; absent when the unit is the whole sentence. */
  clause?: number[];
  /** Distinct stemmed content terms, in order of first use. */
  terms: string[];
  /** Distinct stemmed capitalised names (a subset of what `terms` holds, kept apart for name agreement). */
  names: string[];
  /** Distinct numbers, normalised ("2,600" -> "2600", "eight" -> "8"); a time of day as "20:45", a day of the month as "3/2". */
  numbers: string[];
}

/** Sentences shorter than this (in words) stay whole: they rarely join two facts. */
export const SPLIT_MIN_WORDS = 18;
/** A clause needs this many words to stand as a fact of its own; shorter pieces stay with their neighbour. */
export const CLAUSE_MIN_WORDS = 6;
/** Datelines are looked for in this many opening sentences. */
const DATELINE_SENTENCES = 2;
/** A unit with fewer content terms than this says too little to be compared ("He added:"). */
export const UNIT_MIN_TERMS = 3;

// Where one statement of a sentence ends and the next begins: semicolons, spaced dashes, and a
// comma before a coordinating or contrasting conjunction. Each alternative is a fixed string
// around a word, so the expression stays linear on any input.
// "and" starts a clause only before a subject ("..., and both sides agreed"), not inside a list
// ("forces, civilians, and vital infrastructure"; "China, Iran, and Russia").
const CLAUSE_BREAK =
  /;\s+|\s[—–]\s|,["”’']?\s(?=(?:but|while|whereas|nor|although|though|yet)\s)|,["”’']?\s(?=and\s(?:the|both|a|an|it|he|she|they|we|its|their|his|her|this|that|these|those)\s)/gu;

/** Start offsets of the clauses of a sentence; [0] when it stays whole. */
export function clauseStarts(sentence: string): number[] {
  const wordStarts = words(sentence).map((w) => w.start);
  if (wordStarts.length < SPLIT_MIN_WORDS) return [0];
  // Words between two offsets, by binary search over word starts: linear overall however many breaks a sentence has.
  const wordsBefore = (offset: number): number => {
    let lo = 0;
    let hi = wordStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((wordStarts[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const wordsBetween = (from: number, to: number) => wordsBefore(to) - wordsBefore(from);
  const starts = [0];
  const breaks = [...sentence.matchAll(CLAUSE_BREAK)].map((m) => (m.index ?? 0) + m[0].length);
  breaks.forEach((at, k) => {
    if (wordsBetween(starts[starts.length - 1] ?? 0, at) < CLAUSE_MIN_WORDS) return;
    // A piece with no subject of its own (the rest of a list or a quotation, a participle) is no statement: it stays with the clause before.
    if (!hasOwnSubject(sentence.slice(at, breaks[k + 1] ?? sentence.length))) return;
    starts.push(at);
  });
  // A short tail joins the clause before it.
  while (starts.length > 1 && wordsBetween(starts[starts.length - 1] ?? 0, sentence.length) < CLAUSE_MIN_WORDS) starts.pop();
  return starts;
}

/**
 * The fact units of an article's sentences (as `articleSentences(article).map(s => s.text)`).
 * With the article's `title`, a sentence that only repeats it is left out.
 */
export function factUnits(sentences: readonly string[], title?: string): FactUnit[] {
  const units: FactUnit[] = [];
  const repeats = repeatedSentences(sentences, title);
  const opinions = new Set([...writersOpinions(sentences), ...writersArgument(sentences)]);
  sentences.forEach((sentence, index) => {
    if (repeats.has(index) || opinions.has(index) || !statesAFact(sentence)) return;
    // A dateline ("WASHINGTON (Reuters) -") names where the report was filed, not what it reports.
    const skip = index < DATELINE_SENTENCES ? (readDateline(sentence)?.length ?? 0) : 0;
    const starts = clauseStarts(sentence.slice(skip)).map((s) => s + skip);
    starts.forEach((start, k) => {
      const end = starts[k + 1] ?? sentence.length;
      const text = sentence.slice(start, end);
      const unit = describeUnit(text, index);
      if (unit.terms.length < UNIT_MIN_TERMS) return;
      if (starts.length > 1 || skip > 0) unit.clause = [start, end];
      units.push(unit);
    });
  });
  return units;
}

export function describeUnit(text: string, sentence: number): FactUnit {
  return {
    sentence,
    terms: distinct(termsOf(text)),
    names: distinct(namesIn(text).map((n) => n.name)),
    numbers: numbersIn(text),
  };
}

/**
 * Whether a sentence reports something rather than framing the article: a
 * question in the writer's own voice ("So, what do we know about the deal?")
 * asks rather than states, a line of a few words is a heading or a dateline,
 * and site chrome, captions and verbless lines (`isStatement`) carry no fact.
 * Quoted questions are someone's statement and stay.
 */
export function statesAFact(sentence: string): boolean {
  const trimmed = sentence.trim();
  if (words(trimmed).length < 5) return false;
  const quoted = /^["“‘'«]/u.test(trimmed);
  if (!quoted && /\?["”’'»)]*$/u.test(trimmed)) return false;
  return isStatement(trimmed);
}

// Digits with thousands separators or a decimal part; each repeat needs its separator, so no backtracking blow-up.
const DIGITS = /\d+(?:[.,]\d+)*/g;

/**
 * The numbers a text states, as plain values, so that "2,600km" and "2600", or "eight" and "8",
 * meet. Unlike the numbers analysis this keeps every number (years too): two outlets stating the
 * same fact share them. A time of day is given as its quarter-hour marks (`clockFigures`), and the
 * digits of a name ("AK-47") are not given.
 */
export function numbersIn(text: string): string[] {
  const found: string[] = [];
  const clocks = clockTimesIn(text);
  const days = monthDaysIn(text);
  // Digits of a clock are its time, those of a month-day its day, and those of a name ("AK-47") no figure at all.
  const notCounts = [...clocks, ...days, ...nameDigitsIn(text)];
  for (const match of text.matchAll(DIGITS)) {
    const start = match.index ?? 0;
    if (notCounts.some((span) => start < span.end && span.start < start + match[0].length)) continue;
    const value = parseDigits(match[0]);
    if (value !== undefined) found.push(String(value));
  }
  for (const clock of clocks) found.push(...clock.minutes.flatMap(clockFigures));
  for (const { month, day } of days) found.push(dayFigure(month, day));
  for (const token of words(text)) {
    const value = numberWordValue(token.surface.toLowerCase());
    if (value !== undefined) found.push(String(value));
  }
  return distinct(found);
}

/** Minutes between two quarter-hour marks: outlets give one time of day a few minutes apart ("about 2045 GMT", "20:49"). */
const CLOCK_STEP = 15;

/**
 * A time of day as the quarter-hour marks around it ("20:49" -> "20:45", "21:00"; "20:45" -> "20:45"), so that two
 * times less than a quarter of an hour apart share a mark while comparisons stay exact.
 */
function clockFigures(minutes: number): string[] {
  const below = minutes - (minutes % CLOCK_STEP);
  const marks = minutes === below ? [below] : [below, below + CLOCK_STEP];
  return marks.map((m) => clockFigure(m % (24 * 60)));
}

function clockFigure(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A month-day as `numbersIn` gives it: "March 2" -> "3/2", the same written "2 March" or "March 2nd". */
function dayFigure(month: number, day: number): string {
  return `${month}/${day}`;
}

/** Whether a figure of `numbersIn` is a day of the calendar ("March 2"). */
export function isDayFigure(value: string): boolean {
  return value.includes('/');
}

/**
 * Whether a figure of `numbersIn` places a fact (a time of day, a day of the calendar) rather than counting something:
 * "broadcast live on Oscar Sunday, March 2, 2014" and "on the March 2 broadcast" share a day, not the count 2.
 */
export function placesFact(value: string): boolean {
  return isClockFigure(value) || isDayFigure(value);
}

/**
 * The figures of `numbersIn` that must agree for two statements to give the same figures: the counts, or the times of
 * day when there is no count. A time places a fact and a count says it: "More than 50 firefighters tackled the
 * blaze, which broke out ... at about 2045 GMT" and "the blaze broke out about 8.40pm" agree on the time alone.
 */
export function figuresToAgree(numbers: Iterable<string>): string[] {
  const all = [...numbers];
  const counts = all.filter((n) => !placesFact(n));
  return counts.length > 0 ? counts : all;
}

/** Whether a figure of `numbersIn` is a time of day (a quarter-hour mark). */
export function isClockFigure(value: string): boolean {
  return value.includes(':');
}

function distinct(items: readonly string[]): string[] {
  return [...new Set(items)];
}
