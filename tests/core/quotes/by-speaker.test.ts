// @vitest-environment jsdom
// The quotes section as a reader meets it on real coverage (NewsWCL50 event 3, the DNC's lawsuit, April 2018:
// USA Today's article against the four other outlets), in the panel, the terminal and Markdown: each speaker
// once, each statement's verdict said in words next to it, not only in a tooltip.
import { describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { reportToMarkdown } from '../../../src/core/report-markdown.js';
import { QUOTE_VERDICTS, quotesBySpeaker } from '../../../src/core/quotes/display.js';
import { formatReport } from '../../../src/cli/format-report.js';
import { QuotesSection } from '../../../src/panel/sections/quotes.js';
import { wclEventReport } from '../../helpers.js';

const report = wclEventReport('wcl:3', 'USA Today');
const section = report.quotes;
const { compared, single } = quotesBySpeaker(section);

describe('quotes by speaker on NewsWCL50 event 3', () => {
  it('keeps every statement, each speaker once, those two outlets carry before those one alone carries', () => {
    // A speaker quoted both ways: several statements, some shared, some not (the case that printed a speaker twice).
    expect(compared.some((s) => s.groups.some((g) => g.verdict === 'single-source') && s.groups.some((g) => g.verdict !== 'single-source'))).toBe(true);
    const speakers = [...compared, ...single].map((s) => s.speaker);
    expect(new Set(speakers).size).toBe(speakers.length);
    expect([...compared, ...single].flatMap((s) => s.groups)).toHaveLength(section.length);
    for (const { groups } of compared) expect(groups[0]!.verdict).not.toBe('single-source');
  });

  it('in Markdown: one heading per speaker, each verdict with its meaning, the speakers only one outlet quotes after them', () => {
    const md = reportToMarkdown(report);
    const quotes = md.slice(md.indexOf('## Quotes'), md.indexOf('## Framing'));
    const heads = [...quotes.matchAll(/^### (.+)$/gm)].map((m) => m[1]!);
    expect(heads).toEqual([...compared.map((s) => s.speaker), 'Statements only one outlet carries']);
    for (const group of compared.flatMap((s) => s.groups.filter((g) => g.verdict !== 'single-source')))
      expect(quotes).toContain(`- **${QUOTE_VERDICTS[group.verdict].label}**: ${QUOTE_VERDICTS[group.verdict].meaning}.`);
    // "baseline" names the rendering others are compared with; a statement only one outlet carries has none.
    const tail = quotes.slice(quotes.indexOf('### Statements only one outlet carries'));
    expect(tail).not.toContain('(baseline');
  });

  it('in the terminal: each speaker once, each verdict with its meaning', () => {
    const text = formatReport(report);
    const lines = text.slice(text.indexOf('\nQuotes ('), text.indexOf('\nFraming')).split('\n');
    const speakerLines = lines.filter((l) => /^ {2}\S/.test(l) && !l.startsWith('  Statements only one outlet carries'));
    expect(speakerLines.map((l) => l.trim())).toEqual(compared.map((s) => s.speaker));
    expect(lines.filter((l) => l.startsWith('    Shortened: ') || l.startsWith('    Worded differently: ')).length).toBeGreaterThan(0);
    expect(lines.some((l) => / \(baseline[,)]/.test(l))).toBe(true);
  });

  it('in the panel: the meaning of each verdict shown beside it, as text', () => {
    const root = document.createElement('div');
    render(h(QuotesSection, { section }), root);
    const groups = [...root.querySelectorAll('[data-testid="quote-group"]')].filter((g) => g.getAttribute('data-verdict') !== 'single-source');
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      const verdict = g.getAttribute('data-verdict') as keyof typeof QUOTE_VERDICTS;
      expect(g.querySelector('[data-testid="quote-verdict-meaning"]')?.textContent).toContain(QUOTE_VERDICTS[verdict].meaning);
    }
    // The per-rendering note uses the same words ("shortened", never the internal "truncated").
    expect(root.textContent).not.toMatch(/\btruncated\b|\bvariant\b/);
  });
});
