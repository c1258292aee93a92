// Build time of a pack from feeds, per 100 articles: four outlets on 127.0.0.1 (one port
// each, so four hosts), each with an RSS feed of 25 articles made from ECB+ texts wrapped
// in a news page's furniture (navigation, footer links). The pause between requests to one
// host is 0 here: what is timed is Crosscheck's own work (fetch, Readability in jsdom, the
// analyses, neighbours), not the politeness delay, which adds delay x pages per host.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { buildFromFeeds } from '../../src/cli/feeds/build.js';
import { PoliteFetcher } from '../../src/cli/feeds/fetcher.js';
import { ecbRecords } from '../../tests/helpers.js';

const OUTLETS = 4;
const PER_OUTLET = 25;

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(outlet: number, title: string, paragraphs: string[]): string {
  const nav = Array.from({ length: 60 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const footer = Array.from({ length: 150 }, (_, i) => `<a href="/more/${i}">More stories number ${i}</a>`).join(' ');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta property="og:site_name" content="Bench Outlet ${outlet}"></head><body><header><nav><ul>${nav}</ul></nav></header>
<main><article><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</article></main>
<footer>${footer}</footer></body></html>`;
}

export async function benchFeeds(): Promise<void> {
  const records = ecbRecords()
    .filter((r) => r.text.split('\n').filter((line) => line.trim().length > 80).length >= 4)
    .slice(0, OUTLETS * PER_OUTLET);
  const now = Date.now();
  const servers: Server[] = [];
  const origins: string[] = [];
  let bytes = 0;
  for (let outlet = 0; outlet < OUTLETS; outlet++) {
    const mine = records.slice(outlet * PER_OUTLET, (outlet + 1) * PER_OUTLET);
    const pages = new Map(mine.map((r, i) => [`/story/${i}`, page(outlet, r.title, r.text.split('\n').filter((l) => l.trim()))]));
    for (const html of pages.values()) bytes += html.length;
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      if (path === '/feed.rss') {
        const origin = origins[outlet]!;
        const items = mine.map((r, i) => `<item><title>${escape(r.title)}</title><link>${origin}/story/${i}</link><pubDate>${new Date(now - i * 3_600_000).toUTCString()}</pubDate></item>`);
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        return void response.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Outlet ${outlet}</title>${items.join('')}</channel></rss>`);
      }
      const html = pages.get(path);
      response.writeHead(html ? 200 : 404, { 'content-type': html ? 'text/html; charset=utf-8' : 'text/plain' });
      response.end(html ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    origins.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }
  try {
    const runs: number[] = [];
    let articles = 0;
    for (let run = 0; run < 3; run++) {
      const fetcher = new PoliteFetcher({ userAgent: 'Crosscheck/bench', delayMs: 0 });
      const start = performance.now();
      const result = await buildFromFeeds({ feeds: origins.map((o) => `${o}/feed.rss`), fetcher, name: 'bench', now });
      runs.push(performance.now() - start);
      articles = result.pack?.articles.length ?? 0;
      if (result.failed.length > 0) throw new Error(`bench pages failed: ${JSON.stringify(result.failed.slice(0, 3))}`);
    }
    const best = Math.min(...runs);
    console.log(
      `\npack from feeds (local server, ${OUTLETS} hosts, ${records.length} pages of ${Math.round(bytes / records.length / 1024)} KB on average, no pause between requests): ` +
        `${articles} articles kept; fastest of 3 builds ${(best / 1000).toFixed(2)} s, ${((best / Math.max(articles, 1)) * 100 / 1000).toFixed(2)} s per 100 articles`,
    );
  } finally {
    for (const server of servers) server.close();
  }
}
