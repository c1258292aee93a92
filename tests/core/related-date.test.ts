import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline as inline, relatedDateText } from '../../src/core/index.js';

describe('a related article’s date in the exports (terminal and Markdown alike)', () => {
  it('is the ISO day it was published, else the date read from its address or dateline, marked so, else unknown', () => {
    expect(relatedDateText({ publishedAt: '2025-10-19T08:40:00Z', dateFromText: 'October 18, 2025' })).toBe('2025-10-19');
    expect(relatedDateText({ dateFromText: 'October 18, 2025' })).toBe('October 18, 2025 (from its text)');
    expect(relatedDateText({})).toBe('date unknown');
  });

  it('passes a date read from the text through the format’s own escaping: Markdown markup in it stays text', () => {
    expect(relatedDateText({ dateFromText: '*18* <b>Oct</b>' }, inline)).toBe('\\*18\\* \\<b\\>Oct\\</b\\> (from its text)');
  });
});
