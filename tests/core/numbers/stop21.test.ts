// Readings and rules of stop 21 (branch r21n), each on sentences of ECB+ articles as they stand. Which half each sentence
// comes from is said at each test; the labels they are measured against are in tests/fixtures/numbers/labels.json.
import { describe, expect, it } from 'vitest';
import { compareBodies, subjectsOf } from './helpers.js';

describe('a toll of one', () => {
  // ECB+ 18 (tune): the Vancouver office party shooting, "killing one man" / "killing one person".
  const vancouver = 'Police allege Eric Allen Kirkpatrick, 61, opened fire at a Vancouver office Christmas party Friday, killing one man.';
  const employee = 'A former employee recently let go from his job opened fire at an office Christmas party yesterday, killing one person.';

  it('reads "one" before a person as a count, and a lone "one" as no figure', () => {
    expect(subjectsOf(employee).map((f) => [f.text, f.subject.what])).toEqual([['one', 'killed']]);
    expect(subjectsOf(vancouver).find((f) => f.text === 'one')?.subject.what).toBe('killed');
    // ECB+ 22_12ecbplus (tune): "one" as a pronoun, no count.
    expect(subjectsOf('She had no quarrels with one of them and told her to leave.')).toEqual([]);
  });

  it('reads "one man" after "two women and" as a part of a list, not the toll (ECB+ 8_1ecbplus, tune: three died)', () => {
    const athens = 'Police said two women and one man died at a branch of the Marfin bank which caught fire after hooded youths broke a window and hurled petrol bombs inside.';
    expect(subjectsOf(athens).find((f) => f.text === 'one')?.subject.what).toBe('');
  });

  it('shows two outlets\' tolls of one as agreeing', () => {
    const group = compareBodies(vancouver, employee).find((g) => g.subject === 'people killed');
    expect(group?.verdict).toBe('consistent');
  });
});

describe("a war's toll so far", () => {
  // ECB+ 41_7ecb (held-out): the whole Gaza war's toll, told in a story of one school strike.
  const war = 'With the conflict now having taken more than 600 lives and aid agencies warning of a deepening humanitarian crisis in Gaza-where large areas are without power and water';
  // ECB+ 41_9ecb (held-out): the school strike's own toll.
  const school = 'At least 43 people were killed and 55 wounded in the school, where hundreds of Palestinians had sought refuge from the fighting.';

  it('reads "the conflict now having taken more than 600 lives" as a running total from the start', () => {
    expect(subjectsOf(war).find((f) => f.text === 'more than 600')?.subject).toMatchObject({ what: 'killed', period: 'since the start' });
    // "The fighting" is as often the event itself: no period.
    expect(subjectsOf('The fighting has killed at least 300 people.').find((f) => f.text === 'at least 300')?.subject.period).toBeUndefined();
  });

  it("never sets the war's toll against one strike's", () => {
    expect(compareBodies(school, war).filter((g) => g.verdict === 'diverges')).toEqual([]);
  });
});

describe('the arrested, whatever noun names them', () => {
  // ECB+ 26 (tune): the Palermo sweep, 26_1ecb and 26_8ecb.
  const seized = 'Gaetano Lo Presti, one of 99 alleged Sicilian Mafia members seized on Tuesday, has apparently hanged himself with his belt in prison.';
  const arrested =
    'He may have been driven to suicide because wiretapped conversations between him and other Mafia bosses helped lead to the police sweep on Tuesday in which 89 people were arrested following a nine-month probe, the Ansa news agency reported.';

  it('reads "members seized" as arrested, and sets 99 against 89', () => {
    expect(subjectsOf(seized).find((f) => f.text === '99')?.subject).toMatchObject({ what: 'arrested' });
    expect(subjectsOf(seized).find((f) => f.text === '99')?.subject.who).toBeUndefined();
    const group = compareBodies(seized, arrested).find((g) => g.figures.some((f) => f.text === '99'));
    expect(group?.verdict).toBe('diverges');
  });

  it('takes "seized" for an arrest only after people, and a verb before the count as taking anything', () => {
    // ECB+ 12_8ecb (tune): boats seized are no arrest.
    const boats = subjectsOf('In addition to the 12 Somali and 11 Yemeni suspects, the Indian navy seized two small boats and “a substantial cache of arms and equipment,” the statement said.');
    expect(boats.find((f) => f.text === 'two')?.subject.what).not.toBe('arrested');
    // ECB+ 16_1ecbplus (tune): "arrested five buildings away" keeps its noun; the buildings are not people arrested.
    expect(subjectsOf('The defendant was arrested five buildings away on 223rd Street shortly before midnight.')[0]?.subject.who).toBe('build');
  });

  it('reads no outcome for a plural count before a singular verb ("dozens of children was arrested", ECB+ 36_9ecb, tune)', () => {
    const leader =
      'The leader of a polygamous communtity in western Canada who has admitted having numerous wives and dozens of children was arrested Wednesday and charged with practicing polygamy, according to court documents and local officials.';
    expect(subjectsOf(leader).find((f) => f.text === 'dozens')?.subject.what).toBe('children');
  });
});

describe('the people named again between commas', () => {
  // ECB+ 8plus (tune): the Athens bank fire, 8_4ecbplus and 8_8ecbplus.
  it('reads the outcome after an appositive: "at least three people, a man and two women, were killed"', () => {
    expect(subjectsOf('Police said at least three people, a man and two women, were killed in the fire-bomb attack.')[0]?.subject.what).toBe('killed');
    const pregnant = 'Three people, one of them a pregnant woman, were killed when Greeks protesting against government austerity measures threw petrol bombs at a bank in Athens on Wednesday.';
    expect(subjectsOf(pregnant)[0]?.subject.what).toBe('killed');
    const died = 'Three people died when an Athens bank went up in flames Wednesday as tens of thousands of Greeks took to the streets to protest harsh spending cuts aimed at saving the country from bankruptcy.';
    expect(compareBodies(pregnant, died).find((g) => g.subject === 'people killed')?.verdict).toBe('consistent');
  });
});

describe('people taken into custody, the verb before them', () => {
  // ECB+ 36 (tune): the Texas FLDS ranch raid, told by a Texas story and, as an aside, by a Canadian one.
  const removed = 'Texas officials raided the ranch last April and temporarily removed 439 children.';
  const apprehended =
    'The issue of polygamy in British Columbia came up again last year after more than 450 children were apprehended by child-welfare authorities from a sister polygamous community in Texas.';

  it('reads "removed 439 children" as children taken into custody, and sets it against "more than 450 children were apprehended"', () => {
    expect(subjectsOf(removed).find((f) => f.text === '439')?.subject).toMatchObject({ what: 'arrested', who: 'children' });
    const group = compareBodies(removed, apprehended).find((g) => g.figures.some((f) => f.text === '439'));
    expect(group?.verdict).toBe('diverges');
  });

  it('takes the verb before the count for custody only when people follow', () => {
    // ECB+ 12_8ecb (tune): "seized two small boats" stays boats.
    const boats = subjectsOf('In addition to the 12 Somali and 11 Yemeni suspects, the Indian navy seized two small boats and “a substantial cache of arms and equipment,” the statement said.');
    expect(boats.find((f) => f.text === 'two')?.subject.what).toBe('boat');
  });
});
