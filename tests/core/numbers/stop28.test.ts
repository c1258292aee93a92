// Readings and rules of stop 28 (branch r28n), each on sentences of ECB+ articles as they stand. Which half each sentence
// comes from is said at each test; the labels they are measured against are in tests/fixtures/numbers/labels.json.
import { describe, expect, it } from 'vitest';
import { compareBodies, subjectsOf } from './helpers.js';

describe("small counts of the story's own noun in the leads, beside a larger count further down", () => {
  // ECB+ 20plus (tune): the villages the 2005 Qeshm quake destroyed, four (20_6ecbplus) against seven (20_3ecbplus, 20_8ecbplus),
  // labelled `disagree`; 20_4ecbplus's "about 15 villages" (every village with a damaged house) stands past its lead.
  const four = [
    'A powerful earthquake has hit southern Iran, destroying several villages and killing at least three people and injuring others, according to reports.',
    'The governor of Qeshm island told the AFP news agency four villages had been destroyed and three people killed.',
  ].join(' ');
  const seven =
    'A powerful earthquake hit southern Iran on Sunday, causing major destruction in seven villages and killing 10 people and injuring 80.';
  const filler = 'The tremor shook Oman as well. Power was restored on Monday. Tents were handed out. The governor spoke on television. Aid arrived.';
  const fifteen =
    'He said 30 of the 80 wounded remained in hospital after the tremor, which destroyed or damaged an estimated 1, 500 mudbrick houses in about 15 villages on the island and was felt across the Gulf in the United Arab Emirates.';

  it('sets the leads\' four villages against seven when a third article counts 15 further down', () => {
    const group = compareBodies(four, seven, `${seven} ${filler} ${fifteen}`).find((g) => g.subject === 'villages');
    expect(group?.verdict).toBe('diverges');
    // The larger count past the lead is no part of the comparison.
    expect(group?.figures.map((f) => f.text).sort()).toEqual(['four', 'seven', 'seven', 'several']);
  });

  it('still leaves the noun out when the large count stands in a lead', () => {
    // ECB+ 12 (tune, labelled `different`): the 23 pirates captured against "an estimated 1,500 pirates" in Somalia, both in leads.
    const captured = 'MSNBC is reporting that the Indian Navy claims they have captured 23 pirates in the Gulf of Aden. They are taking the vessels to pirate controlled regions in Somalia, with an estimated 1,500 pirates.';
    const eleven = 'Marine commandos boarded two of the pirate vessels to nab 12 Somali and 11 Yemeni pirates.';
    expect(compareBodies(captured, eleven).filter((g) => g.verdict === 'diverges')).toEqual([]);
  });
});

describe('how long someone stayed in custody or in hospital', () => {
  // ECB+ 28plus (tune, labelled `disagree`): Fred LaRue's time in federal prison, four months (28_12ecbplus) against five (28_5ecbplus).
  const four = 'He served four months in federal prison for conspiracy to obstruct justice.';
  const five = 'He served five months in federal prison.';

  it('keys "served <span> in prison" as time in custody and sets four months against five', () => {
    const group = compareBodies(four, five).find((g) => g.subject === 'time in custody');
    expect(group?.verdict).toBe('diverges');
    expect(group?.figures.map((f) => f.text).sort()).toEqual(['five months', 'four months']);
  });

  it('reads "had been in hospital for" and "had been hospitalized ... for" as one stay (ECB+ 4, tune, labelled `disagree`)', () => {
    const three = 'Roesler said Page had been in hospital for three weeks with pneumonia and was about to be released when she suffered the heart attack on December 2.';
    const weeks = 'She had been hospitalized in Los Angeles for four weeks due to pneumonia, only to suffer from a heart attack.';
    expect(subjectsOf(three)[0]?.subject.thing).toBe('time in hospital');
    expect(subjectsOf(weeks)[0]?.subject.thing).toBe('time in hospital');
    expect(compareBodies(three, weeks).find((g) => g.subject === 'time in hospital')?.verdict).toBe('diverges');
  });

  it('leaves a sentence handed down alone: it is not time served', () => {
    // ECB+ 36plus (tune): Warren Jeffs's sentence; ECB+ 26plus (tune): "jailed for", the British way of telling a sentence.
    const sentenced = 'The jury sentenced Jeffs to life in prison for aggravated sexual assault of a 12-year-old girl and 20 years in prison for the sexual assault of a 15-year-old girl.';
    expect(subjectsOf(sentenced).find((f) => f.text === '20 years')?.subject.thing).toBeUndefined();
    expect(subjectsOf('He was jailed for 12 years, but it took until 2003 for the Chin to admit his sanity.')[0]?.subject.thing).toBeUndefined();
  });
});
