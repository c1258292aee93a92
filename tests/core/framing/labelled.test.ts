import { describe, expect, it } from 'vitest';
import { evaluateFraming, loadFramingLabels, shownForms } from '../../../scripts/eval/framing-coverage.js';

// The figures docs/evaluation-framing.md reports, judged against the hand labels in
// tests/fixtures/framing/labels (floors a little below the reported figures).
describe('framing on labelled real coverage', () => {
  const figures = evaluateFraming();
  const heldOut = figures.find((f) => f.corpus === 'newswcl50' && f.split === 'heldout');
  const share = (t: { right: number; judged: number }) => (t.judged === 0 ? 1 : t.right / t.judged);

  it('labels every event of both halves, and every row and flag shown is judged', () => {
    expect(loadFramingLabels().map((l) => `${l.corpus}-${l.event}`).sort()).toEqual([
      'ecbplus-12/12', 'ecbplus-16/16plus', 'ecbplus-18/18', 'ecbplus-18/18plus', 'ecbplus-19/19', 'ecbplus-19/19plus', 'ecbplus-22/22plus', 'ecbplus-28/28', 'ecbplus-28/28plus', 'ecbplus-30/30', 'ecbplus-30/30plus',
      'ecbplus-33/33', 'ecbplus-33/33plus', 'ecbplus-36/36', 'ecbplus-36/36plus',
      'ecbplus-41/41', 'ecbplus-41/41plus', 'ecbplus-43/43', 'ecbplus-43/43plus', 'ecbplus-45/45plus', 'ecbplus-8/8', 'ecbplus-8/8plus', 'ecbplus-9/9', 'ecbplus-9/9plus',
      'newswcl50-0', 'newswcl50-1', 'newswcl50-2', 'newswcl50-3', 'newswcl50-4', 'newswcl50-5', 'newswcl50-6', 'newswcl50-7', 'newswcl50-8', 'newswcl50-9', 'seeds-truce',
    ]);
    for (const f of figures) {
      expect(f.rows.unjudged, `${f.corpus} ${f.split} rows`).toBe(0);
      expect(f.words.unjudged, `${f.corpus} ${f.split} words`).toBe(0);
      expect(f.oneSided.unjudged, `${f.corpus} ${f.split} one-sided`).toBe(0);
      expect(f.sides.unjudged, `${f.corpus} ${f.split} sides`).toBe(0);
      expect(f.acting.unjudged, `${f.corpus} ${f.split} acting for`).toBe(0);
    }
  });

  it('credits what a shown label\'s opening possessor owns, as the annotators code the two apart, and nothing else inside it', () => {
    // 0_M's headline: "Trump's secretary of State pick", annotated "Trump" (Trump) and "secretary of State pick" (Pompeo).
    expect(shownForms("Trump's secretary of State pick")).toEqual(["trump's secretary of state pick", 'secretary of state pick']);
    expect(shownForms("the president's legal team")).toContain('legal team');
    // A possessor inside the label is part of it ("director of Trump's National Economic Council"); no possessor, one form.
    expect(shownForms("director of Trump's National Economic Council")).toEqual(["director of trump's national economic council"]);
    expect(shownForms('his country')).toEqual(['his country']);
  });

  it('keeps the held-out figures: actor rows, loaded/hedged words, one-sided flags, labels shown', () => {
    expect(heldOut).toBeDefined();
    if (!heldOut) return;
    expect(share(heldOut.rows)).toBeGreaterThanOrEqual(0.95);
    expect(share(heldOut.words)).toBeGreaterThanOrEqual(0.85);
    expect(share(heldOut.oneSided)).toBeGreaterThanOrEqual(0.8);
    expect(share(heldOut.sides)).toBeGreaterThanOrEqual(0.9);
    expect(heldOut.labels.shown / heldOut.labels.expected).toBeGreaterThanOrEqual(0.53);
  });

  it('measures the top-5 labels on the other events too (NewsWCL50 1, 4, 6, 9: in neither half), and keeps them', () => {
    // Stop 29: 253/369 (69%) on the other events; tune 275/321.
    const other = figures.find((f) => f.corpus === 'newswcl50' && f.split === 'other');
    expect(other?.labels.expected).toBeGreaterThan(300);
    expect((other?.labels.shown ?? 0) / (other?.labels.expected ?? 1)).toBeGreaterThanOrEqual(0.67);
  });

  it('keeps every split’s one-sided flags at least 80% defensible, sides read right and people acting for an actor right at least 90%', () => {
    for (const f of figures.filter((x) => x.corpus !== 'ecbplus')) {
      expect(share(f.oneSided), `${f.corpus} ${f.split} one-sided`).toBeGreaterThanOrEqual(0.8);
      expect(share(f.sides), `${f.corpus} ${f.split} sides`).toBeGreaterThanOrEqual(0.9);
      expect(share(f.acting), `${f.corpus} ${f.split} acting for`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('raises on ECB+ at most one flag not defensible per half (stop 20: nine of ten on the tune half before)', () => {
    // Left: 36_4ecbplus, where the defendant's "quotes" are the prosecution's evidence (docs/evaluation-framing.md, stop 20).
    for (const f of figures.filter((x) => x.corpus === 'ecbplus')) expect(f.oneSided.judged - f.oneSided.right, `ecbplus ${f.split}`).toBeLessThanOrEqual(1);
    // Every sided voice of ECB+: held-out 75% (56/75) before stop 20, 86% (61/71) after; tune 82% (87/106), 84% (86/102).
    for (const f of figures.filter((x) => x.corpus === 'ecbplus')) expect(share(f.sides), `ecbplus ${f.split} sides`).toBeGreaterThanOrEqual(0.83);
    const ecb = figures.filter((x) => x.corpus === 'ecbplus').flatMap((f) => f.details.flatMap((d) => d.flags));
    // 36_1ecb's flag, defensible, rested on a side judged wrong (Blackmore's, read from his wife's words): gone at stop 29.
    expect(ecb.filter((x) => x.verdict !== 'right')).toEqual([]);
  });

  it('flags the seeds’ 002 one-sided without calling unheard a side it quotes', () => {
    const seeds = figures.find((f) => f.corpus === 'seeds');
    const flags = seeds?.details.flatMap((d) => d.flags.filter((x) => x.kind === 'one-sided')) ?? [];
    expect(flags.map((x) => [x.article, x.verdict])).toEqual([['002', 'right']]);
  });
});
