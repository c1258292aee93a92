// A corpus article's particulars read from the term index's flat terms (corpus-particulars.ts)
// must be exactly those its term map gives (relation.ts `particulars`, `figuresDisagree`): the
// listing reads them so, and the relation decision depends on them to the last bit.
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { matchFeatures, type MatchableArticle } from '../../../src/core/match/matchable.js';
import { figuresDisagree, particulars } from '../../../src/core/match/relation.js';
import { figuresDisagreeWithCorpus, particularsWithCorpus } from '../../../src/core/match/corpus-particulars.js';
import { indexPack } from '../../../src/core/match/related.js';
import { compactTerms } from '../../../src/core/match/term-index.js';
import { withIndexColumns } from '../../../src/core/match/index-columns.js';
import { ecbRecords } from '../../helpers.js';

// ECB+ articles with figures and names of their own, two events of a kind per topic.
const records = ecbRecords().slice(0, 160);
const articles: MatchableArticle[] = records.map((r) => {
  const article = articleFromPlainText(`${r.title}\n\n${r.text}`);
  return { id: r.id, title: article.title, paragraphs: article.paragraphs, features: matchFeatures(article) };
});
const documentFrequency: Record<string, number> = Object.create(null);
for (const { features } of articles) for (const term in features.terms) documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
const pack = { name: 'ecb', documentFrequency, articles, neighbours: articles.map(() => []) };
const pages = [0, 7, 33, 61, 95, 130].map((k) => articles[k]!.features.terms);

describe('particulars of corpus articles read from the index', () => {
  // Indexed from the articles' maps, and from compact terms as a pack's match index gives them.
  const fromMaps = indexPack(pack);
  const listed = [...articles];
  const attached = withIndexColumns({ ...pack, articles: listed }, { articles: listed, terms: compactTerms(articles.map((a) => a.features.terms), documentFrequency) });
  const fromCompact = indexPack(attached);

  it.each([
    ['maps', fromMaps],
    ['compact terms', fromCompact],
  ])('are those of each article’s term map, shared ones in the same order (indexed from %s)', (_, index) => {
    let sharing = 0;
    for (const page of pages) {
      articles.forEach((article, i) => {
        const expected = particulars(page, article.features.terms, index.idfOf);
        const read = particularsWithCorpus(index, page, i, true);
        expect(read).toEqual(expected);
        expect(particularsWithCorpus(index, page, i, false).similarity).toBe(expected.similarity);
        if (expected.shared.length > 0) sharing++;
      });
    }
    // Not a comparison of empty lists: most pairs share a name or figure.
    expect(sharing).toBeGreaterThan(pages.length * 20);
  });

  it('tell figures apart as figuresDisagree does, both ways', () => {
    let disagreeing = 0;
    for (const page of pages) {
      articles.forEach((article, i) => {
        const expected = figuresDisagree(page, article.features.terms);
        expect(figuresDisagreeWithCorpus(fromCompact, page, i)).toBe(expected);
        if (expected) disagreeing++;
      });
    }
    expect(disagreeing).toBeGreaterThan(10);
    expect(disagreeing).toBeLessThan(pages.length * articles.length);
  });
});
