// The reading layer's two tests of a person's name answer different questions: speakers.ts isPersonName
// (is this speaker a person, for voices) and attribution.ts isSpelledOutName (which full names a later
// surname alone stands for, in the statement reader). Each case here is one where they part.
import { describe, expect, it } from 'vitest';
import { isSpelledOutName } from '../../../src/core/english/attribution.js';
import { isPersonName } from '../../../src/core/english/speakers.js';

describe('two tests of a person’s name', () => {
  it('agree on a plain full name, and on a title or a single word', () => {
    for (const name of ['Khawaja Asif', 'Maria Lopez', 'Anna Maria Weiss']) {
      expect(isPersonName(name)).toBe(true);
      expect(isSpelledOutName(name)).toBe(true);
    }
    for (const name of ['Pakistan', 'Defence Minister', 'President Khawaja']) {
      expect(isPersonName(name)).toBe(false);
      expect(isSpelledOutName(name)).toBe(false);
    }
  });

  it('part on initials and apostrophes: a voice may be "John W. Henry", a surname stands only for a spelled-out name', () => {
    expect(isPersonName('John W. Henry')).toBe(true);
    expect(isSpelledOutName('John W. Henry')).toBe(false);
    expect(isPersonName('Matthew O’Connor')).toBe(true);
    expect(isSpelledOutName('Matthew O’Connor')).toBe(false);
  });

  it('part on the titles each reader takes: "Blogger" and "Police" are the statement reader’s, not the name splitter’s', () => {
    expect(isSpelledOutName('Blogger Jane Doe')).toBe(false);
    expect(isPersonName('Blogger Jane Doe')).toBe(true);
    // The voices' test rules out nouns for bodies (ROLE_WORDS) as well.
    expect(isPersonName('Springfield Police')).toBe(false);
    expect(isSpelledOutName('Springfield Police')).toBe(false);
  });
});
