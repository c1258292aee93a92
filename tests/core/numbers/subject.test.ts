import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../src/core/numbers/figures.js';
import { subjectOf, type Subject } from '../../../src/core/numbers/subject.js';

function subjects(sentence: string): Subject[] {
  const { tokens, figures } = readFigures(sentence);
  let previous: Subject | undefined;
  return figures.map((f) => (previous = subjectOf(tokens, f, previous)));
}

function key(s: Subject): string {
  return [s.what, s.who ?? '-', s.side ?? '-', s.period ?? '-', s.place ?? '-', s.thing ?? '-', s.scope ?? '-'].join('|');
}

function subject(sentence: string): Subject {
  const all = subjects(sentence);
  expect(all, sentence).toHaveLength(1);
  return all[0]!;
}

describe('what a figure counts', () => {
  it('makes different outlets\' wordings of one toll meet', () => {
    const wordings = [
      'Raids left at least 23 Pakistani soldiers dead.',
      'The latter reported 58 Pakistani military casualties.',
      'Officials said 40 Pakistani troops were killed.',
      'Militants killed 12 Pakistani servicemen.',
      'The attacks caused the deaths of nine Pakistani soldiers.',
    ];
    const keys = wordings.map((w) => key(subject(w)));
    expect(new Set(keys).size, keys.join('\n')).toBe(1);
    expect(subject(wordings[0]!)).toMatchObject({ what: 'killed', who: 'forces', side: 'pakis' });
  });

  it('keeps different sides, groups and outcomes apart', () => {
    const a = key(subject('Raids left 23 Pakistani soldiers dead.'));
    expect(key(subject('The army killed more than 200 Taliban fighters.'))).not.toBe(a);
    expect(key(subject('Raids left 23 Afghan soldiers dead.'))).not.toBe(a);
    expect(key(subject('Raids left 23 Pakistani soldiers wounded.'))).not.toBe(a);
    expect(key(subject('Raids left 23 Pakistani civilians dead.'))).not.toBe(a);
  });

  it('reads whose toll it is from before the verb', () => {
    expect(subject('Pakistani security forces suffered over 2,400 fatalities in the first three quarters of this year.')).toMatchObject({
      what: 'killed',
      who: 'forces',
      side: 'pakis',
      period: 'first three quarters of this year',
    });
    expect(subject('At least 2,414 deaths have been recorded in the first three quarters of this year.')).toMatchObject({ what: 'killed', period: 'first three quarters of this year' });
  });

  it('reads outcomes before and after the count', () => {
    expect(subject('A strike killed eight.').what).toBe('killed');
    expect(subject('killing more than 130 students').who).toBe('student');
    expect(subject('Dozens of people have been killed.').what).toBe('killed');
    expect(subjects('Dozens were killed and hundreds wounded.').map((s) => s.what)).toEqual(['killed', 'injured']);
    expect(subject('Dozens of fighters were reported killed.')).toMatchObject({ what: 'killed', who: 'fighters' });
    expect(subjects('It killed eight, including three cricket players.')[1]).toMatchObject({ what: 'killed', who: 'player' });
  });

  it('counts things and their period: attacks in the past year', () => {
    for (const s of ['The group launched over 600 attacks on security forces in the past year.', 'It was involved in at least 600 attacks against troops in the past year alone.', 'It has conducted more than 600 attacks against the army in the past year.']) {
      expect(subject(s)).toMatchObject({ what: 'attacks', period: 'past year' });
    }
  });

  it('names what a measure measures', () => {
    expect(subject('along their 2,600km (1,600-mile) border')).toMatchObject({ what: 'length', thing: 'border' });
    expect(subject('along the 2,600-kilometer frontier')).toMatchObject({ what: 'length', thing: 'border' });
    expect(subject('an initial 48-hour cease-fire')).toMatchObject({ what: 'duration', thing: 'ceasefire' });
    expect(subject('after a week of deadly clashes')).toMatchObject({ what: 'duration', thing: 'conflict' });
  });

  it('names the event a date is of', () => {
    expect(subject('The border violence first erupted on October 10 along the frontier.')).toMatchObject({ what: 'begin', thing: 'conflict' });
    expect(subject('The fighting broke out on May 3.')).toMatchObject({ what: 'begin', thing: 'conflict' });
    expect(subject('On June 2 the truce ended.')).toMatchObject({ what: 'end', thing: 'ceasefire' });
  });

  it('tells incident tolls and places apart from the event\'s toll', () => {
    expect(subject('11 soldiers were killed in a suicide attack.').scope).toBe('incident');
    expect(subject('An air strike killed eight.').scope).toBe('incident');
    expect(subject('Retaliatory raids left 23 soldiers dead.').scope).toBeUndefined();
    expect(subject('The tsunami killed 170, 000 people in the province.').place).toBe('provinc');
    expect(subject('The tsunami killed 230, 000 people across Asia.').place).toBe('asia');
  });

  it('leaves parts of a set and other events\' counts uncounted', () => {
    expect(subject('Two of the bombs fell in the camp.').what).toBe('');
    expect(subject('He has four prior arrests.').what).toBe('');
  });
});

describe('tolls named before the figure', () => {
  it.each([
    ['The death toll rose to 57 on Tuesday.', 'killed'],
    ['The toll stands at 300.', 'killed'],
    ['The number of dead climbed to 80.', 'killed'],
    ['The number of injured reached 120.', 'injured'],
  ])('%s', (sentence, what) => {
    expect(subjects(sentence)[0]?.what).toBe(what);
  });
});
