/** An article as read from a page, a saved file or a corpus: plain data only. */
export interface Article {
  url?: string;
  title: string;
  byline?: string;
  /** The outlet, where the page or the text itself names it. */
  siteName?: string;
  /** ISO 8601 date or date-time, where the page or the file gives one. */
  publishedAt?: string;
  /** BCP 47 language tag, where the page declares one. */
  lang?: string;
  /** Body text, one paragraph per entry, whitespace collapsed. */
  paragraphs: string[];
}

/**
 * How a related article stands to the page's: it reports the same event; a later or earlier
 * development of it (`development` says which); or another event of the same story, shown as
 * background and never compared with the page.
 */
export type Relation = 'same-event' | 'follow-up' | 'same-story';

export interface RelatedArticle {
  /** Corpus id: the file stem, or the id a .jsonl line gives. */
  id: string;
  title: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  /** How closely it matches the current article, 0 to 1. */
  score: number;
  relation: Relation;
  /** For a follow-up, whether it reports a later or an earlier development than this article, where the text or dates tell. */
  development?: 'earlier' | 'later';
  /** Which corpus it came from, when several are searched together (bundled, a subscription, the reading memory). */
  corpus?: string;
  /** Why it is related so, in one line: "same day; both name Comey and Trump; both give 15". */
  reason: string;
  /** The day it was published, where only its address or its dateline tells (publishedAt absent): YYYY-MM-DD. */
  dateFromText?: string;
}
