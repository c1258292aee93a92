/**
 * Which stretches of a paragraph are inside quotation marks, as framing's
 * labels need them: the reading layer's quoted stretches (english/quote-marks.ts).
 */

export { quotedStretches as quoteSpans } from '../english/quote-marks.js';

export interface Span {
  start: number;
  end: number;
}

export function insideAny(offset: number, spans: readonly Span[]): boolean {
  for (const s of spans) if (offset > s.start && offset < s.end) return true;
  return false;
}
