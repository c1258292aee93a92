// One table of irregular verbs (english/verbs.ts) read by the fact analysis's finite-verb test and by the lead's event
// roles: a verb the table knows is known to both. Real text from ECB+ (topic 10: the Red Sox executives' flight to
// Texas; the Indian Navy's INS Tabar against pirates).
import { describe, expect, it } from 'vitest';
import { eventRoles } from '../../../src/core/english/roles.js';
import { irregularBase, IRREGULAR_PAST, UNCHANGED_PAST } from '../../../src/core/english/verbs.js';
import { hasFiniteVerb } from '../../../src/core/facts/statements.js';
import { ecbRecords } from '../../helpers.js';

const ecb = ecbRecords();
/** A clause of a record's text from `start` to `end`, found there (real text, not a paraphrase). */
const clause = (start: string, end: string) => {
  const text = ecb.map((r) => `${r.title}\n${r.text}`).find((t) => t.includes(start)) ?? '';
  const at = text.indexOf(start);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(at, text.indexOf(end, at) + end.length);
};

describe('irregular verbs, one table', () => {
  it('gives the fact analysis a past it had no list entry for: "Tabar sank a ... vessel" is a statement', () => {
    expect(hasFiniteVerb(clause('On November 19, Tabar sank', 'pirate vessel'))).toBe(true);
  });

  it('gives the event roles a past their list lacked: "... flew to Texas" is an act of flying', () => {
    const roles = eventRoles(clause('Boston Red Sox majority owner John W. Henry', 'flew'));
    expect(roles?.predicate).toBe('fly');
    expect(roles?.agent?.names).toContain('epstein');
  });

  it('reads forms as their base and keeps pasts that are their base apart', () => {
    expect(irregularBase('struck')).toBe('strike');
    expect(irregularBase('stricken')).toBe('strike');
    expect(irregularBase('gotten')).toBe('get');
    expect(irregularBase('arrested')).toBeUndefined();
    expect(IRREGULAR_PAST.has('said')).toBe(true);
    expect(IRREGULAR_PAST.has('hit')).toBe(false);
    expect(UNCHANGED_PAST.has('hit')).toBe(true);
  });
});
