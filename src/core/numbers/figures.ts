import { dayOf, parseDay, type Day } from '../english/dates.js';
import { isDash, tokenize, type Token } from './tokens.js';
import { ABBREVIATED_SCALES, MONTHS, ONES, SCALES, TENS, WEEKDAYS, parseDigits } from '../english/numerals.js';
import { wordTable } from '../text/word-table.js';

/**
 * How an outlet's wording of a figure becomes an interval. Every constant below is a
 * reading rule; each is tested on hand-written sentences in tests/core/numbers.
 *
 * A lower bound in news ("at least 23 dead", "more than 600 attacks") is the
 * reporter's best count with a caveat, not an open-ended bound: a toll known to be
 * two or three times the figure would be reported as that larger figure. So "at
 * least N" reads as N to OPEN_BOUND_FACTOR x N, and an upper bound ("up to N",
 * "fewer than N") as N / OPEN_BOUND_FACTOR to N. With 2, "at least 23" and "58"
 * cannot both be true, while "over 600", "at least 600" and "more than 600" agree.
 */
export const OPEN_BOUND_FACTOR = 2;
/** "About", "around", "some", "an estimated": within this fraction either side; "nearly"/"almost": this far below. */
export const APPROX = 0.2;
/** A round figure (two or more trailing zeros, or a converted unit) stands for the values that round to it: this fraction either side. */
export const ROUND_TOLERANCE = 0.05;
/** "50-odd", "50-plus": the figure to this fraction above it. */
export const ODD_FACTOR = 0.2;

export type Measure = 'count' | 'length' | 'weight' | 'duration' | 'percent' | 'money' | 'magnitude' | 'date';

/** A figure read from a sentence, before its subject is known. */
export interface RawFigure {
  /** Token span of the whole figure (qualifier, number, unit): [first, last). */
  first: number;
  last: number;
  /** Character offsets in the sentence. */
  start: number;
  end: number;
  measure: Measure;
  /** Base unit the interval is in: '' for counts, 'km', 'kg', 'day', 'percent', 'pp', 'USD'..., 'date' (days since 1970-01-01), 'month-day' (day of a leap year, year unknown), 'weekday' (0 = Sunday, unresolved). */
  unit: string;
  low: number;
  high: number;
  /** A weekday or other date that could not be resolved against a publication date. */
  relative?: boolean;
  /** A time unit spelt with a hyphen before a noun ("48-hour ceasefire"): the noun is what it measures. */
  compound?: boolean;
}

/** Vague amounts as the range a reader takes them to mean. */
const VAGUE: Record<string, [number, number]> = wordTable({
  several: [3, 9],
  few: [2, 6],
  handful: [2, 6],
  couple: [2, 3],
  dozens: [24, 99],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, 9.99e6],
  billions: [2e9, 9.99e9],
});
/** "Several hundred", "a few thousand": the vague multiplier times the scale. */
const VAGUE_MULTIPLIER: Record<string, [number, number]> = wordTable({ several: [3, 9], few: [2, 6], couple: [2, 3] });

interface UnitInfo {
  measure: Measure;
  base: string;
  factor: number;
  /** Units of uneven length (a month is 28 to 31 days): the largest factor; `factor` is then the smallest. */
  factorHigh?: number;
}

const LENGTH = (factor: number): UnitInfo => ({ measure: 'length', base: 'km', factor });
const WEIGHT = (factor: number): UnitInfo => ({ measure: 'weight', base: 'kg', factor });
const TIME = (factor: number): UnitInfo => ({ measure: 'duration', base: 'day', factor });
const UNEVEN = (factor: number, factorHigh: number): UnitInfo => ({ measure: 'duration', base: 'day', factor, factorHigh });
const MONEY = (base: string): UnitInfo => ({ measure: 'money', base, factor: 1 });

const UNITS: Record<string, UnitInfo> = wordTable({
  km: LENGTH(1), kms: LENGTH(1), kilometre: LENGTH(1), kilometres: LENGTH(1), kilometer: LENGTH(1), kilometers: LENGTH(1),
  mile: LENGTH(1.609344), miles: LENGTH(1.609344), mi: LENGTH(1.609344),
  metre: LENGTH(0.001), metres: LENGTH(0.001), meter: LENGTH(0.001), meters: LENGTH(0.001),
  inch: LENGTH(0.0000254), inches: LENGTH(0.0000254),
  foot: LENGTH(0.0003048), feet: LENGTH(0.0003048), ft: LENGTH(0.0003048), yard: LENGTH(0.0009144), yards: LENGTH(0.0009144),
  kg: WEIGHT(1), kgs: WEIGHT(1), kilogram: WEIGHT(1), kilograms: WEIGHT(1), kilo: WEIGHT(1), kilos: WEIGHT(1),
  tonne: WEIGHT(1000), tonnes: WEIGHT(1000), ton: WEIGHT(907.18474), tons: WEIGHT(907.18474), lb: WEIGHT(0.45359237), lbs: WEIGHT(0.45359237),
  minute: TIME(1 / 1440), minutes: TIME(1 / 1440), hour: TIME(1 / 24), hours: TIME(1 / 24), hr: TIME(1 / 24), hrs: TIME(1 / 24),
  day: TIME(1), days: TIME(1), week: TIME(7), weeks: TIME(7), fortnight: TIME(14), fortnights: TIME(14),
  month: UNEVEN(28, 31), months: UNEVEN(28, 31), year: UNEVEN(365, 366), years: UNEVEN(365, 366), decade: UNEVEN(3652, 3653), decades: UNEVEN(3652, 3653),
  magnitude: { measure: 'magnitude', base: 'magnitude', factor: 1 },
  percent: { measure: 'percent', base: 'percent', factor: 1 }, pct: { measure: 'percent', base: 'percent', factor: 1 },
  dollars: MONEY('USD'), dollar: MONEY('USD'), euros: MONEY('EUR'), euro: MONEY('EUR'), rupees: MONEY('INR'), yen: MONEY('JPY'), yuan: MONEY('CNY'),
});
const CURRENCY_SIGNS: Record<string, string> = wordTable({ $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' });


/** Words before a number that make it a label, not an amount ("Flight 370", "No. 10", "Article 5"). */
const LABEL_WORDS = new Set(
  `no nos number article flight route chapter section resolution room page highway interstate level phase grade category
   episode season gate platform bus apartment suite lot pier terminal ward district block channel version model stage
   exit lane row seat floor track act verse paragraph clause item figure table appendix annex unit squad precinct`.split(/\s+/),
);

/** Words that may not stand between a number and a time unit as its adjective ("three of the days"). */
const STOP_BEFORE_UNIT = new Set(['of', 'the', 'and', 'or', 'to', 'in', 'on', 'a', 'an', 'per', 'more', 'other', 'times', 'people']);

const PERIOD_STARTS = new Set(['past', 'last', 'next', 'first', 'previous', 'coming', 'final', 'recent']);
const FRACTIONS = new Set(['quarter', 'quarters', 'third', 'thirds', 'fifth', 'fifths', 'tenths', 'half', 'halves']);

const REFERRING = new Set(['the', 'these', 'those', 'both', 'its', 'their', 'his', 'her', 'our', 'all', 'other']);

type Bound = 'lower' | 'upper' | 'near' | 'approx' | 'exact';
const QUALIFIERS: [string[], Bound][] = [
  [['at', 'least'], 'lower'], [['more', 'than'], 'lower'], [['over'], 'lower'], [['upwards', 'of'], 'lower'],
  [['in', 'excess', 'of'], 'lower'], [['no', 'fewer', 'than'], 'lower'], [['no', 'less', 'than'], 'lower'],
  [['greater', 'than'], 'lower'], [['above'], 'lower'], [['exceeding'], 'lower'], [['topping'], 'lower'],
  [['up', 'to'], 'upper'], [['at', 'most'], 'upper'], [['fewer', 'than'], 'upper'], [['less', 'than'], 'upper'],
  [['under'], 'upper'], [['no', 'more', 'than'], 'upper'], [['below'], 'upper'], [['as', 'many', 'as'], 'upper'],
  [['as', 'much', 'as'], 'upper'], [['as', 'few', 'as'], 'lower'],
  [['nearly'], 'near'], [['almost'], 'near'], [['close', 'to'], 'near'], [['just', 'under'], 'near'], [['approaching'], 'near'],
  [['about'], 'approx'], [['around'], 'approx'], [['approximately'], 'approx'], [['roughly'], 'approx'], [['some'], 'approx'],
  [['an', 'estimated'], 'approx'], [['estimated'], 'approx'], [['circa'], 'approx'], [['approx'], 'approx'], [['nearly', 'about'], 'approx'],
  [['exactly'], 'exact'], [['precisely'], 'exact'],
];

interface NumberRead {
  value: number;
  /** Range read directly (vague amounts). */
  range?: [number, number];
  next: number;
  /** Written as "a"/"an" before a unit: one, loosely. */
  article?: boolean;
  /** A loose amount ("a dozen"): approximate unless a qualifier says otherwise. */
  loose?: boolean;
  round: boolean;
  /** For a rounded figure: the fraction either side it stands for, when its written digits say less than ROUND_TOLERANCE ("$184 million": 0.3%). */
  tolerance?: number;
}

export interface ReadOptions {
  /** ISO date the article was published, to resolve "October 10" and "on Saturday". */
  publishedAt?: string;
}

/** Every figure in one sentence, in reading order. Never throws; linear in the sentence length. */
export function readFigures(sentence: string, options: ReadOptions = {}): { tokens: Token[]; figures: RawFigure[] } {
  const tokens = tokenize(sentence);
  const published = parseDay(options.publishedAt);
  const figures: RawFigure[] = [];
  let i = 0;
  while (i < tokens.length) {
    const figure = readDate(tokens, i, published) ?? readAmount(tokens, i);
    if (figure === null) {
      i = skipNonFigure(tokens, i);
      continue;
    }
    if (typeof figure === 'number') {
      i = Math.max(i + 1, figure);
      continue;
    }
    figures.push(figure);
    i = Math.max(i + 1, figure.last);
  }
  return { tokens, figures: mergeConversions(tokens, figures) };
}

/** Past a token that starts no figure; skips whole phone numbers, times and codes so their parts are not read one by one. */
function skipNonFigure(tokens: Token[], i: number): number {
  if (tokens[i]?.kind !== 'num') return i + 1;
  if (tokens[i + 1]?.text === ',' && tokens[i + 2]?.kind === 'num' && tokens[i + 2]!.gap && /^\d{3}$/.test(tokens[i + 2]!.text)) return i + 3;
  let j = i + 1;
  while (j + 1 < tokens.length && tokens[j]?.kind === 'punct' && !tokens[j]?.gap && tokens[j + 1]?.kind === 'num' && !tokens[j + 1]?.gap) j += 2;
  return j;
}

// ---- amounts -------------------------------------------------------------------

/** A figure at token i; a token index to skip to when i starts something that is deliberately not a figure (a score, an age), null when nothing is there. */
function readAmount(tokens: Token[], i: number): RawFigure | number | null {
  const token = tokens[i];
  if (!token) return null;
  let currency: string | undefined;
  let numberAt = i;
  const lostEuro = lostEuroSign(tokens, i);
  if ((token.kind === 'punct' && CURRENCY_SIGNS[token.text] && tokens[i + 1]?.kind === 'num' && !tokens[i + 1]?.gap) || lostEuro) {
    currency = lostEuro ? 'EUR' : CURRENCY_SIGNS[token.text];
    numberAt = i + 1;
  }
  if (!lostEuro && notAnAmount(tokens, numberAt)) return null;
  const read = readNumber(tokens, numberAt, currency !== undefined);
  if (!read) return null;
  // "the two countries", "both sides", "the three men": a small number after a definite determiner refers back, it reports nothing.
  if (token.kind === 'word' && !read.range && read.value <= 10 && REFERRING.has(tokens[i - 1]?.lower ?? '')) return read.next;
  let { value, next } = read;
  let range = read.range;
  let round = read.round;

  if (tokens[numberAt - 1]?.lower === 'from' && tokens[next]?.lower === 'to') return next; // "rose from 20 to 30": the change, not an amount
  // "the past three years", "the first three quarters": a period, not an amount.
  if (PERIOD_STARTS.has(tokens[numberAt - 1]?.lower ?? '') && (UNITS[tokens[next]?.lower ?? '']?.measure === 'duration' || FRACTIONS.has(tokens[next]?.lower ?? ''))) return next + 1;
  if (FRACTIONS.has(tokens[next]?.lower ?? '') && !read.range) return next + 1; // "three quarters of", "two thirds": shares, not counts

  // Ranges: "20 to 30", "20-30", "between 20 and 30". A falling pair is a score ("3-1"), not a range.
  const joiner = tokens[next];
  // "between $140 million and $150 million": "between" stands before the currency sign.
  const betweenAt = tokens[numberAt - 1]?.lower === 'between' ? numberAt - 1 : numberAt === i + 1 && tokens[i - 1]?.lower === 'between' ? i - 1 : -1;
  const between = betweenAt >= 0;
  if (!range && joiner && (isDash(joiner) && !joiner.gap || joiner.lower === 'to' || (between && joiner.lower === 'and'))) {
    // "between $140 million and $150 million", "$145 million to $175 million": the second number may repeat the currency sign.
    const signed = currency !== undefined && tokens[next + 1]?.text === token.text && tokens[next + 2]?.kind === 'num' && !tokens[next + 2]!.gap;
    const second = signed ? next + 2 : next + 1;
    const other = tokens[second]?.kind === 'num' || tokens[second]?.kind === 'word' ? readNumber(tokens, second, signed) : undefined;
    if (other && !other.range && !other.article) {
      // With a dash, only round pairs are ranges ("20-30", "100-150"); "9-14" and "18-30" are records and scores.
      const dashed = isDash(joiner);
      const roundPair = value % 5 === 0 && other.value % 5 === 0 || other.value === value + 1 && UNITS[tokens[other.next]?.lower ?? ''] !== undefined;
      if (dashed && !roundPair && tokens[next + 1]?.kind === 'num') return other.next;
      // "$140-150 million", "between 20 and 30 million people": the scale after the second number is the first's too.
      const sharedScale = SCALES[tokens[other.next - 1]?.lower ?? ''];
      if (sharedScale && sharedScale >= 1e3 && tokens[next - 1]?.kind === 'num' && value < 1000 && other.value / sharedScale > value) value *= sharedScale;
      if (other.value > value) {
        range = [value, other.value];
        round = false;
        next = other.next;
      } else if (isDash(joiner) && tokens[next + 1]?.kind === 'num') {
        return other.next; // a score or a code
      }
    }
  }

  // Unit: glued ("2,600km"), hyphenated ("2,600-kilometer"), spaced ("40 percent", "two weeks"), or a sign ("46%").
  let unit: UnitInfo | undefined = currency ? MONEY(currency) : undefined;
  let compound = false;
  let leadingUnit = false;
  // "a magnitude 6.1 earthquake", "magnitude-6.1"
  const lead = tokens[numberAt - 1]?.lower === 'magnitude' ? numberAt - 1 : isDash(tokens[numberAt - 1]) && tokens[numberAt - 2]?.lower === 'magnitude' ? numberAt - 2 : -1;
  if (!unit && lead >= 0) {
    unit = UNITS.magnitude;
    leadingUnit = true;
  }
  const after = tokens[next];
  if (!unit && after) {
    if (after.kind === 'punct' && after.text === '%' && !after.gap) {
      unit = UNITS.percent;
      next += 1;
    } else if (after.kind === 'word' && !after.gap) {
      const glued = UNITS[after.lower];
      const named = UNITS[tokens[next + 1]?.lower ?? ''];
      if (!glued && (ABBREVIATED_SCALES[after.lower] ?? 0) >= 1e6 && named?.measure === 'money' && tokens[next + 1]!.gap) {
        // "2m euros", "30bn euros": a scale glued to the number, the currency named after it.
        value *= ABBREVIATED_SCALES[after.lower]!;
        if (range) range = [range[0] * ABBREVIATED_SCALES[after.lower]!, range[1] * ABBREVIATED_SCALES[after.lower]!];
        unit = named;
        round = true;
        next += 2;
      } else {
        if (!glued) return next + 1; // "11th", "3D", "5G": not an amount
        unit = glued;
        next += 1;
      }
    } else if (isDash(after) && !after.gap && tokens[next + 1]?.kind === 'word' && !tokens[next + 1]?.gap) {
      const word = tokens[next + 1]!.lower;
      if (word === 'odd' || word === 'plus') {
        range = [value, value * (1 + ODD_FACTOR)];
        next += 2;
      } else if (word === 'year' && tokens[next + 2] && isDash(tokens[next + 2]) && tokens[next + 3]?.lower === 'old') {
        return next + 4; // an age
      } else if (UNITS[word]) {
        unit = UNITS[word];
        compound = true;
        next += 2;
      }
    } else if (after.kind === 'word') {
      if (after.lower === 'per' && tokens[next + 1]?.lower === 'cent') {
        unit = UNITS.percent;
        next += 2;
      } else if (after.lower === 'percentage' && /^points?$/.test(tokens[next + 1]?.lower ?? '')) {
        unit = { measure: 'percent', base: 'pp', factor: 1 };
        next += 2;
      } else if (after.lower === 'years' && tokens[next + 1]?.lower === 'old') {
        return next + 2;
      } else if (UNITS[after.lower] && !(after.lower === 'mi' || after.lower === 'ft')) {
        unit = UNITS[after.lower];
        next += 1;
      } else if (after.lower === 'years' && tokens[next + 1]?.lower === 'old') {
        return next + 2;
      } else if (/^(?:a|p|am|pm|gmt|utc|bst|est|pst)$/.test(after.lower) && (after.lower.length > 1 || tokens[next + 1]?.text === '.')) {
        return next + 1; // a time of day
      } else if (UNITS[tokens[next + 1]?.lower ?? '']?.measure === 'duration' && /^\p{Ll}+$/u.test(after.text) && !STOP_BEFORE_UNIT.has(after.lower)) {
        // "six tense days": one adjective between a number and its time unit.
        unit = UNITS[tokens[next + 1]!.lower];
        next += 2;
      }
    } else if (after.text === '+' && !after.gap) {
      range = [value, value * (1 + ODD_FACTOR)];
      next += 1;
    }
  }
  if (read.article && unit?.measure !== 'duration') return null;
  if (currency) {
    const scale = tokens[next];
    if (scale && ABBREVIATED_SCALES[scale.lower] && !scale.gap) {
      value *= ABBREVIATED_SCALES[scale.lower]!;
      next += 1;
    }
  }

  // "Eight years ago" places an event in time; it measures nothing.
  if (unit?.measure === 'duration' && (tokens[next]?.lower === 'ago' || tokens[next]?.lower === 'earlier' || tokens[next]?.lower === 'later')) return next + 1;

  // Trailing qualifiers: "600 or more", "a week or so".
  let trailing: Bound | undefined;
  if (tokens[next]?.lower === 'or' && tokens[next + 1]?.lower === 'more') trailing = 'lower';
  else if (tokens[next]?.lower === 'or' && tokens[next + 1]?.lower === 'so') trailing = 'approx';

  // Leading qualifier.
  const qualified = qualifierBefore(tokens, leadingUnit ? lead : i);
  const bound = qualified.bound;
  const first = between ? betweenAt : qualified.first;
  let low: number;
  let high: number;
  if (range) [low, high] = range;
  else {
    [low, high] = [value, value];
    const b = bound ?? trailing ?? (read.article || read.loose ? 'approx' : 'exact');
    if (b === 'lower') high = value * OPEN_BOUND_FACTOR;
    else if (b === 'upper') low = value / OPEN_BOUND_FACTOR;
    else if (b === 'near') low = value * (1 - APPROX);
    else if (b === 'approx') [low, high] = [value * (1 - APPROX), value * (1 + APPROX)];
    else if (round) {
      const tolerance = Math.min(ROUND_TOLERANCE, read.tolerance ?? ROUND_TOLERANCE);
      [low, high] = [value * (1 - tolerance), value * (1 + tolerance)];
    }
  }
  if (trailing) next += 2;
  const factor = unit?.factor ?? 1;
  const startToken = tokens[first]!;
  const endToken = tokens[next - 1]!;
  const figure: RawFigure = {
    first,
    last: next,
    start: startToken.start,
    end: endToken.end,
    measure: unit?.measure ?? 'count',
    unit: unit?.base ?? '',
    low: tidy(low * factor),
    high: tidy(high * (unit?.factorHigh ?? factor)),
  };
  if (compound) figure.compound = true;
  return figure;
}

/**
 * "steal e80 million", "more than e85 million", "e75m worth of crude oil": text whose euro sign was lost in conversion
 * (ECB+ writes every "€" so) keeps a lower-case "e" glued to the sum. Read as the sign only when a scale of a million or
 * more follows the number: "e80 million" can be nothing else, while "e5" alone may be a grade, a road or a code.
 */
function lostEuroSign(tokens: Token[], i: number): boolean {
  const [sign, number] = [tokens[i], tokens[i + 1]];
  if (sign?.text !== 'e' || !sign.gap || number?.kind !== 'num' || number.gap) return false;
  const scale = tokens[i + 2];
  if (!scale || scale.kind !== 'word') return false;
  return scale.gap ? (SCALES[scale.lower] ?? 0) >= 1e6 : (ABBREVIATED_SCALES[scale.lower] ?? 0) >= 1e6;
}

function tidy(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Numbers that are names, codes, ordinals, years, times or list markers, not amounts. */
function notAnAmount(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.kind !== 'num') return false;
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  const digits = token.text.replace(/[.,]/g, '');
  if (before && !token.gap && before.kind === 'word') return true; // "G20", "F16"
  // "six AK 47 rifles", "MH 370": a model's or a flight's letters and number written apart are a designation too.
  if (before && before.kind === 'word' && /^[A-Z]{2,3}$/.test(before.text) && /^\d+$/.test(token.text)) return true;
  if (before && isDash(before) && !token.gap && tokens[i - 2]?.kind === 'word' && !before.gap && tokens[i - 2]!.lower !== 'magnitude') return true; // "COVID-19", "Su-25"; "magnitude-6.1" is a magnitude
  if (before && (before.text === '#' || before.text === '+' && !token.gap)) return true;
  if (before && (LABEL_WORDS.has(before.lower) || before.lower === 'aged' || before.lower === 'age')) return true; // labels and ages
  if (before?.text === '.' && LABEL_WORDS.has(tokens[i - 2]?.lower ?? '')) return true;
  if (next && !next.gap && /^(?:st|nd|rd|th)$/i.test(next.text)) return true; // ordinals
  if (next && !next.gap && (next.text === ':' || next.text === '/') && tokens[i + 2]?.kind === 'num') return true; // times, dates, ratios
  if (before && !token.gap && (before.text === ':' || before.text === '/') && tokens[i - 2]?.kind === 'num') return true;
  if (before && before.text === ':' && !before.gap && tokens[i - 2]?.kind === 'num') return true; // "18: 50", a time whose text lost a space
  if (before?.lower === 'in' && tokens[i - 2]?.kind === 'num') return true; // "1 in 500": a ratio
  if (/^0\d/.test(digits)) return true; // codes with leading zeros
  if (digits.length >= 7 && !token.text.includes(',') && !token.text.includes('.')) return true; // ids, phone numbers
  if (/^\d{4}$/.test(token.text) && +token.text >= 1800 && +token.text <= 2100 && !(next && !next.gap && next.kind === 'word')) return true; // years
  if (i === 0 && next && (next.text === '.' || next.text === ')')) return true; // list numbering
  if (i === 0 && digits.length === 1) return true; // style guides spell out a sentence's first number: a lone digit there is a broken-off decimal ("6. 1")
  if (i === 1 && before?.text === '(' && next?.text === ')') return true;
  // Phone-like: three or more digit groups joined by dashes, dots or spaces.
  if (next && tokens[i + 2]?.kind === 'num' && (isDash(next) || next.text === '.') && !next.gap && !tokens[i + 2]!.gap) {
    const third = tokens[i + 3];
    if (third && (isDash(third) || third.text === '.') && tokens[i + 4]?.kind === 'num') return true;
  }
  if (before?.text === ')' && tokens[i - 2]?.kind === 'num' && tokens[i - 3]?.text === '(') return true; // "(202) 555-0143"
  if (before?.text === '(' && next?.text === ')' && tokens[i + 2]?.kind === 'num') return true;
  return false;
}

/** A number at token i: digits, digits with a scale, number words, vague amounts. */
function readNumber(tokens: Token[], i: number, money: boolean): NumberRead | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  if (token.kind === 'num') {
    let value = parseDigits(token.text);
    if (value === undefined) return undefined;
    let next = i + 1;
    // "an 8. 6-magnitude quake", "$2. 5 million": a decimal point set apart from its decimals (the sentence reader keeps them in one sentence).
    const decimals = tokens[i + 2];
    if (tokens[i + 1]?.text === '.' && !tokens[i + 1]!.gap && decimals?.kind === 'num' && decimals.gap && /^\d+$/.test(token.text) && /^\d{1,2}$/.test(decimals.text) && decimals.start === tokens[i + 1]!.end + 1) {
      value = Number(`${token.text}.${decimals.text}`);
      next = i + 3;
    }
    // "170, 000": a thousands group set off by a stray space (text that went through a tokeniser). A group of three digits starting with 0 cannot begin a new number;
    // "1, 400" may be one number or two, so it is read as neither.
    const group = tokens[i + 2];
    if (tokens[i + 1]?.text === ',' && !tokens[i + 1]!.gap && group?.kind === 'num' && group.gap && /^\d{3}$/.test(group.text) && value < 1000) {
      if (!/^0/.test(group.text)) return undefined;
      value = value * 1000 + Number(group.text);
      next = i + 3;
    }
    let scaled = value;
    const scale = tokens[next];
    if (scale && scale.kind === 'word' && SCALES[scale.lower] && scale.gap) {
      scaled = value * SCALES[scale.lower]!;
      next += 1;
    } else if (money && scale && !scale.gap && ABBREVIATED_SCALES[scale.lower]) {
      scaled = value * ABBREVIATED_SCALES[scale.lower]!;
      next += 1;
    } else if (money && isDash(scale) && !scale!.gap && tokens[next + 1]?.kind === 'word' && !tokens[next + 1]!.gap && SCALES[tokens[next + 1]!.lower]) {
      // "$137-million of diamonds": the scale joined by a hyphen, as some outlets write sums.
      scaled = value * SCALES[tokens[next + 1]!.lower]!;
      next += 2;
    }
    const read: NumberRead = { value: scaled, next, round: isRound(String(value), scaled !== value) };
    if (scaled !== value) read.tolerance = writtenTolerance(String(value));
    return read;
  }
  if (token.kind !== 'word') return undefined;
  const w = token.lower;
  const nextWord = tokens[i + 1]?.lower;

  // "a"/"an": one of a unit ("a week"), or the start of "a dozen", "a few", "a hundred".
  if (w === 'a' || w === 'an') {
    if (nextWord === 'dozen') return { value: 12, next: i + 2, loose: true, round: false };
    if (nextWord && VAGUE[nextWord] && (nextWord === 'few' || nextWord === 'handful' || nextWord === 'couple')) {
      const scale = SCALES[tokens[i + 2]?.lower ?? ''];
      const [lo, hi] = VAGUE_MULTIPLIER[nextWord] ?? VAGUE[nextWord]!;
      const ofAt = tokens[i + 2]?.lower === 'of' ? i + 3 : i + 2;
      if (scale) return { value: lo * scale, next: i + 3, range: [lo * scale, hi * scale], round: false };
      return { value: lo, next: nextWord === 'few' ? i + 2 : ofAt, range: [lo, hi], round: false };
    }
    if (nextWord && SCALES[nextWord]) return { value: SCALES[nextWord]!, next: i + 2, round: true };
    if (nextWord && UNITS[nextWord]?.measure === 'duration') return { value: 1, next: i + 1, article: true, round: false };
    return undefined;
  }
  if (w === 'half' && nextWord === 'a' && tokens[i + 2]?.lower === 'dozen') return { value: 6, next: i + 3, round: false };
  if (w === 'half' && nextWord === 'a' && SCALES[tokens[i + 2]?.lower ?? '']) return { value: SCALES[tokens[i + 2]!.lower]! / 2, next: i + 3, round: true };
  // "tens of thousands", "hundreds of thousands"
  if ((w === 'tens' || w === 'hundreds') && nextWord === 'of' && /^(?:thousands|millions)$/.test(tokens[i + 2]?.lower ?? '')) {
    const base = tokens[i + 2]!.lower === 'thousands' ? 1e3 : 1e6;
    const mult = w === 'tens' ? 10 : 100;
    return { value: 2 * mult * base, next: i + 3, range: [2 * mult * base, 9.99 * mult * base], round: false };
  }
  if (VAGUE_MULTIPLIER[w] && nextWord && (SCALES[nextWord] || nextWord === 'dozen')) {
    const unit = nextWord === 'dozen' ? 12 : SCALES[nextWord]!;
    const [lo, hi] = VAGUE_MULTIPLIER[w]!;
    return { value: lo * unit, next: i + 2, range: [lo * unit, hi * unit], round: false };
  }
  if (VAGUE[w] && w !== 'few' && w !== 'handful' && w !== 'couple') {
    // "several" alone is vague only before a noun or "of"; "scores" must be followed by "of" (else it is the noun).
    if (w === 'scores' && nextWord !== 'of') return undefined;
    return { value: VAGUE[w]![0], next: i + 1, range: VAGUE[w], round: false };
  }
  return readNumberWords(tokens, i);
}

function readNumberWords(tokens: Token[], i: number): NumberRead | undefined {
  let total = 0;
  let current = 0;
  let j = i;
  let words = 0;
  let last = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    const w = t.lower;
    if (t.kind !== 'word') {
      // "twenty-five": a hyphen between a tens word and a ones word.
      if (isDash(t) && !t.gap && words > 0 && TENS[tokens[j - 1]?.lower ?? ''] && ONES[tokens[j + 1]?.lower ?? ''] && !tokens[j + 1]?.gap) {
        j += 1;
        continue;
      }
      break;
    }
    // "Two three-story hotels": a ones word never adds to the ones word before it; the second starts another number (or a modifier).
    if (ONES[w] !== undefined && words > 0 && ONES[tokens[j - 1]?.lower ?? ''] !== undefined) break;
    if (ONES[w] !== undefined) current += ONES[w]!;
    else if (TENS[w] !== undefined) current += TENS[w]!;
    else if (w === 'dozen' && words > 0) current *= 12;
    else if (SCALES[w] !== undefined && words > 0) {
      const scale = SCALES[w]!;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
    } else if (w === 'and' && words > 0 && SCALES[tokens[j - 1]?.lower ?? ''] && (ONES[tokens[j + 1]?.lower ?? ''] || TENS[tokens[j + 1]?.lower ?? ''])) {
      j += 1;
      continue;
    } else break;
    words += 1;
    last = j;
    j += 1;
  }
  if (words === 0) return undefined;
  // A lone "one" is mostly a pronoun ("one of them", "one day"); before a person it counts them: "killing at least one person".
  if (words === 1 && tokens[i]!.lower === 'one' && !ONE_OF_PEOPLE.has(tokens[i + 1]?.lower ?? '')) return undefined;
  const value = total + current;
  if (value <= 0) return undefined;
  const isScaled = tokens.slice(i, last + 1).some((t) => SCALES[t.lower] !== undefined && t.lower !== 'hundred') || /hundred$/.test(tokens[last]!.lower);
  return { value, next: last + 1, round: isScaled };
}

/** Singular nouns of people after which "one" is a count, not a pronoun: "killed one person", "one civilian died". */
const ONE_OF_PEOPLE = new Set(['person', 'man', 'woman', 'child', 'boy', 'girl', 'civilian', 'soldier', 'policeman', 'officer', 'resident', 'villager']);

/**
 * The fraction either side of a number that its written digits stand for: half a unit of its last significant digit. "184"
 * (million) is 183.5 to 184.5, "1.8" (billion) 1.75 to 1.85, "200" (million) 150 to 250, which ROUND_TOLERANCE then narrows.
 */
function writtenTolerance(digits: string): number {
  const value = Number(digits);
  if (!(value > 0)) return ROUND_TOLERANCE;
  // Counted by hand, not by a pattern anchored at the end (quadratic on a long run of zeros).
  const point = digits.indexOf('.');
  const decimals = point >= 0 ? digits.length - point - 1 : 0;
  let zeros = 0;
  while (decimals === 0 && zeros < digits.length - 1 && digits[digits.length - 1 - zeros] === '0') zeros += 1;
  const lastDigit = decimals > 0 ? 10 ** -decimals : 10 ** zeros;
  return lastDigit / 2 / value;
}

/** Two or more trailing zeros, or a scale word ("2 million"): a rounded figure. */
function isRound(text: string, scaled: boolean): boolean {
  if (scaled) return true;
  const digits = text.replace(/,/g, '');
  return !digits.includes('.') && /[1-9]0{2,}$/.test(digits) && digits.length >= 3;
}

function qualifierBefore(tokens: Token[], i: number): { bound?: Bound; first: number } {
  for (const [words, bound] of QUALIFIERS) {
    const at = i - words.length;
    if (at < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if (tokens[at + k]?.lower !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { bound, first: at };
  }
  return { first: i };
}

/** "2,600km (1,600-mile)": the bracketed conversion is the same figure; keep the first and let its span cover both. */
function mergeConversions(tokens: Token[], figures: RawFigure[]): RawFigure[] {
  const kept: RawFigure[] = [];
  for (const figure of figures) {
    const previous = kept[kept.length - 1];
    if (
      previous &&
      previous.unit !== '' &&
      previous.measure === figure.measure &&
      tokens[previous.last]?.text === '(' &&
      previous.last + 1 === figure.first &&
      tokens[figure.last]?.text === ')'
    ) {
      previous.last = figure.last + 1;
      previous.end = tokens[figure.last]!.end;
      if (figure.compound) previous.compound = true;
      continue;
    }
    kept.push(figure);
  }
  return kept;
}

// ---- dates -------------------------------------------------------------------------

export { parseDay };

/** Day of a leap year (1..366), for month-day dates whose year is unknown. */
function dayOfYear(month: number, day: number): number | undefined {
  const d = dayOf(2000, month, day);
  return d ? d.epoch - dayOf(2000, 1, 1)!.epoch + 1 : undefined;
}

function monthAt(tokens: Token[], i: number): { month: number; next: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const month = MONTHS[t.lower];
  if (month === undefined) return undefined;
  // Month names are capitalised; "may" and "march" are also common words.
  if (!/^\p{Lu}/u.test(t.text)) return undefined;
  const next = tokens[i + 1]?.text === '.' && t.text.length <= 4 ? i + 2 : i + 1;
  return { month, next };
}

function dayNumberAt(tokens: Token[], i: number): { day: number; next: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'num' || !/^\d{1,2}$/.test(t.text)) return undefined;
  const day = +t.text;
  if (day < 1 || day > 31) return undefined;
  let next = i + 1;
  if (tokens[next] && !tokens[next]!.gap && /^(?:st|nd|rd|th)$/i.test(tokens[next]!.text)) next += 1;
  if (tokens[next]?.text === ':') return undefined;
  return { day, next };
}

/** A date at token i: "October 10", "Oct. 10, 2025", "10 October", "on Saturday", "last Wednesday". */
function readDate(tokens: Token[], i: number, published: Day | undefined): RawFigure | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  let month: number | undefined;
  let day: number | undefined;
  let next = i;
  const m = monthAt(tokens, i);
  if (m) {
    const d = dayNumberAt(tokens, m.next);
    if (d) [month, day, next] = [m.month, d.day, d.next];
  } else {
    const d = dayNumberAt(tokens, i);
    const after = d ? monthAt(tokens, d.next) : undefined;
    if (d && after) [month, day, next] = [after.month, d.day, after.next];
  }
  if (month !== undefined && day !== undefined) {
    let year: number | undefined;
    const comma = tokens[next]?.text === ',' ? 1 : 0;
    const y = tokens[next + comma];
    if (y?.kind === 'num' && /^\d{4}$/.test(y.text) && +y.text >= 1800 && +y.text <= 2100) {
      year = +y.text;
      next += comma + 1;
    }
    if (year === undefined && published) {
      year = published.year;
      // A month-day well after publication is last year's.
      const candidate = dayOf(year, month, day);
      if (candidate && candidate.epoch > published.epoch + 31) year -= 1;
    }
    const first = i;
    if (year !== undefined) {
      const resolved = dayOf(year, month, day);
      if (!resolved) return undefined;
      return dateFigure(tokens, first, next, 'date', resolved.epoch);
    }
    const doy = dayOfYear(month, day);
    return doy === undefined ? undefined : dateFigure(tokens, first, next, 'month-day', doy);
  }
  const weekday = t.kind === 'word' && /^\p{Lu}/u.test(t.text) ? WEEKDAYS[t.lower] : undefined;
  if (weekday === undefined) return undefined;
  const modifier = tokens[i - 1]?.lower;
  const first = modifier === 'last' || modifier === 'next' || modifier === 'this' || modifier === 'coming' ? i - 1 : i;
  if (!published) {
    const figure = dateFigure(tokens, first, i + 1, 'weekday', weekday);
    figure.relative = true;
    return figure;
  }
  // News tells of the past: a bare weekday is the latest one on or before publication; "next"/"this"/"coming" look ahead.
  let offset = weekday - published.weekday;
  if (modifier === 'next' || modifier === 'coming' || (modifier === 'this' && offset > 0)) {
    if (offset <= 0) offset += 7;
  } else {
    if (offset > 0) offset -= 7;
    if (modifier === 'last' && offset === 0) offset = -7;
  }
  return dateFigure(tokens, first, i + 1, 'date', published.epoch + offset);
}

function dateFigure(tokens: Token[], first: number, last: number, unit: string, value: number): RawFigure {
  return { first, last, start: tokens[first]!.start, end: tokens[last - 1]!.end, measure: 'date', unit, low: value, high: value };
}
