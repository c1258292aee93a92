// The figures a related item's reason names ("both give 2,600 and 4.4") are written without
// toLocaleString where that is safe (relation.ts figureText): the text must be the same.
import { describe, expect, it } from 'vitest';
import { figureText } from '../../../src/core/match/relation.js';
import { figureTerms } from '../../../src/core/match/features.js';
import { ecbRecords } from '../../helpers.js';

describe('figures written as en-US writes them', () => {
  it('gives toLocaleString’s text for every figure ECB+ states, and for the edges', () => {
    const values = new Set<number>([0, 1, 9.5, 10, 999, 1000, 1000.5, 12345.678, 0.125, 1.0005, 2 ** 53, 2 ** 53 + 2, 1e21, 123456789.1234, Number.NaN]);
    for (const record of ecbRecords()) for (const term of figureTerms(`${record.title} ${record.text}`)) values.add(Number(term.slice(term.indexOf(':') + 1)));
    expect(values.size).toBeGreaterThan(500);
    for (const value of values) expect(figureText(value), String(value)).toBe(value.toLocaleString('en-US'));
  });
});
