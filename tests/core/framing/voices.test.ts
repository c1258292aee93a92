import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { analysisFeatures } from '../../../src/core/corpus/pack.js';
import type { FramingFeatures } from '../../../src/core/framing/index.js';
import { INDEPENDENT, sideOf } from '../../../src/core/framing/voices.js';
import type { QuoteFeatures } from '../../../src/core/quotes/index.js';
import { seedInputs } from '../../helpers.js';

/** Framing's voices as a pack build makes them: who speaks from the quotes analysis, the side from framing. */
function voices(...paragraphs: string[]) {
  const features = analysisFeatures(articleFromPlainText(`Headline here\n${paragraphs.join('\n')}`)) as unknown as { framing: FramingFeatures };
  return features.framing.voices.map((v) => ({ speaker: v.speaker, side: v.side, direct: v.direct, indirect: v.indirect }));
}

describe('voices with their sides', () => {
  it('takes who speaks from the quote features and adds the side the text gives', () => {
    expect(
      voices(
        'Maria Lopez, a spokeswoman for the Mexican government, said the border would reopen on Monday.',
        'Brazil’s Foreign Minister Carlos Silva told reporters: “We will not accept this.” He added that talks would go on.',
        '“This is the first step,” said Ahmed Khan, an analyst at the Regional Policy Institute.',
      ),
    ).toEqual([
      { speaker: 'Maria Lopez', side: 'Mexican', direct: [], indirect: [0] },
      { speaker: 'Carlos Silva', side: 'Brazil', direct: [1], indirect: [2] },
      { speaker: 'Ahmed Khan', side: INDEPENDENT, direct: [3], indirect: [] },
    ]);
  });

  it('gives a country quoted bare its own side, and a source cited bare none', () => {
    expect(voices('Pakistani officials said the border was shut.', 'Pakistan called the strike “a war crime”.', 'The toll rose to 40, according to the Express Tribune.')).toEqual([
      { speaker: 'Pakistani officials', side: 'Pakistani', direct: [], indirect: [0] },
      { speaker: 'Pakistan', side: 'Pakistan', direct: [1], indirect: [] },
      { speaker: 'the Express Tribune', side: undefined, direct: [], indirect: [2] },
    ]);
  });

  it('credits on every seed exactly the speakers and sentences the quote features record', () => {
    for (const { article } of seedInputs()) {
      const features = analysisFeatures(article) as unknown as { framing: FramingFeatures; quotes: QuoteFeatures };
      const recorded = (features.quotes.voices ?? []).map((v) => ({ speaker: v.speaker, affiliation: v.affiliation, direct: v.direct, indirect: v.indirect }));
      expect(recorded.length).toBeGreaterThan(3);
      expect(features.framing.voices.map((v) => ({ speaker: v.speaker, affiliation: v.affiliation, direct: v.direct, indirect: v.indirect }))).toEqual(recorded);
    }
  });

  it('has no voices without the quotes analysis’s reading', async () => {
    const { framingFeatures } = await import('../../../src/core/framing/index.js');
    expect(framingFeatures(articleFromPlainText('Headline here\nPolice said the road was closed.')).voices).toEqual([]);
  });
});

describe('sides', () => {
  it('splits titles from names and appositions from subjects', () => {
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
    expect(sideOf('Brad Baehr', 'California Highway Patrol Officer')).toBe('California Highway Patrol');
    // Out of office, a diplomat comments for no party; a party's chair speaks for it.
    expect(sideOf('Peter Westmacott', 'former British ambassador to the United States')).toBe(INDEPENDENT);
    expect(sideOf('Jan Kowal', 'several current and former diplomats from Poland')).toBeUndefined();
    expect(sideOf('Tom Perez', 'DNC Chair')).toBe('DNC');
  });
});
