/**
 * What every Markdown renderer shares: escaping page text so that it stays
 * text, and the small phrases sections are written with. Every renderer of a
 * report (the report's frame and each analysis's section) escapes through here.
 */

import { escapeMarkdownInline, isoDay, isWebUrl, markdownLink } from '../text/escape.js';

/** Page or pack text as one line of Markdown text (the one rule of text/escape.ts). */
export const inline = escapeMarkdownInline;

/** An address as a link, only when it is an http(s) URL. */
export function webLink(url: string | undefined): string | undefined {
  return url && isWebUrl(url) ? markdownLink(url, url) : undefined;
}

/** A date shown only when it is an ISO date; anything else a page or a pack calls a date is left out. */
export function day(iso: string | undefined): string | undefined {
  return isoDay(iso);
}

/** A count with its noun, "1 article", "1,261 words": the count written as a reader reads it, the noun agreeing with it. */
export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/**
 * A summary count as a reader of the page wants it: what involves the page first, what is only between other outlets
 * said apart ("1 figure disagrees with this article, 3 between other outlets"; "4 quotes worded differently between
 * other outlets"); undefined when both are 0. The numbers and quotes summaries share it, so that the panel, the terminal
 * and Markdown say it alike.
 */
export function countWithPage(withPage: number, between: number, words: { one: string; many: string; withPage: string }): string | undefined {
  const apart = 'between other outlets';
  if (withPage === 0) return between === 0 ? undefined : `${plural(between, words.one, words.many)} ${apart}`;
  return `${plural(withPage, words.one, words.many)} ${words.withPage}${between > 0 ? `, ${between.toLocaleString('en')} ${apart}` : ''}`;
}
