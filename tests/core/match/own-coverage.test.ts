// Two ways the page's own coverage is found, on real ECB+ text (topic 1: two celebrity rehab
// check-ins, 1/1 and 1/1plus, with the dates ECB+'s addresses give):
// - a second hop: a sibling article can score under the listing threshold against the page itself
//   while it is as close to the page's best coverage as the page is: it is then listed through it;
// - an article published the same day counts as evidence that the page's event is in the corpus at
//   less direct evidence than one days apart or undated.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { findRelated, indexPack, RELATED_THRESHOLD, SECOND_HOP_FLOOR, SECOND_HOP_REASON } from '../../../src/core/match/related.js';
import { EVENT_IN_CORPUS, isEventEvidence, SAME_DAY_EVENT_IN_CORPUS } from '../../../src/core/match/relation.js';
import { ecbTopic } from './ecb-topic.js';

const { records: topic, article: articleOf } = ecbTopic('1');
const article = (id: string, withAddress = false) => articleOf(id, withAddress);
const eventOf = (id: string) => {
  const record = topic.find((r) => r.id === id)!;
  return `${record.topic}/${record.event}`;
};
const relatedWithout = (pageId: string, leaveOut: (id: string) => boolean, withAddresses = false) => {
  const rest = topic.filter((r) => r.id !== pageId && !leaveOut(r.id));
  const index = indexPack(buildPack('topic 1', rest.map((r) => ({ id: r.id, article: article(r.id, withAddresses) })), undefined, []));
  return findRelated(article(pageId, withAddresses), index);
};

describe('the second hop', () => {
  const page = '1_2ecbplus';
  const related = relatedWithout(page, () => false);

  it('lists siblings that score under the threshold but are as close to the page\'s best coverage as the page is', () => {
    const hopped = related.filter((r) => r.score < RELATED_THRESHOLD);
    expect(hopped.map((r) => r.id).sort()).toEqual(expect.arrayContaining(['1_15ecbplus', '1_19ecbplus']));
    for (const item of hopped) {
      expect(eventOf(item.id)).toBe(eventOf(page));
      expect(item.relation).toBe('same-event');
      expect(item.score).toBeGreaterThanOrEqual(SECOND_HOP_FLOOR);
      expect(item.reason).toContain(SECOND_HOP_REASON);
    }
    // Items listed on their own score say nothing of a hop.
    for (const item of related.filter((r) => r.score >= RELATED_THRESHOLD)) expect(item.reason).not.toContain(SECOND_HOP_REASON);
  });

  it('lists nothing through a hop when the page\'s own event is not in the corpus', () => {
    const absent = relatedWithout(page, (id) => eventOf(id) === eventOf(page));
    expect(absent.filter((r) => r.score < RELATED_THRESHOLD)).toEqual([]);
    expect(absent.some((r) => r.relation === 'same-event')).toBe(false);
  });
});

describe('an article published the same day', () => {
  it('asks less direct evidence of the page\'s event than one published days apart', () => {
    expect(SAME_DAY_EVENT_IN_CORPUS).toBeLessThan(EVENT_IN_CORPUS);
    expect(isEventEvidence(SAME_DAY_EVENT_IN_CORPUS, true, false, true)).toBe(true);
    expect(isEventEvidence(SAME_DAY_EVENT_IN_CORPUS, true, false, false)).toBe(false);
    expect(isEventEvidence(EVENT_IN_CORPUS, true, true, true)).toBe(false);
  });

  it('shows the page\'s own coverage as the same event, where none of it is strong enough alone', () => {
    // 1_12ecbplus (Lohan checks into the Betty Ford Clinic) has no sibling at direct evidence 1.2;
    // coverage the same day at 1.0 or more shows that its event is in the corpus.
    const page = '1_12ecbplus';
    const related = relatedWithout(page, () => false, true);
    const same = related.filter((r) => r.relation === 'same-event');
    expect(same.length).toBeGreaterThanOrEqual(5);
    for (const item of same) expect(eventOf(item.id)).toBe(eventOf(page));
    expect(same.some((r) => r.reason.startsWith('same day'))).toBe(true);
    // Without its event in the corpus, nothing is the same event.
    expect(relatedWithout(page, (id) => eventOf(id) === eventOf(page), true).some((r) => r.relation === 'same-event')).toBe(false);
  });
});
