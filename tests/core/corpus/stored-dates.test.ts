// The dates a pack's match index stores (index-columns.ts `dates`) are exactly what
// matching would read from each article the index describes (articleDate of its publication date,
// address and stated date): a date stored at build stands for it, to the day and its source.
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { matchFeatures } from '../../../src/core/match/matchable.js';
import { articleDate } from '../../../src/core/match/dates.js';
import { indexPack } from '../../../src/core/match/related.js';
import type { CorpusPack } from '../../../src/core/corpus/pack.js';
import { indexLine, matchOnlyPack, readIndex, type IndexEntry } from '../../../src/core/corpus/pack-file.js';
import { Shapes } from '../../../src/core/corpus/compact.js';
import { ecbRecords } from '../../helpers.js';

// ECB+ articles, given each way of being dated in turn: a publication date (one before 2000), an
// address with the day, one with the month only (a span, or its day stated in the text), the text alone.
const records = ecbRecords().slice(0, 120);
const entries = records.map((r, i) => {
  const article = articleFromPlainText(`${r.title}\n\n${r.text}`);
  const entry = { id: r.id, title: r.title, paragraphs: article.paragraphs, features: matchFeatures(article) } as unknown as IndexEntry & { paragraphs: string[] };
  if (i % 6 === 0) entry.publishedAt = '2013-05-03T10:00:00Z';
  if (i % 6 === 1) entry.publishedAt = '1995-02-01';
  if (i % 6 === 2) entry.url = `https://news.example.com/2013/05/0${1 + (i % 9)}/story-${i}`;
  if (i % 6 === 3) entry.url = `https://news.example.com/2012/11/story-${i}`;
  return entry;
});
const documentFrequency: Record<string, number> = Object.create(null);
for (const e of entries) for (const term in e.features.terms) documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
const line = indexLine(entries, documentFrequency, entries.map(() => []), new Shapes());
const header = { name: 'ecb', articleCount: entries.length, version: 5 };

// Article i's date as the relation pass reads it: from the columns of the match index made of the pack.
const storedDateAt = (pack: CorpusPack, i: number) => indexPack(pack).columns?.dates?.at(i);

describe('dates stored in the match index', () => {
  it('are the dates matching reads from each article the index describes', () => {
    const pack = matchOnlyPack(header, readIndex(new Uint8Array(Buffer.from(line, 'utf8')), header, (b) => Buffer.from(b).toString('utf8')));
    const sources: Record<string, number> = {};
    pack.articles.forEach((article, i) => {
      const expected = articleDate(article) ?? null;
      expect(storedDateAt(pack, i)).toEqual(expected);
      const kind = expected ? `${expected.from}${expected.first === expected.last ? '' : ' span'}` : 'none';
      sources[kind] = (sources[kind] ?? 0) + 1;
    });
    // Every way of being dated, a span and articles with no date among them.
    expect(Object.keys(sources).sort()).toEqual(['address', 'address span', 'none', 'published', 'text']);
  });

  it('are read from the articles, as before, in an index written without them', () => {
    const root = JSON.parse(line);
    delete root.dates;
    const pack = matchOnlyPack(header, readIndex(JSON.stringify(root), header));
    expect(pack.articles.map((_, i) => storedDateAt(pack, i))).toEqual(pack.articles.map(() => undefined));
  });

  it('refuse a dates column that does not hold four base64 characters per article', () => {
    const edit = (change: (root: Record<string, string>) => void) => {
      const root = JSON.parse(line);
      change(root);
      return () => readIndex(JSON.stringify(root), header);
    };
    expect(edit((root) => (root.dates = root.dates!.slice(0, -4)))).toThrow(/"dates" must be four base64 characters/);
    expect(edit((root) => (root.dates = `${root.dates!.slice(0, -1)}=`))).toThrow(/"dates" must be four base64 characters/);
  });

  it('leaves a date it cannot hold to be read from the article (a first day before 1900)', () => {
    const old = { ...entries[0]!, publishedAt: '1850-07-04' } as IndexEntry;
    const oldLine = indexLine([old, ...entries.slice(1)], documentFrequency, entries.map(() => []), new Shapes());
    const pack = matchOnlyPack(header, readIndex(oldLine, header));
    expect(storedDateAt(pack, 0)).toBeUndefined();
    expect(articleDate(pack.articles[0]!)?.from).toBe('published');
    expect(storedDateAt(pack, 1)).toEqual(articleDate(pack.articles[1]!) ?? null);
  });
});
