import { describe, expect, it } from 'vitest';
import type { FactsSection } from '../../../src/core/facts/index.js';
import { CURRENT } from '../../../src/core/analysis/contract.js';
import { seedId } from '../../helpers.js';
import { compared, seedSection } from './seed-setup.js';

const sections = Object.fromEntries(['000', '001', '002', '003', '004'].map((p) => [p, seedSection(p)]));
const S = (p: string) => sections[p]!;
const ids = (...prefixes: string[]) => prefixes.map(seedId);

/** Omissions whose every evidence sentence matches `pattern`. */
function omissionsAbout(section: FactsSection, pattern: RegExp) {
  return section.omissions.filter((o) => o.evidence.length > 0 && o.evidence.every((e) => pattern.test(e.sentence)));
}

describe('facts on the seed corpus', () => {
  it('001 lacks the pledge not to target security forces, civilians or infrastructure, reported by 000, 002 and 004', () => {
    const found = omissionsAbout(S('001'), /infrastructure/);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.reportedBy).toEqual(expect.arrayContaining(ids('000', '002', '004')));
    expect(found[0]!.summary).toMatch(/infrastructure/);
  });

  it('001 lacks the foreign minister calling the truce a step in the right direction (000, 002, 004)', () => {
    const found = omissionsAbout(S('001'), /right direction/);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.reportedBy).toEqual(expect.arrayContaining(ids('000', '002', '004')));
  });

  it('the outlets that report those two facts are not told they lack them', () => {
    for (const p of ['000', '002', '004']) {
      expect(omissionsAbout(S(p), /infrastructure/).filter((o) => o.evidence.some((e) => /targeting/.test(e.sentence)))).toEqual([]);
      expect(omissionsAbout(S(p), /right direction/)).toEqual([]);
    }
  });

  it('the three-outlet facts rank above facts with less support', () => {
    const section = S('001');
    const supports = section.omissions.map((o) => o.reportedBy.length);
    expect([...supports].sort((a, b) => b - a)).toEqual(supports);
    expect(section.outlets).toEqual(expect.arrayContaining(ids('000', '002', '004')));
    expect(section.outlets).not.toContain(seedId('003'));
  });

  it('only 004 mentions the Durand Line', () => {
    expect(S('004').exclusives.some((e) => /Durand Line/.test(e.evidence[0]!.sentence))).toBe(true);
    for (const p of ['000', '002']) {
      const found = omissionsAbout(S(p), /Durand Line/);
      expect(found.map((o) => o.reportedBy)).toEqual([ids('004')]);
    }
  });

  it("002's lede, the ceasefire every outlet reports told in its own words, is not listed as only here", () => {
    // "the two countries finally struck a peace agreement hundreds of kilometers away in the Persian Gulf"
    expect(S('002').exclusives.filter((e) => /struck a peace agreement/.test(e.evidence[0]!.sentence))).toEqual([]);
    // A later sentence of its own still is (the delegations' members, named by 002 alone).
    expect(S('002').exclusives.some((e) => /Representing Afghanistan were/.test(e.evidence[0]!.sentence))).toBe(true);
  });

  it("002 is not told it lacks 001's lede, the ceasefire it reports in its own lede", () => {
    // 001: "Following a significant escalation of tensions, Afghanistan and Pakistan have jointly declared a cease-fire, ..."
    expect(S('002').omissions.filter((o) => o.evidence.some((e) => /jointly declared a cease-fire/.test(e.sentence)))).toEqual([]);
    // Other facts of 001's opening paragraphs that 002 lacks are still listed (the 40 percent of Afghan exports).
    expect(omissionsAbout(S('002'), /40 percent of Afghan exports/).length).toBeGreaterThan(0);
  });

  it('only 001 reports that Pakistan handles about 40 percent of Afghan exports', () => {
    const exclusive = S('001').exclusives.find((e) => /40 percent of Afghan exports/.test(e.evidence[0]!.sentence));
    expect(exclusive?.evidence[0]!.articleId).toBe(CURRENT);
    for (const p of ['000', '002', '004']) {
      const found = omissionsAbout(S(p), /40 percent of Afghan exports/);
      expect(found.map((o) => o.reportedBy)).toEqual([ids('001')]);
    }
  });

  it('the follow-up (003) is owed no omissions: the Doha round is an earlier development it does not report', () => {
    expect(S('003').outlets).toEqual([]);
    expect(S('003').omissions).toEqual([]);
  });

  it('evidence sentences are the outlets’ own sentences and summaries their own words', () => {
    // Each article's sentences worked out once, not once per piece of evidence citing it.
    const sentencesOf = new Map<string, readonly string[]>();
    const sentences = (id: string) => sentencesOf.get(id) ?? sentencesOf.set(id, compared(id).sentences).get(id)!;
    for (const p of Object.keys(sections)) {
      const all = [...S(p).omissions.flatMap((o) => o.evidence.map((e) => ({ e, summary: o.summary }))), ...S(p).exclusives.flatMap((x) => x.evidence.map((e) => ({ e, summary: x.summary })))];
      for (const { e, summary } of all) {
        expect(sentences(e.articleId === CURRENT ? seedId(p) : e.articleId)).toContain(e.sentence);
        expect(summary.length).toBeGreaterThan(0);
      }
      for (const o of S(p).omissions) {
        // The summary is a stretch of one evidence sentence (first letter capitalised, a cut marked with an ellipsis).
        const core = o.summary.replace(/…$/, '').slice(1, 60);
        expect(o.evidence.some((e) => e.sentence.includes(core))).toBe(true);
      }
    }
  });

  it('does not flood: facts reported by several outlets stay a readable list', () => {
    for (const p of Object.keys(sections)) {
      const several = S(p).omissions.filter((o) => o.reportedBy.length > 1).length;
      expect(several).toBeLessThanOrEqual(25);
      expect(S(p).exclusives.length).toBeLessThanOrEqual(45);
    }
  });
  it("a missing figure is supported only by outlets that give it: 001's civilian casualty denial is no support for 58 casualties", () => {
    // 002: "Islamabad claims its army have killed more than 200 Taliban fighters, while the latter reported 58 Pakistani
    // military casualties." 001: "Pakistan refuted these civilian casualty reports, asserting that only militants were targeted."
    for (const p of ['000', '004']) {
      const cited = S(p).omissions.filter((o) => o.evidence.some((e) => /58 Pakistani military casualties/.test(e.sentence)));
      for (const o of cited) expect(o.evidence.filter((e) => /civilian casualty reports/.test(e.sentence))).toEqual([]);
    }
  });

  it('a figure given roughly supports it: "over 2,400 fatalities" (002) and "at least 2,414 deaths" (004) are one fact missing from 001', () => {
    const found = S('001').omissions.filter((o) => o.evidence.some((e) => /2,414 deaths/.test(e.sentence)));
    expect(found.length).toBe(1);
    expect(found[0]!.reportedBy).toEqual(expect.arrayContaining(ids('002', '004')));
  });
});
