// Readings and rules of stop 28 (branch r28n), each on sentences of ECB+ articles as they stand. Which half each sentence
// comes from is said at each test; the labels they are measured against are in tests/fixtures/numbers/labels.json.
import { describe, expect, it } from 'vitest';
import { compareBodies } from './helpers.js';

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
