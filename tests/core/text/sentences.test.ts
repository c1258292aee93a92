import { describe, expect, it } from 'vitest';
import { sentenceSpans, splitSentences } from '../../../src/core/text/sentences.js';

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(splitSentences('The talks ended. Did they agree? Yes! Both sides signed.')).toEqual([
      'The talks ended.',
      'Did they agree?',
      'Yes!',
      'Both sides signed.',
    ]);
  });

  it('keeps titles, initials, acronyms and decimals inside the sentence', () => {
    expect(splitSentences('Mr. Khan met Dr. Ali A. Rahman in the U.S. capital. Growth was 3.5 percent.')).toEqual([
      'Mr. Khan met Dr. Ali A. Rahman in the U.S. capital.',
      'Growth was 3.5 percent.',
    ]);
  });

  it('keeps closing quotes with the sentence they end', () => {
    expect(splitSentences('He said, “We will stop.” Officials agreed. She wrote: "It is over." Then silence.')).toEqual([
      'He said, “We will stop.”',
      'Officials agreed.',
      'She wrote: "It is over."',
      'Then silence.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(splitSentences('The vote was 12 vs. 9 in favour. the rest abstained.')).toEqual([
      'The vote was 12 vs. 9 in favour. the rest abstained.',
    ]);
  });

  it('reports offsets that point back into the paragraph', () => {
    const paragraph = 'First one.  Second one? Third.';
    for (const span of sentenceSpans(paragraph)) expect(paragraph.slice(span.start, span.end).trim()).toBe(span.text);
  });

  it('returns nothing for blank text and one sentence for text without a full stop', () => {
    expect(splitSentences('   ')).toEqual([]);
    expect(splitSentences('A headline without a full stop')).toEqual(['A headline without a full stop']);
  });
});
