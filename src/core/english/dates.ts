/**
 * Calendar days in English text: one reading of an ISO day, and of the dates a writer gives
 * ("October 10", "Oct. 10, 2025", "10 October 2025"), for every analysis that needs them.
 */
import { MONTHS } from './numerals.js';

export interface Day {
  year: number;
  month: number;
  day: number;
  weekday: number;
  /** Days since 1970-01-01. */
  epoch: number;
}

/** The day of an ISO date or date-time (its first ten characters); undefined for anything else. */
export function parseDay(iso: string | undefined): Day | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  return dayOf(+m[1]!, +m[2]!, +m[3]!);
}

/** A calendar day, or undefined when there is no such day (31 April). */
export function dayOf(year: number, month: number, day: number): Day | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { year, month, day, weekday: date.getUTCDay(), epoch: Math.round(ms / 86_400_000) };
}

/** A month-day well after publication (more than this many days) is last year's. */
const FUTURE_SLACK_DAYS = 31;

// Capitalised month names and their abbreviations, longest first so that "September" is not read as "Sep".
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => `${m[0]!.toUpperCase()}${m.slice(1)}`)
  .join('|');
// Each alternative is a fixed word followed by bounded digit runs: linear in the text.
const MONTH_FIRST = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s(\\d{4})\\b)?`, 'gu');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(${MONTH_NAMES})\\b\\.?(?:,?\\s(\\d{4})\\b)?`, 'gu');

// The second year of a range written short: "the 1950-53 Korean War".
const YEAR_RANGE_TAIL = /\b(?:19|20)\d\d[-–](\d\d)\b/gu;

/**
 * The numbers in a text that are parts of dates, not counts: the day of a month-day ("March 22",
 * "25 October") and the short second year of a range ("1950-53"). As written, without separators.
 */
export function dateNumbersIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(MONTH_FIRST)) found.add(String(+m[2]!));
  for (const m of text.matchAll(DAY_FIRST)) found.add(String(+m[1]!));
  for (const m of text.matchAll(YEAR_RANGE_TAIL)) found.add(String(+m[1]!));
  return found;
}

/**
 * The calendar dates a text gives, each resolved to a day: with its own year, else the year of
 * `published` (a month-day well after publication being last year's). Without either year a
 * month-day is left out, since it cannot be placed.
 */
export function calendarDatesIn(text: string, published: Day | undefined): Day[] {
  const days: Day[] = [];
  const add = (monthName: string, dayText: string, yearText: string | undefined) => {
    const month = MONTHS[monthName.toLowerCase()];
    if (month === undefined) return;
    let year = yearText ? +yearText : published?.year;
    if (year === undefined) return;
    if (!yearText && published) {
      const candidate = dayOf(year, month, +dayText);
      if (candidate && candidate.epoch > published.epoch + FUTURE_SLACK_DAYS) year -= 1;
    }
    const day = dayOf(year, month, +dayText);
    if (day) days.push(day);
  };
  for (const m of text.matchAll(MONTH_FIRST)) add(m[1]!, m[2]!, m[3]);
  for (const m of text.matchAll(DAY_FIRST)) add(m[2]!, m[1]!, m[3]);
  return days;
}

/** A month-day as written ("March 2", "2nd of March"): where it stands in the text (month and day, not a year after them). */
export interface MonthDay {
  start: number;
  end: number;
  month: number;
  day: number;
}

/** The month-days a text gives, each with its span (the day of "March 2, 2014" is no count; its year stays a number). */
export function monthDaysIn(text: string): MonthDay[] {
  const found: MonthDay[] = [];
  const add = (start: number, end: number, monthName: string, dayText: string) => {
    const month = MONTHS[monthName.toLowerCase()];
    const day = +dayText;
    if (month !== undefined && day >= 1 && day <= 31) found.push({ start, end, month, day });
  };
  for (const m of text.matchAll(MONTH_FIRST)) {
    const start = m.index ?? 0;
    add(start, start + m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length, m[1]!, m[2]!);
  }
  for (const m of text.matchAll(DAY_FIRST)) {
    const start = m.index ?? 0;
    add(start, start + m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length, m[2]!, m[1]!);
  }
  return found;
}
