// @vitest-environment jsdom
// A related article's relation, how alike it is and the "no related coverage" sentence are worded once
// (core/match/relation-text.ts): the panel, the terminal and the Markdown export say the same about the same report.
import { describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { alikePercent, noRelatedText, relationLabel, reportToMarkdown, type Report } from '../../src/core/index.js';
import { formatOverview } from '../../src/cli/format-report.js';
import { RelatedCoverage } from '../../src/panel/related-coverage.js';
import { seedReports } from '../helpers.js';

function panelText(report: Report): string {
  const root = document.createElement('div');
  render(h(RelatedCoverage, { report }), root);
  return root.textContent ?? '';
}

describe('a related article’s relation, one wording for every front end', () => {
  it('names seed 003 (the Istanbul round, a later development of 001’s ceasefire) the same in the panel, the terminal and the Markdown', () => {
    const report = [...seedReports()].find(([id]) => id.startsWith('001'))![1];
    const later = report.related.find((item) => item.relation === 'follow-up')!;
    expect(later.id.startsWith('003')).toBe(true);
    expect(relationLabel(later).label).toBe('Later development');
    const terminal = formatOverview(report);
    const markdown = reportToMarkdown(report);
    expect(panelText(report)).toContain('Later development');
    expect(panelText(report)).toContain(`${alikePercent(later.score)} alike`);
    for (const text of [terminal, markdown]) {
      expect(text).toContain('later development');
      expect(text).not.toContain('follow-up (later)');
      expect(text).toContain(`${alikePercent(later.score)} alike`);
    }
  });

  it('says "no related coverage" in one sentence naming the corpus, its article count agreeing with the noun', () => {
    const unrelated: Report = { article: { title: 'A cricket final', wordCount: 300 }, corpus: { name: 'One-article pack', articleCount: 1 }, related: [] } as unknown as Report;
    const sentence = noRelatedText(unrelated.corpus);
    expect(sentence).toBe('No related coverage: no article in “One-article pack” (1 article) reports this story.');
    expect(panelText(unrelated)).toContain(sentence);
    expect(formatOverview(unrelated)).toContain(sentence);
    expect(formatOverview(unrelated)).toContain('(1 article)');
    expect(formatOverview(unrelated)).not.toContain('1 articles');
    expect(reportToMarkdown(unrelated)).toContain(sentence);
  });

  it('escapes the corpus name in the Markdown sentence', () => {
    expect(noRelatedText({ name: '*bold* <img src=x>', articleCount: 12_000 }, (s) => s.replace(/[*<>]/g, (c) => `\\${c}`))).toBe(
      'No related coverage: no article in “\\*bold\\* \\<img src=x\\>” (12,000 articles) reports this story.',
    );
  });
});
