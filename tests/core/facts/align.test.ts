import { describe, expect, it } from 'vitest';
import { areVariants, canonicalTerms, DEFAULT_ALIGNER, editDistanceAtMost, prepareUnit, termWeigher, unitSimilarity } from '../../../src/core/facts/align.js';
import { factUnits } from '../../../src/core/facts/units.js';

// Rarity as a corpus would give it: names and unusual words rare, everyday words common.
const COMMON = new Set(['said', 'country', 'minister', 'agreement', 'government', 'official', 'talk', 'people', 'forc', 'attack']);
const idfOf = (term: string) => (COMMON.has(term) ? 1.5 : 5);

/** The best unit-pair score between two sentences, compared within a little coverage of the same story. */
function score(a: string, b: string, coverage: string[] = []): number {
  const ua = factUnits([a]);
  const ub = factUnits([b]);
  const cov = factUnits(coverage);
  const canonical = canonicalTerms([...ua, ...ub, ...cov].flatMap((u) => u.terms), idfOf);
  const weigh = termWeigher([...ua, ...ub, ...cov].map((u) => u.terms), canonical, idfOf);
  let best = 0;
  for (const x of ua) for (const y of ub) best = Math.max(best, unitSimilarity(prepareUnit(x, canonical, weigh), prepareUnit(y, canonical, weigh)));
  return best;
}
const same = (a: string, b: string, coverage: string[] = []) => score(a, b, coverage) >= DEFAULT_ALIGNER.threshold;

const STORY = [
  'Ruritania and Borduria agreed to a ceasefire on Sunday after talks in Geneva.',
  'Ruritania accused Borduria of shelling border villages last week.',
  'Borduria denied the accusation and said its forces only returned fire.',
  'The Ruritanian foreign minister is expected to visit Geneva again next month.',
];

describe('fact alignment', () => {
  it('aligns rewordings of one fact', () => {
    expect(same('Both sides agreed to avoid targeting each other’s security forces, civilians or critical infrastructure.', 'The two sides agreed on refraining from targeting security forces, civilians and vital infrastructure of each other.', STORY)).toBe(true);
    expect(same('The minister called the truce “the first step in the right direction”.', 'He welcomed the deal, saying it was a step in the right direction.', STORY)).toBe(true);
  });

  it('aligns a fact stated inside a longer sentence with the fact on its own', () => {
    expect(same('Borduria pledged not to support armed groups attacking Ruritania.', 'Under the deal, Borduria pledged not to support armed groups attacking Ruritania, and both sides agreed to reopen the main border crossing within a week.', STORY)).toBe(true);
  });

  it('keeps apart different facts about the same actors (hard negatives)', () => {
    expect(same('Ruritania accused Borduria of shelling border villages last week.', 'Ruritania and Borduria agreed to a ceasefire on Sunday after talks in Geneva.', STORY)).toBe(false);
    expect(same('The Ruritanian foreign minister is expected to visit Geneva again next month.', 'The Bordurian defence minister left Geneva on Monday without signing the accord.', STORY)).toBe(false);
  });

  it('needs numbers to agree where both sentences give some', () => {
    const a = 'The strike killed eight people, including three local cricket players, in the border town.';
    expect(score(a, 'The strike killed 8 people in the border town, three of them local cricket players.', STORY)).toBeGreaterThan(
      score(a, 'The strike killed 23 people in the border town, mostly local cricket players.', STORY),
    );
  });

  it('merges spelling variants of a rare name and word forms, not ordinary words', () => {
    expect(areVariants('turkey', 'turkiye', idfOf)).toBe(true);
    expect(areVariants('zabihullah', 'zabiullah', idfOf)).toBe(true);
    expect(areVariants('pakistan', 'pakistani', idfOf)).toBe(true);
    expect(areVariants('afghan', 'afghanistan', idfOf)).toBe(true);
    expect(areVariants('count', 'country', idfOf)).toBe(false);
    expect(areVariants('2021', '2022', idfOf)).toBe(false);
    // Ordinary words one letter apart stay apart when common.
    expect(areVariants('attack', 'attach', (t) => (t === 'attack' || t === 'attach' ? 1 : 5))).toBe(false);
    expect(same('Mediators from Turkey and Qatar brokered the accord in Doha on Sunday.', 'The accord was brokered in Doha by Qatar and Turkiye on Sunday.', STORY)).toBe(true);
  });

  it('edit distance in a band', () => {
    expect(editDistanceAtMost('kitten', 'sitting', 3)).toBe(true);
    expect(editDistanceAtMost('kitten', 'sitting', 2)).toBe(false);
    expect(editDistanceAtMost('abc', 'abc', 0)).toBe(true);
    expect(editDistanceAtMost('', 'ab', 1)).toBe(false);
  });

  it('scores nothing for units without shared content', () => {
    expect(score('Rain is expected across the north on Thursday evening.', 'The museum reopened its modern art wing after renovation.')).toBe(0);
  });
});
