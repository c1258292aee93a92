// An article the page's score does not list, but that is on average as close to the articles shown as
// the same event as the page itself is, lies within that event's coverage: it is listed as the same
// event. ECB+'s largest events (15 to 22 articles) outgrow the neighbourhood a corpus is matched with
// (about the median event's size), and their farther siblings score under the listing threshold
// against the page. Real ECB+ text, topic 13 (a fire at Sarah Palin's church in Wasilla: 13/13 with 22
// articles, and its sibling event 13/13plus), undated as ECB+'s "ecb" articles are.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { findRelated, indexPack, RELATED_THRESHOLD } from '../../../src/core/match/related.js';
import { meanCosineTo, withSumOfVectors } from '../../../src/core/match/term-index.js';
import { ecbTopic } from './ecb-topic.js';

const CENTRAL = /as close to the (\d+) articles shown as the same event as this article is/;

describe('an unlisted article as close to the same-event coverage as the page is', () => {
  const { records, article, eventOf } = ecbTopic('13');
  const page = '13_10ecb';
  const index = indexPack(buildPack('topic 13', records.filter((r) => r.id !== page).map((r) => ({ id: r.id, article: article(r.id, true) })), undefined, []));
  const related = findRelated(article(page, true), index);
  const central = related.filter((r) => CENTRAL.test(r.reason));

  it('is listed as the same event, though it scores under the listing threshold', () => {
    expect(central.map((r) => r.id)).toEqual(expect.arrayContaining(['13_18ecb', '13_21ecb', '13_4ecb', '13_9ecb', '13_20ecb']));
    for (const item of central) {
      expect(item.relation).toBe('same-event');
      expect(item.score).toBeLessThan(RELATED_THRESHOLD);
      expect(eventOf(item.id)).toBe(eventOf(page));
    }
  });

  it('says how many same-event articles it was measured against: those listed on their own score', () => {
    const shown = related.filter((r) => r.relation === 'same-event' && !CENTRAL.test(r.reason)).length;
    for (const item of central) expect(Number(CENTRAL.exec(item.reason)![1])).toBe(shown);
  });

  it('shows nothing of the sibling event as the same event', () => {
    for (const item of related.filter((r) => r.relation === 'same-event')) expect(eventOf(item.id)).toBe(eventOf(page));
  });
});

describe('the sum of article vectors a relation pass reads (withSumOfVectors)', () => {
  const { records, article } = ecbTopic('13');
  const index = indexPack(buildPack('topic 13', records.map((r) => ({ id: r.id, article: article(r.id, true) })), undefined, []));
  const cosine = (a: number, b: number) => withSumOfVectors(index, [b], (sum) => meanCosineTo(index, a, sum));

  it("gives an article's mean cosine to a set as the mean of its cosines to each, with one buffer reused", () => {
    const set = [1, 4, 7, 9];
    const mean = withSumOfVectors(index, set, (sum) => meanCosineTo(index, 0, sum));
    const each = set.map((b) => cosine(0, b));
    expect(mean).toBeCloseTo(each.reduce((x, y) => x + y, 0) / set.length, 12);
    expect(cosine(3, 3)).toBeCloseTo(1, 12);
    // The buffer is zero again after each use: the same question twice, or after another set, has the same answer.
    expect(withSumOfVectors(index, set, (sum) => meanCosineTo(index, 0, sum))).toBe(mean);
  });

  it('makes its own buffer for a sum read inside another', () => {
    const inner = withSumOfVectors(index, [2, 5], (outer) => withSumOfVectors(index, [6], (sum) => [meanCosineTo(index, 0, outer), meanCosineTo(index, 0, sum)]));
    expect(inner[0]).toBeCloseTo((cosine(0, 2) + cosine(0, 5)) / 2, 12);
    expect(inner[1]).toBe(cosine(0, 6));
  });
});
