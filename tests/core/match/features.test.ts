// The terms an article is matched on: its content words, and the names, years and figures
// that tell two events of one kind apart.
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { figureTerms, termCounts } from '../../../src/core/match/features.js';

describe('figureTerms', () => {
  it('reads years and exact figures, with thousands separators and decimals', () => {
    expect(figureTerms('A magnitude 4.4 quake hit in 2008, felt across 2,600km of the coast.')).toEqual(['num:4.4', 'year:2008', 'num:2600']);
  });

  it('leaves out small whole numbers, which every story has', () => {
    expect(figureTerms('3 people died and 7 were hurt on day 2.')).toEqual([]);
    expect(figureTerms('The 12th Doctor, 55, was named on 4 August.')).toEqual(['num:55']);
  });

  it('treats a four-digit number outside 1900-2099 as a figure, not a year', () => {
    expect(figureTerms('It cost 1850 euros, and 2150 were sold.')).toEqual(['num:1850', 'num:2150']);
  });

  it('does not read digits inside words or codes as figures', () => {
    expect(figureTerms('Flight MH17 and the A380 used 4x4 routes; see CVE-2013-1234.')).toEqual(['year:2013', 'num:1234']);
  });
});

describe('termCounts', () => {
  const article = articleFromPlainText(
    'Peter Capaldi is the new Doctor\n\nThe BBC named Peter Capaldi as the 12th Doctor on Sunday. Capaldi, 55, replaces Matt Smith in 2013.',
  );
  const terms = termCounts(article);

  it('counts names the body uses, but not the first word of a sentence', () => {
    expect(terms['name:capaldi']).toBe(1); // "named Peter Capaldi"; "Capaldi, 55," opens its sentence
    expect(terms['name:smith']).toBe(1);
    expect(terms['name:bbc']).toBe(1);
    expect(terms['name:the']).toBeUndefined();
    expect(terms['name:sunday']).toBeUndefined();
    expect(terms['name:peter']).toBe(1); // the body's; the headline's title case says nothing
  });

  it('counts content words, headline included, next to years and figures', () => {
    expect(terms['capaldi']).toBe(3);
    expect(terms['doctor']).toBe(2);
    expect(terms['year:2013']).toBe(1);
    expect(terms['num:55']).toBe(1);
  });
});
