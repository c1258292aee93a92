// Passages of text two articles share (their four-word shingles, `resemblance`) are evidence of
// another kind than their terms: copies of one wire story, or the same statements quoted at length.
// Real text: ECB+ topic 12 (two copies of one report of the Indian navy capturing 23 pirates, the
// later one made a follow-up by a name it places in time).
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { compareDevelopments } from '../../../src/core/match/development.js';
import { resemblance } from '../../../src/core/match/fingerprint.js';
import { matchFeatures } from '../../../src/core/match/matchable.js';
import { SAME_TEXT_RESEMBLANCE, SHARED_TEXT } from '../../../src/core/match/related.js';
import { decideRelation, EVENT_IN_CORPUS } from '../../../src/core/match/relation.js';
import { ecbRecords } from '../../helpers.js';

const read = (r: { title: string; text: string; url?: string | null; publishedAt?: string | null }) => {
  const article = articleFromPlainText(`${r.title}\n\n${r.text}`);
  if (r.url) article.url = r.url;
  if (r.publishedAt) article.publishedAt = r.publishedAt;
  return article;
};

describe('passages of text in common', () => {
  const ecb = ecbRecords();
  const record = (id: string) => ecb.find((r) => r.id === id)!;
  const page = matchFeatures(read(record('12_14ecb')));
  const copy = matchFeatures(read(record('12_4ecb')));

  it('keep two undated copies of one report from being each other\'s follow-up', () => {
    const overlap = resemblance(page.fingerprint, copy.fingerprint);
    expect(overlap).toBeGreaterThanOrEqual(SHARED_TEXT);
    expect(overlap).toBeLessThan(SAME_TEXT_RESEMBLANCE);
    // The markers place the copy in time: without the text in common it would be a development.
    expect(compareDevelopments(page, copy)).not.toBe('same');
    const decide = (sharesText: boolean, dates: { page?: string; copy?: string } = {}) =>
      decideRelation(
        { ...page, ...(dates.page ? { date: { first: Number(dates.page), last: Number(dates.page), from: 'published' as const } } : {}) },
        { ...copy, ...(dates.copy ? { date: { first: Number(dates.copy), last: Number(dates.copy), from: 'published' as const } } : {}) },
        0.5,
        () => 1,
        { direct: EVENT_IN_CORPUS, eventInCorpus: true, sharesText },
      );
    expect(decide(false).relation).toBe('follow-up');
    expect(decide(true).relation).toBe('same-event');
    // Dated a week apart, a wire follow-up that repeats its background paragraphs is still placed by its markers.
    expect(decide(true, { page: '14000', copy: '14007' }).relation).toBe('follow-up');
  });
});
