import { words } from '../text/tokens.js';
import { wordTable } from '../text/word-table.js';

/**
 * Numerals and number words as English writes them: digits with thousands
 * commas, number words ("forty-two"), scale words ("million", "bn") and the
 * calendar's words. Every analysis that reads a number reads it here.
 */

export const ONES: Record<string, number> = wordTable({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
export const TENS: Record<string, number> = wordTable({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
export const SCALES: Record<string, number> = wordTable({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
/** Scales glued to a sum ("$2.6m", "30bn"); "MM" is the financial press's million ("an eight-year, $200MM deal"). Read only in sums, where "mm" is no millimetre. */
export const ABBREVIATED_SCALES: Record<string, number> = wordTable({ k: 1e3, m: 1e6, mn: 1e6, mm: 1e6, bn: 1e9, b: 1e9, tn: 1e12 });

export const MONTHS: Record<string, number> = wordTable({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});
export const WEEKDAYS: Record<string, number> = wordTable({ sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 });

/** Names of days and months, written out: the seven days from Sunday, then the twelve months from January. Calendar words, never a person's or a place's name. */
// The first twelve MONTHS keys are the full names; the rest are abbreviations ("Mar", "Jun").
export const CALENDAR_WORDS: readonly string[] = [...Object.keys(WEEKDAYS), ...Object.keys(MONTHS).slice(0, 12)];

/** The value of one number word ("eight", "forty"), or undefined for any other word; scale words ("hundred", "million") only multiply. */
export function numberWordValue(word: string): number | undefined {
  return ONES[word] ?? TENS[word];
}

/** The value of digits as English sets them ("2,600", "0.41"); undefined for other groupings. */
export function parseDigits(text: string): number | undefined {
  // English separators: commas group thousands; one dot is a decimal point.
  const groups = text.split(',');
  if (groups.length > 1 && groups.slice(1).some((g) => !/^\d{3}(?:\.\d+)?$/.test(g))) return undefined;
  const joined = groups.join('');
  if ((joined.match(/\./g) ?? []).length > 1) return undefined;
  const value = Number(joined);
  return Number.isFinite(value) ? value : undefined;
}


/** Where a text names a time of day, and the minutes after midnight it can mean (two when the clock does not say a.m. or p.m.). */
export interface ClockTime {
  start: number;
  end: number;
  minutes: number[];
}

// A time of day as news copy writes it. With a.m./p.m. ("9pm", "8.40pm", "2:30 p.m.", "05.51AM"); with a colon
// ("20:49", "9:25 hours"); or a dot or four digits before a zone or "hours" ("09.25 hrs", "2045 GMT"). Each
// alternative is a fixed shape of digits, so the engine never backtracks far.
const CLOCK_ZONE = '(?:GMT|UTC|BST|IST|EST|EDT|CST|CDT|PST|PDT|CET|CEST|hrs|hours)\\b';
const CLOCK_PATTERNS: readonly RegExp[] = [
  /(?<![\d.,:])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m\b\.?/giu,
  new RegExp(`(?<![\\d.,:])(\\d{1,2})[.:](\\d{2})(?=\\s?${CLOCK_ZONE})`, 'gu'),
  /(?<![\d.,:])(\d{1,2}):(\d{2})(?![\d:])/gu,
  new RegExp(`(?<![\\d.,:])([01]\\d|2[0-3])([0-5]\\d)(?=\\s?${CLOCK_ZONE})`, 'gu'),
];

/**
 * The times of day a text names: "8.40pm", "about 2045 GMT" and "20:49" are clock readings, not the numbers 8.4,
 * 2045 (a year) and 20 and 49. A colon time without a.m. or p.m. up to 12 ("2:30") may be either half of the day.
 */
export function clockTimesIn(text: string): ClockTime[] {
  const found: ClockTime[] = [];
  const taken = (start: number, end: number) => found.some((c) => start < c.end && c.start < end);
  for (const pattern of CLOCK_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const hour = Number(m[1]);
      const minute = Number(m[2] ?? 0);
      if (minute > 59 || hour > 23) continue;
      const half = m[3]?.toLowerCase();
      let minutes: number[];
      if (half) {
        if (hour < 1 || hour > 12) continue;
        minutes = [((hour % 12) + (half === 'p' ? 12 : 0)) * 60 + minute];
      } else if (hour >= 1 && hour <= 11 && !pattern.source.includes('GMT')) minutes = [hour * 60 + minute, (hour + 12) * 60 + minute];
      else minutes = [hour * 60 + minute];
      found.push({ start, end, minutes });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Where digits are part of a name: a model or a designation ("AK-47", "AK 47", "F-16", "MH17"). */
export interface NameDigits {
  start: number;
  end: number;
}

// Capitals (a maker's or a series' letters) then the digits: glued or hyphened ("MH17", "F-16", "Su-30"). Tested on one
// word at a time, never run over the text.
const GLUED_DESIGNATION = /^\p{Lu}\p{L}{0,3}[-‐‑]?\d{1,3}$/u;
const CAPITALS = /^\p{Lu}{2,4}$/u;
const DIGIT_RUN = /^\d{1,3}$/u;

/**
 * The digits a text writes as part of a name, which count nothing: "Six AK 47 rifles" gives six rifles, not 47 of
 * anything, and "14 AK-47 rifles" shares no figure with it. Up to three digits: four are a year ("Mid-2019"). A number after a word of two to four
 * capitals and one space ("AK 47") is read so too; "A 47-year-old" (one capital) and "US$50" (a sign between) are not.
 */
export function nameDigitsIn(text: string): NameDigits[] {
  const found: NameDigits[] = [];
  const list = words(text);
  list.forEach((word, i) => {
    const end = word.start + word.surface.length;
    if (GLUED_DESIGNATION.test(word.surface)) {
      const first = [...word.surface].findIndex((c) => c >= '0' && c <= '9');
      found.push({ start: word.start + first, end });
      return;
    }
    const next = list[i + 1];
    if (next && CAPITALS.test(word.surface) && DIGIT_RUN.test(next.surface) && text.slice(end, next.start) === ' ') found.push({ start: next.start, end: next.start + next.surface.length });
  });
  return found;
}
