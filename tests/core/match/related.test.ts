import { decideRelation, EVENT_IN_CORPUS, figuresDisagree, isEventEvidence, UNDATED_EVENT_IN_CORPUS } from '../../../src/core/match/relation.js';
import { timeline } from '../../../src/core/match/relation-text.js';
import { matchFeatures } from '../../../src/core/match/matchable.js';
import { termCounts } from '../../../src/core/match/features.js';
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { findRelated, indexPack, RELATED_THRESHOLD } from '../../../src/core/match/related.js';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { parsePack } from '../../../src/core/corpus/load.js';
import { buildReport } from '../../../src/core/report.js';
import { ecbRecords, seedId, seedIndex, seedInputs } from '../../helpers.js';

const index = seedIndex();

function relatedOf(prefix: string) {
  const seed = seedInputs().find((s) => s.id === seedId(prefix))!;
  return findRelated(seed.article, index);
}

describe('related coverage on the seed corpus', () => {
  it('lists 000, 002 and 004 as the same event and 003 as a follow-up for 001, and not 001 itself', () => {
    const related = relatedOf('001');
    const byId = Object.fromEntries(related.map((r) => [r.id.slice(0, 3), r.relation]));
    expect(byId).toEqual({ '000': 'same-event', '002': 'same-event', '004': 'same-event', '003': 'follow-up' });
  });

  it.each(['000', '002', '004'])('marks 003 (the later Istanbul round) as a follow-up for %s, the rest as the same event', (prefix) => {
    const related = relatedOf(prefix);
    expect(related.map((r) => r.id.slice(0, 3)).sort()).toEqual(['000', '001', '002', '003', '004'].filter((p) => p !== prefix));
    for (const item of related) expect(item.relation).toBe(item.id.startsWith('003') ? 'follow-up' : 'same-event');
  });

  it('from 003, every other seed is an earlier development of the story; from the others, 003 is a later one', () => {
    const related = relatedOf('003');
    expect(related).toHaveLength(4);
    for (const item of related) expect(item).toMatchObject({ relation: 'follow-up', development: 'earlier' });
    for (const prefix of ['000', '001', '002', '004'])
      expect(relatedOf(prefix).find((r) => r.id.startsWith('003'))).toMatchObject({ relation: 'follow-up', development: 'later' });
  });

  it('never makes a follow-up of a later date alone, and says how far apart the dates are', () => {
    const seeds = seedInputs();
    const dated = seeds.map((s) => ({ ...s, article: { ...s.article, publishedAt: s.id.startsWith('002') ? '2025-10-30' : '2025-10-19' } }));
    const pack = buildPack('Dated seeds', dated);
    const page = dated.find((s) => s.id === seedId('000'))!.article;
    const related = findRelated(page, indexPack(parsePack(JSON.parse(JSON.stringify(pack)))));
    // Eleven days later, nothing in either text says it reports a later development; it states the
    // same names and figures, so it stays the same event, with the gap in its reason.
    const later = related.find((r) => r.id.startsWith('002'))!;
    expect(later).toMatchObject({ relation: 'same-event', publishedAt: '2025-10-30' });
    expect(later.reason).toMatch(/^11 days later; both name [^;]*Pakistan/);
    const sameDay = related.find((r) => r.id.startsWith('001'))!;
    expect(sameDay).toMatchObject({ relation: 'same-event' });
    expect(sameDay.development).toBeUndefined();
    expect(sameDay.reason).toMatch(/^same day; both name /);
    // Published the same day, 003's hints that it comes later do not outweigh the dates.
    expect(related.find((r) => r.id.startsWith('003'))).toMatchObject({ relation: 'same-event' });
  });

  it('spells the shared names as the page writes them, not as their stemmed terms', () => {
    // Name terms are stemmed lower case: "name:ttp" was shown as "Ttp".
    const reasons = relatedOf('002').map((r) => r.reason);
    expect(reasons.join(' ')).toMatch(/both name [^;]*\bTTP\b/);
    expect(reasons.join(' ')).not.toMatch(/\bTtp\b/);
  });

  it('says when dates are unknown, and keeps 003 a follow-up of the other four on the undated seeds', () => {
    for (const prefix of ['000', '001', '002', '004']) {
      const related = relatedOf(prefix);
      expect(related.map((r) => [r.id.slice(0, 3), r.relation])).toEqual(
        expect.arrayContaining([['003', 'follow-up']]),
      );
      for (const r of related) expect(r.reason).toMatch(/^neither date known; /);
      expect(related.filter((r) => r.relation === 'same-event')).toHaveLength(3);
    }
    const fromIstanbul = relatedOf('003');
    expect(fromIstanbul.map((r) => r.relation)).toEqual(['follow-up', 'follow-up', 'follow-up', 'follow-up']);
    expect(fromIstanbul.every((r) => r.development === 'earlier')).toBe(true);
  });

  it('ranks best match first and keeps scores between the threshold and 1', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const scores = relatedOf(prefix).map((r) => r.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const score of scores) expect(score).toBeGreaterThanOrEqual(RELATED_THRESHOLD);
      for (const score of scores) expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('drops the article itself when its text is the same with small edits', () => {
    const seed = seedInputs().find((s) => s.id === seedId('004'))!;
    const edited = { ...seed.article, title: 'A different headline', paragraphs: seed.article.paragraphs.slice(1) };
    expect(findRelated(edited, index).map((r) => r.id)).not.toContain(seed.id);
  });

  it('drops a corpus article with the same URL', () => {
    const seed = seedInputs().find((s) => s.id === seedId('002'))!;
    const withUrl = { ...seed, article: { ...seed.article, url: 'https://example.org/news/ceasefire?utm_source=x' } };
    const pack = seedIndex().pack;
    pack.articles.find((a) => a.id === seed.id)!.url = 'https://www.example.org/news/ceasefire';
    const unrelatedText = { ...withUrl.article, paragraphs: ['The two countries agreed a ceasefire in Doha, Qatar said.'] };
    expect(findRelated(unrelatedText, { ...index, pack }).map((r) => r.id)).not.toContain(seed.id);
  });

  it('finds nothing for an article on another story, however newsy', () => {
    const article = articleFromPlainText(
      'Storm floods coastal towns\n\nHeavy rain flooded three coastal towns on Tuesday, officials said, forcing hundreds of families from their homes. The government sent troops to help with the evacuation.',
    );
    const report = buildReport(article, index);
    expect(report.related).toEqual([]);
    expect(report.corpus.articleCount).toBe(5);
  });
});

describe('timeline of the page event and its developments', () => {
  it('puts dated items in date order, undated after, and leaves other events out', () => {
    const items = [
      { id: 'c', relation: 'follow-up' as const, development: 'later' as const, publishedAt: '2025-10-30', score: 0.4 },
      { id: 'u', relation: 'same-event' as const, score: 0.5 },
      { id: 'a', relation: 'same-event' as const, dateFromText: '2025-10-19', score: 0.3 },
      { id: 'o', relation: 'same-story' as const, publishedAt: '2019-01-01', score: 0.3 },
      { id: 'e', relation: 'follow-up' as const, development: 'earlier' as const, score: 0.3 },
    ];
    expect(timeline(items).map((i) => i.id)).toEqual(['a', 'c', 'e', 'u']);
  });
});

describe('figures two articles state', () => {
  const terms = (id: string) => {
    const record = ecbRecords().find((r) => r.id === id)!;
    return termCounts(articleFromPlainText(`${record.title}\n\n${record.text}`));
  };

  it('tell two earthquakes of one county apart, and not two reports of one quake with different figures', () => {
    // ECB+ topic 38: a 4.4 (revised 4.2) quake in Sonoma County, reported by both with its 13 miles;
    // the sibling event, a 4.6 quake in Lake County in 2013, with its 14 miles.
    expect(figuresDisagree(terms('38_1ecb'), terms('38_3ecbplus'))).toBe(true);
    expect(figuresDisagree(terms('38_1ecb'), terms('38_2ecb'))).toBe(false);
    expect(figuresDisagree(terms('38_3ecbplus'), terms('38_9ecbplus'))).toBe(false);
  });

  it('keep an undated article that gives other figures out of the same event, unless it is direct evidence itself', () => {
    const features = (id: string) => {
      const record = ecbRecords().find((r) => r.id === id)!;
      return matchFeatures(articleFromPlainText(`${record.title}\n\n${record.text}`));
    };
    const [page, sibling] = [features('38_1ecb'), features('38_3ecbplus')];
    const weak = decideRelation(page, sibling, 0.4, () => 1, { direct: 1.0, eventInCorpus: true, otherFigures: true });
    expect(weak.relation).toBe('same-story');
    expect(weak.reason).toContain('no figure in common');
    expect(decideRelation(page, sibling, 0.4, () => 1, { direct: 1.0, eventInCorpus: true, otherFigures: false }).relation).toBe('same-event');
    expect(decideRelation(page, sibling, 0.4, () => 1, { direct: EVENT_IN_CORPUS, eventInCorpus: true, otherFigures: true }).relation).toBe('same-event');
  });

  it('ask more of an undated article than of a dated one before the page\'s event counts as in the corpus', () => {
    expect(isEventEvidence(EVENT_IN_CORPUS, true, false)).toBe(true);
    expect(isEventEvidence(EVENT_IN_CORPUS, false, false)).toBe(false);
    expect(isEventEvidence(UNDATED_EVENT_IN_CORPUS, false, false)).toBe(true);
    expect(isEventEvidence(UNDATED_EVENT_IN_CORPUS, true, true)).toBe(false);
  });

  it('say nothing when one article states fewer than two', () => {
    const one = { 'num:14': 1, 'name:lake': 2 };
    expect(figuresDisagree(terms('38_1ecb'), one)).toBe(false);
    expect(figuresDisagree(one, terms('38_1ecb'))).toBe(false);
  });
});
