import { describe, expect, it } from 'vitest';
import { citation } from '../../src/panel/sections/quotes.js';
import type { QuoteRendering } from '../../src/core/quotes/index.js';

const rendering = (text: string, extra: Partial<QuoteRendering> = {}): QuoteRendering => ({
  articleId: 'a',
  text,
  sentence: text,
  indirect: false,
  relation: 'reference',
  ...extra,
});

describe('the citation a journalist copies from a quote', () => {
  it('gives speaker, words, outlet and date on one line', () => {
    expect(citation('Khawaja Asif', rendering('We will respond', { publishedAt: '2025-10-19' }), 'Dawn')).toBe('Khawaja Asif: “We will respond” — Dawn, 19 Oct 2025');
    expect(citation('Khawaja Asif', rendering('that Pakistan would respond', { indirect: true }), 'Dawn')).toBe('Khawaja Asif: that Pakistan would respond — Dawn');
  });

  it('leaves a page’s line breaks, bidi overrides and control characters out of what is pasted', () => {
    // A right-to-left override in a speaker would show "Dawn" reversed around the words that follow it once pasted.
    const pasted = citation('Asif\u202e nwaD', rendering('We will\nrespond\u001b[2J', { publishedAt: '2025-10-19' }), 'Dawn\u2066');
    expect(pasted).toBe('Asif nwaD: “We will respond\ufffd[2J” — Dawn, 19 Oct 2025');
    expect(pasted).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });
});
