// The search index a stored pack keeps (term-index.ts SearchColumns): loaded from its stored
// columns it must give every corpus article exactly the weights the article's own vector has,
// and columns made under other background frequencies must never be used.
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { idf, weightVector } from '../../../src/core/match/features.js';
import { matchFeatures } from '../../../src/core/match/matchable.js';
import { BACKGROUND_DIGEST, compactTermIndex, compactTerms, cosineToCorpus, isCurrentSearch, prefixRange, searchColumns, searchIdfs, type TermIndex } from '../../../src/core/match/term-index.js';
import { LazyTexts } from '../../../src/core/corpus/index-bytes.js';
import { ecbRecords } from '../../helpers.js';

const records = ecbRecords().slice(0, 120);
const articleTerms = records.map((r) => matchFeatures(articleFromPlainText(`${r.title}\n\n${r.text}`)).terms);
const frequency: Record<string, number> = Object.create(null);
for (const terms of articleTerms) for (const term in terms) frequency[term] = (frequency[term] ?? 0) + 1;
const compact = compactTerms(articleTerms, frequency);

/** Each article's weight of each of its terms, read back from the index's postings. */
function postedWeights(index: TermIndex): Map<string, number>[] {
  const weights = articleTerms.map(() => new Map<string, number>());
  for (let t = 0; t < index.vocabulary.length; t++) {
    const term = index.vocabulary.at(t)!;
    const postingWeights = index.termWeights(t);
    for (let k = index.postingStarts[t]!; k < index.postingStarts[t + 1]!; k++) weights[index.postingArticles[k]!]!.set(term, postingWeights[k]!);
  }
  return weights;
}

describe('a term index from stored search columns', () => {
  // As the extension keeps them: cloned (IndexedDB stores a structured clone), then loaded.
  const stored = structuredClone(searchColumns(compact));
  const fromStored = compactTermIndex(compact, stored);
  const made = compactTermIndex(compact);

  it('gives every article exactly the weights of its own unit-length vector', () => {
    const posted = postedWeights(fromStored);
    articleTerms.forEach((terms, i) => {
      const own = weightVector(terms, fromStored.idfOf);
      expect(posted[i]!.size).toBe(Object.keys(terms).length);
      for (const [term, weight] of Object.entries(own)) expect(posted[i]!.get(term)).toBe(weight);
    });
  });

  it('scores a query exactly as the index made at load does', () => {
    for (const terms of articleTerms.slice(0, 10)) expect(cosineToCorpus(terms, fromStored)).toEqual(cosineToCorpus(terms, made));
    for (const term of [...compact.vocabulary.slice(0, 50), 'ceasefire', 'notatermofthecorpus']) expect(fromStored.idfOf(term)).toBe(made.idfOf(term));
  });

  it('scores a query the same when its terms\' weights are made in the scoring pass, as the page\'s vector and the posted weights give it', () => {
    const fresh = compactTermIndex(compact, structuredClone(searchColumns(compact)));
    for (const terms of articleTerms.slice(20, 30)) {
      // First met here: each term's posting weights are made while the scores are summed.
      const first = cosineToCorpus(terms, fresh);
      const expected = new Float64Array(fresh.size);
      for (const [term, weight] of Object.entries(weightVector(terms, fresh.idfOf))) {
        const t = compact.vocabulary.indexOf(term);
        const posted = fresh.termWeights(t);
        for (let k = fresh.postingStarts[t]!; k < fresh.postingStarts[t + 1]!; k++) expected[fresh.postingArticles[k]!]! += weight * posted[k]!;
      }
      expect(first).toEqual(expected);
      expect(cosineToCorpus(terms, fresh)).toEqual(first);
      expect(first.filter((score) => score > 0.1).length).toBeGreaterThan(1);
    }
  });

  it('is not used when made under other background frequencies or for other articles', () => {
    expect(isCurrentSearch(stored, compact)).toBe(true);
    expect(stored.background).toBe(BACKGROUND_DIGEST);
    const otherBackground = { ...stored, background: `${BACKGROUND_DIGEST}x`, idfs: stored.idfs.map((x) => x * 2) };
    expect(isCurrentSearch(otherBackground, compact)).toBe(false);
    // Such columns are made again, not trusted: the weights are those made at load.
    expect(postedWeights(compactTermIndex(compact, otherBackground))).toEqual(postedWeights(made));
    const fewer = compactTerms(articleTerms.slice(1), frequency);
    expect(isCurrentSearch(stored, fewer)).toBe(false);
  });
});

describe('search columns whatever the document frequencies say', () => {
  /** Each term's articles with their counts, gathered article by article: what the postings must hold. */
  function expectedPostings(): string[] {
    const lists = compact.vocabulary.map(() => [] as string[]);
    articleTerms.forEach((terms, i) => {
      for (const term in terms) lists[compact.vocabulary.indexOf(term)]!.push(`${i}x${terms[term]}`);
    });
    return lists.map((list) => list.join(' '));
  }
  function postings(search: ReturnType<typeof searchColumns>): string[] {
    return compact.vocabulary.map((_, t) => {
      const list: string[] = [];
      for (let k = search.postingStarts[t]!; k < search.postingStarts[t + 1]!; k++) list.push(`${search.postingArticles[k]}x${search.postingCounts[k]}`);
      return list.join(' ');
    });
  }
  const expected = expectedPostings();

  it('places every posting when the frequencies count each term\'s articles', () => {
    expect(postings(searchColumns(compact))).toEqual(expected);
  });

  it('places every posting when the frequencies are off, with the same total or another', () => {
    // One article moved from the first term with two articles or more to the next term: the total still adds up.
    const shifted = Uint32Array.from(compact.frequency);
    const t = shifted.findIndex((f) => f > 1);
    shifted[t]!--;
    shifted[t + 1]!++;
    expect(postings(searchColumns({ ...compact, frequency: shifted }))).toEqual(expected);
    const doubled = compact.frequency.map((f) => 2 * f);
    expect(postings(searchColumns({ ...compact, frequency: doubled }))).toEqual(expected);
  });
});

describe('each term idf of a corpus', () => {
  it('is that of its frequency over the background and the corpus, for every term, the background terms found in order', async () => {
    const background = (await import('../../../src/core/match/background-df.json')).default as { documents: number; df: Record<string, number> };
    // The corpus's own terms, every background term but one in three, and terms that fall before, between and after them.
    const backgroundTerms = Object.keys(background.df).filter((_, k) => k % 3 !== 0);
    const terms = [...new Set([...Object.keys(frequency), ...backgroundTerms, '', 'a', 'zzzz', '\u00e9t\u00e9'])].sort();
    const counts = terms.map((term, k) => frequency[term] ?? 1 + (k % 5000));
    const size = 120;
    const idfs = searchIdfs(terms, counts, size);
    const expected = terms.map((term, k) => idf((background.df[term] ?? 0) + counts[k]!, background.documents + size));
    expect(Array.from(idfs)).toEqual(expected);
    // Read from a match index's bytes, the vocabulary is compared without making its terms.
    const json = JSON.stringify(terms).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const lazy = LazyTexts.of(new TextEncoder().encode(json), 1000)!;
    expect(lazy.compareAt).toBeDefined();
    expect(Array.from(searchIdfs(lazy, counts, size))).toEqual(expected);
    expect(backgroundTerms.filter((term) => terms.includes(term)).length).toBeGreaterThan(5000);
  });
});

describe('the terms of one prefix in a vocabulary', () => {
  // What a listed article's particulars are told apart by (corpus-particulars.ts): figures, years and names.
  const terms = [...new Set([...Object.keys(frequency), 'nam', 'name', 'name:', 'name;', 'num:', 'num;x', 'year', 'year:1999', 'yeas', '\u00e9t\u00e9'])].sort();
  const json = JSON.stringify(terms).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const lazy = LazyTexts.of(new TextEncoder().encode(json), 1000)!;
  const startingWith = (prefix: string) => terms.flatMap((term, t) => (term.startsWith(prefix) ? [t] : []));

  it('lie together, from where the prefix would go to where it ends, in a list and in a vocabulary read from bytes', () => {
    for (const prefix of ['name:', 'num:', 'year:', 'zzz', 'a', '\u00e9', '~']) {
      const places = startingWith(prefix);
      for (const vocabulary of [terms, lazy]) {
        const { first, end } = prefixRange(vocabulary, prefix);
        expect(Array.from({ length: end - first }, (_, k) => first + k), prefix).toEqual(places);
        if (places.length === 0) expect(first, prefix).toBe(terms.findIndex((term) => term > prefix) < 0 ? terms.length : terms.findIndex((term) => term > prefix));
      }
    }
    expect(startingWith('name:').length).toBeGreaterThan(100);
    expect(startingWith('num:').length).toBeGreaterThan(10);
  });
});
