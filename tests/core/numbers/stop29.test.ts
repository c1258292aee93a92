// Readings and rules of stop 29 (branch r29d), each on sentences of ECB+ articles as they stand. Which half each sentence comes
// from is said at each test; the labels they are measured against are in tests/fixtures/numbers/labels.json.
import { describe, expect, it } from 'vitest';
import { compareBodies, subjectsOf } from './helpers.js';
import { ecbRecords } from '../../helpers.js';

describe("a count's place that is where the story is", () => {
  // ECB+ 20 (tune, labelled `disagree`): the Qeshm quake's injured, five (20_2ecb) against three (20_5ecb, "in the Persian Gulf
  // Island of Qeshm"): the three was keyed by its place, the five by none, so the two were never compared.
  const three = [
    "Iran's state television says a magnitude-5.2 quake has injured three people in the Persian Gulf Island of Qeshm.",
    'The report says the earthquake struck the island at 5:11 p.m. local time.',
  ].join(' ');
  const five = [
    "An earthquake measuring 5.6 on the Richter scale jolted Qeshm island off Iran's southern coast on Sunday, followed by several aftershocks on Monday.",
    'The tremor struck an area around the town of Dargahan on Qeshm island, at the entrance to the Persian Gulf, injuring five people and damaging buildings.',
  ].join(' ');
  const two = [
    'According to the student ISNA news agency, the quake on the outskirts of Dargahan, a small town on the island, injured two people.',
    '“Two people from Zinbi village were hurt but their general condition is satisfactory,” Qeshm governor Mehdi Irannejad was quoted as saying.',
  ].join(' ');

  it('reads the place of "three people in the Persian Gulf Island of Qeshm"', () => {
    expect(subjectsOf("Iran's state television says a magnitude-5.2 quake has injured three people in the Persian Gulf Island of Qeshm.")[1]?.subject.place).toBeTruthy();
  });

  it('compares it with a toll that names no place when the leads name the place', () => {
    const group = compareBodies(three, five).find((g) => g.subject === 'people injured');
    expect(group?.verdict).toBe('diverges');
    expect(group?.figures.map((f) => f.text).sort()).toEqual(['five', 'three']);
  });

  it('keeps the place apart when the leads of the coverage do not name it', () => {
    // 20_3ecb's lead names the island, not the Persian Gulf: the place must be named by two leads at least.
    expect(compareBodies(three, two).filter((g) => g.verdict === 'diverges')).toEqual([]);
  });
});

describe('a designation written apart from its letters', () => {
  // ECB+ 12 (tune) and 12plus (tune): "AK 47" without its hyphen was read as 47 guns or rifles.
  it('reads "12 AK 47 guns" as twelve guns and "Six AK 47 rifles" as six', () => {
    expect(subjectsOf('The Indian commandos also recovered 12 AK 47 guns, three rifles, two grenades along with other ammunition.').map((f) => f.text)).toEqual(['12', 'three', 'two']);
    expect(subjectsOf('Six AK 47 rifles, 12 magazines and 300 rounds of ammunition were seized from the boats.').map((f) => f.text)).toEqual(['Six', '12', '300']);
  });
});

describe('counts two outlets attribute to one source', () => {
  const records = ecbRecords();
  const body = (id: string) => records.find((r) => r.id === id)!.text;

  it('sets the police\'s 12 injured against its 18, told past both leads (ECB+ 8plus, tune, labelled `disagree` after the flag)', () => {
    // "Police said 12 people were injured in the riots." (8_3ecbplus) against "Police said 18 people had been injured in the
    // violence and 12 arrested ..." (8_8ecbplus): a plain toll outside the leads, which `leadTolls` does not compare.
    const group = compareBodies(body('8_3ecbplus'), body('8_8ecbplus')).find((g) => g.subject === 'people injured' && g.verdict === 'diverges');
    expect(group?.figures.map((f) => f.text).sort()).toEqual(['12', '18']);
  });

  it('leaves two counts of one source apart when each article gives both (ECB+ 36, tune: Blackmore\'s 20 wives, Oler\'s two)', () => {
    const groups = compareBodies(body('36_1ecb'), body('36_3ecb'));
    expect(groups.filter((g) => g.verdict === 'diverges' && g.figures.some((f) => f.text === 'two'))).toEqual([]);
  });
});
