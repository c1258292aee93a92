// Coverage of one event spreads over days: an article published days from the page, but within
// SAME_EVENT_MAX_DAYS of an article shown as the page's same event, is that coverage too (it shares
// particulars with the page). Real ECB+ text, topic 3 (two prison-escape stories, 3/3 and 3/3plus),
// with the dates ECB+'s addresses give: 3_10ecbplus was published a week after the escape's first
// reports, and comes within days of other coverage it is already shown as the same event.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { findRelated, indexPack } from '../../../src/core/match/related.js';
import { articleDate, daysApart } from '../../../src/core/match/dates.js';
import { SAME_EVENT_MAX_DAYS } from '../../../src/core/match/relation.js';
import { ecbTopic } from './ecb-topic.js';

const { records: topic, article: articleOf } = ecbTopic('3');
const article = (id: string) => articleOf(id, true);
const eventOf = (id: string) => topic.find((r) => r.id === id)!.event;

describe('coverage within days of the same event\'s coverage', () => {
  const page = '3_10ecbplus';
  const index = indexPack(buildPack('topic 3', topic.filter((r) => r.id !== page).map((r) => ({ id: r.id, article: article(r.id) })), undefined, []));
  const related = findRelated(article(page), index);
  const near = related.filter((r) => r.reason.includes(`published within ${SAME_EVENT_MAX_DAYS} days of`));

  it('is the same event, though published more than three days from the page', () => {
    expect(near.map((r) => r.id)).toEqual(expect.arrayContaining(['3_8ecbplus', '3_6ecbplus']));
    for (const item of near) {
      expect(item.relation).toBe('same-event');
      expect(eventOf(item.id)).toBe(eventOf(page));
      expect(daysApart(articleDate(article(page)), articleDate(article(item.id)))!.least).toBeGreaterThan(SAME_EVENT_MAX_DAYS);
    }
  });

  it('names in its reason the same-event article it was published close to, which is dated within days of it', () => {
    for (const item of near) {
      const title = /published within \d+ days of “(.+?)”/.exec(item.reason)![1]!;
      const vouching = related.find((r) => r.relation === 'same-event' && title.startsWith(r.title.slice(0, 20)))!;
      expect(vouching).toBeDefined();
      expect(daysApart(articleDate(article(vouching.id)), articleDate(article(item.id)))!.least).toBeLessThanOrEqual(SAME_EVENT_MAX_DAYS);
    }
  });

  it('leaves everything shown as the same event the page\'s own event', () => {
    for (const item of related.filter((r) => r.relation === 'same-event')) expect(eventOf(item.id)).toBe(eventOf(page));
  });
});
