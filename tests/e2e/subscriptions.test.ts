// Pack subscriptions in Chromium, as a reader and a publisher would live them: nothing is
// requested before the reader subscribes; subscribing asks for the publisher's one origin and
// downloads the pack the index names, which the next analysis uses; the daily alarm (fired
// here by the test) brings the next pack; a pack whose digest does not match the index is
// refused with the reason shown on the options page while the previous one stays in use; and
// every request the extension made went to the publisher's packs, with nothing about a page.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { articlePage, launch, loggedRequests, pressAndSettle, type Harness } from './harness.js';
import { ecbRecords } from '../helpers.js';
import { buildPack } from '../../src/core/corpus/pack.js';
import { articleFromPlainText } from '../../src/core/article.js';

const ALARM = 'crosscheck-refresh-subscriptions';

// One ECB+ event is the page; the packs hold its other reports and another event of the same topic.
const records = ecbRecords().filter((r) => r.topic === 3);
const events = [...new Set(records.map((r) => r.event))].sort();
const [pageRecord, ...sameEvent] = records.filter((r) => r.event === events[0]);
const otherEvent = records.filter((r) => r.event === events[1]);
const packOf = (name: string, chosen: typeof records): string =>
  JSON.stringify(buildPack(name, chosen.map((r) => ({ id: r.id, article: { ...articleFromPlainText(r.text), title: r.title, siteName: 'ECB+' } }))));
const v1 = packOf('Newsroom daily, day 1', [...sameEvent.slice(0, 2), ...otherEvent.slice(0, 2)]);
const v2 = packOf('Newsroom daily, day 2', [...sameEvent, ...otherEvent]);
const v2Count = sameEvent.length + otherEvent.length;
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

interface Logged {
  path: string;
  headers: IncomingMessage['headers'];
}

async function startPublisher(): Promise<{ baseUrl: string; log: Logged[]; files: Map<string, string>; close(): Promise<void> }> {
  const files = new Map<string, string>();
  const log: Logged[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path.startsWith('/packs/')) log.push({ path, headers: request.headers });
    const body = files.get(path.split('?')[0]!);
    if (body === undefined) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    response.writeHead(200, { 'content-type': path.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { baseUrl, log, files, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const index = (packs: { url: string; sha256: string; builtAt: string }[]): string =>
  JSON.stringify({ format: 'crosscheck-pack-index', version: 1, packs });

async function subscriptionState(harness: Harness): Promise<Record<string, unknown>[]> {
  return (await harness.worker.evaluate(async () => (await chrome.storage.local.get('subscriptions.list'))['subscriptions.list'] ?? [])) as Record<string, unknown>[];
}

async function fireRefreshAlarm(harness: Harness): Promise<void> {
  // What the browser does once a day, brought forward: the same alarm, due now.
  await harness.worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 100 }), ALARM);
}

type Related = { id: string; corpus?: string; source?: string };

async function analyse(harness: Harness, url: string): Promise<{ corpus: { name: string; articleCount?: number }; related: Related[] }> {
  const page = await harness.context.newPage();
  await page.goto(url);
  const { state } = await pressAndSettle(harness, page);
  await page.close();
  expect(state.status, JSON.stringify(state)).toBe('ready');
  return state.report as { corpus: { name: string }; related: Related[] };
}

describe('pack subscriptions in Chromium', () => {
  let harness: Harness | undefined;
  let publisher: Awaited<ReturnType<typeof startPublisher>> | undefined;

  afterAll(async () => {
    await harness?.close();
    await publisher?.close();
  });

  it('subscribes to one origin, uses the pack, refreshes on the alarm, refuses a tampered pack and keeps the old one', async () => {
    publisher = await startPublisher();
    const p = publisher;
    p.files.set('/news/story.html', articlePage(pageRecord!.title, pageRecord!.text.split('\n')));
    p.files.set('/packs/day-1.json', v1);
    p.files.set('/packs/index.json', index([{ url: 'day-1.json', sha256: sha256(v1), builtAt: '2026-11-29T05:00:00Z' }]));
    harness = await launch({}, { server: { server: createServer(), baseUrl: p.baseUrl } });
    const h = harness;
    const story = `${p.baseUrl}/news/story.html`;

    // No subscription: an analysis uses the bundled corpus and asks nothing of anyone.
    expect((await analyse(h, story)).corpus.name).toMatch(/Seed corpus/);
    expect(p.log).toEqual([]);

    // The reader's "Allow" in the browser's prompt, given ahead through the extensions page
    // (headless Chromium cannot show the prompt); the extension still has to ask, in the click.
    const extensionsPage = await h.context.newPage();
    await extensionsPage.goto(`chrome://extensions/?id=${h.extensionId}`);
    await extensionsPage.evaluate(
      ([id, pattern]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, pattern!),
      [h.extensionId, `${p.baseUrl}/*`],
    );
    await extensionsPage.close();
    expect(((await h.worker.evaluate(() => chrome.permissions.getAll())) as { origins?: string[] }).origins ?? []).toEqual([]);

    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options/options.html`);
    await recordPermissionRequests(options);
    await options.getByTestId('subscription-url').fill(`${p.baseUrl}/packs/index.json`);
    await options.getByTestId('subscribe').click();
    await expect.poll(() => options.getByTestId('subscription-message').textContent(), { timeout: 20_000 }).toMatch(/Subscribed: “Newsroom daily, day 1” \(4 articles\) is now searched/);
    expect(await options.evaluate(() => (globalThis as unknown as { asked: unknown[] }).asked)).toEqual([{ origins: [`${p.baseUrl}/*`] }]);
    expect(((await h.worker.evaluate(() => chrome.permissions.getAll())) as { origins?: string[] }).origins).toEqual([`${p.baseUrl}/*`]);
    expect(p.log.map((r) => r.path)).toEqual(['/packs/index.json', '/packs/day-1.json']);
    const alarm = (await h.worker.evaluate((name) => chrome.alarms.get(name), ALARM)) as { periodInMinutes?: number } | undefined;
    expect(alarm?.periodInMinutes).toBe(24 * 60);

    // The next analysis searches the subscription's pack along with the bundled corpus, and says where each item came from.
    const first = await analyse(h, story);
    expect(first.corpus.name).toMatch(/^Seed corpus.* \+ Newsroom daily, day 1$/);
    expect(first.corpus.articleCount).toBe(5 + 4);
    const sameIds = new Set(sameEvent.map((r) => r.id));
    expect(first.related.length).toBeGreaterThan(0);
    expect(first.related.filter((r) => sameIds.has(r.id)).length).toBeGreaterThanOrEqual(1);
    for (const item of first.related) expect(item.corpus, JSON.stringify(item)).toEqual(item.source === 'ECB+' ? 'Newsroom daily, day 1' : expect.stringMatching(/^Seed corpus/));

    // Day 2: the daily alarm finds a new pack in the index and swaps it in.
    p.files.set('/packs/day-2.json', v2);
    p.files.set('/packs/index.json', index([
      { url: 'day-1.json', sha256: sha256(v1), builtAt: '2026-11-29T05:00:00Z' },
      { url: 'day-2.json', sha256: sha256(v2), builtAt: '2026-11-30T05:00:00Z' },
    ]));
    await fireRefreshAlarm(h);
    await expect.poll(async () => (await subscriptionState(h))[0]?.articleCount, { timeout: 20_000 }).toBe(v2Count);
    expect((await subscriptionState(h))[0]).toMatchObject({ packName: 'Newsroom daily, day 2', builtAt: '2026-11-30T05:00:00Z', sha256: sha256(v2) });
    expect((await subscriptionState(h))[0]!.lastError).toBeUndefined();
    // The one-off alarm the test fired is replaced by the daily one again.
    await expect.poll(async () => ((await h.worker.evaluate((name) => chrome.alarms.get(name), ALARM)) as { periodInMinutes?: number } | undefined)?.periodInMinutes).toBe(24 * 60);
    expect((await analyse(h, story)).corpus.name).toMatch(/ \+ Newsroom daily, day 2$/);

    // Day 3: the file on the server is not the one the index vouches for.
    const tampered = v2.replace('Newsroom daily, day 2', 'Newsroom daily, day 3');
    p.files.set('/packs/day-3.json', tampered);
    p.files.set('/packs/index.json', index([{ url: 'day-3.json', sha256: sha256(v1), builtAt: '2026-12-01T05:00:00Z' }]));
    const refreshedBefore = (await subscriptionState(h))[0]!.lastRefresh;
    await fireRefreshAlarm(h);
    await expect.poll(async () => String((await subscriptionState(h))[0]?.lastError ?? ''), { timeout: 20_000 }).toMatch(/does not match the index/);
    expect((await subscriptionState(h))[0]).toMatchObject({ packName: 'Newsroom daily, day 2', articleCount: v2Count, lastRefresh: refreshedBefore });
    await options.reload();
    await expect.poll(() => options.getByTestId('subscription-error').textContent(), { timeout: 10_000 }).toMatch(
      /refused: the pack's SHA-256 \([0-9a-f]{12}…\) does not match the index \([0-9a-f]{12}…\); the pack in use is unchanged/,
    );
    expect(await options.getByTestId('subscription-state').textContent()).toMatch(new RegExp(`Last refreshed .* · ${v2Count} articles · built`));
    expect((await analyse(h, story)).corpus.name).toMatch(/ \+ Newsroom daily, day 2$/);
    await options.screenshot({ path: 'test-results/options-subscriptions.png', fullPage: true });

    // Every request for packs: index and packs only, nothing about a page, no cookie or referrer.
    for (const request of p.log) {
      expect(request.path).toMatch(/^\/packs\/(index|day-\d)\.json$/);
      expect(request.headers.referer).toBeUndefined();
      expect(request.headers.cookie).toBeUndefined();
    }
    await h.close();
    harness = undefined;
    const extensionRequests = loggedRequests(h.netLogPath).filter((r) => r.initiator.startsWith('chrome-extension://') && /^https?:/.test(r.url));
    // (The log lists each address once.)
    expect(extensionRequests.map((r) => r.url).sort()).toEqual(['day-1', 'day-2', 'day-3', 'index'].map((f) => `${p.baseUrl}/packs/${f}.json`));
  }, 240_000);
});

/** Records what the options page asks the browser for, passing each request on unchanged. */
async function recordPermissionRequests(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record = globalThis as unknown as { asked: unknown[] };
    record.asked = [];
    const permissions = chrome.permissions;
    const real = permissions.request.bind(permissions);
    // The extension's own call (through the polyfill, with or without a callback) goes through untouched.
    permissions.request = (...args: unknown[]) => {
      record.asked.push(args[0]);
      return real(...args);
    };
  });
}
