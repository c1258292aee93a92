/**
 * Direct quotes in running text, as real pages set them: curly and straight
 * double quotes, single quotes, mixed pairs (a straight opener closed by a
 * curly closer), apostrophes inside quotes ("Pakistan’s"), quotes nested in
 * quotes, and quotes that run on over paragraphs (the convention of leaving a
 * paragraph's quote open and reopening it at the start of the next).
 */

/** One pair of quote marks in a paragraph. Offsets are into the paragraph. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph's length when the quote runs on. */
  close: number;
  /** The words between the marks. */
  textStart: number;
  textEnd: number;
  kind: 'double' | 'single';
  /** The paragraph ends before the quote closes (it runs on into the next paragraph or is left open). */
  open_ended: boolean;
}

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = '‘';
const SINGLE_CLOSE = '’';
// A single-quoted phrase longer than this is an apostrophe misread as a quote mark.
const MAX_SINGLE_CHARS = 400;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function isSpaceOrStart(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{\u2014\u2013/-]/u.test(ch);
}

/** Quote spans of one paragraph, in order; quotes nested inside a double quote are part of its text. */
export function quoteSpans(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const n = paragraph.length;
  let doubleOpen = -1;
  let singleOpen = -1;
  let lastDoubleMark = -1;
  for (let i = n - 1; i >= 0; i--) {
    const ch = paragraph[i] ?? '';
    if (DOUBLE_OPEN.has(ch) || DOUBLE_CLOSE.has(ch) || ch === '"') {
      lastDoubleMark = i;
      break;
    }
  }
  const lostOpener = closesLostOpening(paragraph);
  for (let i = 0; i < n; i++) {
    const ch = paragraph[i] ?? '';
    const prev = i > 0 ? paragraph[i - 1] : undefined;
    const next = i + 1 < n ? paragraph[i + 1] : undefined;
    if (i === lostOpener) {
      pushSpan(spans, paragraph, -1, i + 1, 'double', false);
      continue;
    }
    if (DOUBLE_OPEN.has(ch) || DOUBLE_CLOSE.has(ch) || ch === '"') {
      let opens: boolean;
      if (ch === '"') opens = doubleOpen < 0;
      // An opening mark typed where a closing one belongs (“...,“ she said) closes the quote when no other mark follows.
      else if (DOUBLE_OPEN.has(ch)) opens = doubleOpen < 0 || lastDoubleMark > i;
      else opens = false;
      if (opens) {
        // A second opener while one is open: the first was never closed (a typo or a run-on); keep it to here.
        if (doubleOpen >= 0) pushSpan(spans, paragraph, doubleOpen, i, 'double', true);
        doubleOpen = i;
        singleOpen = -1;
      } else if (doubleOpen >= 0) {
        pushSpan(spans, paragraph, doubleOpen, i + 1, 'double', false);
        doubleOpen = -1;
      }
      continue;
    }
    if (doubleOpen >= 0) continue;
    if (ch === SINGLE_OPEN || ch === "'") {
      if (ch === "'" && isWordChar(prev) && isWordChar(next)) continue; // don't, Pakistan's
      if (singleOpen < 0) {
        if (isSpaceOrStart(prev) && (isWordChar(next) || next === '.')) singleOpen = i;
        continue;
      }
      // A straight mark while a single quote is open closes it when it ends a word.
      if (ch === "'" && !isWordChar(next)) {
        if (closeSingle(spans, paragraph, singleOpen, i)) singleOpen = -1;
      }
      continue;
    }
    if (ch === SINGLE_CLOSE) {
      if (isWordChar(prev) && isWordChar(next)) continue; // apostrophe inside a word
      if (singleOpen >= 0 && !isSpaceOrStart(prev) && !isWordChar(next)) {
        if (closeSingle(spans, paragraph, singleOpen, i)) singleOpen = -1;
      }
    }
  }
  if (doubleOpen >= 0) pushSpan(spans, paragraph, doubleOpen, n, 'double', true);
  return spans;
}

/**
 * The offset of a paragraph's first double mark when it closes a quote whose opening mark the
 * page lost (“Just heard ...,” he tweeted. “...”: the first mark missing): the paragraph does
 * not open with a mark, the first mark ends words (after a comma or a full stop, before a
 * space) and the marks are odd in number. Otherwise -1.
 */
function closesLostOpening(paragraph: string): number {
  const marks: number[] = [];
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i] ?? '';
    if (DOUBLE_OPEN.has(ch) || DOUBLE_CLOSE.has(ch) || ch === '"') marks.push(i);
  }
  const first = marks[0];
  if (first === undefined || marks.length % 2 === 0 || first === 0 || DOUBLE_OPEN.has(paragraph[first] ?? '')) return -1;
  if (/^\s*$/u.test(paragraph.slice(0, first))) return -1;
  const before = paragraph[first - 1] ?? '';
  const after = paragraph[first + 1];
  return /[,.!?]/u.test(before) && (after === undefined || /\s/u.test(after)) ? first : -1;
}

function closeSingle(spans: QuoteSpan[], paragraph: string, open: number, closeMark: number): boolean {
  if (closeMark - open > MAX_SINGLE_CHARS) return true;
  pushSpan(spans, paragraph, open, closeMark + 1, 'single', false);
  return true;
}

function pushSpan(spans: QuoteSpan[], paragraph: string, open: number, close: number, kind: QuoteSpan['kind'], openEnded: boolean): void {
  let textStart = open + 1;
  let textEnd = openEnded ? close : close - 1;
  while (textStart < textEnd && /\s/u.test(paragraph[textStart] ?? '')) textStart++;
  // The comma of “...,” he said belongs to the attribution, not to the words.
  while (textEnd > textStart && /[\s,;:]/u.test(paragraph[textEnd - 1] ?? '')) textEnd--;
  if (textEnd <= textStart) return;
  if (!/[\p{L}\p{N}]/u.test(paragraph.slice(textStart, textEnd))) return;
  // A lost opening mark (open -1) stands at the paragraph's start.
  spans.push({ open: Math.max(open, 0), close, textStart, textEnd, kind, open_ended: openEnded });
}

/** Whether a paragraph starts by reopening a quote (the run-on convention). */
export function opensWithQuote(paragraph: string): boolean {
  const first = paragraph.trimStart()[0];
  return first !== undefined && (DOUBLE_OPEN.has(first) || first === '"');
}

/** The quoted words with quote marks and surrounding punctuation tidied, for display and comparison. */
export function cleanQuoteText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The stretches of a paragraph inside quotation marks, marks included, as offsets: the quote spans, and one
 * addition for readers of the words around quotations (framing's labels, the speakers of quotations): a closing
 * mark before any opening one ends a quotation carried over from the previous paragraph, so the words before it
 * are quoted too.
 */
export function quotedStretches(paragraph: string): { start: number; end: number }[] {
  const spans = quoteSpans(paragraph).map((q) => ({ start: q.open, end: q.close }));
  const firstMark = paragraph.search(/[“„«”»"]/u);
  const mark = firstMark >= 0 ? paragraph[firstMark] : undefined;
  if ((mark === '”' || mark === '»') && !spans.some((q) => q.start <= firstMark)) spans.unshift({ start: 0, end: firstMark + 1 });
  return spans;
}
