import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFeedList } from '../../../src/cli/feeds/feed-list.js';
import { readFeed } from '../../../src/cli/feeds/parse-feed.js';
import { parsePack, PackError } from '../../../src/core/corpus/load.js';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { FIXTURES, seedInputs } from '../../helpers.js';

const fixture = (name: string): string =>
  readFileSync(join(FIXTURES, 'feeds', name), 'utf8').replaceAll('{{A}}', 'https://a.example').replaceAll('{{B}}', 'https://b.example');

describe('feed lists', () => {
  it('reads every outline of an OPML file, nested or not, in order', () => {
    expect(readFeedList(fixture('feeds.opml'))).toEqual({
      feeds: [
        'https://a.example/feeds/world.rss',
        'https://b.example/atom.xml',
        'https://b.example/feeds/science.rss',
        'https://a.example/feeds/broken.rss',
        'https://a.example/feeds/missing.rss',
      ],
      refused: [],
    });
  });

  it('reads one address per line, skipping comments, blanks and repeats, refusing what is not http(s)', () => {
    const list = readFeedList(`${fixture('feeds.txt')}\nhttps://b.example/atom.xml\nfile:///etc/passwd\nnot a url\n`);
    expect(list.feeds).toEqual(['https://a.example/feeds/world.rss', 'https://b.example/atom.xml', 'https://b.example/feeds/science.rss']);
    expect(list.refused).toEqual([
      { line: 'file:///etc/passwd', reason: 'not an http(s) address (file:)' },
      { line: 'not a url', reason: 'not a web address' },
    ]);
  });
});

describe('feeds', () => {
  it('reads RSS 2.0 links and dates, Atom alternate links, and dc:date', () => {
    const rss = readFeed(fixture('outlet-a.rss.xml').replace(/\{\{RFC822:-?\d+\}\}/g, 'Sun, 29 Nov 2026 10:00:00 GMT'), 'https://a.example/feeds/world.rss');
    expect(rss.title).toBe('Outlet A World News');
    expect(rss.items[0]).toEqual({ url: 'https://a.example/news/us-gun-laws', title: "Obama admits US gun laws are his 'biggest frustration'", publishedAt: '2026-11-29T10:00:00.000Z' });
    const atom = readFeed(fixture('outlet-b.atom.xml').replace(/\{\{ISO:-?\d+\}\}/g, '2026-11-28T08:00:00Z'), 'https://b.example/atom.xml');
    expect(atom.items.map((i) => [i.url, i.publishedAt])).toEqual([
      ['https://b.example/2026/sudan-sanctions', '2026-11-28T08:00:00.000Z'],
      ['https://b.example/2026/yahoo-verizon', '2026-11-28T08:00:00.000Z'],
      ['https://b.example/go/halibut', undefined],
      ['https://b.example/syndicated/north-africa-attack', '2026-11-28T08:00:00.000Z'],
    ].map(([url, date]) => [url, date]));
    const full = readFeed(fixture('outlet-b-full.rss.xml').replace('{{ISO:-5}}', '2026-11-25T08:00:00Z'), 'https://b.example/feeds/science.rss');
    expect(full.items).toEqual([{ url: 'https://b.example/science/hidden-heroines-of-chaos', title: 'The Hidden Heroines of Chaos', publishedAt: '2026-11-25T08:00:00.000Z' }]);
  });

  it('refuses what is not a feed, and counts entries without a usable link', () => {
    expect(() => readFeed('<html><body>Not a feed</body></html>', 'https://a.example/')).toThrow(/not an RSS or Atom feed/);
    const broken = readFeed(fixture('broken.rss.xml'), 'https://a.example/feeds/broken.rss');
    expect(broken.items).toEqual([]);
    expect(broken.unusable).toBe(1);
    const odd = readFeed('<rss version="2.0"><channel><title>T</title><item><link>javascript:alert(1)</link></item><item><link>/rel#frag</link></item></channel></rss>', 'https://a.example/feed');
    expect(odd.items).toEqual([{ url: 'https://a.example/rel' }]);
    expect(odd.unusable).toBe(1);
  });
});

describe('the feeds field of a pack', () => {
  const pack = (): Record<string, unknown> => JSON.parse(JSON.stringify(buildPack('t', seedInputs().slice(0, 2))));
  it('is optional, and kept when valid', () => {
    expect(parsePack(pack()).feeds).toBeUndefined();
    const feeds = [{ url: 'https://a.example/f', etag: '"x"', checkedAt: '2026-11-30T00:00:00.000Z', refused: ['https://a.example/p'] }];
    expect(parsePack({ ...pack(), feeds }).feeds).toEqual(feeds);
  });
  it('is refused, saying where, when malformed', () => {
    expect(() => parsePack({ ...pack(), feeds: {} })).toThrow(PackError);
    expect(() => parsePack({ ...pack(), feeds: [{ url: 'https://a.example/f' }] })).toThrow('feeds[0].checkedAt is missing');
    expect(() => parsePack({ ...pack(), feeds: [{ url: 'u', checkedAt: 'd', etag: 'x'.repeat(301) }] })).toThrow('feeds[0].etag is longer than 300 characters');
  });
});
