// How figures read to a person: shared by the panel and the CLI, pure so both can use it.

import { CALENDAR_WORDS, parseDigits, SCALES } from '../english/numerals.js';
import { wordTable } from '../text/word-table.js';
import type { NumberGroup } from './index.js';

const capitalised = (word: string) => `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`;
// CALENDAR_WORDS: the seven days from Sunday, then the twelve months from January.
const WEEKDAYS = CALENDAR_WORDS.slice(0, 7).map(capitalised);
const MONTHS = CALENDAR_WORDS.slice(7).map((month) => capitalised(month.slice(0, 3)));
const UNIT_SUFFIX: Record<string, string> = wordTable({ km: ' km', kg: ' kg', day: ' days', percent: '%', pp: ' points', magnitude: '' });

function plainNumber(v: number): string {
  const rounded = Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10) / 10;
  return rounded.toLocaleString('en-US');
}

/** A figure's value in its base unit as a reader reads it: "2,600 km", "Oct 10", "46%", "USD 5,000,000". */
export function formatFigureValue(v: number, unit?: string): string {
  if (unit === 'date') {
    const d = new Date(Math.round(v) * 86_400_000);
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
  }
  if (unit === 'month-day') {
    const d = new Date(Date.UTC(2000, 0, Math.round(v)));
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  }
  if (unit === 'weekday') return WEEKDAYS[Math.round(v)] ?? String(v);
  if (unit && UNIT_SUFFIX[unit] !== undefined) return `${plainNumber(v)}${UNIT_SUFFIX[unit]}`;
  if (unit) return `${unit} ${plainNumber(v)}`;
  return plainNumber(v);
}

/**
 * One scale for a group's figures, 0 to 1: linear, or logarithmic when the
 * figures span more than two orders of magnitude (so "8" and "2,400" both show).
 */
export function plotScale(figures: readonly { low?: number; high?: number }[]): (((v: number) => number) & { min: number; max: number }) | undefined {
  const values = figures.flatMap((f) => [f.low, f.high]).filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (values.length === 0) return undefined;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const log = min > 0 && max / min > 100;
  const f = (v: number): number => {
    if (max === min) return 0.5;
    return log ? (Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min)) : (v - min) / (max - min);
  };
  return Object.assign(f, { min, max });
}

/** Each verdict's name and what it means, in the words every front end shows (the terminal in capitals). */
export const NUMBER_VERDICTS: Record<NumberGroup['verdict'], { label: string; hint: string }> = {
  diverges: { label: 'Diverges', hint: 'The outlets’ figures cannot all be true at once' },
  update: { label: 'Updated later', hint: 'Later coverage gives a higher toll: an update, not a contradiction' },
  'different-subject': { label: 'Different subject', hint: 'Same source or period, but not the same thing counted: neither agreement nor disagreement' },
  consistent: { label: 'Consistent', hint: 'Different wording, same fact' },
};

/** A group's verdict as shown: figures of two developments are a timeline, where a disagreement is between earlier and later coverage. */
export function numberVerdict(group: Pick<NumberGroup, 'verdict' | 'timeline'>): { label: string; hint: string } {
  if (group.timeline && group.verdict === 'diverges') return { label: 'Diverges over time', hint: 'Later coverage gives a lower figure for the same past moment' };
  return NUMBER_VERDICTS[group.verdict];
}

/**
 * How a figure is shown: on the values its outlet wrote, never on the interval the analysis reads
 * it as. "58" and "Oct 10" are points; "between 200 and 300" a range; "at least 23" a point with
 * the side it is open to; "dozens" (no number written) the range it is taken to mean, drawn faint.
 */
export type Mark =
  | { kind: 'point'; at: number }
  | { kind: 'range'; from: number; to: number }
  | { kind: 'open'; at: number; towards: 'up' | 'down' }
  | { kind: 'vague'; from: number; to: number };

/**
 * The numbers written in a figure's own words, for telling a written end from an inferred one; a scale word after the
 * digits is part of what was written ("1.8 million" is 1,800,000, not 1.8).
 */
const WRITTEN_NUMBER = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)(?:[\\s-]+(${Object.keys(SCALES).join('|')})\\b)?`, 'gi');
function writtenNumbers(text: string): number[] {
  return [...text.matchAll(WRITTEN_NUMBER)].flatMap(([, digits, word]) => {
    const value = parseDigits(digits!);
    if (value === undefined) return [];
    const scale = word === undefined ? undefined : SCALES[word.toLowerCase()];
    return [scale === undefined ? value : value * scale];
  });
}

/** How the panel draws a figure; the terminal tells the interval of any figure that is not a point. */
export function markOf(f: { text: string; low?: number; high?: number }): Mark | undefined {
  if (f.low === undefined || f.high === undefined) return undefined;
  if (f.low === f.high) return { kind: 'point', at: f.low };
  // Dates and scaled amounts ("2 million") are not written as their value; their interval is what was said.
  const written = writtenNumbers(f.text);
  const near = (v: number) => written.some((w) => Math.abs(w - v) <= Math.abs(v) * 1e-9);
  const [low, high] = [near(f.low), near(f.high)];
  if (low && high) return { kind: 'range', from: f.low, to: f.high };
  if (low) return { kind: 'open', at: f.low, towards: 'up' };
  if (high) return { kind: 'open', at: f.high, towards: 'down' };
  // "55,000" read as 52,250 to 57,750: the margin a round number is compared with, not a vagueness the outlet wrote;
  // "about 500" likewise shows the number written (its "about" is in the words shown beside it).
  const inside = written.find((w) => w > f.low! && w < f.high!);
  if (inside !== undefined) return { kind: 'point', at: inside };
  return { kind: 'vague', from: f.low, to: f.high };
}
