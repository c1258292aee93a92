import type { Article } from '../types.js';
import { termsOf } from '../text/tokens.js';
import { sentenceSpans } from '../text/sentences.js';
import { parseDigits } from '../english/numerals.js';
import { namesIn } from '../english/names.js';

const MAX_TERMS = 400;

/**
 * How often each term occurs in an article, headline included; the most frequent terms only.
 * Besides its content words, an article's terms are the names it mentions ("name:capaldi"), the
 * years it gives ("year:2013") and its other exact figures ("num:4.4"): two events of one kind
 * share their vocabulary and differ in who, when and how many, so these weigh on their own as
 * well as in the words they are spelled with.
 */
export function termCounts(article: Article): Record<string, number> {
  return termCountsReading(article, joinDottedAcronyms);
}

/**
 * `termCounts` with the words read from the text as `readWords` gives it: packs written before the
 * match terms joined dotted acronyms (807bdb5) were read with the text as it is.
 */
export function termCountsReading(article: Article, readWords: (text: string) => string): Record<string, number> {
  const counts: Record<string, number> = Object.create(null);
  const add = (term: string) => (counts[term] = (counts[term] ?? 0) + 1);
  for (const text of [article.title, ...article.paragraphs]) {
    for (const term of termsOf(readWords(text))) add(term);
    for (const term of figureTerms(text)) add(term);
  }
  for (const paragraph of article.paragraphs) {
    for (const { text } of sentenceSpans(paragraph)) for (const { name } of namesIn(text)) add(`name:${name}`);
  }
  return topTerms(counts, MAX_TERMS);
}

// An acronym written with dots ("F.B.I.", "C.I.A.", "D.N.C.": one outlet's house style) is the same word as
// the acronym without them ("FBI", "CIA", "DNC": another's); cut at its dots by the term pattern, it was no term
// at all, so that outlet's coverage never met the others' on it. Joined for the match terms only: the facts
// analysis reads its own terms (joined there, held-out "missing here" fell 80% -> 76%; docs/evaluation-facts.md).
const DOTTED_ACRONYM = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.){2,}(?![\p{L}\p{N}])/gu;

/** The text with each dotted acronym written without its dots ("the F.B.I. director" -> "the FBI director"). */
export function joinDottedAcronyms(text: string): string {
  return text.includes('.') ? text.replace(DOTTED_ACRONYM, (acronym) => acronym.replaceAll('.', '')) : text;
}

const DIGITS = /(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{N}]|(?:st|nd|rd|th)\b)/gu;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;
// Below this, a whole number is a count too common to tell events apart ("two", "3 people").
const SMALLEST_TELLING_NUMBER = 10;

/** Years ("year:2013") and exact figures ("num:2600", "num:4.4") written in digits. */
export function figureTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(DIGITS)) {
    const value = parseDigits(match[0]);
    if (value === undefined) continue;
    const whole = Number.isInteger(value) && !match[0].includes('.');
    if (whole && /^\d{4}$/.test(match[0]) && value >= FIRST_YEAR && value <= LAST_YEAR) terms.push(`year:${value}`);
    else if (!whole || value >= SMALLEST_TELLING_NUMBER) terms.push(`num:${value}`);
  }
  return terms;
}

function topTerms(counts: Record<string, number>, limit: number): Record<string, number> {
  const entries = Object.entries(counts);
  if (entries.length <= limit) return counts;
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept: Record<string, number> = Object.create(null);
  for (const [term, count] of entries.slice(0, limit)) kept[term] = count;
  return kept;
}

/** Inverse document frequency from document counts: rare terms weigh more. */
export function idf(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + documentCount / (documentFrequency + 0.5));
}

/** A sparse, unit-length vector: term -> weight. */
export type WeightVector = Record<string, number>;

export function weightVector(counts: Record<string, number>, idfOf: (term: string) => number): WeightVector {
  const vector: WeightVector = Object.create(null);
  let norm = 0;
  for (const [term, count] of Object.entries(counts)) {
    const weight = (1 + Math.log(count)) * idfOf(term);
    vector[term] = weight;
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const term of Object.keys(vector)) vector[term] = (vector[term] ?? 0) / norm;
  return vector;
}
