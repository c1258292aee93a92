// The sentence splitter on hostile text: never throws, stays fast, and cuts every paragraph
// into ordered, non-overlapping sentences that together hold all of its text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../../src/core/text/sentences.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { bounded, hostileArticle, paragraph, RUNS } from './arbitraries.js';

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('sentenceSpans on any paragraph', () => {
  it('returns ordered, in-range, non-overlapping spans whose text is the paragraph, less whitespace between', () => {
    fc.assert(
      fc.property(fc.oneof(paragraph(), fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        const spans = bounded(() => sentenceSpans(text), 'sentenceSpans');
        let previousEnd = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.text.length).toBeGreaterThan(0);
          expect(span.text).toBe(text.slice(span.start, span.end).trim());
          previousEnd = span.end;
        }
        expect(spans.map((s) => squeeze(s.text)).join('')).toBe(squeeze(text));
      }),
      RUNS,
    );
  });

  it('stays linear on long runs of sentence ends, abbreviations and quotes', () => {
    for (const unit of ['. ', 'A. ', 'Mr. ', '?" ', '..." ', '1. ', 'U.S. ', '“', '. ”', '!!!', 'a', ' ']) {
      bounded(() => sentenceSpans(unit.repeat(50_000)), `sentenceSpans on ${JSON.stringify(unit)} x 50000`);
    }
  });
});

describe('articleSentences on any article', () => {
  it('numbers sentences from 0 in reading order and points each back into its paragraph', () => {
    fc.assert(
      fc.property(hostileArticle(), (article) => {
        const sentences = bounded(() => articleSentences(article), 'articleSentences');
        sentences.forEach((s, i) => {
          expect(s.index).toBe(i);
          const paragraph = article.paragraphs[s.paragraph];
          expect(paragraph).toBeDefined();
          expect(paragraph!.slice(s.start, s.end).trim()).toBe(s.text);
          if (i > 0) expect(s.paragraph).toBeGreaterThanOrEqual(sentences[i - 1]!.paragraph);
        });
      }),
      RUNS,
    );
  });
});
