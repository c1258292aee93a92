// Every per-article analysis on hostile articles: never throws, stays fast, cites sentences
// that exist, quotes text that is there, and survives its own pack schema unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSentences } from '../../../src/core/text/segment.js';
import { claimantOf, numberFeatures, numberFeaturesSchema, readFigures, sideTies } from '../../../src/core/numbers/index.js';
import { quotesFeatures, quotesFeaturesSchema } from '../../../src/core/quotes/index.js';
import { factFeatures, factFeaturesSchema } from '../../../src/core/facts/index.js';
import { clauseStarts, factUnits, numbersIn, statesAFact } from '../../../src/core/facts/units.js';
import { framingFeatures, framingFeaturesSchema } from '../../../src/core/framing/index.js';
import { termsOf, words } from '../../../src/core/text/tokens.js';
import { articleLanguage } from '../../../src/core/text/language.js';
import { bounded, hostileArticle, paragraph, RUNS } from './arbitraries.js';

const roundTrips = <T>(schema: (data: unknown, where: string) => T, features: T): void => {
  const json = JSON.parse(JSON.stringify(features)) as unknown;
  expect(schema(json, 'features')).toEqual(json);
};
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('numbers', () => {
  it('readFigures: figures lie inside the sentence, with finite, ordered bounds', () => {
    fc.assert(
      fc.property(paragraph(), (sentence) => {
        const { figures } = bounded(() => readFigures(sentence, { publishedAt: '2025-10-19' }), 'readFigures');
        for (const f of figures) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(sentence.length);
          expect(Number.isFinite(f.low) && Number.isFinite(f.high)).toBe(true);
          expect(f.low).toBeLessThanOrEqual(f.high);
        }
      }),
      RUNS,
    );
  });

  it('numberFeatures: cites existing sentences, its figure text is in them, and the schema keeps it', () => {
    fc.assert(
      fc.property(hostileArticle(), (article) => {
        const sentences = articleSentences(article);
        const features = bounded(() => numberFeatures(article), 'numberFeatures');
        for (const f of features.figures) {
          expect(sentences[f.sentence]?.text).toContain(f.text);
          expect(f.low).toBeLessThanOrEqual(f.high);
        }
        roundTrips(numberFeaturesSchema, features);
      }),
      RUNS,
    );
  });
});

describe('numbers: who claims a figure, and which sides the text ties', () => {
  it('claimantOf and sideTies: total, and what they name is in the text', () => {
    fc.assert(
      fc.property(paragraph(), fc.nat(), (sentence, at) => {
        const figure = sentence.slice(at % Math.max(1, sentence.length), (at % Math.max(1, sentence.length)) + 6);
        const claimant = bounded(() => claimantOf(sentence, figure), 'claimantOf');
        if (claimant !== undefined) for (const word of claimant.split(' ').filter((w) => w !== 'the')) expect(sentence).toContain(word);
        const ties = bounded(() => sideTies([{ id: 'a', title: '', sentences: [sentence], features: { figures: [] } }]), 'sideTies');
        for (const [side, owner] of ties) expect(side).not.toBe(owner);
      }),
      RUNS,
    );
  });
});

describe('quotes', () => {
  it('quotesFeatures: cites existing sentences, quotes words that are in the article, and the schema keeps it', () => {
    fc.assert(
      fc.property(hostileArticle(), (article) => {
        const count = articleSentences(article).length;
        const body = squeeze(article.paragraphs.join(' '));
        const features = bounded(() => quotesFeatures(article), 'quotesFeatures');
        for (const q of features.quotes) {
          expect(q.sentence).toBeGreaterThanOrEqual(0);
          expect(q.sentence).toBeLessThan(count);
          for (const s of q.sentences ?? []) expect(s).toBeLessThan(count);
          expect(q.text.length).toBeGreaterThan(0);
          // Quoted words are taken from the text, never made up (whitespace aside; quote marks dropped).
          if (!q.indirect) for (const word of words(q.text).slice(0, 5)) expect(body).toContain(word.surface);
        }
        roundTrips(quotesFeaturesSchema, features);
      }),
      RUNS,
    );
  });
});

describe('facts', () => {
  it('factUnits: units cite existing sentences, clauses lie inside them, and the schema keeps the features', () => {
    fc.assert(
      fc.property(hostileArticle(), (article) => {
        const sentences = articleSentences(article).map((s) => s.text);
        const units = bounded(() => factUnits(sentences), 'factUnits');
        for (const unit of units) {
          const sentence = sentences[unit.sentence];
          expect(sentence).toBeDefined();
          if (unit.clause) {
            const [start, end] = unit.clause as [number, number];
            expect(start).toBeGreaterThanOrEqual(0);
            expect(end).toBeGreaterThan(start);
            expect(end).toBeLessThanOrEqual(sentence!.length);
          }
          // A value, a time of day ("20:45", its quarter-hour mark) or a day of the month ("3/2"): `numbersIn`'s three forms.
          for (const n of unit.numbers) expect(n).toMatch(/^(?:\d+(?:\.\d+)?|\d{1,2}:\d{2}|\d{1,2}\/\d{1,2})$/);
        }
        roundTrips(factFeaturesSchema, bounded(() => factFeatures(article), 'factFeatures'));
      }),
      RUNS,
    );
  });

  it('clauseStarts, statesAFact, numbersIn: in range and total on any sentence', () => {
    fc.assert(
      fc.property(paragraph(), (sentence) => {
        const starts = bounded(() => clauseStarts(sentence), 'clauseStarts');
        expect(starts[0]).toBe(0);
        for (let i = 1; i < starts.length; i++) {
          expect(starts[i]).toBeGreaterThan(starts[i - 1]!);
          expect(starts[i]).toBeLessThan(sentence.length);
        }
        expect(typeof statesAFact(sentence)).toBe('boolean');
        for (const n of bounded(() => numbersIn(sentence), 'numbersIn')) expect(n.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});

describe('framing', () => {
  it('framingFeatures: cues cite existing sentences and name words that are in them, and the schema keeps it', () => {
    fc.assert(
      fc.property(hostileArticle(), (article) => {
        const sentences = articleSentences(article);
        const features = bounded(() => framingFeatures(article), 'framingFeatures');
        for (const cue of features.cues) {
          const sentence = sentences[cue.sentence];
          expect(sentence).toBeDefined();
          expect(sentence!.text.toLowerCase()).toContain(cue.word.toLowerCase().split(' ')[0]!);
        }
        roundTrips(framingFeaturesSchema, features);
      }),
      RUNS,
    );
  });
});

describe('terms and language', () => {
  it('termsOf and articleLanguage are total and quick on any text', () => {
    fc.assert(
      fc.property(hostileArticle(), (article) => {
        for (const p of article.paragraphs) for (const term of bounded(() => termsOf(p), 'termsOf')) expect(term.length).toBeGreaterThan(0);
        expect(typeof bounded(() => articleLanguage(article), 'articleLanguage').english).toBe('boolean');
      }),
      RUNS,
    );
  });
});
