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

