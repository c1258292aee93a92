// Floors on the labelled numbers evaluation (tests/fixtures/numbers/labels.json, read by hand before
// tuning): what issue 17 asks of diverging figures on the held-out NewsWCL50 half and on the seeds, and
// that ECB+ gains no wrong divergence. `node scripts/run.mjs scripts/eval-numbers.ts` prints every group.
import { describe, expect, it } from 'vitest';
import { articleFromPlainText, articleFromRecord } from '../../../src/core/article.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { ecbRecords, seedInputs } from '../../helpers.js';
import { evaluateNumbers, labelFile, seedCases, wclRecords } from './labelled.js';

describe('the labels', () => {
  it('quote every labelled figure as it stands in one sentence of its article', () => {
    const file = labelFile();
    const texts = new Map<string, string[]>();
    for (const r of wclRecords()) texts.set(r.id, articleSentences(articleFromRecord(r)).map((s) => s.text));
    for (const r of ecbRecords()) texts.set(r.id, articleSentences(articleFromPlainText(`${r.title}\n${r.text}`)).map((s) => s.text));
    for (const s of seedInputs()) texts.set(s.id.slice(0, 3), articleSentences(s.article).map((x) => x.text));
    for (const label of [...file.labels, ...file.seeds, ...file.ecb]) {
      for (const f of label.figures) expect(texts.get(f.article)?.some((s) => s.includes(f.text)), `${f.article}: ${f.text}`).toBe(true);
    }
  });

  it('split NewsWCL50 into two halves of five events', () => {
    const { split } = labelFile();
    expect(split.tune).toHaveLength(5);
    expect(split.heldOut).toHaveLength(5);
    expect(split.tune.filter((e) => split.heldOut.includes(e))).toEqual([]);
  });
});

describe('diverging numbers against the labels', () => {
  const e = evaluateNumbers();

  it('on the held-out half: at least 80% of judged flags right, at least half of the obvious disagreements found', () => {
    expect(e.heldOut.right).toBeGreaterThanOrEqual(0.8 * (e.heldOut.right + e.heldOut.wrong));
    expect(e.heldOut.found * 2).toBeGreaterThanOrEqual(e.heldOut.obvious);
  });

  it('on the tune halves (NewsWCL50 and ECB+): no wrong flag, and the obvious disagreements found in stop 19 still found (6 of 9)', () => {
    expect(e.allTune.wrong).toBe(0);
    expect(e.allTune.found).toBeGreaterThanOrEqual(6);
  });

  it('on the held-out halves (NewsWCL50 and ECB+): no fewer right flags or found disagreements than stop 19 left (4 right, 3 found), no more wrong (3)', () => {
    expect(e.allHeldOut.right).toBeGreaterThanOrEqual(4);
    expect(e.allHeldOut.found).toBeGreaterThanOrEqual(3);
    expect(e.allHeldOut.wrong).toBeLessThanOrEqual(3);
  });

  it('on the seeds: every labelled disagreement found, none wrong', () => {
    expect(e.seeds.found).toBe(e.seeds.obvious);
    expect(e.seeds.wrong).toBe(0);
  });

  it('on the seeds: all eight number cases get the verdict their label calls for', () => {
    expect(seedCases().filter((c) => !c.right).map((c) => c.label.counted)).toEqual([]);
  });

  it('on ECB+: every flag judged, no more wrong divergences than the three left (Yida camp populations of different dates; two Aceh quakes\' injured; Gaza tolls of a school, two schools and the war)', () => {
    expect(e.ecb.wrong).toBeLessThanOrEqual(3);
    expect(e.ecb.unjudged).toEqual([]);
  });
});
