/**
 * Which stretches of a paragraph are inside quotation marks, as framing's
 * labels need them. Names are read by the reading layer (english/names.ts).
 */

import { quoteSpans as quoteMarks } from '../english/quote-marks.js';

export interface Span {
  start: number;
  end: number;
}

/**
 * Quoted stretches of one paragraph, from the quotes analysis's own reader of
 * quote marks (straight, curly, mixed, single quotes that are not apostrophes,
 * quotes left open to the paragraph's end). One addition for labels: a closing
 * mark before any opening one ends a quotation carried over from the previous
 * paragraph, so the words before it are quoted too.
 */
export function quoteSpans(paragraph: string): Span[] {
  const spans: Span[] = quoteMarks(paragraph).map((q) => ({ start: q.open, end: q.close }));
  const firstMark = paragraph.search(/[“„«”»"]/u);
  const mark = firstMark >= 0 ? paragraph[firstMark] : undefined;
  if ((mark === '”' || mark === '»') && !spans.some((q) => q.start <= firstMark)) spans.unshift({ start: 0, end: firstMark + 1 });
  return spans;
}

export function insideAny(offset: number, spans: readonly Span[]): boolean {
  for (const s of spans) if (offset > s.start && offset < s.end) return true;
  return false;
}
