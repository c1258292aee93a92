// The registry is the one list every stage iterates: a toy analysis added to it (from a fixture)
// is built into the pack, checked by the loader, compared in the report, summed up, and rendered
// in the Markdown export and the CLI's terminal report, with no other file touched.
import { describe, expect, it } from 'vitest';
import { ANALYSES, buildPack, buildReport, indexPack, parsePack, PackError, reportToMarkdown, summaryParts } from '../../src/core/index.js';
import { formatReport } from '../../src/cli/format-report.js';
import { headlineLengthAnalysis } from '../fixtures/toy-analysis/headline-length.js';
import { seedId, seedInputs } from '../helpers.js';

const analyses = [...ANALYSES, headlineLengthAnalysis];
const inputs = seedInputs();
const pack = parsePack(JSON.parse(JSON.stringify(buildPack('Seed corpus', inputs, undefined, analyses))), analyses);
const page = inputs.find((s) => s.id === seedId('001'))!.article;
const report = buildReport(page, indexPack(pack), undefined, analyses);
const section = (report as unknown as Record<string, { rows: { articleId: string; words: number }[] }>).headlineLength!;
const wordsIn = (title: string) => title.split(/\s+/).filter(Boolean).length;

describe('a toy analysis added to the registry', () => {
  it('has its features built into every pack article and kept by the loader', () => {
    for (const article of pack.articles) {
      expect((article.features as unknown as Record<string, unknown>).headlineLength).toEqual({ words: wordsIn(article.title) });
    }
  });

  it('has the loader check its features with its schema', () => {
    const raw = JSON.parse(JSON.stringify(buildPack('Seed corpus', inputs, undefined, analyses)));
    raw.articles[0].features.headlineLength = { words: 'many' };
    expect(() => parsePack(raw, analyses)).toThrow(PackError);
    expect(() => parsePack(raw, analyses)).toThrow(/features\.headlineLength\.words must be a number/);
  });

  it('gives the report its section, the page first and each related article after', () => {
    expect(section.rows[0]).toEqual({ articleId: 'current', words: wordsIn(page.title) });
    expect(section.rows.slice(1).map((r) => r.articleId)).toEqual(report.related.map((r) => r.id));
    // The registry's own sections are all still there.
    for (const analysis of ANALYSES) expect(report).toHaveProperty(analysis.id);
  });

  it('adds its phrase to the summary, after the registry’s own', () => {
    const parts = summaryParts(report, analyses);
    expect(parts.at(-1)).toEqual({ section: 'headlineLength', key: 'headlines', text: expect.stringMatching(/^headlines of \d+ to \d+ words$/) });
    expect(parts.slice(0, -1)).toEqual(summaryParts(report));
  });

  it('renders its section in the Markdown export, after the others', () => {
    const md = reportToMarkdown(report, analyses);
    expect(md).toContain(`## Headline lengths (${section.rows.length})`);
    expect(md).toContain(`- **This article**: ${wordsIn(page.title)} words`);
    expect(md.indexOf('## Framing')).toBeLessThan(md.indexOf('## Headline lengths'));
    expect(reportToMarkdown(report)).not.toContain('Headline lengths');
  });

  it('renders its section in the CLI report, with its own terminal lines', () => {
    const text = formatReport(report, analyses);
    expect(text).toContain(`Headline lengths (${section.rows.length})`);
    expect(text).toContain(`  This article: ${wordsIn(page.title)} words`);
    expect(text).toMatch(/headlines of \d+ to \d+ words/);
    expect(formatReport(report)).not.toContain('Headline lengths');
  });
});
