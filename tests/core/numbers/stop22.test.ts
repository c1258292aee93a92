// Readings and rules of stop 22 (branch r22n), each on sentences of ECB+ articles as they stand. Which half each sentence
// comes from is said at each test; the labels they are measured against are in tests/fixtures/numbers/labels.json.
import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../src/core/numbers/figures.js';
import { compareBodies, subjectsOf } from './helpers.js';

describe("small counts of the story's own noun, told in the leads", () => {
  // ECB+ 12 (tune): the pirates' attack on the MV Gibe, 12_3ecb against 12_2ecb and 12_4ecb (labelled, obvious).
  const three =
    'The pirates, in three boats, were attempting to hijack the Ethopian-flagged merchant vessel around noon today, when the destroyer INS Mysore intervened and repulsed the attack, a Navy spokesman said here.';
  const two =
    "India's INS Mysore and its armed helicopter were on anti-piracy patrol when they received a distress call from the Ethiopian-flagged MV Gibe saying two boats were closing in and firing, a Defence Ministry statement said.";
  const fast =
    "An Indian navy ship, the INS Mysore, was escorting merchant ships in waters off Somalia's coast Saturday when it received a distress call from seamen on board the MV Gibe, who said they were being fired on by two boats that were approaching fast.";

  it('sets three boats against two', () => {
    const group = compareBodies(three, two, fast).find((g) => g.subject === 'boats');
    expect(group?.verdict).toBe('diverges');
    expect(group?.figures.map((f) => f.text).sort()).toEqual(['three', 'two', 'two']);
  });

  it('compares lead figures only: the same counts further down are not set against each other', () => {
    const filler = 'The navy said the operation was over. The crew were safe. The ship sailed on. Officials spoke to reporters. The statement was brief.';
    expect(compareBodies(`${filler} ${three}`, two, fast).filter((g) => g.verdict === 'diverges')).toEqual([]);
  });

  // ECB+ 30 (tune): 30_10ecb tells of the January 2008 cut (two cables), the others of the December cut (three cables);
  // 30_1ecb itself recalls "In January, five cables ... were cut" (labelled `different`).
  const january = 'Millions of people across the Middle East and Asia have lost access to the internet after two undersea cables in the Mediterranean suffered severe damage.';
  const december =
    'Internet and phone communications between Europe, the Middle East and Asia were severely disrupted on Friday after three undersea cables were damaged in the Mediterranean between Sicily and North Africa.';
  const recalled = 'In January, five cables in the Middle East and Europe were cut, causing Internet failures in the region and damaging traffic through the region\'s important call centre industry.';

  it('leaves a small count alone when the coverage also counts the noun for a period (another occasion)', () => {
    // Without the recalled January cut, two and three undersea cables are set against each other.
    expect(compareBodies(january, december).find((g) => g.subject === 'cables')?.verdict).toBe('diverges');
    expect(compareBodies(january, `${december} ${recalled}`).filter((g) => g.verdict === 'diverges')).toEqual([]);
  });
});

describe('a season is a period', () => {
  it('reads "this season" as the span a count covers, so season tallies are never one occasion\'s count', () => {
    expect(subjectsOf('The team has won nine games this season.')[0]?.subject.period).toBe('this season');
    expect(subjectsOf('He scored 20 points last season.')[0]?.subject.period).toBe('last season');
  });
});

describe('sums as the financial and British press write them', () => {
  it('reads "2m euros": a scale glued to the number, the currency named after it (ECB+ 24_4ecbplus, tune)', () => {
    const haul = subjectsOf('They made off with 2m euros (£1. 7m; $2. 6m) in gems and watches.').find((f) => f.text === '2m euros');
    expect(haul?.subject).toMatchObject({ what: 'money', thing: 'stolen' });
    const [figure] = readFigures('They made off with 2m euros in gems.').figures;
    expect([figure?.unit, figure?.low, figure?.high]).toEqual(['EUR', 1_900_000, 2_100_000]);
  });

  it('reads "$200MM" as 200 million dollars (ECB+ 10_21ecbplus, tune), and "mm" after a number with no sign as no sum', () => {
    const [deal] = readFigures('The Red Sox offered Mark Teixeira an eight-year, $200MM deal.').figures.filter((f) => f.measure === 'money');
    expect([deal?.low, deal?.high]).toEqual([190_000_000, 210_000_000]);
    expect(readFigures('They also confiscated a 5.56mm rifle.').figures.filter((f) => f.measure === 'money')).toEqual([]);
  });

  it('gives the first number of a range the scale written after the second ("$140-150 million", ECB+ 10_3ecb, tune)', () => {
    const [orioles] = readFigures('Other teams in the battle for Teixeira are the Baltimore Orioles (seven years, $140-150 million).').figures.filter((f) => f.measure === 'money');
    expect([orioles?.low, orioles?.high]).toEqual([140_000_000, 150_000_000]);
    const [people] = readFigures('between 20 and 30 million people').figures;
    expect([people?.low, people?.high]).toEqual([20_000_000, 30_000_000]);
    const [small] = readFigures('between 20 and 30 people').figures;
    expect([small?.low, small?.high]).toEqual([20, 30]);
  });
});
