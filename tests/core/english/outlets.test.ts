import { describe, expect, it } from 'vitest';
import { outletMention } from '../../../src/core/english/outlets.js';

describe('an outlet named in a sentence', () => {
  it('is its full name in any case, or "the <last word>" for a name that begins with "The"', () => {
    // Sentences of the NewsWCL50 coverage.
    const times = outletMention('The New York Times')!;
    expect(times('The New York Times obtained a list of possible questions for the president.')).toBe(true);
    expect(times('In response to the Times report, Trump on Tuesday lashed out at the investigation.')).toBe(true);
    expect(times('Mueller\'s list of questions also includes some involving Cohen\'s business deals in Moscow, according to the Times.')).toBe(true);
    const usaToday = outletMention('USA Today')!;
    expect(usaToday('Tom Karako, director of the Missile Defense Project, told USA TODAY the North likely has a list of demands.')).toBe(true);
  });

  it('is not the short form in lower case, another outlet, nor a name too short to tell', () => {
    const times = outletMention('The New York Times')!;
    expect(times('Trump told reporters at times that the summit might not happen.')).toBe(false);
    expect(times('The news was first reported by the Washington Post.')).toBe(false);
    expect(outletMention('Fox News')!('The president said on "Fox & Friends" last week that the lawyer handled only a fraction of his work.')).toBe(false);
    expect(outletMention('AP')).toBeUndefined();
  });
});
