import type { Article } from './types.js';
import { readDateline } from './english/datelines.js';
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
  const dateline = readDateline(body[0] ?? '');
  const article: Article = {
    title: title ?? titleFromBody(body, dateline?.length ?? 0),
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
  const siteName = record.source || readDateline(article.paragraphs[0] ?? '')?.source;
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

function titleFromBody(body: readonly string[], skip: number): string {
  const first = (body[0] ?? '').slice(skip);
  const sentence = splitSentences(first)[0] ?? first;
  if (sentence.length <= MAX_DERIVED_TITLE_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_DERIVED_TITLE_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > 40 ? lastSpace : cut.length).replace(/[,;:]$/, '')}…`;
}
