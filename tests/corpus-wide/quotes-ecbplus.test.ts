// Quote features on every ECB+ article: corpus-wide, so in `npm test` but not in the fast
// `npm run test:unit` loop (moved from tests/core/quotes/property.test.ts unchanged).
import { describe, expect, it } from 'vitest';
import { ecbRecords } from '../helpers.js';
import { check } from '../core/quotes/check-features.js';

describe('quote features on a whole corpus', () => {
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
