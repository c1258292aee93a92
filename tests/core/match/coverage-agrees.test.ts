// The event's coverage agrees: an item held back (here dated 6 days from the page, so not the same
// event on its date) that half or more, and two or more, of the page's same-event articles hold among
// their closest coverage (as similar to each as its own neighbourhood is on average, or as the page
// is) is the same event. Real ECB+ text, topic 21 (two hit-and-run stories in Queens, 21/21 and 21/21plus), with the
// dates ECB+'s addresses give: 21_6ecbplus was published 6 days after the crash's first reports.
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { findRelated, indexPack } from '../../../src/core/match/related.js';
import { articleDate, daysApart } from '../../../src/core/match/dates.js';
import { SAME_EVENT_MAX_DAYS } from '../../../src/core/match/relation.js';
import { ecbTopic } from './ecb-topic.js';

const { records: topic, article: articleOf } = ecbTopic('21');
const article = (id: string) => articleOf(id, true);
const eventOf = (id: string) => topic.find((r) => r.id === id)!.event;
const CENTRAL = /articles shown as the same event as this article is/;
const AGREES = /(\d+ of the (\d+)|both|all \d+) articles shown as the same event count it among their closest coverage/;

describe('an item the page\'s same-event coverage counts among its own', () => {
  const page = '21_6ecbplus';
  const index = indexPack(buildPack('topic 21', topic.filter((r) => r.id !== page).map((r) => ({ id: r.id, article: article(r.id) })), undefined, []));
  const related = findRelated(article(page), index);
  const agreed = related.filter((r) => AGREES.test(r.reason));

  it('is the same event, though published more than three days from the page', () => {
    expect(agreed.map((r) => r.id)).toEqual(expect.arrayContaining(['21_1ecbplus', '21_5ecbplus', '21_11ecbplus']));
    for (const item of agreed) {
      expect(item.relation).toBe('same-event');
      expect(eventOf(item.id)).toBe(eventOf(page));
      expect(daysApart(articleDate(article(page)), articleDate(article(item.id)))!.least).toBeGreaterThan(SAME_EVENT_MAX_DAYS);
    }
  });

  it('counts an item as close to a same-event article as the page is, though less than that article\'s own coverage on average', () => {
    expect(agreed.map((r) => r.id)).toEqual(expect.arrayContaining(['21_2ecbplus', '21_3ecbplus', '21_4ecbplus', '21_7ecbplus']));
  });

  it('says how many of the same-event articles agree: two or more, and half of them or more', () => {
    // Counted among those shown as the same event before the agreement (and before what is as close to them as the page is).
    const shown = related.filter((r) => r.relation === 'same-event' && !AGREES.test(r.reason) && !CENTRAL.test(r.reason)).length;
    for (const item of agreed) {
      const match = /(\d+) of the (\d+) articles/.exec(item.reason);
      if (!match) continue;
      expect(Number(match[2])).toBe(shown);
      expect(Number(match[1])).toBeGreaterThanOrEqual(2);
      expect(2 * Number(match[1])).toBeGreaterThanOrEqual(shown);
    }
  });

  it('leaves everything shown as the same event the page\'s own event', () => {
    for (const item of related.filter((r) => r.relation === 'same-event')) expect(eventOf(item.id)).toBe(eventOf(page));
  });
});

// With other figures than the page's (each states two or more, none in common), the item must also
// count the agreeing same-event articles among its own closest coverage. ECB+ topic 24 (two jewel
// robberies at Cannes, 24/24 and 24/24plus): 24_3ecbplus, undated, lists three articles of its robbery
// that give other figures (the sum, the year, the hour).
describe('an item with other figures that the same-event coverage and it count among each other\'s own', () => {
  const { records, article: articleOf } = ecbTopic('24');
  const read = (id: string) => articleOf(id, true);
  const page = '24_3ecbplus';
  const index = indexPack(buildPack('topic 24', records.filter((r) => r.id !== page).map((r) => ({ id: r.id, article: read(r.id) })), undefined, []));
  const related = findRelated(read(page), index);
  const mutual = related.filter((r) => AGREES.test(r.reason) && r.reason.includes('though it gives other figures'));

  it('is the same event, and the page\'s own', () => {
    expect(mutual.map((r) => r.id)).toEqual(expect.arrayContaining(['24_1ecbplus', '24_10ecbplus', '24_11ecbplus']));
    for (const item of mutual) {
      expect(item.relation).toBe('same-event');
      expect(records.find((r) => r.id === item.id)!.event).toBe(records.find((r) => r.id === page)!.event);
    }
  });
});
