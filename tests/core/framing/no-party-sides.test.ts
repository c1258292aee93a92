import { describe, expect, it } from 'vitest';
import { namesNoParty } from '../../../src/core/english/names.js';
import { sideOf } from '../../../src/core/framing/voices.js';

// Sides that name no party: a generic noun, a chamber, a law; and a body's name read past "and" (docs/evaluation-quotes.md,
// stop 28; the speakers and descriptions are ECB+'s). The sideOf cases fail on main 698ef61.
describe('a side that names no party', () => {
  it('is a generic noun alone, a chamber alone or a law', () => {
    expect(namesNoParty('Police')).toBe(true);
    expect(namesNoParty('House')).toBe(true);
    expect(namesNoParty('Endangered Species Act')).toBe(true);
    expect(namesNoParty('Senate')).toBe(true);
    // Parties and bodies stay.
    expect(namesNoParty('Democrats')).toBe(false);
    expect(namesNoParty('Oregon State Police')).toBe(false);
    expect(namesNoParty('Hamas')).toBe(false);
    expect(namesNoParty('UN')).toBe(false);
  });

  it('is not given to a speaker', () => {
    expect(sideOf('Police sources', undefined, () => false)).toBeUndefined();
    // A body's name that runs on past "and" is read whole, not cut at it.
    expect(sideOf('Christopher Gunness', 'spokesman for the UN Relief and Works Agency')).toBe('UN Relief and Works Agency');
  });
});

// Stop 29 (docs/evaluation-quotes.md): where one person lives is no party; the coverage's own description of ECB+ 18's
// accused gunman ("Anthony LaCalamita III, a Troy resident", judged wrong as the city's voice). Fails on main ef8800a.
describe('a resident', () => {
  it('speaks for no place he lives in; an office the text gives him still does', () => {
    const isPlace = (word: string) => word === 'Troy';
    expect(sideOf('Anthony LaCalamita III', 'a Troy resident', isPlace)).toBeUndefined();
    expect(sideOf('Bensu Elianita', 'a 22-year-old resident of Bukit Sama village in Central Aceh district', isPlace)).toBeUndefined();
    // An office is still a side ("Troy Police Chief", ECB+ 18_11ecbplus).
    expect(sideOf('Charles Craft', 'Troy Police Chief', isPlace)).toBe('Troy');
  });
});
