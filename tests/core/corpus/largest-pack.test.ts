// A pack at the article limit still loads. A hundred thousand articles take a while to check, so this
// stress test runs in the full suite (npm test) and not in the fast target (npm run test:unit).
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { PACK_LIMITS, parsePack } from '../../../src/core/corpus/load.js';

describe('sizes', () => {
  it('the largest allowed number of articles still loads', () => {
    // One short article copied: the cap is about the count, and a hundred thousand seed articles would take gigabytes.
    const pack = JSON.parse(JSON.stringify(buildPack('tiny', [{ id: 'a', article: { title: 'Ceasefire agreed', paragraphs: ['Both sides agreed to a ceasefire on Sunday.'] } }])));
    const first = pack.articles[0];
    pack.articles = Array.from({ length: PACK_LIMITS.articles }, (_, i) => ({ ...first, id: `a${i}` }));
    pack.neighbours = pack.articles.map((_: unknown, i: number) => [[(i + 1) % PACK_LIMITS.articles, 0.5]]);
    expect(parsePack(pack).articles).toHaveLength(PACK_LIMITS.articles);
  }, 300_000);
});
