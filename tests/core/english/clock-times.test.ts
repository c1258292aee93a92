import { describe, expect, it } from 'vitest';
import { clockTimesIn, nameDigitsIn } from '../../../src/core/english/numerals.js';
import { numbersIn } from '../../../src/core/facts/units.js';

// Sentences from ECB+ coverage (topics 12, 14, 38): one time of day in the notations outlets use.
const minutesIn = (text: string) => clockTimesIn(text).map((c) => c.minutes);

describe('times of day (english/numerals.ts clockTimesIn)', () => {
  it('reads the four notations of one evening as clock times, not as numbers', () => {
    expect(minutesIn('More than 50 firefighters tackled the blaze, which broke out on the roof of the supermarket at about 2045 GMT.')).toEqual([[20 * 60 + 45]]);
    expect(minutesIn('Officers were alerted to the fire on the roof of the store at 20:49 GMT on Friday.')).toEqual([[20 * 60 + 49]]);
    expect(minutesIn('They were initially sent to Banstead Baptist Church after the blaze broke out about 8.40pm.')).toEqual([[20 * 60 + 40]]);
    expect(minutesIn('Fire crews and police officers were called to the High Street premises shortly before 9pm on Friday.')).toEqual([[21 * 60]]);
    expect(minutesIn('The temblor struck at 2:09 a.m. and was centered in Geyserville.')).toEqual([[2 * 60 + 9]]);
  });

  it('reads a morning time with a dot and "am", or a colon and "hours", alike', () => {
    expect(minutesIn('"The incident occurred around 9.25 am when five boats were seen approaching the vessels...')).toEqual([[9 * 60 + 25]]);
    expect(minutesIn('The ship was escorting a group of five merchant vessels at 9:25 hours on Thursday.')).toEqual([[9 * 60 + 25]]);
  });

  it('gives both halves of the day to a colon time without a.m. or p.m., and none to figures', () => {
    expect(minutesIn('The vote was set for 2:30 on Tuesday.')).toEqual([[2 * 60 + 30, 14 * 60 + 30]]);
    expect(minutesIn('More than 50 firefighters tackled the blaze; 2.5 per cent of 2045 homes lost power in 1990.')).toEqual([]);
    expect(minutesIn('The magnitude 4.6 quake struck 20 miles north.')).toEqual([]);
  });
});

describe('digits of a name (english/numerals.ts nameDigitsIn)', () => {
  it('reads "AK 47" and "AK-47" as a rifle\'s name, not as 47 of anything', () => {
    const spaced = 'Six AK 47 rifles, 12 magazines and 300 rounds of ammunition were seized from the boats.';
    const hyphened = 'The Navy confiscated 14 AK-47 rifles, 31 magazines and 923 rounds from the boat.';
    expect(nameDigitsIn(spaced).map((d) => spaced.slice(d.start, d.end))).toEqual(['47']);
    expect(nameDigitsIn(hyphened).map((d) => hyphened.slice(d.start, d.end))).toEqual(['47']);
  });

  it('leaves counts, ages and years alone', () => {
    expect(nameDigitsIn('A 47-year-old man was arrested in mid-2019 after Mid-2019 talks.')).toEqual([]);
    expect(nameDigitsIn('It cost US$50 and 12 magazines.')).toEqual([]);
  });
});

describe('the figures a fact unit gives (facts/units.ts numbersIn)', () => {
  it('gives a time of day as the quarter-hour marks around it, so times a few minutes apart share one', () => {
    expect(numbersIn('at 20:49 GMT on Friday')).toEqual(['20:45', '21:00']);
    expect(numbersIn('broke out on the roof at about 2045 GMT')).toEqual(['20:45']);
    expect(numbersIn('after the blaze broke out about 8.40pm')).toEqual(['20:30', '20:45']);
  });

  it('gives the rifles, magazines and rounds, not the rifle\'s model number', () => {
    expect(numbersIn('Six AK 47 rifles, 12 magazines and 300 rounds')).toEqual(['12', '300', '6']);
    expect(numbersIn('The Navy confiscated 14 AK-47 rifles, 31 magazines and 923 rounds')).toEqual(['14', '31', '923']);
  });
});
