// An article published within a day of the page, under the listing threshold and not itself as close to
// the page as its own coverage is, is listed (and decided as any other item: the same event) once two or
// more articles are shown as the same event: the page's event is then in the corpus, and the same news
// cycle's coverage of it is its coverage. Real ECB+ text, topic 1: Lindsay Lohan checking into rehab
// (1/1plus, 21 articles dated by their addresses, most on 2 and 3 May 2013) beside Tara Reid's (1/1,
// undated), each page matched against the topic's other articles.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { findRelated, indexPack, RELATED_THRESHOLD, SAME_DAY_COVERAGE_REASON, SAME_DAY_FLOOR } from '../../../src/core/match/related.js';
import { ecbTopic } from './ecb-topic.js';

describe('coverage published within a day of the page, with its event shown here', () => {
  const { records, article, eventOf } = ecbTopic('1');
  const page = '1_11ecbplus';
  const index = indexPack(buildPack('topic 1', records.filter((r) => r.id !== page).map((r) => ({ id: r.id, article: article(r.id, true) })), undefined, []));
  const related = findRelated(article(page, true), index);
  const byDate = related.filter((r) => r.reason.includes(SAME_DAY_COVERAGE_REASON));

  it('is listed as the same event, though it scores under the listing threshold', () => {
    expect(byDate.map((r) => r.id)).toEqual(expect.arrayContaining(['1_16ecbplus', '1_5ecbplus', '1_7ecbplus', '1_21ecbplus', '1_18ecbplus']));
    for (const item of byDate) {
      expect(item.relation).toBe('same-event');
      expect(item.score).toBeLessThan(RELATED_THRESHOLD);
      expect(item.score).toBeGreaterThanOrEqual(SAME_DAY_FLOOR);
      expect(item.reason).toMatch(/^(same day|a day (earlier|later))/);
      expect(eventOf(item.id)).toBe(eventOf(page));
    }
  });

  it('is listed once, and beside two or more articles shown as the same event on their own evidence', () => {
    expect(new Set(related.map((r) => r.id)).size).toBe(related.length);
    expect(related.filter((r) => r.relation === 'same-event' && !r.reason.includes(SAME_DAY_COVERAGE_REASON)).length).toBeGreaterThanOrEqual(2);
  });

  it('shows nothing of the sibling event as the same event', () => {
    for (const item of related.filter((r) => r.relation === 'same-event')) expect(eventOf(item.id)).toBe(eventOf(page));
  });

  it('is not listed on its date when the page was published a week later', () => {
    const later = article(page, false);
    later.publishedAt = '2013-05-10';
    const items = findRelated(later, index);
    expect(items.some((r) => r.reason.includes(SAME_DAY_COVERAGE_REASON))).toBe(false);
    for (const id of byDate.map((r) => r.id)) expect(items.find((r) => r.id === id)?.relation).not.toBe('same-event');
  });
});
