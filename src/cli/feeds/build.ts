// A corpus pack from outlets' feeds: read each feed (asking only "anything new?" when the
// pack already knows it), fetch each linked page once, read it with the same Readability
// path as the extension, and keep the English articles published within the window.
// Packs are made through the pack module's own functions (buildPack, documentFrequencyOf,
// withNeighbours), so a change of the pack format lands there, not here.
import { createHash } from 'node:crypto';
import {
  articleLanguage,
  buildPack,
  documentFrequencyOf,
  fingerprint,
  FEED_STATE_LIMITS,
  PACK_LIMITS,
  resemblance,
  SAME_TEXT_RESEMBLANCE,
  withNeighbours,
  type Article,
  type BuildProgress,
  type CorpusPack,
  type FeedState,
  type PackArticle,
} from '../../core/index.js';
import { extractFromHtml } from '../read-article.js';
import { FetchFailure, type PoliteFetcher } from './fetcher.js';
import { readFeed, type FeedItem } from './parse-feed.js';

export const DEFAULT_WINDOW_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9';

export interface FeedBuildOptions {
  feeds: readonly string[];
  fetcher: PoliteFetcher;
  name: string;
  days?: number;
  /** The build's "now", in ms since the epoch. */
  now?: number;
  /** The pack being updated, if any: its articles, feeds' validators and refused pages are reused. */
  previous?: CorpusPack;
  onPages?: (done: number, total: number) => void;
  onBuild?: BuildProgress;
}

export interface Problem {
  url: string;
  reason: string;
}

export interface FeedBuildResult {
  /** Undefined when no article is left to make a pack of. */
  pack: CorpusPack | undefined;
  feedsRead: number;
  feedsNotModified: number;
  added: PackArticle[];
  /** Articles of the previous pack kept, and dropped for being older than the window. */
  kept: number;
  dropped: number;
  /** Pages already in the pack or refused before, not fetched again. */
  alreadyKnown: number;
  /** Fetches that failed: feeds and pages, with the reason. */
  failed: Problem[];
  /** Items read but not kept: outside the window, not an article, not English, a duplicate. */
  skipped: Problem[];
}

interface Candidate {
  item: FeedItem;
  feed: FeedState;
}

type PageOutcome =
  | { kind: 'article'; article: Article }
  | { kind: 'refused'; reason: string }
  | { kind: 'failed'; reason: string; permanent: boolean };

export async function buildFromFeeds(options: FeedBuildOptions): Promise<FeedBuildResult> {
  const now = options.now ?? Date.now();
  const days = options.days ?? DEFAULT_WINDOW_DAYS;
  const cutoff = now - days * DAY_MS;
  const checkedAt = new Date(now).toISOString();
  const failed: Problem[] = [];
  const skipped: Problem[] = [];
  const previousFeeds = new Map((options.previous?.feeds ?? []).map((feed) => [feed.url, feed]));

  // Articles of the previous pack that are still within the window.
  const previousArticles = options.previous?.articles ?? [];
  const kept = previousArticles.filter((article) => withinWindow(article.publishedAt, cutoff, now));
  const known = new Set<string>(previousArticles.flatMap((article) => (article.url ? [article.url] : [])));
  for (const feed of previousFeeds.values()) for (const url of feed.refused ?? []) known.add(url);

  // Feeds: all at once; the fetcher keeps each host to one request at a time.
  let feedsNotModified = 0;
  let feedsRead = 0;
  const states: FeedState[] = [];
  const candidates: Candidate[] = [];
  const listed = new Set<string>();
  let alreadyKnown = 0;
  const consider = (items: readonly FeedItem[], feed: FeedState): void => {
    for (const item of items) {
      if (listed.has(item.url)) continue;
      listed.add(item.url);
      if (known.has(item.url)) {
        alreadyKnown++;
        continue;
      }
      if (item.publishedAt && !withinWindow(item.publishedAt, cutoff, now)) {
        skipped.push({ url: item.url, reason: `published ${item.publishedAt.slice(0, 10)}, outside the ${days}-day window` });
        continue;
      }
      candidates.push({ item, feed });
    }
  };
  const feedResults = await Promise.all(options.feeds.map((url) => readOneFeed(options.fetcher, url, previousFeeds.get(url), checkedAt)));
  for (const outcome of feedResults) {
    states.push(outcome.state);
    if (outcome.kind === 'failed') {
      failed.push({ url: outcome.state.url, reason: `feed: ${outcome.reason}` });
      continue;
    }
    if (outcome.kind === 'not-modified') {
      feedsNotModified++;
      // The feed is as it was, but what failed for now last time is asked again.
      const retry = outcome.state.retry ?? [];
      delete outcome.state.retry;
      consider(retry.map((entry) => ({ ...entry })), outcome.state);
      continue;
    }
    feedsRead++;
    consider(outcome.items, outcome.state);
    if (outcome.items.length === 0)
      failed.push({ url: outcome.state.url, reason: `feed: lists no article links${outcome.unusable ? ` (${outcome.unusable} entries without a usable link: is it damaged?)` : ''}` });
  }

  const outcomes = await readPages(options, candidates, cutoff, now, days);

  // Kept in feed-list order, so that of two copies of one text the first listed stays.
  const added: { id: string; article: Article }[] = [];
  const prints = kept.map((article) => ({ url: article.url ?? article.id, print: article.features.fingerprint }));
  const ids = new Set(kept.map((article) => article.id));
  const remember = (candidate: Candidate): void => {
    candidate.feed.refused = [...(candidate.feed.refused ?? []), candidate.item.url].slice(-FEED_STATE_LIMITS.refusedPerFeed);
  };
  const refuse = (candidate: Candidate, reason: string): void => {
    skipped.push({ url: candidate.item.url, reason });
    remember(candidate);
  };
  candidates.forEach((candidate, i) => {
    const outcome = outcomes[i]!;
    if (outcome.kind === 'failed') {
      failed.push({ url: candidate.item.url, reason: outcome.reason });
      // Gone, too large or looping for good: not asked again while the feed lists it. Anything else is, next time.
      if (outcome.permanent) remember(candidate);
      else {
        const entry: { url: string; publishedAt?: string } = { url: candidate.item.url };
        if (candidate.item.publishedAt) entry.publishedAt = candidate.item.publishedAt;
        candidate.feed.retry = [...(candidate.feed.retry ?? []), entry].slice(-FEED_STATE_LIMITS.refusedPerFeed);
      }
      return;
    }
    if (outcome.kind === 'refused') return refuse(candidate, outcome.reason);
    const print = fingerprint(outcome.article.paragraphs);
    const twin = prints.find((other) => resemblance(print, other.print) >= SAME_TEXT_RESEMBLANCE);
    if (twin) return refuse(candidate, `same text as ${twin.url}`);
    if (kept.length + added.length >= PACK_LIMITS.articles)
      return void skipped.push({ url: candidate.item.url, reason: `over the limit of ${PACK_LIMITS.articles} articles per pack` });
    const id = articleId(candidate.item.url, ids);
    ids.add(id);
    prints.push({ url: candidate.item.url, print });
    added.push({ id, article: outcome.article });
  });

  const summary = {
    feedsRead,
    feedsNotModified,
    kept: kept.length,
    dropped: previousArticles.length - kept.length,
    alreadyKnown,
    failed,
    skipped,
  };
  if (kept.length + added.length === 0) return { pack: undefined, added: [], ...summary };
  const fresh = buildPack(options.name, added, options.onBuild);
  const articles = [...kept, ...fresh.articles];
  const pack =
    kept.length === 0 ? fresh : withNeighbours({ ...fresh, articles, documentFrequency: documentFrequencyOf(articles) });
  // Articles kept from a pack of another reading stay as they were read: the pack then names no one reading, and a report reads them again.
  if (kept.length > 0 && options.previous?.reading !== fresh.reading) delete pack.reading;
  pack.feeds = states;
  return { pack, added: fresh.articles, ...summary };
}

/**
 * Pages are fetched in batches, every host in parallel and each host in turn, and read once
 * the whole batch is in: reading (Readability in jsdom) holds the thread for a while, and a
 * request's timeout running meanwhile would fail a page that had in fact arrived.
 */
async function readPages(options: FeedBuildOptions, candidates: readonly Candidate[], cutoff: number, now: number, days: number): Promise<PageOutcome[]> {
  const outcomes: PageOutcome[] = new Array(candidates.length);
  let done = 0;
  options.onPages?.(0, candidates.length);
  const order = interleavedByHost(candidates);
  for (let start = 0; start < order.length; start += PAGE_BATCH) {
    const batch = order.slice(start, start + PAGE_BATCH);
    const fetched = await Promise.all(batch.map((index) => fetchPage(options.fetcher, candidates[index]!)));
    batch.forEach((index, i) => {
      const page = fetched[i]!;
      outcomes[index] = 'html' in page ? readPage(page, candidates[index]!, cutoff, now, days) : page;
      options.onPages?.(++done, candidates.length);
    });
  }
  return outcomes;
}

/** How many pages are held in memory at once, at most (each up to the fetcher's size cap). */
const PAGE_BATCH = 24;

/** Candidate indexes, taking one of each host in turn, so that a batch keeps every host busy. */
function interleavedByHost(candidates: readonly Candidate[]): number[] {
  const byHost = new Map<string, number[]>();
  candidates.forEach((candidate, index) => {
    const host = new URL(candidate.item.url).host;
    byHost.set(host, [...(byHost.get(host) ?? []), index]);
  });
  const queues = [...byHost.values()];
  const order: number[] = [];
  for (let round = 0; order.length < candidates.length; round++) for (const queue of queues) if (round < queue.length) order.push(queue[round]!);
  return order;
}

type FeedOutcome =
  | { kind: 'read'; state: FeedState; items: FeedItem[]; unusable: number }
  | { kind: 'not-modified'; state: FeedState }
  | { kind: 'failed'; state: FeedState; reason: string };

async function readOneFeed(fetcher: PoliteFetcher, url: string, previous: FeedState | undefined, checkedAt: string): Promise<FeedOutcome> {
  // Until the feed answers in full, everything known about it stays as it was.
  const state: FeedState = previous ? { ...previous, checkedAt } : { url, checkedAt };
  try {
    const request = { url, accept: FEED_ACCEPT, ...validators(previous) };
    const result = await fetcher.get(request);
    if (result.kind === 'not-modified') return { kind: 'not-modified', state };
    const feed = readFeed(result.body, result.finalUrl);
    const fresh: FeedState = { url, checkedAt };
    if (feed.title) fresh.title = feed.title;
    if (result.etag) fresh.etag = result.etag;
    if (result.lastModified) fresh.lastModified = result.lastModified;
    // Pages refused before stay refused only while the feed still lists them.
    const listed = new Set(feed.items.map((item) => item.url));
    const refused = (previous?.refused ?? []).filter((page) => listed.has(page));
    if (refused.length > 0) fresh.refused = refused;
    return { kind: 'read', state: fresh, items: feed.items, unusable: feed.unusable };
  } catch (error) {
    if (error instanceof FetchFailure || (error as Error).name === 'FeedError') return { kind: 'failed', state, reason: (error as Error).message };
    throw error;
  }
}

function validators(previous: FeedState | undefined): { etag?: string; lastModified?: string } {
  const out: { etag?: string; lastModified?: string } = {};
  if (previous?.etag) out.etag = previous.etag;
  if (previous?.lastModified) out.lastModified = previous.lastModified;
  return out;
}

type Fetched = { html: string; finalUrl: string } | Extract<PageOutcome, { kind: 'refused' | 'failed' }>;

async function fetchPage(fetcher: PoliteFetcher, { item }: Candidate): Promise<Fetched> {
  try {
    const result = await fetcher.get({ url: item.url, accept: PAGE_ACCEPT });
    if (result.kind !== 'ok') return { kind: 'failed', reason: 'the server answered "not modified" to a plain request', permanent: false };
    if (!/html/i.test(result.contentType) && result.contentType !== '')
      return { kind: 'refused', reason: `not a web page (${result.contentType.split(';')[0]})` };
    return { html: result.body, finalUrl: result.finalUrl };
  } catch (error) {
    if (!(error instanceof FetchFailure)) throw error;
    return { kind: 'failed', reason: error.message, permanent: error.permanent };
  }
}

function readPage({ html, finalUrl }: { html: string; finalUrl: string }, { item, feed }: Candidate, cutoff: number, now: number, days: number): PageOutcome {
  const extraction = extractFromHtml(html, finalUrl);
  if (extraction.kind === 'not-article') return { kind: 'refused', reason: extraction.reason };
  const article = extraction.article;
  const language = articleLanguage(article);
  if (!language.english) return { kind: 'refused', reason: `not in English${language.name ? ` (${language.name})` : ''}` };
  // The address the outlet published is the one readers follow and the next update recognises.
  article.url = item.url;
  // The page's own og:site_name names the outlet better than a feed's title ("World news | Outlet").
  const outlet = article.siteName ?? feed.title;
  if (outlet) article.siteName = outlet;
  else delete article.siteName;
  const publishedAt = item.publishedAt ?? article.publishedAt;
  if (!publishedAt) return { kind: 'refused', reason: 'neither the feed nor the page gives a publication date' };
  if (!withinWindow(publishedAt, cutoff, now)) return { kind: 'refused', reason: `published ${publishedAt.slice(0, 10)}, outside the ${days}-day window` };
  article.publishedAt = publishedAt;
  return { kind: 'article', article };
}

/** Published on or after the cutoff, and not more than a day in the future (a clock or time-zone slip). */
function withinWindow(publishedAt: string | undefined, cutoff: number, now: number): boolean {
  const time = publishedAt ? Date.parse(publishedAt) : NaN;
  return Number.isFinite(time) && time >= cutoff && time <= now + DAY_MS;
}

/** A short stable id: the site and a digest of the address. */
function articleId(url: string, taken: Set<string>): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  const digest = createHash('sha256').update(url).digest('hex');
  for (let length = 12; ; length += 4) {
    const id = `${host}-${digest.slice(0, length)}`;
    if (!taken.has(id) || length >= digest.length) return id;
  }
}
