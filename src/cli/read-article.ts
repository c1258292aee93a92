import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { type Article, articleFromPlainText } from '../core/index.js';
import { extractArticle, type Extraction } from '../extract/article-from-document.js';

export class InputError extends Error {
  override name = 'InputError';
}

/** Files larger than this are not articles; reading them would only stall the tool. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** A saved page read the way the extension reads a live one: Readability over the parsed document. */
export function extractFromHtml(html: string, url: string): Extraction {
  // Scripts never run and page errors stay quiet: a saved page is data, not a program.
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
    if (extraction.kind === 'not-article') throw new InputError(`${path}: ${extraction.reason}`);
    const article = extraction.article;
    // A saved file's address is where it sits on disk, not an article URL: keep the page's canonical one only.
    delete article.url;
    return article;
  }
  if (kind === '.txt' || kind === '.text' || kind === '') {
    const article = articleFromPlainText(text);
    if (article.paragraphs.length === 0) throw new InputError(`${path}: the file has no text`);
    return article;
  }
  throw new InputError(`${path}: cannot read ${kind} files (use .html or .txt)`);
}

export async function readText(path: string): Promise<string> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${path}: is a folder, not a file`);
    throw new InputError(`${path}: cannot be read (${code ?? (error as Error).message})`);
  }
  if (buffer.length > MAX_INPUT_BYTES) throw new InputError(`${path}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
  if (buffer.includes(0)) throw new InputError(`${path}: is a binary file, not text`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer);
  if (!text.trim()) throw new InputError(`${path}: the file is empty`);
  return text;
}

export function stemOf(path: string): string {
  return basename(path, extname(path));
}
