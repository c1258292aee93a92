/**
 * When an article was published, as far as it can be told: the date it was given with, else the
 * date in its address (".../2013/05/03/..."), else a full date its opening states (a dateline,
 * "Tuesday, May 3, 2013"). Many addresses give only the year and month; the date is then a span.
 */
export interface KnownDate {
  /** First and last day it may be, in days since 1970-01-01 (UTC). */
  first: number;
  last: number;
  from: 'published' | 'address' | 'text';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DAY_MS = 86_400_000;
const FIRST_YEAR = 1990;
const LAST_YEAR = 2099;

/** Days since 1970-01-01 of a calendar day, or undefined when it is not one. */
export function dayNumber(year: number, month: number, day: number): number | undefined {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const time = Date.UTC(year, month - 1, day);
  if (new Date(time).getUTCDate() !== day) return undefined;
  return Math.round(time / DAY_MS);
}

function monthSpan(year: number, month: number): [number, number] | undefined {
  const first = dayNumber(year, month, 1);
  if (first === undefined) return undefined;
  const last = Math.round(Date.UTC(year, month, 0) / DAY_MS);
  return [first, last];
}

function monthOf(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

export function fromPublished(publishedAt: string | undefined): KnownDate | undefined {
  if (!publishedAt) return undefined;
  const time = Date.parse(publishedAt);
  if (!Number.isFinite(time)) return undefined;
  const day = Math.floor(time / DAY_MS);
  return { first: day, last: day, from: 'published' };
}

const ADDRESS_PATTERNS: { pattern: RegExp; read: (m: RegExpMatchArray) => [number, number, number?] }[] = [
  // /2013/05/03/, /2013-05-03, /2013/may/03/
  { pattern: /[/_-]((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?=[/_.-]|$)/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  { pattern: new RegExp(String.raw`[/_-]((?:19|20)\d\d)[/-]${MONTH_WORD}[/-](\d\d?)(?=[/_.-]|$)`, 'i'), read: (m) => [Number(m[1]), monthOf(m[2]!), Number(m[3])] },
  // ymd=20081216, /20130503/
  { pattern: /(?:[/=_-])((?:19|20)\d\d)(0[1-9]|1[0-2])([0-2]\d|3[01])(?=[/&_.-]|$)/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // /2013/05/ (year and month only)
  { pattern: /[/_-]((?:19|20)\d\d)[/-](0[1-9]|1[0-2])(?=[/_-])/, read: (m) => [Number(m[1]), Number(m[2])] },
  { pattern: new RegExp(String.raw`[/_-]((?:19|20)\d\d)[/-]${MONTH_WORD}(?=[/_-])`, 'i'), read: (m) => [Number(m[1]), monthOf(m[2]!)] },
];

/** The date an article's address gives, where it gives one. */
export function fromAddress(url: string | undefined): KnownDate | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    const parsed = new URL(url);
    path = parsed.pathname + parsed.search;
  } catch {
    return undefined;
  }
  for (const { pattern, read } of ADDRESS_PATTERNS) {
    const match = path.match(pattern);
    if (!match) continue;
    const [year, month, day] = read(match);
    if (day !== undefined) {
      const number = dayNumber(year, month, day);
      if (number !== undefined) return { first: number, last: number, from: 'address' };
      continue;
    }
    const span = monthSpan(year, month);
    if (span) return { first: span[0], last: span[1], from: 'address' };
  }
  return undefined;
}

const FULL_DATES = [
  // May 3, 2013 / May 3 2013
  { pattern: new RegExp(String.raw`\b${MONTH_WORD}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`, 'gi'), read: (m: RegExpMatchArray) => [Number(m[3]), monthOf(m[1]!), Number(m[2])] },
  // 3 May 2013
  { pattern: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_WORD}\.?,?\s+((?:19|20)\d\d)\b`, 'gi'), read: (m: RegExpMatchArray) => [Number(m[3]), monthOf(m[2]!), Number(m[1])] },  // 2013-09-28 (a time stamp: "published: 2012-04-04 11:47:35")
  { pattern: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g, read: (m: RegExpMatchArray) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 14/09/2013 or 12/19/2005: read only when the order cannot be mistaken (one part above 12, or both alike)
  { pattern: /(?<![\d/])(\d{1,2}) ?\/ ?(\d{1,2}) ?\/ ?((?:19|20)\d\d)\b/g, read: (m: RegExpMatchArray) => numericDate(Number(m[3]), Number(m[1]), Number(m[2])) },
];

/**
 * A date written in figures, day and month in either order: [year, month, day] when only one order
 * makes a date or both give the same one ("6/6/2013"), else no date ("03/08/2013" is 3 August in
 * London and March 8 in New York).
 */
function numericDate(year: number, first: number, second: number): [number, number, number] {
  if (first === second || (first > 12 && second <= 12)) return [year, second, first];
  if (second > 12 && first <= 12) return [year, first, second];
  return [year, 0, 0];
}

/** Words of an article's opening searched for a dateline date. */
const OPENING_CHARS = 400;

/**
 * A full date the opening of an article states (a dateline, "LONDON, May 3, 2013 -"): news gives
 * the day it reports on at its head. Dates further in are as often of earlier events.
 */
export function fromText(paragraphs: readonly string[]): KnownDate | undefined {
  const opening = openingOf(paragraphs);
  let best: { at: number; day: number } | undefined;
  for (const { pattern, read } of FULL_DATES) {
    for (const match of opening.matchAll(pattern)) {
      const [year, month, day] = read(match) as [number, number, number];
      const number = dayNumber(year, month, day);
      if (number !== undefined && (!best || (match.index ?? 0) < best.at)) best = { at: match.index ?? 0, day: number };
    }
  }
  return best && { first: best.day, last: best.day, from: 'text' };
}

/** The first OPENING_CHARS characters of the paragraphs joined by line breaks, without joining the rest (a page's date is read at every query). */
function openingOf(paragraphs: readonly string[]): string {
  let opening = '';
  for (let k = 0; k < paragraphs.length && opening.length < OPENING_CHARS; k++) opening += (k > 0 ? '\n' : '') + paragraphs[k]!;
  return opening.slice(0, OPENING_CHARS);
}

export function articleDate(article: { publishedAt?: string; url?: string; paragraphs: readonly string[] }): KnownDate | undefined {
  const given = fromPublished(article.publishedAt);
  if (given) return given;
  const address = fromAddress(article.url);
  if (address && address.first === address.last) return address;
  // An address that gives only the year and month leaves the day to a dateline inside that month.
  const text = fromText(article.paragraphs);
  if (!address) return text;
  return text && text.first >= address.first && text.last <= address.last ? text : address;
}

/**
 * How many days apart two dates are at the least and at the most (0 at the least when their
 * spans overlap); undefined when either is unknown.
 */
export function daysApart(a: KnownDate | undefined, b: KnownDate | undefined): { least: number; most: number; signed: number } | undefined {
  if (!a || !b) return undefined;
  const least = Math.max(0, a.first - b.last, b.first - a.last);
  const most = Math.max(a.last - b.first, b.last - a.first);
  // Positive when b is later than a, from the middles of the spans.
  const signed = (b.first + b.last) / 2 - (a.first + a.last) / 2;
  return { least, most, signed };
}

export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Corpus articles' dates as a pack's match index stores them (worked out at build, as `articleDate`
 * reads each article the index describes): article i's date (null when it has none), or undefined
 * where the index does not hold it (then it is read from the article). Each decoded once.
 */
export interface DateColumns {
  readonly length: number;
  at(i: number): KnownDate | null | undefined;
}

export const DATE_SOURCES: readonly KnownDate['from'][] = ['published', 'address', 'text'];
