import { describe, expect, it } from 'vitest';
import { loadOutletJudgements, outletRows } from '../../../scripts/eval/onesided-outlets.js';

// One-sided flags outlet by outlet on every event of the seeds, NewsWCL50 and ECB+ (split by event parity), judged by
// reading (tests/fixtures/framing/onesided-outlets.json; docs/evaluation-framing.md, stop 21): every flag raised and
// every outlet whose quoted partisan sentences go 75%+ to one side is read.
describe('one-sided flags on every outlet of the corpora', () => {
  const rows = outletRows();
  const judged = loadOutletJudgements();
  const judgement = (r: (typeof rows)[number]) => judged.find((j) => j.corpus === r.corpus && j.event === r.event && j.article === r.article);

  it('has a reading for every flag raised and every candidate outlet', () => {
    const unread = rows.filter((r) => (r.flagged || r.candidate) && !judgement(r)).map((r) => `${r.corpus} ${r.article}`);
    expect(unread).toEqual([]);
  });

  it('raises flags a reader finds defensible (at least 80% on each split that has flags), and keeps every one listed', () => {
    for (const split of ['tune', 'heldout'] as const) {
      const flags = rows.filter((r) => r.split === split && r.flagged);
      if (flags.length === 0) continue;
      expect(flags.filter((r) => judgement(r)?.oneSided).length / flags.length, split).toBeGreaterThanOrEqual(0.8);
    }
    // (36_1ecb, defensible, rested on a side judged wrong, Blackmore's read from his wife's words: gone at stop 29.)
    expect(rows.filter((r) => r.flagged).map((r) => r.article).sort()).toEqual(['002', '4_RR']);
  });

  it('agrees with the reader on at least 99% of the held-out outlets (a flag where a reader flags, none where not)', () => {
    const heldout = rows.filter((r) => r.split === 'heldout');
    const agree = heldout.filter((r) => (judgement(r) ? judgement(r)?.oneSided === r.flagged : !r.flagged && !r.candidate));
    expect(heldout.length).toBeGreaterThan(500);
    expect(agree.length / heldout.length).toBeGreaterThanOrEqual(0.99);
  });
});
