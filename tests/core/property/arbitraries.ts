// Text that breaks naive code, for the property tests: news-shaped sentences mixed with
// quote marks that never close, numbers of every shape, keys that live on Object.prototype,
// right-to-left and astral characters, lone surrogates, odd whitespace, markup-like strings.
import fc from 'fast-check';
import type { Article } from '../../../src/core/types.js';
import { expect } from 'vitest';

/** Words and marks that text-facing code trips on. */
export const HOSTILE_TOKENS = [
  // Keys every plain object inherits: a lookup table keyed by words must not find them.
  'constructor', 'Constructor', '__proto__', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__',
  // Quote marks, open and never closed.
  '"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」',
  // Numbers of every shape.
  '0', '1', '23', '1,200', '3.5', '1.2.3', '1,', ',1', '−5', '-5', '5%', '$4bn', '£', '€3', '10km', '2,600km', '1/2', '½', '1e309', 'NaN', 'Infinity',
  'twenty-three', 'hundreds', 'a dozen', 'at least', 'more than', 'nearly', 'billion', 'million', 'thousand', '2025', 'October 10', 'Monday',
  // Sentence machinery.
  '.', '..', '...', '…', '!', '?', '?!', ';', ':', ',', '—', '–', '-', '(', ')', '[', ']', 'Mr.', 'Dr.', 'U.S.', 'e.g.', 'No.', 'J.',
  // Speech and names.
  'said', 'says', 'told', 'according to', 'added', 'the minister', 'spokesman', 'Jane Doe', 'John Smith', 'Taliban', 'Pakistan', 'he', 'she', 'they',
  'killed', 'ceasefire', 'talks', 'agreed', 'the', 'a', 'and', 'of', 'in', 'was', 'were', 'not',
  // Markup and code as text.
  '<img src=x onerror=alert(1)>', '<script>', '</p>', '&amp;', '${x}', '{{x}}', '\\', '/', '%s',
  // Scripts, directions and code points.
  'مرحبا', 'שלום', '中文', '\u200f', '\u202e', '\u200b', '\u00a0', '\ufeff', '😀', '\ud800', '\udfff', 'e\u0301', 'İ', 'ß', 'ﬁ',
  // Whitespace.
  ' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u2028',
];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_TOKENS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** A run of hostile tokens, mostly separated by spaces. */
export const hostileText = (maxTokens = 80): fc.Arbitrary<string> =>
  fc.array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '', '\n')), { maxLength: maxTokens }).map((parts) => parts.map(([t, sep]) => t + sep).join(''));

/** One repeated token: the long monotonous runs that expose quadratic code. */
export const monotonousText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...HOSTILE_TOKENS), fc.constantFrom('', ' ', '. ', ', '), fc.integer({ min: 100, max: 3_000 }))
  .map(([t, sep, n]) => (t + sep).repeat(n));

/** A paragraph as the extractor hands it over: whitespace collapsed, trimmed. */
export const paragraph = (maxTokens = 80): fc.Arbitrary<string> =>
  fc.oneof({ weight: 5, arbitrary: hostileText(maxTokens) }, { weight: 1, arbitrary: monotonousText }).map((t) => t.replace(/\s+/g, ' ').trim());

/** An article: a hostile title and paragraphs, some of them empty or whitespace. */
export const hostileArticle = (maxParagraphs = 8): fc.Arbitrary<Article> =>
  fc
    .record({
      title: hostileText(12),
      paragraphs: fc.array(paragraph(), { minLength: 0, maxLength: maxParagraphs }),
      publishedAt: fc.option(fc.constantFrom('2025-10-19T00:00:00.000Z', 'not a date', '', '9999-99-99'), { nil: undefined }),
      siteName: fc.option(hostileText(4), { nil: undefined }),
    })
    .map(({ title, paragraphs, publishedAt, siteName }) => {
      const article: Article = { title, paragraphs };
      if (publishedAt !== undefined) article.publishedAt = publishedAt;
      if (siteName !== undefined) article.siteName = siteName;
      return article;
    });

/** Property-run settings: enough cases to find the shapes, few enough to keep `npm test` quick. */
export const RUNS = { numRuns: 150, seed: Number(process.env.PROPERTY_SEED ?? 20251119) } as const;

/**
 * Runs `fn` and returns its result, naming the input if it throws. Not timed: a busy machine would
 * fail a timed test; a hang still fails by the test's timeout, and speed is measured in `npm run bench`.
 */
export function bounded<T>(fn: () => T, what: string): T {
  try {
    return fn();
  } catch (error) {
    throw new Error(`${what} threw: ${(error as Error).message}`, { cause: error });
  }
}

/** Every {articleId, sentence} pair anywhere in a value (a report section's evidence). */
export function evidenceIn(value: unknown, found: { articleId: string; sentence: string }[] = []): { articleId: string; sentence: string }[] {
  if (Array.isArray(value)) for (const item of value) evidenceIn(item, found);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.articleId === 'string' && typeof record.sentence === 'string') found.push({ articleId: record.articleId, sentence: record.sentence });
    for (const key of Object.keys(record)) evidenceIn(record[key], found);
  }
  return found;
}
