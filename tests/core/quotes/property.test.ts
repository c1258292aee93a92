import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { quotesFeatures, quotesFeaturesSchema } from '../../../src/core/quotes/index.js';
import { ecbRecords } from '../../helpers.js';

function check(text: string) {
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

describe('quote features on any text', () => {
  it('are valid, in range and serialisable for random quote-heavy text', () => {
    const alphabet = ['“', '”', '"', "'", '‘', '’', ' ', ' ', ' ', 'a', 'B', 'said', 'Jane Doe', 'he', ',', '.', '\n', 'Mr.', 'according to', 'the minister', 'x'];
    let state = 42;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state;
    };
    for (let round = 0; round < 300; round++) {
      const length = 5 + (next() % 200);
      let text = 'Title\n';
      for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
      expect(() => check(text)).not.toThrow();
    }
  });

  it('are valid for every ECB+ article, and attribute a share of their quotes', () => {
    let quotes = 0;
    let attributed = 0;
    for (const record of ecbRecords()) {
      const features = check(`${record.title}\n${record.text}`);
      quotes += features.quotes.filter((q) => !q.indirect).length;
      attributed += features.quotes.filter((q) => !q.indirect && q.speaker).length;
    }
    expect(quotes).toBeGreaterThan(2500);
    expect(attributed / quotes).toBeGreaterThan(0.25);
  });
});
