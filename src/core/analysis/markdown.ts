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
