// Where an event has two articles, the page's one sibling is listed on direct evidence alone when nothing else is shown
// as the same event, unless it has coverage of its own (an article of its neighbourhood holding it in its own). Real
// ECB+ text, the first two articles of each event (the relation table's "ECB+ two per event": the corpus's
// neighbourhood holds one article, so the relatedness blend lifts only the page's nearest, and a sibling second by
// cosine to an article of the topic's other event scores under the listing threshold).
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { findRelated, indexPack, ONLY_COVERAGE_REASON, RELATED_THRESHOLD } from '../../../src/core/match/related.js';
import { ecbFirstPerEvent } from './ecb-topic.js';

type Record = ReturnType<typeof ecbFirstPerEvent>[number];

const twoPerEvent = ecbFirstPerEvent(2);
const eventOf = (id: string) => twoPerEvent.find((r) => r.id === id)!.event;
const read = (r: Record) => {
  const article = articleFromPlainText(`${r.title}\n\n${r.text}`);
  if (r.url) article.url = r.url;
  return article;
};
/** The page's related items, matched against the corpus without it (and without `without`). */
const relatedOf = (pageId: string, without: (r: Record) => boolean = () => false) => {
  const corpus = twoPerEvent.filter((r) => r.id !== pageId && !without(r));
  const index = indexPack(buildPack('two per event', corpus.map((r) => ({ id: r.id, article: read(r) })), undefined, []));
  return findRelated(read(twoPerEvent.find((r) => r.id === pageId)!), index);
};

describe('the one article of the page\'s event, where an event has two', () => {
  it.each([
    ['3_1ecb', '3_2ecb'],
    ['44_2ecb', '44_1ecb'],
    ['40_10ecb', '40_1ecb'],
  ])('lists %s\'s sibling %s as the same event, though it scores under the listing threshold', (page, sibling) => {
    const related = relatedOf(page);
    const item = related.find((r) => r.id === sibling);
    expect(item?.relation).toBe('same-event');
    expect(item!.score).toBeLessThan(RELATED_THRESHOLD);
    expect(item!.reason).toContain(ONLY_COVERAGE_REASON);
    for (const other of related.filter((r) => r.relation === 'same-event')) expect(eventOf(other.id)).toBe(eventOf(page));
  });

  it.each(['24_10ecbplus', '39_11ecbplus', '3_1ecb'])('lists nothing so for %s when its event is not in the corpus (the topic\'s other event is a pair of its own)', (page) => {
    const related = relatedOf(page, (r) => r.event === eventOf(page));
    expect(related.filter((r) => r.reason.includes(ONLY_COVERAGE_REASON))).toEqual([]);
  });
});
