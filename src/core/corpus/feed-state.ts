// What a pack built from outlets' feeds remembers about each feed, so that the next
// `crosscheck corpus update` asks each feed only "has anything changed?" (a conditional
// GET with these validators) and never fetches again a page it already read or refused.
import { list, object, optional, text, type Schema } from '../analysis/schema.js';

export interface FeedState {
  /** The feed's address, as the feed list gives it. */
  url: string;
  /** The feed's own title, the outlet name of last resort. */
  title?: string;
  /** The validators the feed's server sent with its last full answer. */
  etag?: string;
  lastModified?: string;
  /** ISO date-time of the last time the feed was asked. */
  checkedAt: string;
  /** Article addresses read once and refused for good (not an article, not English, same text as another). */
  refused?: string[];
  /** Articles that failed for now (a timeout, a server error): asked again at the next update, even if the feed is unchanged. */
  retry?: { url: string; publishedAt?: string }[];
}

export const FEED_STATE_LIMITS = {
  feeds: 2_000,
  urlChars: 2_000,
  validatorChars: 300,
  refusedPerFeed: 1_000,
} as const;

const feedStateSchema: Schema<FeedState> = object({
  url: text(FEED_STATE_LIMITS.urlChars),
  title: optional(text(1_000)),
  etag: optional(text(FEED_STATE_LIMITS.validatorChars)),
  lastModified: optional(text(FEED_STATE_LIMITS.validatorChars)),
  checkedAt: text(40),
  refused: optional(list(text(FEED_STATE_LIMITS.urlChars), FEED_STATE_LIMITS.refusedPerFeed)),
  retry: optional(list(object({ url: text(FEED_STATE_LIMITS.urlChars), publishedAt: optional(text(40)) }), FEED_STATE_LIMITS.refusedPerFeed)),
});

/** The optional "feeds" field of a pack, checked like every other field. */
export const feedStatesSchema: Schema<FeedState[]> = list(feedStateSchema, FEED_STATE_LIMITS.feeds);
