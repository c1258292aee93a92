import { describe, expect, it } from 'vitest';
import { quoteSpans } from '../../../src/core/english/quote-marks.js';

const texts = (p: string) => quoteSpans(p).map((s) => p.slice(s.textStart, s.textEnd));

describe('quote spans', () => {
  it('reads curly and straight double quotes', () => {
    expect(texts('She said: “We will win.” Then she left.')).toEqual(['We will win.']);
    expect(texts('He said: "We will lose." Then he left.')).toEqual(['We will lose.']);
  });

  it('pairs a straight opener with a curly closer', () => {
    expect(texts('The general said: "The regime must act now.” Nobody answered.')).toEqual(['The regime must act now.']);
  });

  it('keeps apostrophes inside quotes', () => {
    expect(texts('“The country’s soil won’t be used,” she said.')).toEqual(['The country’s soil won’t be used']);
    expect(texts("the plan would end 'attacks on the nation's soil,' he said")).toEqual(["attacks on the nation's soil"]);
    expect(texts('the plan would end ‘attacks on the nation’s soil,’ he said')).toEqual(['attacks on the nation’s soil']);
  });

  it('does not take apostrophes and possessives for quotes', () => {
    expect(texts("It's the mayor's plan and the workers' union's view, isn't it?")).toEqual([]);
    expect(texts('The nation’s capital and the ministers’ meeting.')).toEqual([]);
  });

  it('reads a quote split by its attribution as two spans', () => {
    expect(texts('“We are ready,” he said. “The talks start tomorrow.”')).toEqual(['We are ready', 'The talks start tomorrow.']);
  });

  it('reads short partial quotes inside a sentence', () => {
    expect(texts('She called it a ‘first step’ and a “fragile” truce.')).toEqual(['first step', 'fragile']);
  });

  it('keeps quotes nested inside a double quote as its text', () => {
    expect(texts('“He told me ‘never again’ and left,” she said.')).toEqual(['He told me ‘never again’ and left']);
    expect(texts('"He told me \'never again\' and left," she said.')).toEqual(["He told me 'never again' and left"]);
  });

  it('marks a quote that runs on past the paragraph', () => {
    const spans = quoteSpans('The minister said that “the talks will continue.');
    expect(spans).toHaveLength(1);
    expect(spans[0]?.open_ended).toBe(true);
  });

  it('never throws on adversarial strings', () => {
    for (const s of ['"'.repeat(20000), "'".repeat(20000), '‘’'.repeat(10000), '“'.repeat(20000), 'a'.repeat(50000), '1,'.repeat(20000), '“a” '.repeat(5000)]) {
      expect(() => quoteSpans(s)).not.toThrow();
    }
  });
});
