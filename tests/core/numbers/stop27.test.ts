// Readings of stop 27 (branch r27n), on ECB+ sentences as they stand. Which half each sentence comes from is said at each test;
// the labels the analysis is measured against are in tests/fixtures/numbers/labels.json.
import { describe, expect, it } from 'vitest';
import { compareBodies, subjectsOf } from './helpers.js';

// ECB+ 10plus (tune): Mark Teixeira's free agency, December 2008; four teams' offers in one cluster.
const patrick = 'Dan Patrick reported on his show on AM 570 that the Boston Red Sox have made first baseman Mark Teixeira an eight-year, $200 million offer.';
const wcvb = 'Reports of the Red Sox offer varied, though WCVB-TV claims it was eight years and $184 million, or a $23 million average annual value.';
const grain = '2: 16pm: Take it with a grain of salt, but we have a report of a report that the Red Sox offered Mark Teixeira an eight-year, $200MM deal.';
const nationals = 'ESPN is reporting that the Nationals have offered Mark Teixeira an 8-year, $160 million contract.';

describe('the price of an offer, keyed by who makes it', () => {
  it('reads the maker as the subject of the offer verb, a name before the deal noun or after "by"/"from"', () => {
    expect(subjectsOf(patrick).find((f) => f.text === '$200 million')?.subject).toMatchObject({ what: 'money', thing: 'deal price', who: 'sox' });
    // "$200MM": the sum's own letters are no maker.
    expect(subjectsOf(grain).find((f) => f.text === '$200MM')?.subject).toMatchObject({ thing: 'deal price', who: 'sox', sideName: 'Red Sox' });
    // The sentence's one deal noun, the first sum after it; the second sum there ("a $23 million average annual value") is another thing.
    const read = subjectsOf(wcvb);
    expect(read.find((f) => f.text === '$184 million')?.subject).toMatchObject({ thing: 'deal price', who: 'sox' });
    expect(read.find((f) => f.text === '$23 million')?.subject.thing).not.toBe('deal price');
    expect(subjectsOf('If so, that blows the reported eight-year, $160 million offers by the Angels and the Washington Nationals out of the water.')[1]?.subject).toMatchObject({ thing: 'deal price', who: 'angel' });
  });

  it('reads the deal noun as the verb ("have bid") and leaves a sum with a noun of its own alone', () => {
    // 10_4ecb (tune).
    expect(subjectsOf('The Nationals reportedly have bid $160 million over eight years, the Orioles between $140 million and $150 million over seven years.')[0]?.subject).toMatchObject({ thing: 'deal price', who: 'natio' });
    // 44_3ecb (tune): the sentence's deal is HP's; the sum is a market's.
    expect(subjectsOf('With its second-largest deal, computer giant hopes to grab bigger share of the $550 billion technology-services market')[0]?.subject.thing).not.toBe('deal price');
    // 10_7ecb (tune): "made an offer": the maker is the subject of "made", not a name before "offer".
    expect(subjectsOf('The Nationals offered him the same deal as the Angels, the Orioles have made an offer between $140 and $150 million over seven years, and nobody knows for sure what the Red Sox have offered.').find((f) => f.text.startsWith('between'))?.subject.who).toBe('oriol');
  });

  it('flags two outlets\' prices of one maker\'s offer that cannot meet', () => {
    const group = compareBodies(patrick, wcvb).find((g) => g.subject.endsWith('offer amount'));
    // Before, the sums had no thing (offer / deal / none) and no maker, and were never compared.
    expect(group?.verdict).toBe('diverges');
    expect(group?.figures.map((f) => f.text)).toEqual(['$200 million', '$184 million']);
  });

  it('compares the others\' prices when one article gives two for the offer', () => {
    // 10_13ecbplus (tune) reports Patrick's $200 million and the Herald's expected $145 million to $175 million: it makes no one
    // claim, but the two other outlets still do. Before, any article with two sums for a subject made the whole group agree.
    const herald = 'The Boston Herald\'s Michael Silverman wrote in his Monday column the Red Sox offer was expected to be in the range of $145 million to $175 million, possibly more.';
    const group = compareBodies(`${patrick} ${herald}`, grain, wcvb).find((g) => g.subject.endsWith('offer amount'));
    expect(group?.verdict).toBe('diverges');
  });

  it('keeps two makers\' offers apart', () => {
    const groups = compareBodies(grain, nationals).filter((g) => g.subject.endsWith('offer amount'));
    expect(groups).toEqual([]);
  });

  it('compares no offer whose maker the sentence does not name', () => {
    // 10_1ecbplus (tune): "The Orioles, according to reports, have offered": the name is cut off from the verb.
    const orioles = 'The Orioles, according to reports, have offered Teixeira a seven-year deal worth between $140 million and $150 million.';
    expect(subjectsOf(orioles)[1]?.subject.who).toBeUndefined();
    expect(compareBodies(orioles, patrick).filter((g) => g.verdict !== 'consistent')).toEqual([]);
  });
});

describe('sums as written', () => {
  it('reads a range whose second number repeats the currency sign', () => {
    // 10_1ecbplus (tune): before, "$140 million" and "$150 million" were two figures.
    const read = subjectsOf('The Orioles, according to reports, have offered Teixeira a seven-year deal worth between $140 million and $150 million.');
    expect(read.map((f) => f.text)).toEqual(['seven-year', 'between $140 million and $150 million']);
  });

  it('takes a sum with a scale to stand for what rounds to its written digits', () => {
    // "$184 million" is 183.5 to 184.5 million, no longer 174.8 to 193.2 (5% either side, as "$200 million" still is).
    const [figure] = compareBodies(wcvb, wcvb).flatMap((g) => g.figures).filter((f) => f.text === '$184 million');
    expect([figure?.low, figure?.high]).toEqual([183_500_000, 184_500_000]);
    const [round] = compareBodies(patrick, patrick).flatMap((g) => g.figures).filter((f) => f.text === '$200 million');
    expect([round?.low, round?.high]).toEqual([190_000_000, 210_000_000]);
  });

  it('gives a rate only to the figure right before it', () => {
    // 10_4ecbplus (tune): "per season" is the $23 million's, not the $184 million's.
    const read = subjectsOf('Lynch reported the Red Sox team of owner John Henry, COO Larry Lucchino and General Manager Theo Epstein offered Teixeira, 28, an eight-year deal worth $184 million or $23 million per season.');
    expect(read.find((f) => f.text === '$184 million')?.subject.period).toBeUndefined();
    expect(read.find((f) => f.text === '$23 million')?.subject.period).toBe('per season');
  });
});

describe('a place under its other name', () => {
  // ECB+ 8plus (tune): the Greek general strike of 5 May 2010; 8_6ecbplus writes "Salonika", the others "Thessaloniki".
  const salonika = "Meanwhile, extended clashes broke out in Salonika where approximately 50, 000 people marched destroying dozens of banks and corporate shops in Greece's second largest city.";
  const thessaloniki = 'Violence also broke out in the northern city of Thessaloniki, where another 20, 000 people marched through the city center and some youths smashed store windows.';

  it('keys the place by the name every listed name of it stands for', () => {
    expect(subjectsOf(salonika)[0]?.subject).toMatchObject({ what: 'marched', place: 'thess' });
  });

  it('sets the two outlets\' marchers in the one city side by side', () => {
    // Before, "salon" and "thess" were two places and the two crowds never met.
    const group = compareBodies(thessaloniki, salonika).find((g) => g.subject === 'people marched');
    expect(group?.verdict).toBe('diverges');
  });
});
