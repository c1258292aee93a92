// The matcher and the whole report on hostile articles, alone and mixed with real seed
// sentences (so that related coverage and every section actually fill): never throws, stays
// fast, and every piece of evidence is a sentence of the article it names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRelated } from '../../../src/core/match/related.js';
import { buildReport } from '../../../src/core/report.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import type { Article } from '../../../src/core/types.js';
import { seedIndex, seedInputs } from '../../helpers.js';
import { bounded, evidenceIn, hostileArticle, paragraph, RUNS } from './arbitraries.js';

const index = seedIndex();
const packSentences = new Map(index.pack.articles.map((a) => [a.id, new Set(articleSentences(a).map((s) => s.text))]));
const seedParagraphs = seedInputs().flatMap((s) => s.article.paragraphs);

/** Real seed paragraphs with hostile ones between them, some of the real ones cut or spliced with hostile text. */
const mixedArticle: fc.Arbitrary<Article> = fc
  .record({
    title: fc.oneof(fc.constantFrom(...seedInputs().map((s) => s.article.title)), paragraph(10)),
    parts: fc.array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...seedParagraphs) },
        { weight: 1, arbitrary: paragraph(40) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...seedParagraphs), paragraph(10)).map(([a, b]) => `${a.slice(0, a.length >> 1)} ${b}`.trim()) },
      ),
      { minLength: 1, maxLength: 30 },
    ),
  })
  .map(({ title, parts }) => ({ title, paragraphs: parts.filter((p) => p.length > 0) }));

function checkReport(article: Article): void {
  const report = bounded(() => buildReport(article, index), 'buildReport');
  const own = new Set(articleSentences(article).map((s) => s.text));
  const ids = new Set<string>();
  for (const r of report.related) {
    expect(packSentences.has(r.id)).toBe(true);
    expect(ids.has(r.id)).toBe(false);
    ids.add(r.id);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1 + 1e-9);
    // A page that is mostly noise may be shown the story without its event (no item direct evidence of it).
    expect(['same-event', 'follow-up', 'same-story']).toContain(r.relation);
  }
  for (const evidence of evidenceIn(report)) {
    const sentences = evidence.articleId === 'current' ? own : packSentences.get(evidence.articleId);
    expect(sentences, `evidence from unknown article ${evidence.articleId}`).toBeDefined();
    expect(sentences!.has(evidence.sentence), `not a sentence of ${evidence.articleId}: ${evidence.sentence.slice(0, 80)}`).toBe(true);
  }
  // Plain data all the way: it survives the trip through extension storage unchanged.
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
}

describe('findRelated and buildReport on any article', () => {
  it('findRelated: known ids once each, scores between 0 and 1, on hostile articles', () => {
    fc.assert(
      fc.property(hostileArticle(), (article) => {
        for (const r of bounded(() => findRelated(article, index), 'findRelated')) {
          expect(packSentences.has(r.id)).toBe(true);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1 + 1e-9);
        }
      }),
      RUNS,
    );
  });

  it('buildReport: every piece of evidence is a sentence of the article it names, on hostile articles', () => {
    fc.assert(fc.property(hostileArticle(), checkReport), { ...RUNS, numRuns: 60 });
  });

  it('buildReport: the same on real seed text mixed with hostile text, where every section fills', () => {
    let withRelated = 0;
    fc.assert(
      fc.property(mixedArticle, (article) => {
        checkReport(article);
        if (findRelated(article, index).length > 0) withRelated++;
      }),
      { ...RUNS, numRuns: 60 },
    );
    expect(withRelated).toBeGreaterThan(20);
  }, 300_000);
});
