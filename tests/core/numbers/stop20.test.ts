// Readings and rules of stop 20 (branch r20n), each on sentences of ECB+ articles as they stand. The labels they are
// measured against are in tests/fixtures/numbers/labels.json; which half each sentence comes from is said at each test.
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { CURRENT } from '../../../src/core/analysis/contract.js';
import { compareNumbers, type NumbersSection } from '../../../src/core/numbers/index.js';
import { readFigures } from '../../../src/core/numbers/figures.js';
import { comparedOf } from './helpers.js';

function read(sentence: string): { text: string; low: number; high: number; unit: string }[] {
  return readFigures(sentence).figures.map((f) => ({ text: sentence.slice(f.start, f.end), low: f.low, high: f.high, unit: f.unit }));
}

function compare(page: string, ...others: string[]): NumbersSection {
  const article = (body: string) => articleFromPlainText(`Headline\n${body}`);
  return compareNumbers(comparedOf(CURRENT, article(page)), others.map((o, i) => comparedOf(`other-${i}`, article(o), 'same-event')), { idfOf: () => 1 });
}

describe('a euro sign lost as "e"', () => {
  // ECB+ 24 (tune): the Harry Winston haul, "e80 million" in 24_10ecb and "more than e85 million" in 24_6ecb.
  const e80 = 'Robbers in drag steal e80 million from Paris diamond store in biggest French heist';
  const e85 = "A savvy band of jewel thieves have struck in the heart of the city's golden triangle of luxury shops, stealing more than e85 million worth of diamonds, rings and watches from a posh Harry Winston boutique.";

  it('reads "e80 million", "more than e85 million" and "e75m" as sums in euros', () => {
    expect(read(e80)).toEqual([{ text: 'e80 million', low: 76e6, high: 84e6, unit: 'EUR' }]);
    expect(read(e85)[0]).toMatchObject({ text: 'more than e85 million', low: 85e6, unit: 'EUR' });
    // ECB+ 12_10ecb (tune).
    expect(read('Somali pirates have become increasingly brazen, and recently seized a Saudi supertanker loaded with e75m worth of crude oil.')).toEqual([{ text: 'e75m', low: 71.25e6, high: 78.75e6, unit: 'EUR' }]);
  });

  it('sets the haul in euros of one article against another\'s', () => {
    const haul = compare(e80, e85).find((g) => g.figures.some((f) => f.unit === 'EUR'));
    expect(haul?.verdict).toBe('diverges');
    expect(haul?.figures.map((f) => f.text)).toEqual(['e80 million', 'more than e85 million']);
  });

  it('leaves an "e" with a number and no scale of millions alone', () => {
    expect(read('Take the e5 road to the coast.')).toEqual([]);
  });
});

describe('number words side by side', () => {
  it('reads "Two three-story hotels" as two, not five (ECB+ 37_1ecb, held-out)', () => {
    const figures = read('Two three-story hotels in Manokwari, a city of 160,000 people, collapsed in the Jan.');
    expect(figures[0]).toMatchObject({ text: 'Two', low: 2, high: 2 });
    expect(figures.some((f) => f.low === 5)).toBe(false);
    // A tens word still takes the ones word after it.
    expect(read('twenty five people')[0]).toMatchObject({ low: 25, high: 25 });
  });
});
