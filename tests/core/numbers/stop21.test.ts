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
