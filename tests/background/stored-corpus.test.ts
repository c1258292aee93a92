// The load path of an imported pack on an in-memory store that behaves as IndexedDB does
// (structured clones): checked once at import, then loaded from its stored match index without
// reading its text, and records read only for the articles a report or the reader view needs.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../src/core/corpus/pack.js';
import { encodePack } from '../../src/core/corpus/pack-file.js';
import { buildReport, combinePacks, findRelated, indexPack, parsePackJson, STORED_INDEX_VERSION, type PackArticle } from '../../src/core/index.js';
import { importStoredPack } from '../../src/background/import-pack.js';
import { completeArticles, loadStoredPack } from '../../src/background/stored-corpus.js';
import { fakePackStore } from './fake-pack-store.js';
import { BACKGROUND_DIGEST } from '../../src/core/match/term-index.js';
import { graphOfColumns, neighbourList } from '../../src/core/match/neighbours.js';
import { seedId, seedInputs } from '../helpers.js';

const text = encodePack(buildPack('Seeds', seedInputs()));
const page = seedInputs().find((s) => s.id === seedId('001'))!.article;

async function imported() {
  const fake = fakePackStore({ p: text });
  const result = await importStoredPack(fake.store, 'p', text.length);
  expect(result.ok).toBe(true);
  fake.reads.text = 0;
  return fake;
}

describe('a stored pack at worker start', () => {
  it('loads the match index alone: no text read, no record read, articles without their analyses', async () => {
    const fake = await imported();
    const pack = await loadStoredPack(fake.store, 'p');
    expect(fake.reads).toEqual({ text: 0, index: 1, records: 0 });
    expect(pack!.articles).toHaveLength(5);
    expect(pack!.articles.every((a) => a.stored?.pack === 'p' && a.features.numbers === undefined && a.paragraphs.join('').length < 400)).toBe(true);
    // The clone gave the maps a prototype back; loading takes it away again, as the validator leaves them.
    expect(Object.getPrototypeOf(pack!.documentFrequency)).toBeNull();
    expect(Object.getPrototypeOf(pack!.articles[0]!.features.terms)).toBeNull();
  });

  it('gives the same report as the whole pack, reading the records of the related articles only', async () => {
    const fake = await imported();
    const index = indexPack((await loadStoredPack(fake.store, 'p'))!);
    const related = findRelated(page, index);
    expect(related.length).toBeGreaterThan(0);
    const byId = new Map(index.pack.articles.map((a) => [a.id, a as PackArticle]));
    await completeArticles(fake.store, related.map((r) => byId.get(r.id)!));
    expect(fake.reads.records).toBe(related.length);
    const whole = indexPack(parsePackJson(text));
    expect(JSON.parse(JSON.stringify(buildReport(page, index)))).toEqual(JSON.parse(JSON.stringify(buildReport(page, whole))));
    // Completed once: a second report reads nothing more.
    await completeArticles(fake.store, related.map((r) => byId.get(r.id)!));
    expect(fake.reads.records).toBe(related.length);
  });

  it('reads one article whole for the reader view', async () => {
    const fake = await imported();
    const pack = (await loadStoredPack(fake.store, 'p'))!;
    const article = pack.articles[2]!;
    await completeArticles(fake.store, [article]);
    expect(article.paragraphs).toEqual(parsePackJson(text).articles[2]!.paragraphs);
    expect(article.stored).toBeUndefined();
    expect(fake.reads.records).toBe(1);
  });

  it('checks the text again, once, when the listing no longer carries the index digest (a refreshed subscription)', async () => {
    const fake = await imported();
    const { digest: _digest, ...info } = fake.infos.get('p')!;
    await fake.store.putInfo(info);
    await loadStoredPack(fake.store, 'p');
    expect(fake.reads.text).toBe(1);
    expect(fake.infos.get('p')!.digest).toMatch(/^[0-9a-f]{64}$/);
    await loadStoredPack(fake.store, 'p');
    expect(fake.reads.text).toBe(1);
  });

  it('checks the text again when the stored index is of another version, and refuses a text that fails the check', async () => {
    const fake = await imported();
    fake.indexes.get('p')!.version = STORED_INDEX_VERSION + 1;
    fake.texts.p = text.replace('"Seeds"', '"Seeds"'.replace('Seeds', 'S\u0000'));
    await expect(loadStoredPack(fake.store, 'p')).rejects.toThrow();
    fake.texts.p = text;
    const pack = await loadStoredPack(fake.store, 'p');
    expect(pack!.articles).toHaveLength(5);
    expect(fake.indexes.get('p')!.version).toBe(STORED_INDEX_VERSION);
  });

  it('matches from its stored search index and neighbour lists exactly as from the whole pack', async () => {
    const fake = await imported();
    const stored = indexPack((await loadStoredPack(fake.store, 'p'))!);
    const whole = indexPack(parsePackJson(text));
    expect(fake.reads.text).toBe(0);
    expect(fake.indexes.get('p')!.search.background).toBe(BACKGROUND_DIGEST);
    const weightsOf = (index: typeof whole, t: number) => Array.from(index.termWeights(t).subarray(index.postingStarts[t], index.postingStarts[t + 1]));
    for (let t = 0; t < whole.vocabulary.length; t++) expect(weightsOf(stored, t)).toEqual(weightsOf(whole, t));
    // Every term asked for: the pack file's postings are all placed (term-index.ts SearchColumns.ready).
    for (const key of ['postingStarts', 'postingArticles'] as const) expect(Array.from(stored[key])).toEqual(Array.from(whole[key]));
    expect(stored.graph.size).toBe(whole.graph.size);
    whole.pack.articles.forEach((_, i) => expect(neighbourList(stored.graph, i)).toEqual(neighbourList(whole.graph, i)));
    for (const key of ['listedByStarts', 'listedByArticles', 'listedByRanks'] as const) expect(Array.from(stored.graph[key])).toEqual(Array.from(whole.graph[key]));
    expect(Array.from(findRelated(page, stored), (r) => [r.id, r.score])).toEqual(Array.from(findRelated(page, whole), (r) => [r.id, r.score]));
  });

  it('makes its search index again, from the text checked once, when it was made under other background frequencies', async () => {
    const fake = await imported();
    fake.indexes.get('p')!.search.background = `${BACKGROUND_DIGEST} of another build`;
    await loadStoredPack(fake.store, 'p');
    expect(fake.reads.text).toBe(1);
    expect(fake.indexes.get('p')!.search.background).toBe(BACKGROUND_DIGEST);
    await loadStoredPack(fake.store, 'p');
    expect(fake.reads.text).toBe(1);
  });

  it('says so when a record is missing, rather than reporting on an empty article', async () => {
    const fake = await imported();
    const pack = (await loadStoredPack(fake.store, 'p'))!;
    fake.records.clear();
    await expect(completeArticles(fake.store, [pack.articles[0]!])).rejects.toThrow(/import the pack again/);
  });

  it('stores the index as columns of typed arrays and lists, one value per field, not one object per article', async () => {
    const fake = await imported();
    const stored = fake.indexes.get('p')!;
    const whole = parsePackJson(text);
    expect(stored.columns.ids).toEqual(whole.articles.map((a) => a.id));
    for (const column of [stored.columns.wordCounts, stored.columns.fingerprints, stored.columns.mentions, stored.terms.ids, stored.terms.counts]) expect(ArrayBuffer.isView(column)).toBe(true);
    // Loaded, every article's match features are what the whole pack holds.
    const pack = (await loadStoredPack(fake.store, 'p'))!;
    pack.articles.forEach((article, i) => {
      const { terms, anchors, mentions, wordCount, fingerprint } = whole.articles[i]!.features;
      expect({ ...article.features }).toEqual({ terms, anchors, mentions, wordCount, fingerprint });
      expect(Object.getPrototypeOf(article.features.mentions)).toBeNull();
    });
    expect(pack.neighbours).toEqual(whole.neighbours);
    expect({ ...pack.documentFrequency }).toEqual({ ...whole.documentFrequency });
  });

  it('makes an article\'s match features when they are first read, and keeps them through a copy into a combined corpus', async () => {
    const fake = await imported();
    const pack = (await loadStoredPack(fake.store, 'p'))!;
    const whole = parsePackJson(text);
    const [first, second] = pack.articles;
    expect(Object.getOwnPropertyNames(first)).not.toContain('features');
    expect(first!.features.wordCount).toBe(whole.articles[0]!.features.wordCount);
    expect(Object.getOwnPropertyNames(first)).toContain('features');
    expect(Object.getOwnPropertyNames(second)).not.toContain('features');
    // combinePacks copies each article: the copy of one never read still has its features.
    const other = buildPack('Other', seedInputs().slice(0, 1).map((input) => ({ ...input, id: 'other' })));
    const combined = combinePacks([{ label: 'stored', pack }, { label: 'other', pack: other }]);
    combined.articles.filter((a) => a.corpus === 'stored').forEach((article) => {
      const i = whole.articles.findIndex((a) => a.id === article.id);
      expect({ ...article.features.terms }).toEqual({ ...whole.articles[i]!.features.terms });
      expect(article.features.fingerprint).toEqual(whole.articles[i]!.features.fingerprint);
    });
  });

  it('keeps where each article is listed in the others\' neighbour lists, and the neighbourhood size, as the lists give them', async () => {
    const fake = await imported();
    const { columns } = fake.indexes.get('p')!;
    const graph = graphOfColumns(columns.neighbourOffsets, columns.neighbourArticles, columns.neighbourSimilarities);
    expect(columns.neighbourhoodSize).toBe(graph.size);
    expect(Array.from(columns.listedByStarts)).toEqual(Array.from(graph.listedByStarts));
    expect(Array.from(columns.listedByArticles)).toEqual(Array.from(graph.listedByArticles));
    expect(Array.from(columns.listedByRanks)).toEqual(Array.from(graph.listedByRanks));
    // Loaded, the graph is the stored columns themselves.
    const loaded = indexPack((await loadStoredPack(fake.store, 'p'))!);
    expect(loaded.graph.size).toBe(columns.neighbourhoodSize);
  });

  it('is gone when its text and index are gone', async () => {
    const fake = await imported();
    await fake.store.remove('p');
    expect(await loadStoredPack(fake.store, 'p')).toBeUndefined();
  });
});
