// The checks every quote feature passes, on any text: shared by the random-text property test and the
// corpus-wide one (tests/corpus-wide/quotes-ecbplus.test.ts).
import { expect } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { quotesFeatures, quotesFeaturesSchema } from '../../../src/core/quotes/index.js';

export function check(text: string) {
  const article = articleFromPlainText(text);
  const count = articleSentences(article).length;
  const features = quotesFeatures(article);
  expect(quotesFeaturesSchema(JSON.parse(JSON.stringify(features)), 'features')).toEqual(features);
  for (const q of features.quotes) {
    expect(q.sentence).toBeLessThan(count);
    for (const s of q.sentences ?? []) expect(s).toBeLessThan(count);
    expect(q.text.length).toBeGreaterThan(0);
  }
  return features;
}
