import { describe, expect, it } from 'vitest';
import { joinDottedAcronyms, termsOf } from '../../../src/core/text/tokens.js';
import { wclRecords } from '../../helpers.js';

describe('terms of a dotted acronym', () => {
  it('reads The New York Times\'s "F.B.I." and "C.I.A." as the other outlets\' "FBI" and "CIA" (event 8 and event 0 of NewsWCL50)', () => {
    const sentence = (event: string, needle: string) => {
      const text = wclRecords().find((r) => r.event === event && r.text.includes(needle))!.text;
      const at = text.indexOf(needle);
      return text.slice(at, at + needle.length);
    };
    const times = sentence('wcl:8', "the president's high-profile firings of the F.B.I. director");
    const usaToday = sentence('wcl:8', "Trump's motivations for firing FBI Director James Comey");
    expect(termsOf(times)).toContain('fbi');
    expect(termsOf(usaToday)).toContain('fbi');
    expect(termsOf(sentence('wcl:0', 'a channel that runs between the C.I.A. and its North Korean counterpart'))).toContain('cia');
    expect(termsOf(sentence('wcl:0', 'but the CIA director is still waiting'))).toContain('cia');
  });

  it('joins only capital letters each followed by a dot, two or more: not initials of a name, "a.m." or a sentence end', () => {
    expect(joinDottedAcronyms('Washington, D.C., and the U.K.')).toBe('Washington, DC, and the UK');
    expect(joinDottedAcronyms('Michael D. Cohen met at 9 a.m. in the U.S.')).toBe('Michael D. Cohen met at 9 a.m. in the US');
    expect(termsOf('Michael D. Cohen')).toEqual(['michael', 'cohen']);
    // A dotted acronym and the plain one give the same term, as "US" always has.
    expect(termsOf('the U.S. troops')).toEqual(termsOf('the US troops'));
    expect(joinDottedAcronyms('No acronym here.')).toBe('No acronym here.');
  });
});
