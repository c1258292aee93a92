// The neighbourhood signal: each corpus article's nearest articles, worked out when the pack is
// built, and how far a query's neighbourhood overlaps each corpus article's.
import { describe, expect, it } from 'vitest';
import { nearest, neighbourGraph, NEIGHBOUR_FLOOR, NEIGHBOURS } from '../../../src/core/match/neighbours.js';
import { seedIndex } from '../../helpers.js';

describe('nearest', () => {
  it('keeps the highest scores at or above the floor, best first, ties in corpus order', () => {
    const scores = [0.3, 0.05, 0.9, 0.3, NEIGHBOUR_FLOOR, 0.5];
    expect(nearest(scores, 10)).toEqual([2, 5, 0, 3, 4]);
    expect(nearest(scores, 3)).toEqual([2, 5, 0]);
    expect(nearest(scores, 3, (i) => i === 5)).toEqual([2, 0, 3]);
    expect(nearest([0.09, 0.01], 10)).toEqual([]);
  });
});

describe('neighbour lists of the seed corpus', () => {
  const { pack } = seedIndex();

  it('lists, for every seed, the four other seeds (one story), best first, never itself', () => {
    pack.neighbours.forEach((list, i) => {
      expect(list.map(([x]) => x).sort()).toEqual([0, 1, 2, 3, 4].filter((x) => x !== i));
      const similarities = list.map(([, s]) => s);
      expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
      expect(Math.min(...similarities)).toBeGreaterThan(0.3);
    });
  });
});

describe('neighbourhood size from the corpus', () => {
  const clusters = (events: number, size: number): [number, number][][] =>
    Array.from({ length: events * size }, (_, i) => {
      const event = Math.floor(i / size);
      const own: [number, number][] = Array.from({ length: size }, (_, k) => event * size + k).filter((j) => j !== i).map((j) => [j, 0.5]);
      const others: [number, number][] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => [((event + 1) * size + k) % (events * size), 0.12]);
      return [...own, ...others].slice(0, NEIGHBOURS);
    });

  it('is about the number of other articles an event has: 1 for pairs, 4 for five, capped at the listed ten', () => {
    expect(neighbourGraph(clusters(20, 2)).size).toBe(1);
    expect(neighbourGraph(clusters(20, 5)).size).toBe(4);
    expect(neighbourGraph(clusters(20, 12)).size).toBe(NEIGHBOURS);
  });

});
