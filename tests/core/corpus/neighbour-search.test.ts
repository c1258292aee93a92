// The neighbour search's parts for packs past EXACT_NEIGHBOURS_UP_TO articles (build.ts), against
// the plain computations they replace: the bench's packs are too large for a unit test.
import { describe, expect, it } from 'vitest';
import { TermTable, TopArticles } from '../../../src/core/corpus/build.js';

/** A small deterministic generator (mulberry32), so that a failure repeats. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('TopArticles', () => {
  it('keeps the best articles by score, the lower number first among equals, best first, leaving one out', () => {
    const next = random(7);
    const n = 3000;
    const scores = new Float64Array(n);
    // Few distinct scores: many ties, which the order must break by article number.
    for (let j = 0; j < n; j++) scores[j] = Math.floor(next() * 40) / 40;
    const top = new TopArticles(scores, 200);
    for (const [count, size] of [[2500, 200], [150, 200], [1, 10], [0, 10], [900, 10]] as const) {
      const articles = Array.from({ length: n }, (_, j) => j).sort(() => next() - 0.5).slice(0, count);
      const except = articles[Math.floor(count / 2)] ?? -1;
      const expected = articles
        .filter((j) => j !== except)
        .sort((a, b) => scores[b]! - scores[a]! || a - b)
        .slice(0, size);
      expect([...top.best(Uint32Array.from(articles), size, except)]).toEqual(expected);
    }
  });
});

describe('TermTable', () => {
  it('gives the dot product of two sparse vectors, summed in the candidate term order, filling after filling', () => {
    const next = random(11);
    const vocabulary = 5000;
    const vector = (size: number) => {
      const ids = [...new Set(Array.from({ length: size }, () => Math.floor(next() * vocabulary)))].sort((a, b) => a - b);
      return { ids: Uint32Array.from(ids), weights: Float64Array.from(ids, () => next()) };
    };
    const table = new TermTable(vocabulary);
    for (let round = 0; round < 30; round++) {
      const own = vector(1 + Math.floor(next() * 600));
      table.fill(own.ids, own.weights, 0, own.ids.length);
      for (let c = 0; c < 5; c++) {
        const other = vector(Math.floor(next() * 800));
        let expected = 0;
        for (let k = 0; k < other.ids.length; k++) {
          const at = own.ids.indexOf(other.ids[k]!);
          if (at >= 0) expected += own.weights[at]! * other.weights[k]!;
        }
        // The same sum to the bit: the neighbours' similarities are written rounded from it.
        expect(table.dot(other.ids, other.weights, 0, other.ids.length)).toBe(expected);
      }
    }
  });
});
