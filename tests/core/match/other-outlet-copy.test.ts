// A corpus article of the page's very text is the page saved again, unless it is another outlet's copy of it: on
// another site and under another headline (one wire story run by two outlets). Real ECB+ text, topic 28 (Fred LaRue's
// death: NBC's and Fox's copies of one AP obituary, 28_7ecbplus and 28_9ecbplus) and topic 24 (Sky's and Orange's
// copies of one report of the Paris jewellery raid). tests/fixtures/match/unlisted-siblings.json, sort d.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { findRelated, indexPack } from '../../../src/core/match/related.js';
import type { Article } from '../../../src/core/types.js';
import { ecbTopic } from './ecb-topic.js';

/** The page's related items in a corpus of the topic's other articles (without the page) and `extra`. */
function relatedIn(topicId: string, pageId: string, extra: { id: string; article: Article }[] = []) {
  const topic = ecbTopic(topicId);
  const corpus = topic.records.filter((r) => r.id !== pageId).map((r) => ({ id: r.id, article: topic.article(r.id, true) }));
  const index = indexPack(buildPack(`topic ${topicId}`, [...corpus, ...extra], undefined, []));
  return findRelated(topic.article(pageId, true), index);
}

describe('another outlet\'s copy of the page\'s text', () => {
  it.each([
    ['28', '28_7ecbplus', '28_9ecbplus'],
    ['28', '28_9ecbplus', '28_7ecbplus'],
    ['24', '24_6ecbplus', '24_11ecbplus'],
  ])('is listed as the same event (topic %s: %s and %s, one text on two sites under two headlines)', (topicId, page, copy) => {
    const item = relatedIn(topicId, page).find((r) => r.id === copy);
    expect(item?.relation).toBe('same-event');
    expect(item!.score).toBeGreaterThan(0.8);
  });

  it('is the page itself when it keeps the page\'s headline (a feed giving the page on another host)', () => {
    const page = ecbTopic('28').article('28_7ecbplus', true);
    const copy = { ...page, url: 'https://feeds.example.org/r/28_7' };
    const related = relatedIn('28', '28_7ecbplus', [{ id: 'feed-copy', article: copy }]);
    expect(related.map((r) => r.id)).not.toContain('feed-copy');
    // The other outlet's copy is still listed beside it.
    expect(related.find((r) => r.id === '28_9ecbplus')?.relation).toBe('same-event');
  });

  it('is the page itself on the page\'s own site, its mobile address included, under another headline', () => {
    const page = ecbTopic('28').article('28_7ecbplus', true);
    const mobile = { ...page, title: 'Watergate figure Fred LaRue dies', url: page.url!.replace('://www.', '://m.') };
    const related = relatedIn('28', '28_7ecbplus', [{ id: 'mobile-copy', article: mobile }]);
    expect(page.url).toContain('://www.nbcnews.com/');
    expect(related.map((r) => r.id)).not.toContain('mobile-copy');
  });

  it('is not one more voice of the coverage agreeing on an item: it is the page\'s own view (topic 24: BBC\'s copy of NBC\'s report)', () => {
    const related = relatedIn('24', '24_3ecbplus');
    expect(related.find((r) => r.id === '24_4ecbplus')?.relation).toBe('same-event');
    const agreed = related.find((r) => r.id === '24_11ecbplus')!;
    expect(agreed.relation).toBe('same-event');
    // Seven items are shown as the same event before the agreement, the copy among them: six of them vote.
    const shown = related.filter((r) => r.relation === 'same-event' && !/count it among their closest coverage/.test(r.reason)).length;
    expect(shown).toBe(7);
    expect(agreed.reason).toMatch(/3 of the 6 articles shown as the same event count it among their closest coverage/);
  });
});
