import { describe, expect, it } from 'vitest';
import { seedInputs } from '../../helpers.js';
import { articleFromPlainText } from '../../../src/core/article.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { CURRENT } from '../../../src/core/analysis/contract.js';
import { PackError } from '../../../src/core/analysis/schema.js';
import { compareFraming, framingFeaturesSchema, type FramingFeatures } from '../../../src/core/framing/index.js';
import { analysisFeatures } from '../../../src/core/corpus/pack.js';
import type { Article } from '../../../src/core/types.js';

/** Framing's features as a pack build makes them, with the voices the quotes analysis reads. */
const packFraming = (article: Article): FramingFeatures => (analysisFeatures(article) as unknown as { framing: FramingFeatures }).framing;

describe('framing features in a pack', () => {
  it('round-trips every seed’s features through JSON and the schema unchanged', () => {
    for (const { article } of seedInputs()) {
      const features = packFraming(article);
      expect(features.voices.length).toBeGreaterThan(0);
      const json = JSON.parse(JSON.stringify(features));
      expect(json).toEqual(features);
      expect(framingFeaturesSchema(json, 'features')).toEqual(features);
    }
  });

  it('rejects malformed features with a message that says where', () => {
    const good = JSON.parse(JSON.stringify(packFraming(seedInputs()[0]?.article ?? { title: '', paragraphs: [] })));
    const bad = (mutate: (f: any) => void) => {
      const copy = JSON.parse(JSON.stringify(good));
      mutate(copy);
      return () => framingFeaturesSchema(copy, 'features');
    };
    expect(bad((f) => (f.voices = 'x'))).toThrow(PackError);
    expect(bad((f) => (f.voices[0].direct = [-1]))).toThrow(/features\.voices\[0\]\.direct/u);
    expect(bad((f) => (f.actors.mentions[0].kind = 'person'))).toThrow(PackError);
    expect(bad((f) => (f.actors.links = [['a']]))).toThrow(PackError);
    expect(bad((f) => (f.cues = Array.from({ length: 301 }, () => f.cues[0])))).toThrow(/more than/u);
    expect(bad((f) => (f.lead.words = 'x'.repeat(10)))).toThrow(PackError);
    expect(bad((f) => delete f.lead)).toThrow(/lead is missing/u);
  });
});

describe('never throws on hostile text', () => {
  const hostile = [
    'a'.repeat(50000),
    '"'.repeat(20000),
    '“'.repeat(10000) + '”'.repeat(10000),
    '1,'.repeat(20000),
    'A '.repeat(20000),
    'The Taliban-led government '.repeat(3000),
    'said '.repeat(10000),
    ', the spokesman, said '.repeat(3000),
    'according to '.repeat(5000),
    '(ABC) '.repeat(8000),
    'T.T.P. '.repeat(8000),
    "Pakistan’s ".repeat(8000),
    'Mr. '.repeat(10000),
    '‘'.repeat(20000),
    ('Alpha Beta Gamma Delta, '.repeat(50) + 'said. ').repeat(100),
  ];
  for (const text of hostile) {
    it(`copes with ${JSON.stringify(text.slice(0, 24))}… (${text.length} chars)`, () => {
      const article = articleFromPlainText(`Title\n${text}\n${text.slice(0, 5000)}`);
      // Through the quotes analysis, whose voices framing reads.
      const features = packFraming(article);
      const section = compareFraming(
        { id: CURRENT, title: 'Title', sentences: articleSentences(article).map((s) => s.text), features },
        [{ id: 'other', title: 'Other', relation: 'same-event', sentences: articleSentences(article).map((s) => s.text), features }],
        { idfOf: () => 1 },
      );
      expect(JSON.parse(JSON.stringify(section))).toEqual(section);
      expect(framingFeaturesSchema(JSON.parse(JSON.stringify(features)), 'f')).toEqual(features);
    });
  }

});
