import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { jsdom } from './jsdom.js';
import { type Article, articleFromPlainText, countWords } from '../core/index.js';
import { extractArticle, MAX_ARTICLE_WORDS, type Extraction } from '../extract/article-from-document.js';

/** Why a corpus build leaves a file out, in the words its summary counts them by. */
export type SkipKind = 'symbolic link' | 'too large' | 'not English' | 'duplicate' | 'unreadable' | 'not an article' | 'over the limit';

export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly kind: SkipKind = 'unreadable',
  ) {
    super(message);
  }
}

/** Files larger than this are not articles; reading them would only stall the tool. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** A saved page read the way the extension reads a live one: Readability over the parsed document. */
export function extractFromHtml(html: string, url: string): Extraction {
  // Scripts never run and page errors stay quiet: a saved page is data, not a program.
  const { JSDOM, VirtualConsole } = jsdom();
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    return extractArticle(dom.window.document, url);
  } finally {
    dom.window.close();
  }
}

/** One article from a saved .html or .txt file; errors say what is wrong in one line. */
export async function readArticleFile(path: string): Promise<Article> {
  const text = await readText(path);
  const kind = extname(path).toLowerCase();
  if (kind === '.html' || kind === '.htm') {
    const extraction = extractFromHtml(text, pathToFileURL(resolve(path)).href);
    if (extraction.kind === 'not-article') throw new InputError(`${path}: ${extraction.reason}`, 'not an article');
    const article = extraction.article;
    // A saved file's address is where it sits on disk, not an article URL: keep the page's canonical one only.
    delete article.url;
    return withinSizeCap(article, path);
  }
  if (kind === '.txt' || kind === '.text' || kind === '') {
    const { header, body } = splitTextHeader(text, path);
    const article = articleFromPlainText(body, header);
    if (article.paragraphs.length === 0) throw new InputError(`${path}: the file has no text`, 'not an article');
    return withinSizeCap(article, path);
  }
  throw new InputError(`${path}: cannot read ${kind} files (use .html or .txt)`, 'not an article');
}

/** The extension's cap (MAX_ARTICLE_WORDS), applied to files too: past it the analyses run for minutes on what is no article. */
export function withinSizeCap(article: Article, path: string): Article {
  const words = countWords(article.paragraphs);
  if (words > MAX_ARTICLE_WORDS)
    throw new InputError(`${path}: the text has ${words.toLocaleString('en')} words, more than Crosscheck reads (${MAX_ARTICLE_WORDS.toLocaleString('en')})`, 'too large');
  return article;
}

export interface TextHeader {
  siteName?: string;
  publishedAt?: string;
  url?: string;
}

const HEADER_LINE = /^(source|published|url):[ \t]*(.*)$/i;

/**
 * A plain-text article may start with header lines before its headline, each optional, in any order:
 *   Source: The Frontier Ledger
 *   Published: 2025-10-19
 *   URL: https://example.org/news/ceasefire
 * then the headline on its own line and one paragraph per line.
 */
export function splitTextHeader(text: string, path: string): { header: TextHeader; body: string } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header: TextHeader = {};
  let i = 0;
  while (i < lines.length && !lines[i]!.trim()) i++;
  for (; i < lines.length; i++) {
    const match = HEADER_LINE.exec(lines[i]!.trim());
    if (!match) break;
    const key = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    if (!value) continue;
    if (key === 'source') header.siteName = value;
    else if (key === 'published') {
      const time = Date.parse(value);
      if (!Number.isFinite(time)) throw new InputError(`${path}: cannot read the date "Published: ${value.slice(0, 40)}" (write it as 2025-10-19)`);
      header.publishedAt = new Date(time).toISOString();
    } else {
      if (!/^https?:\/\/[^\s/?#]+/i.test(value)) throw new InputError(`${path}: "URL: ${value.slice(0, 40)}" is not an http(s) address`);
      header.url = value;
    }
  }
  return { header, body: lines.slice(i).join('\n') };
}

/**
 * A text file of at most `maxBytes`: its size is checked before a byte is read (stat), and the
 * read itself stops one byte past the limit, so that a file that grows, or lies about its size,
 * never costs more memory than the limit either. Folders, FIFOs and devices are refused unread.
 */
export async function readText(path: string, maxBytes = MAX_INPUT_BYTES): Promise<string> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT' ? new InputError(`${path}: no such file`) : cannotRead(path, error);
  });
  if (info.isDirectory()) throw new InputError(`${path}: is a folder, not a file`);
  if (!info.isFile()) throw new InputError(`${path}: not a regular file`);
  if (info.size > maxBytes) throw tooLarge(path, maxBytes, info.size);
  const chunks: Buffer[] = [];
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(path, { end: maxBytes }) as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      chunks.push(chunk);
    }
  } catch (error) {
    throw cannotRead(path, error as NodeJS.ErrnoException);
  }
  if (bytes > maxBytes) throw tooLarge(path, maxBytes, bytes);
  const buffer = Buffer.concat(chunks, bytes);
  if (buffer.includes(0)) throw new InputError(`${path}: is a binary file, not text`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer);
  if (!text.trim()) throw new InputError(`${path}: the file is empty`, 'not an article');
  return text;
}

function tooLarge(path: string, maxBytes: number, bytes: number): InputError {
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  return new InputError(`${path}: larger than ${mb(maxBytes)} (${bytes > maxBytes * 2 ? mb(bytes) : `${bytes.toLocaleString('en')} bytes`}); not read`, 'too large');
}

function cannotRead(path: string, error: NodeJS.ErrnoException): InputError {
  return new InputError(`${path}: cannot be read (${error.code ?? error.message})`);
}

export function stemOf(path: string): string {
  return basename(path, extname(path));
}
