// `crosscheck corpus build --feeds` and `corpus update` against two outlets' sites served on
// 127.0.0.1 (fixture-server.ts): what ends up in the pack, what was refused and why, how the
// sites were asked, and that an update asks feeds conditionally and fetches no page twice.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/crosscheck.js';
import { parsePackJson } from '../../../src/core/corpus/load.js';
import type { CorpusPack } from '../../../src/core/corpus/pack.js';
import { CLIENT_TIMEOUT_MS, startFixtureServers, type FixtureServers, type Site } from './fixture-server.js';

const DAY = 24 * 60 * 60 * 1000;
// The client's timeout is generous: the fixture sites answer in the test's own process, and on a busy
// machine a short one failed whole sites whose answers were on their way. Only /news/slow outlasts it.
const FAST = ['--delay', '0.02', '--timeout', String(CLIENT_TIMEOUT_MS / 1000)];

let servers: FixtureServers;
let dir: string;
let buildLog: string;
let pack: CorpusPack;
let firstRun: { a: string[]; b: string[] };

async function run(args: string[]): Promise<{ code: number; log: string }> {
  let log = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    log += String(chunk);
    return true;
  });
  try {
    return { code: await main(args), log };
  } finally {
    spy.mockRestore();
  }
}

const paths = (site: Site): string[] => site.requests.map((r) => r.path);
const sortedPaths = (site: Site): string[] => paths(site).sort();
const byPath = (path: string): ((a: { url?: string }) => boolean) => (a) => new URL(a.url ?? 'http://x/').pathname === path;

beforeAll(async () => {
  servers = await startFixtureServers();
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-feeds-'));
  writeFileSync(join(dir, 'feeds.opml'), servers.feedList('feeds.opml'));
  writeFileSync(join(dir, 'feeds.txt'), servers.feedList('feeds.txt'));
  const { code, log } = await run(['corpus', 'build', '--feeds', join(dir, 'feeds.opml'), '-o', join(dir, 'news.json'), ...FAST]);
  expect(code, log).toBe(0);
  buildLog = log;
  pack = parsePackJson(readFileSync(join(dir, 'news.json'), 'utf8'));
  firstRun = { a: paths(servers.a), b: paths(servers.b) };
}, 120_000);

afterAll(async () => {
  await servers?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('corpus build --feeds', () => {
  it('keeps the English articles within the window, with outlets from og:site_name or the feed title', () => {
    const articles = pack.articles.map((a) => ({ path: new URL(a.url!).pathname, source: a.source, title: a.title }));
    expect(articles).toEqual([
      { path: '/news/us-gun-laws', source: 'BBC News', title: "Obama admits US gun laws are his 'biggest frustration'" },
      { path: '/news/zimbabwe-coup', source: 'The Telegraph', title: expect.stringContaining('Zimbabwe coup: Robert Mugabe') },
      { path: '/world/north-africa-attack', source: 'Washington Post', title: 'Attack stokes instability fears in North Africa' },
      // The New York Times pages name no site: the Atom feed's title is the outlet.
      { path: '/2026/sudan-sanctions', source: 'Outlet B Business & World', title: 'United States to Lift Sudan Sanctions' },
      { path: '/2026/yahoo-verizon', source: 'Outlet B Business & World', title: expect.stringContaining('Verizon') },
      { path: '/go/halibut', source: 'The Seattle Times', title: expect.stringContaining('Alaskan halibut') },
      { path: '/science/hidden-heroines-of-chaos', source: 'Quanta Magazine', title: 'The Hidden Heroines of Chaos' },
    ]);
    expect(pack.articles.every((a) => a.paragraphs.length >= 5)).toBe(true);
    expect(new Set(pack.articles.map((a) => a.id)).size).toBe(pack.articles.length);
  });

  it('dates each article from its feed item, or from the page when the item has none', () => {
    const age = (path: string): number => {
      const article = pack.articles.find(byPath(path))!;
      // Counted from the moment the fixture servers dated their feeds and pages by, not from the clock: exact, however long the build took.
      return (servers.now - Date.parse(article.publishedAt!)) / DAY;
    };
    expect(age('/news/us-gun-laws')).toBe(1); // RSS pubDate
    expect(age('/news/zimbabwe-coup')).toBe(3);
    expect(age('/2026/sudan-sanctions')).toBe(2); // Atom <published>
    expect(age('/2026/yahoo-verizon')).toBe(4); // Atom <updated> only
    expect(age('/science/hidden-heroines-of-chaos')).toBe(5); // dc:date
    expect(age('/go/halibut')).toBe(2); // no date in the feed: the page's article:published_time
  });

  it('lists every failing feed and page with its reason, and still writes the pack', () => {
    const a = servers.a.origin;
    const b = servers.b.origin;
    const lines = buildLog.split('\n');
    const line = (kind: string, url: string): string | undefined => lines.find((l) => l.trim().startsWith(`${kind} `) && l.includes(` ${url}: `));
    expect(line('failed', `${a}/news/gone`)).toMatch(/HTTP 404$/);
    expect(line('failed', `${a}/news/slow`)).toMatch(new RegExp(`no complete answer within ${CLIENT_TIMEOUT_MS / 1000} s$`));
    expect(line('failed', `${a}/loop/one`)).toMatch(/redirect loop/);
    expect(line('failed', `${a}/private/members-only`)).toMatch(/disallowed by robots\.txt$/);
    expect(line('failed', `${a}/news/huge`)).toMatch(/larger than 5 MB$/);
    expect(line('failed', `${a}/feeds/broken.rss`)).toMatch(/feed: lists no article links \(1 entries without a usable link/);
    expect(line('failed', `${a}/feeds/missing.rss`)).toMatch(/feed: HTTP 404$/);
    expect(line('skipped', `${a}/monde/renseignement`)).toMatch(/not in English \(French\)$/);
    expect(line('skipped', `${a}/news/old-story`)).toMatch(/outside the 14-day window$/);
    expect(line('skipped', `${b}/syndicated/north-africa-attack`)).toMatch(/: same text as (\S+)$/);
    expect(line('skipped', `${b}/syndicated/north-africa-attack`)!.endsWith(`same text as ${a}/world/north-africa-attack`)).toBe(true);
    expect(buildLog).toContain('articles: 7 added, 3 skipped, 7 failed');
    expect(buildLog).toContain(`wrote ${join(dir, 'news.json')} (7 articles)`);
  });

  it('asks each site only what it must, one request at a time, naming itself', () => {
    expect([...firstRun.a].sort()).toEqual(
      [
        '/robots.txt',
        '/feeds/world.rss',
        '/feeds/broken.rss',
        '/feeds/missing.rss',
        '/news/us-gun-laws',
        '/news/zimbabwe-coup',
        '/news/gone',
        '/news/slow', // a timeout is not retried
        '/loop/one',
        '/loop/two', // and not /loop/one again: the loop is seen before the third hop
        '/news/huge',
        '/monde/renseignement',
        '/world/north-africa-attack',
        // never: /private/members-only (robots.txt), /news/old-story (outside the window by its feed date)
      ].sort(),
    );
    expect([...firstRun.b].sort()).toEqual(
      [
        '/robots.txt',
        '/atom.xml',
        '/feeds/science.rss',
        '/2026/sudan-sanctions',
        '/2026/yahoo-verizon', // 503 with Retry-After: 0 ...
        '/2026/yahoo-verizon', // ... then asked again
        '/go/halibut',
        '/stories/halibut',
        '/syndicated/north-africa-attack',
        '/science/hidden-heroines-of-chaos',
      ].sort(),
    );
    // robots.txt comes before anything else on each site.
    expect(firstRun.a[0]).toBe('/robots.txt');
    expect(firstRun.b[0]).toBe('/robots.txt');
    for (const site of [servers.a, servers.b]) {
      for (const request of site.requests) expect(request.headers['user-agent']).toMatch(/^Crosscheck\/(\d+\.\d+\.\d+|dev) \(/);
    }
    // The slow page's abandoned answer may still be closing when the next request arrives; nothing else overlaps.
    expect(servers.b.maxInFlight).toBe(1);
    expect(servers.a.maxInFlight).toBeLessThanOrEqual(2);
  });

  it('stores each feed’s validators and the pages refused for good in the pack', () => {
    const feeds = new Map(pack.feeds!.map((f) => [new URL(f.url).pathname, f]));
    expect(feeds.get('/feeds/world.rss')).toMatchObject({ title: 'Outlet A World News', etag: expect.stringMatching(/^"[0-9a-f]{16}"$/) });
    expect(feeds.get('/atom.xml')).toMatchObject({ title: 'Outlet B Business & World', lastModified: expect.stringMatching(/GMT$/) });
    expect(feeds.get('/atom.xml')!.etag).toBeUndefined();
    // Gone, looping, too large, not English: asked never again while the feed lists them. The slow page will be.
    expect(feeds.get('/feeds/world.rss')!.refused!.map((u) => new URL(u).pathname).sort()).toEqual(
      ['/loop/one', '/monde/renseignement', '/news/gone', '/news/huge'].sort(),
    );
    expect(feeds.get('/atom.xml')!.refused!.map((u) => new URL(u).pathname)).toEqual(['/syndicated/north-africa-attack']);
    // Failed for now (a timeout; robots.txt, which may change): asked again at the next update, feed changed or not.
    expect(feeds.get('/feeds/world.rss')!.retry!.map((r) => new URL(r.url).pathname)).toEqual(['/news/slow', '/private/members-only']);
    expect(feeds.get('/atom.xml')!.retry).toBeUndefined();
  });
});

describe('corpus update', () => {
  it('asks each feed conditionally, and fetches only the new article and the one that failed for now', async () => {
    servers.a.requests.length = 0;
    servers.b.requests.length = 0;
    servers.publishMore();
    const { code, log } = await run(['corpus', 'update', join(dir, 'news.json'), '--feeds', join(dir, 'feeds.txt'), ...FAST]);
    expect(code, log).toBe(0);
    const feedRequests = [...servers.a.requests, ...servers.b.requests].filter((r) => /\.(rss|xml)$/.test(r.path));
    expect(feedRequests.map((r) => [r.path, r.status])).toEqual(
      expect.arrayContaining([
        ['/feeds/world.rss', 200], // changed: a new item, a new ETag
        ['/atom.xml', 304],
        ['/feeds/science.rss', 304],
      ]),
    );
    expect(feedRequests).toHaveLength(3);
    const world = feedRequests.find((r) => r.path === '/feeds/world.rss')!;
    expect(world.headers['if-none-match']).toBe(pack.feeds!.find((f) => f.url.endsWith('/feeds/world.rss'))!.etag);
    expect(feedRequests.find((r) => r.path === '/atom.xml')!.headers['if-modified-since']).toMatch(/GMT$/);
    // No page already in the pack or refused for good is fetched again.
    expect(sortedPaths(servers.a)).toEqual(['/feeds/world.rss', '/news/neon', '/news/slow', '/robots.txt']);
    expect(sortedPaths(servers.b)).toEqual(['/atom.xml', '/feeds/science.rss', '/robots.txt']);
    const updated = parsePackJson(readFileSync(join(dir, 'news.json'), 'utf8'));
    expect(updated.articles.map((a) => new URL(a.url!).pathname)).toEqual([...pack.articles.map((a) => new URL(a.url!).pathname), '/news/neon']);
    expect(updated.articles.find(byPath('/news/neon'))).toMatchObject({ source: 'CityLab', title: 'The Modern Ambitions Behind Neon' });
    // Kept articles keep their ids and the features worked out when they were first read.
    expect(updated.articles.slice(0, pack.articles.length).map((a) => a.id)).toEqual(pack.articles.map((a) => a.id));
    expect(log).toContain('feeds: 1 read, 2 unchanged since the last run');
    expect(log).toMatch(/articles: 1 added, 7 kept, \d+ already read, not fetched again/);

    // A run with nothing new asks each feed conditionally and fetches no page but the one that failed for now.
    servers.a.requests.length = 0;
    servers.b.requests.length = 0;
    const again = await run(['corpus', 'update', join(dir, 'news.json'), '--feeds', join(dir, 'feeds.txt'), ...FAST]);
    expect(again.code, again.log).toBe(0);
    const pages = [...servers.a.requests, ...servers.b.requests].filter((r) => !/\.(rss|xml|txt)$/.test(r.path));
    expect(pages.map((r) => r.path)).toEqual(['/news/slow']);
    expect([...servers.a.requests, ...servers.b.requests].filter((r) => /\.(rss|xml)$/.test(r.path)).map((r) => r.status)).toEqual([304, 304, 304]);
  }, 120_000);

  it('drops articles older than the window', async () => {
    const { code, log } = await run(['corpus', 'update', join(dir, 'news.json'), '--feeds', join(dir, 'feeds.txt'), '--days', '3', ...FAST]);
    expect(code, log).toBe(0);
    const updated = parsePackJson(readFileSync(join(dir, 'news.json'), 'utf8'));
    // Published 4 and 5 days ago, and 3 days ago less the hour the fixture dates are rounded to.
    expect(updated.articles.map((a) => new URL(a.url!).pathname).sort()).toEqual(
      ['/news/us-gun-laws', '/world/north-africa-attack', '/2026/sudan-sanctions', '/go/halibut', '/news/neon'].sort(),
    );
    expect(log).toMatch(/3 dropped \(older than 3 days\)/);
  }, 120_000);
});
