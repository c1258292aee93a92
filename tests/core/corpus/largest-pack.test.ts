// A pack at the article limit still loads. Tens of thousands of articles take a while to check, so this
// stress test runs in the full suite (npm test) and not in the fast target (npm run test:unit).
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { PACK_LIMITS, parsePack } from '../../../src/core/corpus/load.js';
import { seedInputs } from '../../helpers.js';

type Json = Record<string, any>;
const good = (): Json => JSON.parse(JSON.stringify(buildPack('Seeds', seedInputs()))) as Json;

describe('sizes', () => {
  it('the largest allowed number of articles still loads', () => {
    const pack = good();
    const first = pack.articles[0];
    pack.articles = Array.from({ length: PACK_LIMITS.articles }, (_, i) => ({ ...first, id: `a${i}` }));
    pack.neighbours = pack.articles.map((_: unknown, i: number) => [[(i + 1) % PACK_LIMITS.articles, 0.5]]);
    expect(parsePack(pack).articles).toHaveLength(PACK_LIMITS.articles);
  }, 300_000);
});
