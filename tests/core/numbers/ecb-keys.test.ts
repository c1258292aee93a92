// Readings added for issue 17's numbers recall (branch r19n), each on sentences of ECB+ articles as they stand
// (the labels are in tests/fixtures/numbers/labels.json; these events are in the ECB+ tune half, even topics).
import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../src/core/numbers/figures.js';
import { compareBodies, subjectsOf } from './helpers.js';



describe('how many live in a named place', () => {
  // ECB+ 20plus: the island is "home to 120, 000 people" in two articles and "home to 200, 000 people" in a third.
  const first = "The 5. 9-magnitude quake struck Qeshm island, home to 120, 000 people, and the city of Bandar Abbas, state media said.";
  const third = "The quake was centred near Qeshm Island, home to 200, 000 people, and the town of Bandar Abbas.";

  it('reads "<name> island, home to N people" and "<name>, a city of N people" as the population of the name', () => {
    expect(subjectsOf(first).find((s) => s.text === '120, 000')?.subject).toMatchObject({ what: 'population', place: 'qeshm' });
    expect(subjectsOf(third).find((s) => s.text === '200, 000')?.subject).toMatchObject({ what: 'population', place: 'qeshm' });
    expect(subjectsOf('Two hotels in Manokwari, a city of 160,000 people, collapsed in the Jan. 4 quakes.').find((s) => s.text === '160,000')?.subject).toMatchObject({ what: 'population', place: 'manok' });
  });

  it('sets two populations of one place that cannot meet against each other, and leaves people counted for anything else alone', () => {
    expect(compareBodies(first, third).map((g) => [g.verdict, g.subject])).toEqual([['diverges', 'population']]);
    // Members of a sect are no population, and "home to" with no name before it names no place.
    expect(subjectsOf('Blackmore runs a sect, home to 400 members, in the town of Bountiful.').find((s) => s.text === '400')?.subject.what).not.toBe('population');
    expect(subjectsOf('The island is home to 120,000 people.').find((s) => s.text === '120,000')?.subject.what).not.toBe('population');
  });
});

describe('tolls added with "other"', () => {
  it('reads "killing 10 persons and wounding other 70" as 70 injured (ECB+ 20_5ecbplus)', () => {
    const read = subjectsOf("A 5. 9 magnitude earthquake has leveled seven villages in Iran's southern area, killing 10 persons and wounding other 70, Iranian officials were quoted by AP as saying.");
    expect(read.find((s) => s.text === '70')?.subject.what).toBe('injured');
    // Not after a verb of outcome, "other" still marks a count apart from the event's ("two other victims").
    expect(subjectsOf('Police said two other victims were taken to hospital.').every((s) => s.subject.what === '')).toBe(true);
  });
});

describe('plain tolls told in the leads', () => {
  // ECB+ 20plus, the Qeshm quake: 20_11ecbplus gives "about 50 hurt" and "at least 50 injured" in its lead (50 together),
  // 20_8ecbplus "injuring 80".
  const fifty = 'Ten people are killed and about 50 hurt. Ten people were killed and at least 50 injured when an earthquake razed mud-brick villages on the Persian Gulf island of Qeshm off Iran\'s southern coast Sunday, officials and state media said.';
  const eighty = 'A powerful earthquake hit southern Iran on Sunday, causing major destruction in seven villages and killing 10 people and injuring 80.';

  it('takes what an article\'s lead figures say together as its toll, and sets it against another lead\'s', () => {
    const injured = compareBodies(fifty, eighty).find((g) => g.subject === 'people injured');
    expect(injured?.verdict).toBe('diverges');
    expect(injured?.figures.map((f) => f.text)).toEqual(['about 50', 'at least 50', '80']);
  });

  it('leaves out a toll further down the article, and does not flag leads that agree', () => {
    const background = ['The tremor was felt across the Gulf.', 'Offices were evacuated in Dubai.', 'Rescue teams reached the villages.', 'Tents were handed out.', 'Schools were shut.', 'Television showed a few injured being taken to hospitals.'].join(' ');
    const section = compareBodies(`${eighty} ${background}`, 'A powerful earthquake in southern Iran killed 10 people and injured 80, officials said.');
    expect(section.filter((g) => g.verdict === 'diverges')).toEqual([]);
  });
});

describe('a haul', () => {
  // ECB+ 24, the Harry Winston heist in Paris.
  const snatched = 'Armed robbers-some disguised as women-snatched $108 million worth of diamond rings, necklaces and luxury watches from a Harry Winston boutique on a posh Paris avenue in one of the largest jewel heists in history, officials said Friday.';
  const stolen = "Jewellery worth more than $160 million has been stolen from a Paris boutique in what is believed to be France's biggest jewellery theft.";

  it('reads a sum with its scale joined by a hyphen ("$137-million")', () => {
    const { figures } = readFigures('Four armed robbers -- two dressed as women -- made off with $137-million of diamonds and jewels from a famed Paris store.');
    // What rounds to its written digits (stop 27): 136.5 to 137.5 million.
    expect(figures.find((f) => f.measure === 'money')).toMatchObject({ low: 136_500_000, high: 137_500_000 });
  });

  it('keys a sum taken in a theft as the haul, whatever was taken, and other sums by their own noun', () => {
    expect(subjectsOf(snatched).find((s) => s.text === '$108 million')?.subject.thing).toBe('stolen');
    expect(subjectsOf(stolen).find((s) => s.text === 'more than $160 million')?.subject.thing).toBe('stolen');
    expect(subjectsOf('Making off with an estimated $102 million in jewelry, the thieves fled.').find((s) => s.text === 'an estimated $102 million')?.subject.thing).toBe('stolen');
    expect(subjectsOf('The company paid $108 million for the store in 2007.').find((s) => s.text === '$108 million')?.subject.thing).not.toBe('stolen');
  });

  it('sets two leads\' hauls that cannot meet against each other, and leaves a background theft further down out', () => {
    expect(compareBodies(snatched, stolen).map((g) => g.verdict)).toEqual(['diverges']);
    const background = ['Police sealed off the avenue.', 'The store had been robbed before.', 'Detectives are studying videos.', 'The thieves fled in a car.', 'No shots were fired.', 'In 2007, thieves stole jewels worth $20 million from the same store.'].join(' ');
    expect(compareBodies(`${snatched} ${background}`, `Armed robbers snatched $108 million worth of jewels from the boutique, officials said.`).filter((g) => g.verdict === 'diverges')).toEqual([]);
  });
});

describe('a measure told in the leads', () => {
  // ECB+ 38, the Geysers quake: 4.2 in two articles (one of them adds a 2.0 aftershock further down), 4.4 in a third, which calls it a temblor.
  const first = 'A 4.2 magnitude earthquake shook a remote area of eastern Sonoma County on Sunday morning, the largest in a flurry over the weekend, according to the U.S. Geological Survey.';
  const withAftershock = [
    'A small quake rattled the county overnight.',
    'The 4.2-magnitude earthquake was recorded at approximately 9:27 a.m. Sunday, according to the US Geological Survey, which originally had rated the quake as 4.4 in magnitude.',
    'It was centered near The Geysers.',
    'At 9:32 p.m., it was followed by a 2.0-magnitude centered quake two miles east of The Geysers and four miles southwest of Cobb.',
  ].join(' ');
  const temblor = 'The U.S. Geological Survey says the 4.4-magnitude temblor on Sunday at 9:27 a.m. was centered 23 miles north of Santa Rosa, and two miles from The Geysers.';

  it('reads a temblor as an earthquake', () => {
    expect(subjectsOf(temblor).find((s) => s.text === '4.4-magnitude')?.subject.thing).toBe('earthquake');
  });

  it('sets the leads\' magnitudes against each other when an article\'s second magnitude comes further down', () => {
    const quake = compareBodies(first, withAftershock, temblor).find((g) => g.verdict === 'diverges');
    expect(quake?.figures.map((f) => f.text)).toEqual(['4.2 magnitude', '4.2-magnitude', '4.4-magnitude']);
  });
});
