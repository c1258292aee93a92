import { describe, expect, it } from 'vitest';
import { clauseStarts, factUnits, numbersIn, statesAFact } from '../../../src/core/facts/units.js';

describe('fact units', () => {
  it('keeps a short sentence whole', () => {
    const units = factUnits(['The council approved the new budget on Tuesday after a long debate.']);
    expect(units).toHaveLength(1);
    expect(units[0]!.clause).toBeUndefined();
    expect(units[0]!.terms).toEqual(expect.arrayContaining(['council', 'approv', 'budget', 'debat']));
  });

  it('splits a long sentence that joins two facts at ", and <subject>"', () => {
    const s =
      'Under the new deal, the rebels pledged not to attack the capital again, and both sides agreed to free every prisoner held since the war began.';
    const starts = clauseStarts(s);
    expect(starts).toHaveLength(2);
    expect(s.slice(starts[1]!)).toMatch(/^and both sides agreed/);
    const units = factUnits([s]);
    expect(units.map((u) => s.slice(u.clause![0], u.clause![1]))).toEqual([
      'Under the new deal, the rebels pledged not to attack the capital again, ',
      'and both sides agreed to free every prisoner held since the war began.',
    ]);
  });

  it('does not split a list ("forces, civilians, and vital infrastructure")', () => {
    const s = 'The two sides agreed to avoid targeting each other’s security forces, border posts, civilians, and vital infrastructure of any kind at all.';
    expect(clauseStarts(s)).toEqual([0]);
  });

  it('splits at a semicolon, a spaced dash and a comma (even inside a closing quote) before "while"', () => {
    expect(clauseStarts('The mayor resigned on Monday after weeks of protest in the city centre; her deputy will lead the council until the election in May.')).toHaveLength(2);
    expect(clauseStarts('The storm cut power to forty thousand homes across the valley — engineers expect to restore most of them by Friday evening at the latest.')).toHaveLength(2);
    expect(clauseStarts('The spokesman called for an end to ‘hostile actions,’ while the minister hailed the accord as a ‘first step in the right direction.’')).toHaveLength(2);
  });

  it('keeps a short tail with the clause before it', () => {
    const s = 'The company reported record profits for the third quarter in a row across all of its divisions, and the shares rose.';
    expect(clauseStarts(s)).toEqual([0]);
  });

  it('does not take the writer’s own questions or headings as facts, but keeps quoted questions', () => {
    expect(statesAFact('So, what do we know about the truce agreement and what might come next?')).toBe(false);
    expect(statesAFact('What do we know?')).toBe(false);
    expect(statesAFact('“Why do we think it will work now?” the analyst asked.')).toBe(true);
    expect(statesAFact('“Are you expecting them to stop?” he asked the reporters in Kabul?')).toBe(true);
    expect(factUnits(['Why the spike in attacks?', 'Dim outlook for peace'])).toEqual([]);
  });

  it('normalises numbers in digits and words', () => {
    expect(numbersIn('along the 2,600-kilometer frontier')).toEqual(['2600']);
    expect(numbersIn('their 2,600km (1,600-mile) border')).toEqual(['2600', '1600']);
    expect(numbersIn('a blood-alcohol level of 0.41 percent')).toEqual(['0.41']);
    expect(numbersIn('killed eight, including three players')).toEqual(['8', '3']);
    expect(numbersIn('about 40 percent of exports')).toEqual(['40']);
    expect(numbersIn('no numbers here')).toEqual([]);
  });

  it('reads a month-day as one day, not a count: "March 2, 2014" and "the March 2 broadcast" share the day (ECB+ 2plus)', () => {
    // 2_1: "The Academy Awards® will be broadcast live on Oscar Sunday, March 2, 2014, ..."; 2_4: "... on the March 2 broadcast."
    expect(numbersIn('The Academy Awards® will be broadcast live on Oscar Sunday, March 2, 2014, on the ABC Television Network.')).toEqual(['2014', '3/2']);
    expect(numbersIn("She will make her second appearance as the show's emcee on the March 2 broadcast.")).toEqual(['3/2']);
    expect(numbersIn('on 2nd of March')).toEqual(['3/2']);
    // The day is no count: two boats and March 2 share nothing.
    expect(numbersIn('two of them managed to flee')).toEqual(['2']);
    expect(numbersIn('From April 21, North Korea will stop nuclear tests')).toEqual(['4/21']);
  });

  it('cites sentences by index and stores names apart', () => {
    const units = factUnits(['Short.', 'Officials in Ankara and Doha confirmed the talks would resume on Monday.']);
    expect(units).toHaveLength(1);
    expect(units[0]!.sentence).toBe(1);
    expect(units[0]!.names).toEqual(['ankara', 'doha']);
  });
});
