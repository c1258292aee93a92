// The polite fetcher's rules one by one, against a server on 127.0.0.1 whose every answer the
// test chooses: what is retried and how often, what a robots.txt that cannot be read means,
// where redirects may not go, and caps announced before any byte.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchFailure, PoliteFetcher } from '../../../src/cli/feeds/fetcher.js';
import { CLIENT_TIMEOUT_MS } from './fixture-server.js';

type Answer = { status: number; headers?: Record<string, string>; body?: string | Buffer };
let server: Server;
let origin: string;
const routes = new Map<string, Answer[]>();
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    seen.push(path);
    const queue = routes.get(path);
    const answer = (queue && queue.length > 1 ? queue.shift() : queue?.[0]) ?? { status: 404 };
    response.writeHead(answer.status, answer.headers ?? {});
    response.end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const fetcher = (): PoliteFetcher => new PoliteFetcher({ userAgent: 'Crosscheck/test', delayMs: 0, backoffMs: 5, timeoutMs: CLIENT_TIMEOUT_MS, maxBytes: 1_000 });
const failure = async (promise: Promise<unknown>): Promise<FetchFailure> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchFailure) return error;
    throw error;
  }
  throw new Error('expected a FetchFailure');
};

describe('the polite fetcher', () => {
  it('retries a 5xx with backoff, twice, then gives up saying how often it asked', async () => {
    routes.set('/robots.txt', [{ status: 404 }]);
    routes.set('/busy', [{ status: 503 }]);
    seen.length = 0;
    const error = await failure(fetcher().get({ url: `${origin}/busy`, accept: '*/*' }));
    expect(error.message).toBe('HTTP 503 after 3 tries');
    expect(error.permanent).toBe(false);
    expect(seen).toEqual(['/robots.txt', '/busy', '/busy', '/busy']);
  });

  it('does not retry a 404, and calls it permanent', async () => {
    routes.set('/robots.txt', [{ status: 404 }]);
    seen.length = 0;
    const error = await failure(fetcher().get({ url: `${origin}/nothing`, accept: '*/*' }));
    expect([error.message, error.permanent]).toEqual(['HTTP 404', true]);
    expect(seen).toEqual(['/robots.txt', '/nothing']);
  });

  it('leaves a site alone when its robots.txt cannot be read (5xx), asking robots.txt only once', async () => {
    routes.set('/robots.txt', [{ status: 500 }]);
    seen.length = 0;
    const client = fetcher();
    const first = await failure(client.get({ url: `${origin}/a`, accept: '*/*' }));
    const second = await failure(client.get({ url: `${origin}/b`, accept: '*/*' }));
    expect(first.message).toBe('robots.txt could not be read (HTTP 500 after 3 tries), so the site is left alone');
    expect(second.message).toBe(first.message);
    expect(seen).toEqual(['/robots.txt', '/robots.txt', '/robots.txt']);
  });

  it('follows its own user agent group in robots.txt', async () => {
    routes.set('/robots.txt', [{ status: 200, body: 'User-agent: *\nAllow: /\n\nUser-agent: Crosscheck\nDisallow: /news/\n' }]);
    routes.set('/about', [{ status: 200, headers: { 'content-type': 'text/html' }, body: 'ok' }]);
    const client = fetcher();
    expect((await failure(client.get({ url: `${origin}/news/x`, accept: '*/*' }))).message).toBe('disallowed by robots.txt');
    expect(await client.get({ url: `${origin}/about`, accept: '*/*' })).toMatchObject({ kind: 'ok', body: 'ok' });
  });

  it('refuses a redirect off the web, and a body announced larger than the cap before reading it', async () => {
    routes.set('/robots.txt', [{ status: 404 }]);
    routes.set('/to-file', [{ status: 302, headers: { location: 'file:///etc/passwd' } }]);
    routes.set('/big', [{ status: 200, headers: { 'content-length': '5000' }, body: 'x'.repeat(5000) }]);
    const client = fetcher();
    expect((await failure(client.get({ url: `${origin}/to-file`, accept: '*/*' }))).message).toBe('not an http(s) address (file:)');
    const big = await failure(client.get({ url: `${origin}/big`, accept: '*/*' }));
    expect([big.message, big.permanent]).toEqual(['larger than 1 KB (5 KB announced)', true]);
  });

  it('answers "not modified" only to a conditional request, and decodes the charset the server names', async () => {
    routes.set('/robots.txt', [{ status: 404 }]);
    routes.set('/feed', [{ status: 304 }]);
    routes.set('/latin', [{ status: 200, headers: { 'content-type': 'text/html; charset=iso-8859-1' }, body: Buffer.from('Zürich café', 'latin1') }]);
    const client = fetcher();
    expect(await client.get({ url: `${origin}/feed`, accept: '*/*', etag: '"v1"' })).toEqual({ kind: 'not-modified', url: `${origin}/feed` });
    expect((await failure(client.get({ url: `${origin}/feed`, accept: '*/*' }))).message).toBe('HTTP 304');
    expect(await client.get({ url: `${origin}/latin`, accept: '*/*' })).toMatchObject({ body: 'Zürich café' });
    // No charset in the header: the page's own <meta charset> (windows-1252 bytes 0x93/0x94 are curly quotes).
    const meta = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), Buffer.from([0x93]), Buffer.from('na\xefve', 'latin1'), Buffer.from([0x94])]);
    routes.set('/meta', [{ status: 200, headers: { 'content-type': 'text/html' }, body: meta }]);
    expect(await client.get({ url: `${origin}/meta`, accept: '*/*' })).toMatchObject({ body: '<meta charset="windows-1252"><p>“naïve”' });
  });
});
