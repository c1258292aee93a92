import { describe, expect, it } from 'vitest';
import { monthDaysIn } from '../../../src/core/english/dates.js';

describe('month-days with their spans (english/dates.ts monthDaysIn)', () => {
  it('reads a month-day written either way, its span ending at the day (a year after it stays a number)', () => {
    const text = 'The Academy Awards® will be broadcast live on Oscar Sunday, March 2, 2014, on the ABC Television Network.';
    const [day] = monthDaysIn(text);
    expect(day).toMatchObject({ month: 3, day: 2 });
    expect(text.slice(day!.start, day!.end)).toBe('March 2');
    const [other] = monthDaysIn('a follow-up meeting in Istanbul on 25th of October');
    expect(other).toMatchObject({ month: 10, day: 25 });
  });

  it('reads no day where there is none', () => {
    expect(monthDaysIn('In March, 20 people were hurt')).toEqual([]);
    expect(monthDaysIn('May 40 people come?')).toEqual([]);
  });
});
