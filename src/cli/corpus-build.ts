import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { type Article, type CorpusInput, parseDateline, paragraphsFromText, fingerprint, resemblance, SAME_TEXT_RESEMBLANCE, PACK_LIMITS, articleLanguage, safeArticleId } from '../core/index.js';
import { InputError, readArticleFile, readText, stemOf, withinSizeCap, type SkipKind } from './read-article.js';

export interface Skipped {
  file: string;
  /** What the summary counts it as. */
  kind: SkipKind;
  reason: string;
}

export interface CorpusRead {
  inputs: CorpusInput[];
  skipped: Skipped[];
  filesRead: number;
}

const ARTICLE_FILES = new Set(['.html', '.htm', '.txt', '.jsonl']);

/** Every article in the given folders and files, with what was skipped and why. */
export async function readCorpusSources(paths: readonly string[], onProgress?: (done: number, total: number) => void): Promise<CorpusRead> {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new InputError(`${path}: no such file or folder`);
    if (info.isDirectory()) files.push(...(await listFiles(path, skipped)));
    else files.push(path);
  }
  const inputs: CorpusInput[] = [];
  const seen = new Map<string, { id: string; fingerprint: number[] }>();
  const keep = (file: string, id: string, article: Article): void => {
    if (article.paragraphs.length === 0) return void skipped.push({ file, kind: 'not an article', reason: 'no text' });
    const language = articleLanguage(article);
    if (!language.english) return void skipped.push({ file, kind: 'not English', reason: `not in English${language.name ? ` (${language.name})` : ''}` });
    if (inputs.length >= PACK_LIMITS.articles)
      return void skipped.push({ file, kind: 'over the limit', reason: `over the limit of ${PACK_LIMITS.articles} articles per pack` });
    if (seen.has(id)) return void skipped.push({ file, kind: 'duplicate', reason: `duplicate id "${id}"` });
    const print = fingerprint(article.paragraphs);
    for (const other of seen.values()) {
      if (resemblance(print, other.fingerprint) >= SAME_TEXT_RESEMBLANCE)
        return void skipped.push({ file, kind: 'duplicate', reason: `same text as "${other.id}"` });
    }
    seen.set(id, { id, fingerprint: print });
    inputs.push({ id, article });
  };
  let done = 0;
  for (const file of files) {
    onProgress?.(done, files.length);
    done++;
    const kind = extname(file).toLowerCase();
    if (!ARTICLE_FILES.has(kind)) {
      skipped.push({ file, kind: 'not an article', reason: `not an article file (${kind || 'no extension'}; reads .html, .txt, .jsonl)` });
      continue;
    }
    try {
      if (kind === '.jsonl') {
        for (const entry of parseJsonLines(await readText(file), file)) {
          if ('reason' in entry) skipped.push(entry);
          else keep(entry.file, entry.id, entry.article);
        }
      } else {
        // A file's name is the id only when it is plain; any other name gets a safe one (safeArticleId).
        keep(file, safeArticleId(stemOf(file)), await readArticleFile(file));
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      skipped.push({ file, kind: error.kind, reason: error.message.startsWith(`${file}: `) ? error.message.slice(file.length + 2) : error.message });
    }
  }
  onProgress?.(files.length, files.length);
  return { inputs, skipped, filesRead: files.length };
}

/**
 * The article files in a folder and its subfolders, hidden ones aside. Symbolic links are not
 * followed (a link can lead out of the folder, to a device or round in a loop), and neither
 * they nor FIFOs, sockets or devices are read: each is listed as skipped, with why.
 */
async function listFiles(folder: string, skipped: Skipped[]): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true, recursive: true }))
    .filter((entry) => !entry.name.startsWith('.') && !entry.isDirectory())
    .map((entry) => ({ entry, path: join(entry.parentPath, entry.name) }))
    .sort((a, b) => relative(folder, a.path).localeCompare(relative(folder, b.path)));
  const files: string[] = [];
  for (const { entry, path } of entries) {
    if (entry.isFile()) files.push(path);
    else if (entry.isSymbolicLink()) skipped.push({ file: path, kind: 'symbolic link', reason: 'a symbolic link, not followed' });
    else skipped.push({ file: path, kind: 'unreadable', reason: 'not a regular file' });
  }
  return files;
}

/** The skipped files counted by kind, most frequent first: "2 duplicate, 1 symbolic link". */
export function skippedSummary(skipped: readonly Skipped[]): string {
  const counts = new Map<SkipKind, number>();
  for (const { kind } of skipped) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${n} ${kind}`).join(', ');
}

type JsonLineEntry = { file: string; id: string; article: Article } | Skipped;

function parseJsonLines(text: string, file: string): JsonLineEntry[] {
  const entries: JsonLineEntry[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${file}:${index + 1}`;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      entries.push({ file: where, kind: 'unreadable', reason: 'not valid JSON' });
      return;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      entries.push({ file: where, kind: 'unreadable', reason: 'not a JSON object' });
      return;
    }
    const record = data as Record<string, unknown>;
    if (typeof record.title !== 'string' || typeof record.text !== 'string') {
      entries.push({ file: where, kind: 'unreadable', reason: 'needs "title" and "text" as text' });
      return;
    }
    const optional = (key: string): string | undefined => (typeof record[key] === 'string' && record[key] ? (record[key] as string) : undefined);
    // The record's title is the headline: its text is body only.
    const article: Article = { title: paragraphsFromText(record.title).join(' '), paragraphs: paragraphsFromText(record.text) };
    if (!article.title) {
      entries.push({ file: where, kind: 'not an article', reason: 'empty title' });
      return;
    }
    const siteName = optional('source') ?? parseDateline(article.paragraphs[0] ?? '')?.source;
    if (siteName) article.siteName = siteName;
    const url = optional('url');
    if (url) article.url = url;
    const publishedAt = optional('publishedAt');
    if (publishedAt) article.publishedAt = publishedAt;
    const id = safeArticleId(optional('id') ?? `${stemOf(file)}:${index + 1}`);
    try {
      withinSizeCap(article, where);
    } catch (error) {
      entries.push({ file: where, kind: 'too large', reason: (error as Error).message.slice(where.length + 2) });
      return;
    }
    entries.push({ file: where, id, article });
  });
  return entries;
}
