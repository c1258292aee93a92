// A development the markers read against the page must hold against the page's other same-event
// coverage too. Real ECB+ text, topic 16 (two killings of a police officer, 16/16 and 16/16plus): the
// page 16_10ecbplus tells the deputy's killing and, as background, that the suspect "shot a man in the
// back while doing yard work at a Hawaiian Gardens home four days earlier"; its sibling articles name
// Hawaiian Gardens in their leads, and read alone, the page looks back at their event. Against the rest
// of the page's coverage that places nothing: they are the same event.
// The seeds' follow-up (003, the later Istanbul round) is placed against all of the Doha coverage
// and stays one (tests/core/match/related.test.ts).
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { findRelated, indexPack } from '../../../src/core/match/related.js';
import { compareDevelopments } from '../../../src/core/match/development.js';
import { matchFeatures } from '../../../src/core/match/matchable.js';
import { PLACED_AGAINST_PAGE_ALONE } from '../../../src/core/match/relation.js';
import { ecbTopic } from './ecb-topic.js';

const { records: topic, article: articleOf } = ecbTopic('16');
const article = (id: string) => articleOf(id, false);
const eventOf = (id: string) => topic.find((r) => r.id === id)!.event;

describe('a development read against the page alone', () => {
  const page = '16_10ecbplus';
  const index = indexPack(buildPack('topic 16', topic.filter((r) => r.id !== page).map((r) => ({ id: r.id, article: article(r.id) })), undefined, []));
  const related = findRelated(article(page), index);

  it('is what the markers read between the page and 16_9ecbplus', () => {
    expect(compareDevelopments(matchFeatures(article(page)), matchFeatures(article('16_9ecbplus')))).toBe('candidate-earlier');
  });

  it('does not make 16_9ecbplus an earlier development: it is the same event, and says why', () => {
    const item = related.find((r) => r.id === '16_9ecbplus')!;
    expect(item.relation).toBe('same-event');
    expect(item.reason).toContain(PLACED_AGAINST_PAGE_ALONE);
  });

  it('leaves every item it relabels the page\'s own event', () => {
    for (const item of related.filter((r) => r.reason.includes(PLACED_AGAINST_PAGE_ALONE))) expect(eventOf(item.id)).toBe(eventOf(page));
  });
});
