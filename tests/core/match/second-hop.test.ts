// The second hop on real ECB+ text (topic 1: two celebrity rehab check-ins, 1/1 and 1/1plus).
// A page's sibling article can score under the listing threshold against the page itself while it
// is as close to the page's best coverage as the page is: it is then listed through that article.
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { findRelated, indexPack, RELATED_THRESHOLD, SECOND_HOP_FLOOR, SECOND_HOP_REASON } from '../../../src/core/match/related.js';
import { ecbRecords } from '../../helpers.js';

const topic = ecbRecords().filter((r) => String(r.topic) === '1');
const article = (id: string) => {
  const record = topic.find((r) => r.id === id)!;
  return articleFromPlainText(`${record.title}\n\n${record.text}`);
};
const eventOf = (id: string) => {
  const record = topic.find((r) => r.id === id)!;
  return `${record.topic}/${record.event}`;
};
const relatedWithout = (pageId: string, leaveOut: (id: string) => boolean) => {
  const rest = topic.filter((r) => r.id !== pageId && !leaveOut(r.id));
  const index = indexPack(buildPack('topic 1', rest.map((r) => ({ id: r.id, article: articleFromPlainText(`${r.title}\n\n${r.text}`) })), undefined, []));
  return findRelated(article(pageId), index);
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
