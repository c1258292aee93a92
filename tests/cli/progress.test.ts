import { describe, expect, it } from 'vitest';
import { progressBar, progressWithPercent } from '../../src/cli/progress.js';

describe('the CLI progress bar', () => {
  it('fills the share done of its 24 cells', () => {
    expect(progressBar(0, 10)).toBe(`[${'.'.repeat(24)}]`);
    expect(progressBar(5, 10)).toBe(`[${'#'.repeat(12)}${'.'.repeat(12)}]`);
    expect(progressBar(10, 10)).toBe(`[${'#'.repeat(24)}]`);
  });

  it('is full when there is nothing to do, and never overflows when a count runs past its total', () => {
    expect(progressBar(0, 0)).toBe(`[${'#'.repeat(24)}]`);
    expect(progressBar(12, 10)).toBe(`[${'#'.repeat(24)}]`);
  });

  it('says 100% only when all is done', () => {
    expect(progressWithPercent(999, 1000)).toBe(`[${'#'.repeat(24)}] 99%`);
    expect(progressWithPercent(1000, 1000)).toBe(`[${'#'.repeat(24)}] 100%`);
  });
});
