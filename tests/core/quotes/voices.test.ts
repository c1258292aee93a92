import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { quotesFeatures } from '../../../src/core/quotes/index.js';
import type { AttributedVoice } from '../../../src/core/english/speech.js';

/** The voices the quotes analysis records in its features: who speaks, sentence by sentence. */
function voices(...paragraphs: string[]): AttributedVoice[] {
  return quotesFeatures(articleFromPlainText(`Headline here\n${paragraphs.join('\n')}`)).voices ?? [];
}

function table(vs: AttributedVoice[]) {
  return vs.map((v) => ({ speaker: v.speaker, direct: v.direct, indirect: v.indirect }));
}

describe('who speaks, as the quotes analysis records it', () => {
  it('reads a name with an apposition, a title run, and a pronoun that continues', () => {
    const vs = voices(
      'Maria Lopez, a spokeswoman for the Mexican government, said the border would reopen on Monday.',
      'Brazil’s Foreign Minister Carlos Silva told reporters: “We will not accept this.” He added that talks would go on.',
    );
    expect(table(vs)).toEqual([
      { speaker: 'Maria Lopez', direct: [], indirect: [0] },
      { speaker: 'Carlos Silva', direct: [1], indirect: [2] },
    ]);
    expect(vs[0]?.affiliation).toBe('a spokeswoman for the Mexican government');
    expect(vs[1]?.affiliation).toBe('Brazil’s Foreign Minister');
  });

  it('records what groups and bodies say, which its statements leave unnamed', () => {
    const article = articleFromPlainText('Headline here\nPolice said the road would stay closed overnight.\nPakistani officials said the talks had failed.');
    const features = quotesFeatures(article);
    // The statements give these sentences to nobody (quote grouping ignores them, as before) ...
    expect(features.quotes.filter((q) => q.speaker)).toEqual([]);
    // ... the voices do.
    expect(table(features.voices ?? [])).toEqual([
      { speaker: 'Police', direct: [], indirect: [0] },
      { speaker: 'Pakistani officials', direct: [], indirect: [1] },
    ]);
  });

  it('follows a quotation over several sentences and paragraphs to the attribution at its end', () => {
    const vs = voices('“This is the first step. There will be more,” said Ahmed Khan, an analyst at the Regional Policy Institute.', '“We are watching closely.', 'Nothing is settled,” he said.');
    expect(vs).toHaveLength(1);
    expect(vs[0]?.speaker).toBe('Ahmed Khan');
    expect(vs[0]?.affiliation).toBe('an analyst at the Regional Policy Institute');
    expect(vs[0]?.direct).toEqual([0, 1, 2, 3]);
  });

  it('cites sources named with "according to", keeping their description', () => {
    const vs = voices('At least 40 people died, according to the Syrian Observatory for Human Rights, a UK-based monitoring group.', 'According to the observatory, the toll may rise.');
    expect(vs[0]?.speaker).toBe('the Syrian Observatory for Human Rights');
    expect(vs[0]?.affiliation).toBe('a UK-based monitoring group');
  });

  it('does not count a country named bare as a source unless its words are quoted', () => {
    const vs = voices('Russia has long accused Ukraine of shelling the plant, a charge Ukrainian officials deny.', 'Moscow claims its forces hold the town.', 'Ukraine called the strike “a war crime”.');
    expect(table(vs)).toEqual([{ speaker: 'Ukraine', direct: [2], indirect: [] }]);
  });

  it('ignores passives, relative clauses and titles in quotation marks', () => {
    const vs = voices('Dozens of fighters were reported killed.', 'This demand was reiterated at the summit.', 'The deal was first reported by “The Daily Star”.');
    expect(vs.map((v) => v.speaker)).toEqual([]);
  });

  it('credits two speakers in one sentence with their own quotations', () => {
    const vs = voices('Jan Novak, a government spokesman, called it ‘a mistake,’ while Poland’s prime minister hailed the deal as a ‘historic day.’');
    expect(table(vs)).toEqual([
      { speaker: 'Jan Novak', direct: [0], indirect: [] },
      { speaker: 'Poland’s prime minister', direct: [0], indirect: [] },
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
    expect(vs[0]?.indirect).toEqual([0, 1, 2]);
  });
});
