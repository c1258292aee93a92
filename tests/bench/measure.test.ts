import { describe, expect, it } from 'vitest';
import { median } from '../../scripts/bench/measure.js';

describe('the median every speed figure is read as', () => {
  it('is the middle sample of an odd count, whatever the order the runs came in', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([3])).toBe(3);
  });

  it('is the mean of the two middle samples of an even count, not the upper one alone', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 20])).toBe(15);
  });

  it('leaves the samples as they were, and has no value for none', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
    expect(median([])).toBeNaN();
  });
});
