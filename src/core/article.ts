import type { Article } from './types.js';
import { collapseWhitespace, paragraphsFromText } from './text/normalize.js';
import { splitSentences } from './text/sentences.js';

const MAX_HEADLINE_WORDS = 30;
const MAX_DERIVED_TITLE_CHARS = 120;

export interface PlainTextOptions {
  url?: string;
  siteName?: string;
  publishedAt?: string;
}

/**
 * An article from plain text, one paragraph per line. The first line is taken
 * as the headline when it reads as one (short, not ending like a sentence);
 * otherwise the title is the first sentence and every line is body text.
 */
export function articleFromPlainText(text: string, options: PlainTextOptions = {}): Article {
  const lines = paragraphsFromText(text);
  let title: string | undefined;
  let body = lines;
  const first = lines[0];
  if (first !== undefined && lines.length > 1 && readsAsHeadline(first)) {
    title = first;
    body = lines.slice(1);
    // A one- or two-word line right under a headline is a section label ("International").
    const next = body[0];
    if (next !== undefined && body.length > 1 && readsAsSectionLabel(next)) body = body.slice(1);
  }
  const dateline = parseDateline(body[0] ?? '');
  const article: Article = {
    title: title ?? titleFromBody(body, dateline?.prefixLength ?? 0),
    paragraphs: body,
  };
  const siteName = options.siteName ?? dateline?.source;
  if (siteName) article.siteName = siteName;
  if (options.url) article.url = options.url;
  if (options.publishedAt) article.publishedAt = options.publishedAt;
  return article;
}

/** An article given as fields (a JSON Lines line, a data set's row): what a page's extraction gives, before it is read. */
export interface ArticleRecord {
  title: string;
  text: string;
  source?: string | null | undefined;
  url?: string | null | undefined;
  publishedAt?: string | null | undefined;
}

/**
 * An article from its fields, as extraction gives a page: the title is the headline whatever it ends with (never a first
 * paragraph), the text is body only, one paragraph per line. The outlet is the record's source, else the one a dateline
 * names ("Washington (AFP) – ..."). Empty fields are left out.
 */
export function articleFromRecord(record: ArticleRecord): Article {
  const article: Article = { title: paragraphsFromText(record.title).join(' '), paragraphs: paragraphsFromText(record.text) };
  const siteName = record.source || parseDateline(article.paragraphs[0] ?? '')?.source;
  if (siteName) article.siteName = siteName;
  if (record.url) article.url = record.url;
  if (record.publishedAt) article.publishedAt = record.publishedAt;
  return article;
}

export function readsAsHeadline(line: string): boolean {
  const wordCount = line.split(' ').length;
  if (wordCount > MAX_HEADLINE_WORDS) return false;
  // Sentences end with a full stop (possibly inside a closing quote); headlines do not.
  return !/[.,;:]['"”’)]?$/.test(line);
}

function readsAsSectionLabel(line: string): boolean {
  return line.split(' ').length <= 2 && /^[\p{Lu}]/u.test(line) && !/[.!?,;:]$/.test(line);
}

interface Dateline {
  source?: string;
  prefixLength: number;
}

/**
 * News datelines that name the outlet: "Alwaght- After a bloody week..." (an
 * outlet's name glued to a dash) and "KABUL (Reuters) — ..." (an agency in
 * brackets). A place alone ("ISTANBUL — ...") names no outlet.
 */
export function parseDateline(paragraph: string): Dateline | undefined {
  const agency = /^[\p{Lu}][\p{Lu}\p{Lt} .,'’-]{1,40}\s\(([^()]{2,40})\)\s*[-–—:]\s*/u.exec(paragraph);
  if (agency) return { source: collapseWhitespace(agency[1] ?? ''), prefixLength: agency[0].length };
  const glued = /^([\p{Lu}][\p{Ll}]+(?:[ ][\p{Lu}][\p{L}]+){0,2})[-–—]\s+(?=[\p{Lu}"“])/u.exec(paragraph);
  if (glued) return { source: glued[1] ?? '', prefixLength: glued[0].length };
  const place = /^[\p{Lu}][\p{Lu} .,'’-]{1,40}\s[-–—]\s+/u.exec(paragraph);
  if (place) return { prefixLength: place[0].length };
  return undefined;
}

function titleFromBody(body: readonly string[], skip: number): string {
  const first = (body[0] ?? '').slice(skip);
  const sentence = splitSentences(first)[0] ?? first;
  if (sentence.length <= MAX_DERIVED_TITLE_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_DERIVED_TITLE_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > 40 ? lastSpace : cut.length).replace(/[,;:]$/, '')}…`;
}
