import { isoDay } from './text/escape.js';
import type { RelatedArticle } from './types.js';

/** "19 Oct 2025" from an ISO date, the same in the panel and in outlet names; the text as given when it does not parse. */
export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return iso;
  return new Date(time).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** An article whose date neither its page nor its text gives, as every front end says it (list, reader, exports). */
export const DATE_UNKNOWN = 'date unknown';

/**
 * A related article's date as the exports write it (the terminal and Markdown): its ISO day, else the date read from its
 * address or dateline marked so, else "date unknown". `text` makes the read date safe for the format it goes into
 * (Markdown's `inline`); the day is digits and dashes already.
 */
export function relatedDateText(item: Pick<RelatedArticle, 'publishedAt' | 'dateFromText'>, text: (untrusted: string) => string = (s) => s): string {
  return isoDay(item.publishedAt) || (item.dateFromText ? `${text(item.dateFromText)} (from its text)` : DATE_UNKNOWN);
}
