// The neighbourhood signal on whole corpora (ECB+, NewsWCL50): corpus-wide, so in `npm test` but not in the
// fast `npm run test:unit` loop (moved from tests/core/match/neighbours.test.ts unchanged).
import { describe, expect, it } from 'vitest';
import { articleFromPlainText, articleFromRecord } from '../../src/core/article.js';
import { buildPack, withNeighbours, type CorpusPack } from '../../src/core/corpus/pack.js';
import { neighbourGraph, sharedNeighbours, NEIGHBOURS } from '../../src/core/match/neighbours.js';
import { indexPack, relatedness, similarityToCorpus, NEIGHBOURHOOD_WEIGHT } from '../../src/core/match/related.js';
import { ecbRecords, wclRecords } from '../helpers.js';

describe('shared neighbourhoods on ECB+', () => {
  const records = ecbRecords();
  const pack = buildPack('ECB+', records.map((r) => ({ id: r.id, article: articleFromPlainText(`${r.title}\n\n${r.text}`) })));
  const graph = neighbourGraph(pack.neighbours);

  it('overlap more for two articles on one event than for articles on the two events of one topic', () => {
    // For every article: its neighbourhood against every other article of its topic.
    let sameEventWins = 0;
    let comparisons = 0;
    records.forEach((query, q) => {
      const shared = sharedNeighbours(pack.neighbours[q]!, graph, q);
      const same: number[] = [];
      const sibling: number[] = [];
      records.forEach((other, d) => {
        if (d === q || other.topic !== query.topic) return;
        (other.event === query.event ? same : sibling).push(shared.get(d) ?? 0);
      });
      for (const a of same) for (const b of sibling) {
        comparisons++;
        if (a > b) sameEventWins++;
      }
    });
    // Measured: 0.970 of same-event/sibling pairs ordered right by the neighbourhood alone.
    expect(sameEventWins / comparisons).toBeGreaterThan(0.95);
  });

  it('scores a corpus article left out as a corpus without it would', () => {
    const left = 17;
    const longer = indexPack(withNeighbours(pack, NEIGHBOURS + 1));
    // The same corpus without article 17, with the same term statistics, so only the lists differ.
    const without: CorpusPack = withNeighbours({ ...pack, articles: pack.articles.filter((_, i) => i !== left) });
    const features = pack.articles[left]!.features;
    const expected = relatedness(features, indexPack(without));
    const actual = relatedness(features, longer, left);
    const kept = pack.articles.map((_, i) => i).filter((i) => i !== left);
    // Only the article count in the rarity weights differs (982 against 981 articles).
    kept.forEach((i, k) => expect(Math.abs(actual[i]! - expected[k]!)).toBeLessThan(1e-3));
    const top = (scores: ArrayLike<number>, ids: number[]) => ids.map((i, k) => [i, scores[k]!] as const).sort((a, b) => b[1] - a[1]).slice(0, 20).map(([i]) => i);
    expect(top(kept.map((i) => actual[i]!), kept)).toEqual(top(expected, kept));
    // The left-out article is nobody's neighbour: only its cosine with itself is left.
    expect(actual[left]).toBeCloseTo((1 - NEIGHBOURHOOD_WEIGHT) * similarityToCorpus(features, longer)[left]!, 9);
  });
});

describe('neighbourhood size from a real corpus', () => {
  it('finds four on NewsWCL50 (five outlets per event) and one when each event keeps two articles', () => {
    const records = wclRecords();
    const packOf = (rs: typeof records) => buildPack('NewsWCL50', rs.map((r) => ({ id: r.id, article: articleFromRecord(r) })));
    expect(neighbourGraph(packOf(records).neighbours).size).toBe(4);
    const two = records.filter((r) => /_(?:L|M)$/.test(r.id));
    expect(two).toHaveLength(20);
    expect(neighbourGraph(packOf(two).neighbours).size).toBe(1);
  });
});
