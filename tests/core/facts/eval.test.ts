import { describe, expect, it } from 'vitest';
import { evaluateFactAlignment, labelledPairs } from '../../../scripts/eval-facts.js';
import { evaluateCoverage } from '../../../scripts/eval/facts-coverage.js';

describe('fact alignment on the labelled ECB+ pairs', () => {
  it('has at least 150 labelled pairs from different articles of one event, both kinds well represented', () => {
    const pairs = labelledPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(150);
    expect(pairs.filter((p) => p.same).length).toBeGreaterThan(60);
    expect(pairs.filter((p) => !p.same).length).toBeGreaterThan(60);
    for (const p of pairs) expect(p.a).not.toBe(p.b);
  });

  it('keeps the precision and recall reported for the shipped aligner, above the word-overlap baseline’s precision', () => {
    const { rows } = evaluateFactAlignment();
    const shipped = rows.find((r) => r.method.startsWith('aligner (shipped'))!;
    const baseline = rows.find((r) => r.method.startsWith('baseline: word-overlap Jaccard (best'))!;
    // Reported: precision 80.7%, recall 78.6%, F1 79.7% (257 pairs); floors slightly below.
    expect(shipped.precision).toBeGreaterThanOrEqual(0.78);
    expect(shipped.recall).toBeGreaterThanOrEqual(0.76);
    expect(shipped.f1).toBeGreaterThanOrEqual(0.77);
    expect(shipped.precision).toBeGreaterThan(baseline.precision);
    const crossValidated = rows.find((r) => r.method.startsWith('aligner (2-fold'))!;
    const baselineCv = rows.find((r) => r.method.startsWith('baseline: word-overlap Jaccard (2-fold'))!;
    expect(crossValidated.f1).toBeGreaterThan(baselineCv.f1);
  });
});

// Moved from tests/core/facts/coverage.test.ts: a corpus-wide evaluation, run by the full suite and not by test:unit.
describe('the section on labelled real coverage, all events', () => {
  it('keeps the held-out precision reported in docs/evaluation-facts.md (floors a little below)', { timeout: 240_000 }, () => {
    const rows = evaluateCoverage(['gold']);
    const heldOut = rows.find((r) => r.corpus === 'newswcl50' && r.split === 'heldout')!;
    expect(heldOut.missing.unjudged + heldOut.only.unjudged).toBe(0);
    // Held-out missing-here 80% (60/75) since the ninth round (stop 26: unchanged); the floor was 0.72 from the first round.
    expect(heldOut.missing.right / heldOut.missing.judged).toBeGreaterThanOrEqual(0.78);
    // Held-out only-here 84% (42/50) since stop 24 (a sentence whose first clause another outlet reports is not listed).
    expect(heldOut.only.right / heldOut.only.judged).toBeGreaterThanOrEqual(0.81);
    expect(heldOut.onlyShare.max).toBeLessThanOrEqual(0.25);
    // The unseen check (NewsWCL50 events 1, 4, 6, 9, labelled in the ninth round before any change): 71% and 73% (stop 24).
    const other = rows.find((r) => r.corpus === 'newswcl50' && r.split === 'other')!;
    expect(other.missing.unjudged + other.only.unjudged).toBe(0);
    expect(other.missing.right / other.missing.judged).toBeGreaterThanOrEqual(0.66);
    expect(other.only.right / other.only.judged).toBeGreaterThanOrEqual(0.7);
    expect(other.onlyShare.max).toBeLessThanOrEqual(0.25);
    // ECB+ (stop 27): five tune-half events labelled by reading, five articles each; every top-5 item judged.
    // Missing here 83% (101/122), only here 77% (23/30) at stop 27; floors a little below.
    const ecb = rows.find((r) => r.corpus === 'ecbplus' && r.split === 'tune')!;
    expect(ecb.pages).toBe(25);
    expect(ecb.missing.unjudged + ecb.only.unjudged).toBe(0);
    expect(ecb.missing.right / ecb.missing.judged).toBeGreaterThanOrEqual(0.8);
    expect(ecb.only.right / ecb.only.judged).toBeGreaterThanOrEqual(0.72);
  });
});
