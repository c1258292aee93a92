import { describe, expect, it } from 'vitest';
import { APPROX, OPEN_BOUND_FACTOR, ROUND_TOLERANCE, readFigures } from '../../../src/core/numbers/figures.js';
import { seededRandom } from '../../helpers.js';

/** The figures of a sentence as [text, low, high, unit]. */
function figures(sentence: string, publishedAt?: string): [string, number, number, string][] {
  const { figures: found } = readFigures(sentence, publishedAt ? { publishedAt } : {});
  return found.map((f) => [sentence.slice(f.start, f.end), f.low, f.high, f.unit]);
}

function one(sentence: string, publishedAt?: string): [string, number, number, string] {
  const found = figures(sentence, publishedAt);
  expect(found, sentence).toHaveLength(1);
  return found[0]!;
}

describe('digits', () => {
  it('reads separators, decimals and scale words', () => {
    expect(one('Officials counted 2,414 deaths.')).toEqual(['2,414', 2414, 2414, '']);
    expect(one('The index fell 3.5 points.')).toEqual(['3.5', 3.5, 3.5, '']);
    expect(one('About 1.5 million people fled.')).toEqual(['About 1.5 million', 1.5e6 * (1 - APPROX), 1.5e6 * (1 + APPROX), '']);
    expect(one('The fund holds 12,345,678 shares.')).toEqual(['12,345,678', 12345678, 12345678, '']);
  });

  it('reads a round figure as the values that round to it', () => {
    expect(one('A crowd of 600 gathered.')).toEqual(['600', 600 * (1 - ROUND_TOLERANCE), 600 * (1 + ROUND_TOLERANCE), '']);
    expect(one('A crowd of 613 gathered.')).toEqual(['613', 613, 613, '']);
  });

  it('joins a thousands group split by a stray space and refuses an ambiguous one', () => {
    expect(one('The tsunami killed 170, 000 people.')[1]).toBeCloseTo(170000 * (1 - ROUND_TOLERANCE));
    expect(figures('It injured more than 1, 400 people.')).toEqual([]);
  });
});

describe('number words and vague amounts', () => {
  it.each([
    ['Eight people were hurt.', 8, 8],
    ['twenty-five soldiers were hurt', 25, 25],
    ['two hundred and fifty villagers fled', 250, 250],
    ['three dozen civilians died', 36, 36],
    ['half a dozen trucks burned', 6, 6],
  ])('%s', (sentence, low, high) => {
    const [, l, h] = one(sentence);
    expect([l, h]).toEqual([low, high]);
  });

  it('reads vague amounts as ranges', () => {
    expect(one('Dozens of people were killed.').slice(1, 3)).toEqual([24, 99]);
    expect(one('Hundreds were injured.').slice(1, 3)).toEqual([200, 999]);
    expect(one('several people were hurt').slice(1, 3)).toEqual([3, 9]);
    expect(one('scores of homes burned').slice(1, 3)).toEqual([40, 199]);
    expect(one('Tens of thousands marched.').slice(1, 3)).toEqual([20000, 99900]);
    expect(one('several hundred protesters marched').slice(1, 3)).toEqual([300, 900]);
    expect(one('a few thousand fans waited').slice(1, 3)).toEqual([2000, 6000]);
    const [, low, high] = one('A dozen boats sank.');
    expect(low).toBeLessThan(12);
    expect(high).toBeGreaterThan(12);
  });

  it('leaves pronoun "one" and referring numbers alone', () => {
    expect(figures('One of them said the two countries and both sides agreed.')).toEqual([]);
  });
});

describe('qualifiers', () => {
  it('reads lower bounds as the figure to OPEN_BOUND_FACTOR times it', () => {
    for (const q of ['at least', 'more than', 'over', 'upwards of', 'no fewer than']) {
      expect(one(`Rebels staged ${q} 600 attacks.`).slice(1, 3), q).toEqual([600, 600 * OPEN_BOUND_FACTOR]);
    }
    expect(one('at least 23 soldiers died').slice(0, 3)).toEqual(['at least 23', 23, 23 * OPEN_BOUND_FACTOR]);
  });

  it('reads upper bounds, near and approximate figures', () => {
    expect(one('up to 40 people').slice(1, 3)).toEqual([40 / OPEN_BOUND_FACTOR, 40]);
    expect(one('fewer than 40 people').slice(1, 3)).toEqual([40 / OPEN_BOUND_FACTOR, 40]);
    expect(one('nearly 50 people').slice(1, 3)).toEqual([50 * (1 - APPROX), 50]);
    expect(one('about 50 people').slice(1, 3)).toEqual([50 * (1 - APPROX), 50 * (1 + APPROX)]);
    expect(one('some 50 people').slice(1, 3)).toEqual([50 * (1 - APPROX), 50 * (1 + APPROX)]);
    expect(one('an estimated 50 people').slice(0, 1)).toEqual(['an estimated 50']);
  });

  it('reads "-odd", "-plus" and "or more" as a little above', () => {
    expect(one('the 50-odd dead').slice(0, 3)).toEqual(['50-odd', 50, 60]);
    expect(one('a 50-plus crowd').slice(1, 3)).toEqual([50, 60]);
    expect(one('20 or more people').slice(1, 3)).toEqual([20, 40]);
  });
});

describe('ranges', () => {
  it('reads "between", "to" and round dashed pairs', () => {
    expect(one('between 20 and 30 people').slice(0, 3)).toEqual(['between 20 and 30', 20, 30]);
    expect(one('20 to 30 people').slice(1, 3)).toEqual([20, 30]);
    expect(one('20-30 people').slice(1, 3)).toEqual([20, 30]);
  });

  it('does not read scores, records or changes as ranges', () => {
    expect(figures('They won 3-1 after a 9-14 start.')).toEqual([]);
    expect(figures('Prices rose from 20 to 30 dollars.').map((f) => f[0])).toEqual(['30 dollars']);
  });
});

describe('units', () => {
  it('converts lengths to km, in every spelling', () => {
    const a = one('along their 2,600km (1,600-mile) border');
    expect(a[0]).toBe('2,600km (1,600-mile)');
    expect(a[3]).toBe('km');
    const b = one('the contentious 2,600-kilometer frontier');
    expect(b.slice(1, 4)).toEqual([a[1], a[2], 'km']);
    const miles = one('a 1,600-mile border');
    expect(miles[1]).toBeLessThan(2600);
    expect(miles[2]).toBeGreaterThan(2600 * (1 - ROUND_TOLERANCE));
    expect(one('a 5 kilometre stretch')[3]).toBe('km');
    expect(one('10 metres high')[1]).toBeCloseTo(0.01);
  });

  it('reads percentages, money and durations', () => {
    expect(one('a 46 percent surge').slice(1, 4)).toEqual([46, 46, 'percent']);
    expect(one('a 46% surge').slice(1, 4)).toEqual([46, 46, 'percent']);
    expect(one('some 40 per cent of exports')[3]).toBe('percent');
    expect(one('It cost $5 million.').slice(1, 4)).toEqual([5e6 * (1 - ROUND_TOLERANCE), 5e6 * (1 + ROUND_TOLERANCE), 'USD']);
    expect(one('an initial 48-hour ceasefire').slice(1, 4)).toEqual([2, 2, 'day']);
    expect(one('after a week of clashes').slice(0, 1)).toEqual(['a week']);
    const [, low, high, unit] = one('for almost two weeks');
    expect([low, high, unit]).toEqual([expect.closeTo(14 * (1 - APPROX)), 14, 'day']);
    expect(one('after six tense days of talks').slice(1, 4)).toEqual([6, 6, 'day']);
    expect(one('a three-month stay').slice(1, 3)).toEqual([84, 93]);
    expect(one('a magnitude 6.1 earthquake').slice(1, 4)).toEqual([6.1, 6.1, 'magnitude']);
  });
});

describe('dates', () => {
  it('resolves month-day dates against the publication date', () => {
    const [text, low, , unit] = one('The violence erupted on October 11.', '2025-10-19');
    expect(text).toBe('October 11');
    expect(unit).toBe('date');
    expect(new Date(low * 86_400_000).toISOString().slice(0, 10)).toBe('2025-10-11');
    const dec = one('It began on Dec. 30.', '2026-01-05');
    expect(new Date(dec[1] * 86_400_000).toISOString().slice(0, 10)).toBe('2025-12-30');
    expect(one('on 10 October 2024')[3]).toBe('date');
  });

  it('keeps dates relative without a publication date', () => {
    expect(one('The violence erupted on October 11.')[3]).toBe('month-day');
    expect(one('Talks began on Saturday.')[3]).toBe('weekday');
  });

  it('resolves weekdays to the latest one on or before publication, "next" to the one after', () => {
    // 2025-10-19 is a Sunday.
    const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
    expect(iso(one('Talks began on Saturday.', '2025-10-19')[1])).toBe('2025-10-18');
    expect(iso(one('Last Wednesday, strikes hit Kabul.', '2025-10-19')[1])).toBe('2025-10-15');
    expect(iso(one('They meet next Saturday.', '2025-10-19')[1])).toBe('2025-10-25');
    expect(iso(one('It was signed on Sunday.', '2025-10-19')[1])).toBe('2025-10-19');
  });
});

describe('numbers that are not counts', () => {
  it.each([
    ['ordinals', 'It was the 11th attack and the 2nd this month.'],
    ['years as names', 'the worst since 2021, when the Taliban returned in 2021'],
    ['list numbering', '1. Troops withdrew from the border.'],
    ['phone numbers', 'Call 555-123-4567 or (202) 555-0143 today.'],
    ['times of day', 'It started at 10:30 and ended at 4 p.m.'],
    ['labels', 'Flight 370, Article 5, No. 10 and Resolution 2231 were cited.'],
    ['names with digits', 'The G20 met about COVID-19 and the F-16.'],
    ['ages', 'the 33-year-old actress, who is 40 years old, aged 61'],
    ['times ago', 'She died eight years ago.'],
    ['periods', 'in the past three years and the first three quarters of this year'],
    ['codes', 'Reference 0143 and id 12345678.'],
  ])('%s', (_kind, sentence) => {
    expect(figures(sentence)).toEqual([]);
  });
});

describe('robustness', () => {
  const adversarial = ['a'.repeat(50000), '"'.repeat(20000), '1,'.repeat(20000), '1.'.repeat(20000), '1-'.repeat(20000), 'at least '.repeat(5000), '- '.repeat(20000), 'October 1, '.repeat(5000), '9'.repeat(50000)];
  it('never throws on adversarial input', () => {
    for (const text of adversarial) {
      expect(() => readFigures(text)).not.toThrow();
    }
  });

  it('never throws on random text', () => {
    const alphabet = ['1', '0', ',', '.', '-', ' ', 'a', 'at least', 'October', 'km', '%', '$', '(', ')', 'dozen', 'of', 'two', 'hundred'];
    const random = seededRandom(7);
    for (let n = 0; n < 500; n++) {
      let text = '';
      for (let k = 0; k < 40; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(() => readFigures(text)).not.toThrow();
      for (const f of readFigures(text).figures) expect(f.low).toBeLessThanOrEqual(f.high);
    }
  });
});
