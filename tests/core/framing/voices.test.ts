import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { INDEPENDENT, parseSpeaker, sideOf, voiceFeatures, type Voice } from '../../../src/core/framing/voices.js';

function voices(...paragraphs: string[]): Voice[] {
  const article = articleFromPlainText(`Headline here\n${paragraphs.join('\n')}`);
  return voiceFeatures(articleSentences(article), article.paragraphs);
}

function table(vs: Voice[]) {
  return vs.map((v) => ({ speaker: v.speaker, side: v.side, direct: v.direct, indirect: v.indirect }));
}

describe('who speaks', () => {
  it('reads a name with an apposition, a title run, and a pronoun that continues', () => {
    const vs = voices(
      'Maria Lopez, a spokeswoman for the Mexican government, said the border would reopen on Monday.',
      'Brazil’s Foreign Minister Carlos Silva told reporters: “We will not accept this.” He added that talks would go on.',
    );
    expect(table(vs)).toEqual([
      { speaker: 'Maria Lopez', side: 'Mexican', direct: [], indirect: [0] },
      { speaker: 'Carlos Silva', side: 'Brazil', direct: [1], indirect: [2] },
    ]);
    expect(vs[1]?.affiliation).toBe('Brazil’s Foreign Minister');
  });

  it('follows a quotation over several sentences and paragraphs to the attribution at its end', () => {
    const vs = voices('“This is the first step. There will be more,” said Ahmed Khan, an analyst at the Regional Policy Institute.', '“We are watching closely.', 'Nothing is settled,” he said.');
    expect(vs).toHaveLength(1);
    expect(vs[0]?.speaker).toBe('Ahmed Khan');
    expect(vs[0]?.side).toBe(INDEPENDENT);
    expect(vs[0]?.direct).toEqual([0, 1, 2, 3]);
  });

  it('cites sources named with "according to", keeping their description', () => {
    const vs = voices('At least 40 people died, according to the Syrian Observatory for Human Rights, a UK-based monitoring group.', 'According to the observatory, the toll may rise.');
    expect(vs[0]?.speaker).toBe('the Syrian Observatory for Human Rights');
    expect(vs[0]?.affiliation).toBe('a UK-based monitoring group');
    expect(vs[0]?.side).toBe(INDEPENDENT);
  });

  it('does not count a country named bare as a source unless its words are quoted', () => {
    const vs = voices('Russia has long accused Ukraine of shelling the plant, a charge Ukrainian officials deny.', 'Moscow claims its forces hold the town.', 'Ukraine called the strike “a war crime”.');
    expect(table(vs)).toEqual([{ speaker: 'Ukraine', side: 'Ukraine', direct: [2], indirect: [] }]);
  });

  it('ignores passives, relative clauses and titles in quotation marks', () => {
    const vs = voices('Dozens of fighters were reported killed.', 'This demand was reiterated at the summit.', 'The deal was first reported by “The Daily Star”.');
    expect(vs.map((v) => v.speaker)).toEqual([]);
  });

  it('credits two speakers in one sentence with their own quotations', () => {
    const vs = voices('Jan Novak, a government spokesman, called it ‘a mistake,’ while Poland’s prime minister hailed the deal as a ‘historic day.’');
    expect(table(vs)).toEqual([
      { speaker: 'Jan Novak', side: undefined, direct: [0], indirect: [] },
      { speaker: 'Poland’s prime minister', side: 'Poland', direct: [0], indirect: [] },
    ]);
  });

  it('resolves a later surname or description to the speaker introduced earlier', () => {
    const vs = voices('Lina Haddad, a political analyst based in Beirut, said the vote was rigged.', 'Haddad said the count was slow.', 'The Beirut-based analyst also said observers were barred.');
    expect(vs).toHaveLength(1);
    expect(vs[0]?.indirect).toEqual([0, 1, 2]);
  });

  it('merges an institution written two ways', () => {
    const vs = voices('The Egyptian Ministry of Foreign Affairs said on Sunday that talks would resume.', 'Egypt’s Foreign Ministry announced a date.', 'The ministry later said it was confident.');
    expect(vs).toHaveLength(1);
    expect(vs[0]?.side).toBe('Egyptian');
    expect(vs[0]?.indirect).toEqual([0, 1, 2]);
  });
});

describe('speaker phrases and sides', () => {
  it('splits titles from names and appositions from subjects', () => {
    expect(parseSpeaker('Pakistan’s Army Chief General Asim Munir')).toEqual({ speaker: 'Asim Munir', affiliation: 'Pakistan’s Army Chief General' });
    expect(parseSpeaker('A senior military official, speaking anonymously')).toEqual({ speaker: 'A senior military official' });
    expect(parseSpeaker('Soon after the announcement, Mr. Ortiz, the rebel spokesman')).toEqual({ speaker: 'Ortiz', affiliation: 'the rebel spokesman' });
  });

  it('takes the side the text states', () => {
    expect(sideOf('Khawaja Asif', 'Pakistan’s Defence Minister')).toBe('Pakistan');
    expect(sideOf('Zabiullah Mujahid', 'spokesman for the Afghan Taliban')).toBe('Afghan Taliban');
    expect(sideOf('Abdullah Baheer', 'a political analyst based in Kabul')).toBe(INDEPENDENT);
    expect(sideOf('the Center for Research and Security Studies', 'an Islamabad-based think tank')).toBe(INDEPENDENT);
    expect(sideOf('Pakistani officials', undefined)).toBe('Pakistani');
    expect(sideOf('diplomats from Afghanistan and Western nations', undefined)).toBeUndefined();
    expect(sideOf('The government', undefined)).toBeUndefined();
    expect(sideOf('Ford', undefined)).toBeUndefined();
    expect(sideOf('Pakistan', undefined, (w) => w === 'Pakistan')).toBe('Pakistan');
    expect(parseSpeaker('California Highway Patrol Officer Brad Baehr')).toEqual({ speaker: 'Brad Baehr', affiliation: 'California Highway Patrol Officer' });
    expect(sideOf('Brad Baehr', 'California Highway Patrol Officer')).toBe('California Highway Patrol');
    // Out of office, a diplomat comments for no party; a party's chair speaks for it.
    expect(sideOf('Peter Westmacott', 'former British ambassador to the United States')).toBe(INDEPENDENT);
    expect(sideOf('Jan Kowal', 'several current and former diplomats from Poland')).toBeUndefined();
    expect(sideOf('Tom Perez', 'DNC Chair')).toBe('DNC');
  });
});
