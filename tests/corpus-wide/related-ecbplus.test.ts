// Related coverage against all 982 ECB+ articles: corpus-wide, so in `npm test` but not in the fast
// `npm run test:unit` loop (moved from tests/core/match/related.test.ts unchanged).
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../src/core/article.js';
import { findRelated, indexPack } from '../../src/core/match/related.js';
import { buildPack, documentFrequencyOf, withNeighbours } from '../../src/core/corpus/pack.js';
import { ecbRecords, seedId, seedIndex, seedInputs } from '../helpers.js';

describe('related coverage of the seed corpus for ECB+ articles', () => {
  const index = seedIndex();

  it('finds nothing from the seed corpus for any of the 982 ECB+ articles', () => {
    const matched: string[] = [];
    for (const record of ecbRecords()) {
      const article = articleFromPlainText(`${record.title}\n\n${record.text}`);
      if (findRelated(article, index).length > 0) matched.push(record.id);
    }
    expect(matched).toEqual([]);
  });
});

describe('related coverage in a corpus of the seeds among all 982 ECB+ articles', () => {
  const ecb = ecbRecords().map((r) => ({ id: r.id, article: articleFromPlainText(`${r.title}\n\n${r.text}`) }));
  const mixedPack = buildPack('Seeds and ECB+', [...seedInputs(), ...ecb]);
  const mixed = indexPack(mixedPack);

  it.each(['000', '001', '002', '003', '004'])('%s finds the four other seeds and nothing from ECB+', (prefix) => {
    const seed = seedInputs().find((s) => s.id === seedId(prefix))!;
    const found = findRelated(seed.article, mixed).map((r) => r.id.slice(0, 3));
    expect(found.sort()).toEqual(['000', '001', '002', '003', '004'].filter((p) => p !== prefix));
  });

  it('finds the one other article on the event when the corpus has no more: 002 alone among ECB+', () => {
    // The pack buildPack makes of 002 and ECB+: each article's features are its own, so they are taken from the
    // pack above (worked out once for the file), with the corpus-wide frequencies and neighbours worked out anew.
    const seeds = seedInputs();
    const articles = [mixedPack.articles[seeds.findIndex((s) => s.id === seedId('002'))]!, ...mixedPack.articles.slice(seeds.length)];
    expect(articles).toHaveLength(ecb.length + 1);
    const only = indexPack(withNeighbours({ ...mixedPack, name: 'One seed and ECB+', articles, documentFrequency: documentFrequencyOf(articles) }));
    for (const prefix of ['000', '001', '003', '004']) {
      const seed = seedInputs().find((s) => s.id === seedId(prefix))!;
      expect(findRelated(seed.article, only).map((r) => r.id.slice(0, 3))).toEqual(['002']);
    }
  });
});
