// An article published within a day of the page is listed under the listing threshold when it is
// itself evidence of the page's event. Real text: NewsWCL50's event 3 (five outlets, each given with
// its publication date) in a corpus of ECB+ events with two articles each, as in the relation
// table's mix: the corpus's neighbourhood holds one article, so the five outlets' coverage overlaps
// little in neighbourhoods and scores under the threshold against each other, however alike.
import { describe, expect, it } from 'vitest';
import { articleFromPlainText, articleFromRecord } from '../../../src/core/article.js';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { findRelated, indexPack, RELATED_THRESHOLD, SAME_DAY_FLOOR, SAME_DAY_REASON, SECOND_HOP_REASON } from '../../../src/core/match/related.js';
import { wclRecords } from '../../helpers.js';
import { ecbFirstPerEvent } from './ecb-topic.js';

interface Record {
  id: string;
  event: string;
  title: string;
  text: string;
  url?: string | null;
  publishedAt?: string | null;
}

const twoPerEvent: Record[] = ecbFirstPerEvent(2);
const outlets: Record[] = wclRecords().filter((r) => r.event === 'wcl:3');
// NewsWCL50's records carry a headline (read as \`corpus build\` reads them), ECB+'s a first line (read as a text file's).
// Undated: neither the given date nor the address (whose path gives one).
const read = (r: Record, dated = true) => {
  const undated = { ...r, url: null, publishedAt: null };
  if (r.id.startsWith('wcl:')) return articleFromRecord(dated ? r : undated);
  const article = articleFromPlainText(`${r.title}\n\n${r.text}`);
  if (dated && r.url) article.url = r.url;
  return article;
};
const relatedOf = (pageId: string, dated = true) => {
  const corpus = [...twoPerEvent, ...outlets].filter((r) => r.id !== pageId);
  const index = indexPack(buildPack('mix', corpus.map((r) => ({ id: r.id, article: read(r, dated) })), undefined, []));
  return findRelated(read(outlets.find((r) => r.id === pageId)!, dated), index);
};

describe('coverage published the same day', () => {
  it('is listed as the same event under the listing threshold when it is evidence of the page\'s event', () => {
    const related = relatedOf('wcl:3_L');
    const sameDay = related.filter((r) => r.score < RELATED_THRESHOLD);
    expect(sameDay.map((r) => r.id)).toContain('wcl:3_RR');
    for (const item of sameDay) {
      expect(item.id.startsWith('wcl:3_')).toBe(true);
      expect(item.relation).toBe('same-event');
      expect(item.score).toBeGreaterThanOrEqual(SAME_DAY_FLOOR);
      expect(item.reason).toContain(SAME_DAY_REASON);
      expect(item.reason).not.toContain(SECOND_HOP_REASON);
    }
    // Everything shown as the same event is the page's own event.
    for (const item of related.filter((r) => r.relation === 'same-event')) expect(item.id.startsWith('wcl:3_')).toBe(true);
  });

  it('is not listed on its date when the dates are not known', () => {
    const related = relatedOf('wcl:3_L', false);
    const underThreshold = related.filter((r) => r.score < RELATED_THRESHOLD);
    expect(underThreshold.filter((r) => r.reason.includes(SAME_DAY_REASON))).toEqual([]);
    // What is listed under the threshold undated is there by the second-hop rule (as close to the
    // event's coverage as that coverage is to the page), or for being on average as close to the
    // articles shown as the same event as the page is, and is the page's own event: with the page's
    // "D.N.C." read as the others' "DNC" in the match terms, 3_R comes within its reach.
    for (const item of underThreshold) {
      expect(item.reason.includes(SECOND_HOP_REASON) || /articles shown as the same event as this article is/.test(item.reason)).toBe(true);
      expect(item.id.startsWith('wcl:3_')).toBe(true);
    }
  });
});
