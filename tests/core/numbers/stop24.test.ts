// Readings of stop 24 (branch r24n), on sentences of NewsWCL50 articles as they stand. Which half each sentence comes from is
// said at each test; the labels the analysis is measured against are in tests/fixtures/numbers/labels.json.
import { describe, expect, it } from 'vitest';
import { compareBodies, subjectsOf } from './helpers.js';

describe('initials written with dots ("U.S.", "U.N.") are one word', () => {
  // NewsWCL50 event 2 (tune, wcl:2_M): the U.S. troops stationed in South Korea.
  const centre = 'Currently, there are 28,500 U.S. troops in South Korea, a move that followed 1950-53 Korean War that ended with an armistice and not a peace treaty.';

  it('reads the noun after dotted initials as the thing counted, the initials as its side', () => {
    expect(subjectsOf(centre).find((f) => f.text === '28,500')?.subject).toMatchObject({ what: 'forces', side: 'us', sideName: 'U.S.' });
    // Before, the count stopped at the first dot: its phrase was "u" and it counted nothing.
    expect(subjectsOf('At least 22 U.N. workers were killed.')[0]?.subject).toMatchObject({ what: 'killed', who: 'staff', side: 'un' });
  });

  it('keys "U.N. staff" and "employees of U.N.-affiliated organizations" alike, so 22 against 19 diverges', () => {
    // The two wordings of issue 17's first example; the initials with and without dots meet ("UN", "U.N.").
    const group = compareBodies('An Israeli strike on Sunday killed 22 U.N. staff, the agency said.', 'An Israeli strike on Sunday killed 19 employees of UN-affiliated organizations, the agency said.').find((g) =>
      g.figures.some((f) => f.text === '22'),
    );
    expect(group?.verdict).toBe('diverges');
  });

  it('reads the place after a group named with "of" ("employees of U.N.-affiliated organizations in Gaza")', () => {
    const staff = subjectsOf('Israeli strikes have killed 19 employees of U.N.-affiliated organizations in Gaza since the war began.')[0]?.subject;
    expect(staff).toMatchObject({ what: 'killed', who: 'staff', side: 'un', place: 'gaza' });
    const group = compareBodies(
      'Israeli strikes have killed 22 U.N. staff in Gaza since the war began.',
      'Israeli strikes have killed 19 employees of U.N.-affiliated organizations in Gaza since the war began.',
    ).find((g) => g.figures.some((f) => f.text === '22'));
    expect(group?.verdict).toBe('diverges');
  });
});
