// The summary line as a reader meets it on real coverage: a phrase says what was found, never "0 figures disagree".
import { describe, expect, it } from 'vitest';
import { summaryParts } from '../../src/core/summary.js';
import { CURRENT } from '../../src/core/analysis/contract.js';
import { seedId, seedReports, wclEventReport } from '../helpers.js';

describe('the summary line', () => {
  it('says nothing of figures or quotes where none disagree (NewsWCL50 6_L: The New York Times on the migrant caravan)', () => {
    const report = wclEventReport('wcl:6', 'The New York Times');
    // No figure the outlets share disagrees (none is compared), and no quotation two of them carry is worded differently:
    // the line said "0 figures disagree · 0 quotes worded differently".
    expect(report.numbers.filter((g) => g.verdict === 'diverges')).toEqual([]);
    expect(report.quotes.filter((g) => g.verdict === 'variant' || g.verdict === 'truncated' || g.verdict === 'paraphrase')).toEqual([]);
    const line = summaryParts(report).map((p) => p.text).join(' · ');
    expect(line).toMatch(/^4 other outlets/u);
    expect(line).not.toMatch(/disagree|worded differently/u);
    expect(summaryParts(report).map((p) => p.section)).not.toContain('numbers');
  });

  it('counts the figures that disagree and the quotes worded differently where there are some (NewsWCL50 9_L)', () => {
    const line = summaryParts(wclEventReport('wcl:9', 'The New York Times')).map((p) => p.text).join(' · ');
    expect(line).toMatch(/· 1 figure disagrees (?:with this article|between other outlets) · /u);
    expect(line).toMatch(/· \d+ quotes? worded differently/u);
  });

  it('counts the figures that disagree with the page apart from those between other outlets (seed 003, the Istanbul round)', () => {
    const report = seedReports().get(seedId('003'))!;
    const diverging = report.numbers.filter((g) => g.verdict === 'diverges');
    const withPage = diverging.filter((g) => g.figures.some((f) => f.articleId === CURRENT));
    // Four groups disagree; only the Taliban fighters killed ("Dozens" here, "more than 200" in earlier coverage) has the page in it.
    expect(diverging).toHaveLength(4);
    expect(withPage).toHaveLength(1);
    const line = summaryParts(report).map((p) => p.text).join(' · ');
    expect(line).toContain('· 1 figure disagrees with this article, 3 between other outlets ·');
    expect(line).not.toMatch(/4 figures disagree/u);
    // None of the four quotations worded differently is one this article prints: all are between the earlier outlets.
    const differing = report.quotes.filter((g) => g.verdict === 'variant' || g.verdict === 'truncated' || g.verdict === 'paraphrase');
    expect(differing).toHaveLength(4);
    expect(differing.filter((g) => g.renderings.some((r) => r.articleId === CURRENT))).toEqual([]);
    expect(line).toMatch(/· 4 quotes worded differently between other outlets$/u);
  });
});
