import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { combinePacks } from '../../../src/core/corpus/combine.js';
import { parsePack } from '../../../src/core/corpus/load.js';
import { findRelated, indexPack } from '../../../src/core/match/related.js';
import { articleFromPlainText } from '../../../src/core/article.js';
import { ecbRecords, seedInputs } from '../../helpers.js';

const article = (r: ReturnType<typeof ecbRecords>[number], url?: string) => ({
  ...articleFromPlainText(`${r.title}\n\n${r.text}`),
  ...(url ? { url } : {}),
});

describe('several corpora searched as one', () => {
  const records = ecbRecords().filter((r) => r.topic === 8);
  const events = [...new Set(records.map((r) => r.event))].sort();
  const [a, b, c] = records.filter((r) => r.event === events[0]).sort((x, y) => y.text.length - x.text.length);
  const seeds = buildPack('Seed corpus', seedInputs());
  const subscription = buildPack('Newsroom daily', [
    { id: 'n1', article: article(a!, 'https://news.example/a?utm_source=rss') },
    { id: 'n2', article: article(c!, 'https://news.example/c') },
    // Same id as a seed article: kept, under an id of its own.
    { id: seeds.articles[0]!.id, article: article(records.find((r) => r.event === events[1])!) },
  ]);
  const memory = buildPack('Reading memory', [
    // The same article under the same address (less a tracking parameter) and under another address with the same text.
    { id: 'm1', article: article(a!, 'http://www.news.example/a/') },
    { id: 'm2', article: article(c!, 'https://mirror.example/copy-of-c') },
    { id: 'm3', article: article(b!, 'https://other.example/b') },
  ]);
  const combined = combinePacks([
    { label: 'Seed corpus', pack: seeds },
    { label: 'Newsroom daily', pack: subscription },
    { label: 'Reading memory', pack: memory },
  ]);

  it('keeps each article once, from the first corpus that has it, and says which corpus', () => {
    expect(combined.articles.map((x) => [x.corpus, x.url ?? null])).toEqual([
      ...seeds.articles.map((s) => ['Seed corpus', s.url ?? null]),
      ['Newsroom daily', 'https://news.example/a?utm_source=rss'],
      ['Newsroom daily', 'https://news.example/c'],
      ['Newsroom daily', null],
      ['Reading memory', 'https://other.example/b'],
    ]);
    expect(new Set(combined.articles.map((x) => x.id)).size).toBe(combined.articles.length);
    expect(combined.articles.find((x) => x.corpus === 'Newsroom daily' && !x.url)!.id).toBe(`2:${seeds.articles[0]!.id}`);
    expect(combined.name).toBe('Seed corpus + Newsroom daily + Reading memory');
  });

  it('is a valid pack with frequencies and neighbours over the whole, and related items name their corpus', () => {
    const reparsed = parsePack(JSON.parse(JSON.stringify({ ...combined, articles: combined.articles.map(({ corpus: _corpus, ...rest }) => rest) })));
    expect(reparsed.neighbours).toHaveLength(combined.articles.length);
    expect(combined.documentFrequency).toEqual(reparsed.documentFrequency);
    const related = findRelated(article(b!, 'https://reader.example/b'), indexPack(combined));
    expect(related.length).toBeGreaterThan(0);
    for (const item of related) expect(['Newsroom daily', 'Reading memory']).toContain(item.corpus);
  });

  it('leaves a single corpus as it is', () => {
    expect(combinePacks([{ label: 'Seed corpus', pack: seeds }])).toBe(seeds);
  });
});
