// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { QuotesSection, citation } from '../../../src/panel/sections/quotes.js';
import { formatQuotes } from '../../../src/cli/format-quotes.js';
import { quotesMarkdown } from '../../../src/core/quotes/markdown.js';
import { seedId } from '../../helpers.js';
import { seedSections } from './seed-setup.js';

const section = seedSections().get(seedId('001')) ?? [];

describe('quotes panel and CLI', () => {
  it('shows speaker headings, renderings with insertions and deletions, and verdicts', () => {
    const root = document.createElement('div');
    render(h(QuotesSection, { section }), root);
    expect(root.querySelector('h2')?.textContent).toContain('Quotes');
    const headings = [...root.querySelectorAll('h3')].map((e) => e.textContent);
    expect(headings).toContain('Khawaja Asif');
    expect(new Set(headings).size).toBe(headings.length);
    const asif = [...root.querySelectorAll('[data-testid="quote-group"]')].find((g) => g.textContent?.includes('will be stopped immediately'));
    expect(asif?.getAttribute('data-verdict')).toBe('variant');
    expect(asif?.querySelectorAll('[data-testid="quote-rendering"]').length).toBe(3);
    expect(asif?.querySelector('ins')?.textContent?.length).toBeGreaterThan(0);
    expect(asif?.querySelector('del')?.textContent?.length).toBeGreaterThan(0);
    // Quote text is rendered as text, never as markup.
    expect(root.querySelector('script')).toBeNull();
  });

  it('copies a citation with speaker, words, outlet and date', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = document.createElement('div');
    render(h(QuotesSection, { section }), root);
    const button = root.querySelector<HTMLButtonElement>('[data-testid="quote-copy"]');
    await act(async () => {
      button?.click();
    });
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(String((writeText.mock.calls[0] as unknown[])[0])).toMatch(/^Khawaja Asif: “Terrorism from Afghanistan on Pakistan’s soil will be stopped immediately\.” — /u);
    expect(button?.textContent).toBe('Copied');
    expect(citation('Jane Doe', { articleId: 'x', text: 'Hi', sentence: 'Hi', indirect: false, relation: 'reference', publishedAt: '2025-10-19' }, 'The Paper')).toBe(
      'Jane Doe: “Hi” — The Paper, 19 Oct 2025',
    );
  });

  it('escapes page text', () => {
    const root = document.createElement('div');
    render(h(QuotesSection, { section: [{ speaker: '<img src=x onerror=alert(1)>', verdict: 'single-source', renderings: [{ articleId: 'current', text: '<b>bold</b>', sentence: 's', indirect: false, relation: 'reference' }] }] }), root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('<b>bold</b>');
  });

  it('formats the section for the terminal', () => {
    const lines = formatQuotes(section, (id) => (id === 'current' ? 'This article' : id.slice(0, 3)));
    // The diff's key: which rendering is the baseline, what [+...] and [-...] mean.
    expect(lines[0]).toMatch(/^Quotes \(\d+\): each rendering compared with the baseline one, \[\+words\] it adds, \[-words\] it leaves out$/u);
    expect(lines.some((l) => /^ {6}\S+ \(baseline\b/u.test(l))).toBe(true);
    expect(lines.join('\n')).toContain('  Khawaja Asif');
    expect(lines.some((l) => l.includes('004 (worded differently): “') && l.includes('[+'))).toBe(true);
    expect(formatQuotes([], () => '')).toEqual(['Quotes: none attributed.']);
  });

  it('notes reported speech in the same words in the panel, the terminal and the Markdown', () => {
    // Seed 001 reports Zabiullah Mujahid's pledge in its own words ("... Afghanistan’s pledge not to support groups ...").
    const pledge = (t: string) => t.includes('pledge not to support groups');
    const root = document.createElement('div');
    render(h(QuotesSection, { section }), root);
    const rendering = [...root.querySelectorAll('[data-testid="quote-rendering"]')].find((r) => pledge(r.textContent ?? ''));
    expect(rendering?.querySelector('.quote-indirect')?.textContent).toBe('reported speech');
    // The outlet's own words, not a quotation: no quotation marks (the panel put them in a <q>).
    expect(rendering?.querySelector('q')).toBeNull();
    expect(rendering?.querySelector('[data-testid="quote-text"]')?.textContent).toMatch(/^Afghanistan’s pledge/u);
    const quoted = [...root.querySelectorAll('[data-testid="quote-rendering"]')].find((r) => r.textContent?.includes('will be stopped immediately'));
    expect(quoted?.querySelector('q[data-testid="quote-text"]')).not.toBeNull();
    const terminal = formatQuotes(section, (id) => (id === 'current' ? 'This article' : id)).find(pledge);
    expect(terminal).toMatch(/^ +This article \(paraphrased, reported speech\): Afghanistan’s pledge/u);
    const markdown = quotesMarkdown(section, { outletName: (id) => (id === 'current' ? 'This article' : id), related: [] }).find(pledge);
    expect(markdown).toMatch(/Afghanistan’s pledge .* \(reported speech\)$/u);
  });
});
