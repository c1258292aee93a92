// Two outlets' sites on 127.0.0.1 (two ports, so two hosts), serving the fixture feeds and
// saved real pages (tests/fixtures/readability), plus every way a crawl goes wrong: a 404,
// a slow answer, a redirect loop, a path robots.txt disallows, a malformed feed, a huge page,
// a French page, one article under two addresses, a 503 that clears on retry. Each request
// is recorded, with its headers, and how many were in flight at once on each site.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FIXTURES } from '../../helpers.js';

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  status: number;
}

export interface Site {
  origin: string;
  requests: RecordedRequest[];
  /** Most requests this site had in flight at one time. */
  maxInFlight: number;
}

export interface FixtureServers {
  a: Site;
  b: Site;
  /** The moment the fixtures' dates count from (to the hour): an article dated "2 days ago" was published at now - 2 days. */
  now: number;
  /** Outlet A's feed lists one more article from now on (and so changes its ETag). */
  publishMore(): void;
  /** A feed list with the servers' addresses filled in. */
  feedList(file: 'feeds.opml' | 'feeds.txt'): string;
  close(): Promise<void>;
}

const DAY = 24 * 60 * 60 * 1000;
const page = (name: string): string => readFileSync(join(FIXTURES, 'readability', name, 'source.html'), 'utf8');
const feedFixture = (name: string): string => readFileSync(join(FIXTURES, 'feeds', name), 'utf8');

/** The timeout the feed tests give the client: long enough for any answer on a busy machine. */
export const CLIENT_TIMEOUT_MS = 8_000;
/** /news/slow finishes its answer only long after the client has given up. */
export const SLOW_MS = 4 * CLIENT_TIMEOUT_MS;
export const HUGE_BYTES = 6 * 1024 * 1024;

export async function startFixtureServers(): Promise<FixtureServers> {
  // Dates in feeds are relative to this moment, held still so that a feed's text (and ETag) does not change between runs.
  const now = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  let more = false;
  const a = newSite();
  const b = newSite();
  const fill = (text: string): string =>
    text
      .replaceAll('{{A}}', a.site.origin)
      .replaceAll('{{B}}', b.site.origin)
      .replace(/\{\{RFC822:(-?\d+)\}\}/g, (_, days: string) => new Date(now + Number(days) * DAY).toUTCString())
      .replace(/\{\{ISO:(-?\d+)\}\}/g, (_, days: string) => new Date(now + Number(days) * DAY).toISOString());

  const outletA = (path: string, request: IncomingMessage, response: ServerResponse): void => {
    switch (path) {
      case '/robots.txt':
        return text(response, 'text/plain', 'User-agent: *\nDisallow: /private/\n\nUser-agent: SomeOtherBot\nDisallow: /\n');
      case '/feeds/world.rss': {
        let feed = fill(feedFixture('outlet-a.rss.xml'));
        if (more)
          feed = feed.replace(
            '<item>',
            `<item><title>The Modern Ambitions Behind Neon</title><link>${a.site.origin}/news/neon</link><pubDate>${new Date(now - DAY).toUTCString()}</pubDate></item>\n    <item>`,
          );
        return withEtag(request, response, 'application/rss+xml; charset=utf-8', feed);
      }
      case '/feeds/broken.rss':
        return text(response, 'application/rss+xml', fill(feedFixture('broken.rss.xml')));
      case '/news/us-gun-laws':
        return html(response, page('bbc-1'));
      case '/news/zimbabwe-coup':
        return html(response, page('telegraph'));
      case '/news/slow':
        // Headers at once, then nothing until long after the client's timeout.
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<!doctype html><html><head><title>Slow</title></head><body>');
        setTimeout(() => response.end('</body></html>'), SLOW_MS).unref();
        return;
      case '/loop/one':
        return redirect(response, 302, '/loop/two');
      case '/loop/two':
        return redirect(response, 302, `${a.site.origin}/loop/one`);
      case '/private/members-only':
        return html(response, page('aclu'));
      case '/news/huge': {
        // No Content-Length: the cap has to be enforced while the body streams in.
        response.writeHead(200, { 'content-type': 'text/html' });
        const chunk = `<p>${'All work and no play makes a very long page. '.repeat(1_400)}</p>\n`;
        let sent = 0;
        const pump = (): void => {
          while (sent < HUGE_BYTES) {
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', pump);
          }
          response.end();
        };
        response.write('<!doctype html><html><body>');
        return pump();
      }
      case '/monde/renseignement':
        return html(response, page('lemonde-1'));
      case '/world/north-africa-attack':
        return html(response, page('wapo-1'));
      case '/news/neon':
        return html(response, page('citylab-1'));
      default:
        return notFound(response);
    }
  };

  let flaky = 0;
  const outletB = (path: string, request: IncomingMessage, response: ServerResponse): void => {
    switch (path) {
      case '/atom.xml':
        return withLastModified(request, response, 'application/atom+xml', fill(feedFixture('outlet-b.atom.xml')), now - DAY);
      case '/feeds/science.rss':
        return withEtag(request, response, 'application/rss+xml', fill(feedFixture('outlet-b-full.rss.xml')));
      case '/2026/sudan-sanctions':
        return html(response, page('nytimes-1'));
      case '/2026/yahoo-verizon':
        // Busy once: the fetcher is expected to wait as told and ask again.
        if (flaky++ === 0) {
          response.writeHead(503, { 'retry-after': '0', 'content-type': 'text/plain' });
          return void response.end('busy');
        }
        return html(response, page('nytimes-2'));
      case '/go/halibut':
        return redirect(response, 301, '/stories/halibut');
      case '/stories/halibut':
        // The item has no date: the page's own (moved into the window) must be used.
        return html(response, page('seattletimes-1').replaceAll('2019-04-28 06:01:07', new Date(now - 2 * DAY).toISOString()));
      case '/syndicated/north-africa-attack':
        return html(response, page('wapo-1'));
      case '/science/hidden-heroines-of-chaos':
        return html(response, page('quanta-1'));
      default:
        return notFound(response);
    }
  };

  await Promise.all([a.listen(outletA), b.listen(outletB)]);
  return {
    a: a.site,
    b: b.site,
    now,
    publishMore: () => {
      more = true;
    },
    feedList: (file) => fill(feedFixture(file)),
    close: async () => {
      await Promise.all([a.close(), b.close()]);
    },
  };
}

type Handler = (path: string, request: IncomingMessage, response: ServerResponse) => void;

function newSite(): { site: Site; listen(handler: Handler): Promise<void>; close(): Promise<void> } {
  const site: Site = { origin: '', requests: [], maxInFlight: 0 };
  let inFlight = 0;
  let server: Server | undefined;
  return {
    site,
    listen: (handler) =>
      new Promise((resolve) => {
        server = createServer((request, response) => {
          const path = new URL(request.url ?? '/', 'http://x').pathname;
          inFlight++;
          site.maxInFlight = Math.max(site.maxInFlight, inFlight);
          const record: RecordedRequest = { path, headers: request.headers, status: 0 };
          site.requests.push(record);
          response.on('close', () => {
            inFlight--;
            record.status = response.statusCode;
          });
          handler(path, request, response);
        });
        server.listen(0, '127.0.0.1', () => {
          site.origin = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
          resolve();
        });
      }),
    close: () =>
      new Promise((resolve) => {
        if (!server) return resolve();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function text(response: ServerResponse, type: string, body: string): void {
  response.writeHead(200, { 'content-type': type });
  response.end(body);
}

function html(response: ServerResponse, body: string): void {
  text(response, 'text/html; charset=utf-8', body);
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('not found');
}

function redirect(response: ServerResponse, status: number, location: string): void {
  response.writeHead(status, { location });
  response.end();
}

function withEtag(request: IncomingMessage, response: ServerResponse, type: string, body: string): void {
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, { etag });
    return void response.end();
  }
  response.writeHead(200, { 'content-type': type, etag });
  response.end(body);
}

function withLastModified(request: IncomingMessage, response: ServerResponse, type: string, body: string, modified: number): void {
  const lastModified = new Date(modified).toUTCString();
  const since = Date.parse(String(request.headers['if-modified-since'] ?? ''));
  if (Number.isFinite(since) && since >= modified) {
    response.writeHead(304, { 'last-modified': lastModified });
    return void response.end();
  }
  response.writeHead(200, { 'content-type': type, 'last-modified': lastModified });
  response.end(body);
}
