// The match terms read an acronym written with dots ("F.B.I.", The New York Times's house style in
// NewsWCL50) as the acronym other outlets write without them ("FBI"): cut at its dots, it was no term
// at all, so that outlet's coverage never met the others' on it. Only the match terms: the facts
// analysis reads its own terms (termsOf), left as they were.
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { joinDottedAcronyms, termCounts } from '../../../src/core/match/features.js';
import { termsOf } from '../../../src/core/text/tokens.js';
import { wclRecords } from '../../helpers.js';

/** The sentence of a NewsWCL50 article of `event` that holds `needle`, as the article writes it. */
function sentence(event: string, needle: string): string {
  const text = wclRecords().find((r) => r.event === event && r.text.includes(needle))!.text;
  const start = text.lastIndexOf('. ', text.indexOf(needle)) + 2;
  const end = text.indexOf('. ', text.indexOf(needle) + needle.length);
  return text.slice(Math.max(0, start), end < 0 ? undefined : end + 1);
}

const terms = (text: string) => termCounts(articleFromPlainText(`Headline\n\n${text}`));

describe('match terms of a dotted acronym', () => {
  it('meet the plain acronym: the Times\'s "F.B.I." and "C.I.A." and the others\' "FBI" and "CIA" (NewsWCL50 events 8 and 0)', () => {
    const times = sentence('wcl:8', 'the F.B.I. director');
    const usaToday = sentence('wcl:8', 'FBI Director James Comey');
    expect(terms(times).fbi).toBeGreaterThan(0);
    expect(terms(usaToday).fbi).toBeGreaterThan(0);
    expect(terms(sentence('wcl:0', 'between the C.I.A. and its North Korean counterpart')).cia).toBeGreaterThan(0);
    expect(terms(sentence('wcl:0', 'the CIA director')).cia).toBeGreaterThan(0);
  });

  it('are not the facts analysis\'s terms, which still cut the acronym at its dots', () => {
    expect(termsOf(sentence('wcl:8', 'the F.B.I. director'))).not.toContain('fbi');
  });

  it('join only capital letters each followed by a dot, two or more: not initials of a name, "a.m." or a sentence end', () => {
    expect(joinDottedAcronyms('Washington, D.C., and the U.K.')).toBe('Washington, DC, and the UK');
    expect(joinDottedAcronyms('Michael D. Cohen met at 9 a.m. in the U.S.')).toBe('Michael D. Cohen met at 9 a.m. in the US');
    expect(joinDottedAcronyms('No acronym here.')).toBe('No acronym here.');
  });
});
