// Feeds are read by @rowanmanning/feed-parser. Measured against rss-parser and feedsmith on
// tests/fixtures/feeds (RSS 2.0, Atom, RSS with content:encoded and dc:date, a malformed
// feed): all three read the valid feeds alike; this one bundles smallest (136 KB minified,
// against 153 KB and 232 KB), hands dates over as dates for RSS and Atom alike (feedsmith
// leaves RFC 822 strings), and keeps the readable items of a damaged feed where rss-parser
// (xml2js) throws the whole feed away. It parses a 200-item, 471 KiB feed in 29 ms
// (rss-parser 20 ms, feedsmith 23 ms): nothing next to fetching the pages.
import { parseFeed } from '@rowanmanning/feed-parser';

export interface FeedItem {
  /** The article's absolute address. */
  url: string;
  title?: string;
  /** ISO date-time: when it was published, else last updated. */
  publishedAt?: string;
}

export interface ParsedFeed {
  title?: string;
  items: FeedItem[];
  /** Entries left out, with why (no link, a link that is not a web address). */
  unusable: number;
}

export class FeedError extends Error {
  override name = 'FeedError';
}

/** The feed's title and its items' links and dates; relative links are read against the feed's own address. */
export function readFeed(xml: string, feedUrl: string): ParsedFeed {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    throw new FeedError(`not an RSS or Atom feed (${(error as Error).message})`);
  }
  const items: FeedItem[] = [];
  let unusable = 0;
  for (const entry of feed.items) {
    const url = webAddress(entry.url, feedUrl);
    if (!url) {
      unusable++;
      continue;
    }
    const item: FeedItem = { url };
    const title = entry.title?.trim();
    if (title) item.title = title;
    const date = validDate(entry.published) ?? validDate(entry.updated);
    if (date) item.publishedAt = date;
    items.push(item);
  }
  const parsed: ParsedFeed = { items, unusable };
  const title = feed.title?.trim();
  if (title) parsed.title = title;
  return parsed;
}

function webAddress(link: string | null, base: string): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

function validDate(date: Date | null): string | undefined {
  return date && Number.isFinite(date.getTime()) ? date.toISOString() : undefined;
}
