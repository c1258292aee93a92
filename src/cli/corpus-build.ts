import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { type Article, type CorpusInput, articleFromRecord, fingerprint, PACK_LIMITS, articleLanguage, safeArticleId, TwinFinder } from '../core/index.js';
import { InputError, MAX_INPUT_BYTES, readArticleFile, stemOf, withinSizeCap, type SkipKind } from './read-article.js';

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

/** Every article in the given folders and files, with what was skipped and why (for a small corpus compared from a folder). */
export async function readCorpusSources(paths: readonly string[]): Promise<CorpusRead> {
  const inputs: CorpusInput[] = [];
  const read = await streamCorpusSources(paths, (input) => void inputs.push(input));
  return { inputs, skipped: read.skipped, filesRead: read.filesRead };
}

export interface StreamedRead {
  kept: number;
  skipped: Skipped[];
  filesRead: number;
}

/** How far reading has gone, in bytes of the input files, and how many articles were kept. */
export type ReadProgress = (bytesDone: number, bytesTotal: number, kept: number) => void;

const ARTICLE_FILES = new Set(['.html', '.htm', '.txt', '.jsonl']);

/**
 * Every article in the given folders and files handed to `onArticle` as soon as it is read and
 * kept, so that a corpus of any size is never held whole: a .jsonl file is read a line at a
 * time. Duplicates (same id, or the same text as an article kept before) are found through the
 * fingerprints' bands, not by comparing all pairs.
 */
export async function streamCorpusSources(paths: readonly string[], onArticle: (input: CorpusInput) => void, onProgress?: ReadProgress): Promise<StreamedRead> {
  const files: { path: string; bytes: number }[] = [];
  const skipped: Skipped[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new InputError(`${path}: no such file or folder`);
    if (info.isDirectory()) files.push(...(await listFiles(path, skipped)));
    else files.push({ path, bytes: info.size });
  }
  const bytesTotal = files.reduce((sum, f) => sum + f.bytes, 0);
  let bytesDone = 0;
  let kept = 0;
  const ids = new Set<string>();
  const twins = new TwinFinder<string>();
  const keep = (file: string, id: string, article: Article): void => {
    if (article.paragraphs.length === 0) return void skipped.push({ file, kind: 'not an article', reason: 'no text' });
    const language = articleLanguage(article);
    if (!language.english) return void skipped.push({ file, kind: 'not English', reason: `not in English${language.name ? ` (${language.name})` : ''}` });
    if (kept >= PACK_LIMITS.articles)
      return void skipped.push({ file, kind: 'over the limit', reason: `over the limit of ${PACK_LIMITS.articles} articles per pack` });
    if (ids.has(id)) return void skipped.push({ file, kind: 'duplicate', reason: `duplicate id "${id}"` });
    const print = fingerprint(article.paragraphs);
    const twin = twins.twinOf(print);
    if (twin !== undefined) return void skipped.push({ file, kind: 'duplicate', reason: `same text as "${twin}"` });
    ids.add(id);
    twins.add(print, id);
    kept++;
    onArticle({ id, article });
  };
  for (const { path: file, bytes } of files) {
    const fileStart = bytesDone;
    onProgress?.(bytesDone, bytesTotal, kept);
    const kind = extname(file).toLowerCase();
    if (!ARTICLE_FILES.has(kind)) {
      skipped.push({ file, kind: 'not an article', reason: `not an article file (${kind || 'no extension'}; reads .html, .txt, .jsonl)` });
      bytesDone = fileStart + bytes;
      continue;
    }
    try {
      if (kind === '.jsonl') {
        await readJsonLines(
          file,
          (entry) => {
            if ('reason' in entry) skipped.push(entry);
            else keep(entry.file, entry.id, entry.article);
          },
          (lineBytes) => onProgress?.((bytesDone = Math.min(fileStart + bytes, bytesDone + lineBytes)), bytesTotal, kept),
        );
      } else {
        // A file's name is the id only when it is plain; any other name gets a safe one (safeArticleId).
        keep(file, safeArticleId(stemOf(file)), await readArticleFile(file));
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      skipped.push({ file, kind: error.kind, reason: error.message.startsWith(`${file}: `) ? error.message.slice(file.length + 2) : error.message });
    }
    bytesDone = fileStart + bytes;
  }
  onProgress?.(bytesTotal, bytesTotal, kept);
  return { kept, skipped, filesRead: files.length };
}

/**
 * The article files in a folder and its subfolders, hidden ones aside. Symbolic links are not
 * followed (a link can lead out of the folder, to a device or round in a loop), and neither
 * they nor FIFOs, sockets or devices are read: each is listed as skipped, with why.
 */
async function listFiles(folder: string, skipped: Skipped[]): Promise<{ path: string; bytes: number }[]> {
  const entries = (await readdir(folder, { withFileTypes: true, recursive: true }))
    .filter((entry) => !entry.name.startsWith('.') && !entry.isDirectory())
    .map((entry) => ({ entry, path: join(entry.parentPath, entry.name) }))
    .sort((a, b) => relative(folder, a.path).localeCompare(relative(folder, b.path)));
  const files: { path: string; bytes: number }[] = [];
  for (const { entry, path } of entries) {
    if (entry.isFile()) files.push({ path, bytes: (await stat(path).catch(() => undefined))?.size ?? 0 });
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

/**
 * A .jsonl file read a line at a time, each line handed on as an article or a reason to skip
 * it: the file may be any size. A line is held only up to the 20 MB an article file may have;
 * past that the rest of it is passed over unread into memory, and a file that starts with a
 * NUL byte is refused as binary.
 */
async function readJsonLines(file: string, onEntry: (entry: JsonLineEntry) => void, onBytes: (bytes: number) => void): Promise<void> {
  let index = 0;
  let parts: Buffer[] = [];
  let held = 0;
  let tooLong = false;
  let first = true;
  const endLine = () => {
    const where = `${file}:${index + 1}`;
    const entry = tooLong
      ? ({ file: where, kind: 'too large', reason: `a line longer than ${MAX_INPUT_BYTES / 1024 / 1024} MB` } as const)
      : jsonLineEntry(Buffer.concat(parts, held).toString('utf8'), file, index);
    index++;
    if (entry) onEntry(entry);
    parts = [];
    held = 0;
    tooLong = false;
  };
  try {
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      if (first && chunk.includes(0)) throw new InputError(`${file}: is a binary file, not text`);
      first = false;
      onBytes(chunk.length);
      let start = 0;
      for (let end = chunk.indexOf(10, start); ; end = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, end < 0 ? chunk.length : end);
        if (!tooLong && held + piece.length > MAX_INPUT_BYTES) {
          tooLong = true;
          parts = [];
        }
        if (!tooLong) {
          parts.push(Buffer.from(piece));
          held += piece.length;
        }
        if (end < 0) break;
        endLine();
        start = end + 1;
      }
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot be read (${code ?? (error as Error).message})`);
  }
  if (held > 0 || tooLong) endLine();
  if (index === 0) throw new InputError(`${file}: the file is empty`, 'not an article');
}

function jsonLineEntry(line: string, file: string, index: number): JsonLineEntry | undefined {
  if (!line.trim()) return undefined;
  const where = `${file}:${index + 1}`;
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return { file: where, kind: 'unreadable', reason: 'not valid JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { file: where, kind: 'unreadable', reason: 'not a JSON object' };
  }
  const record = data as Record<string, unknown>;
  if (typeof record.title !== 'string' || typeof record.text !== 'string') {
    return { file: where, kind: 'unreadable', reason: 'needs "title" and "text" as text' };
  }
  const optional = (key: string): string | undefined => (typeof record[key] === 'string' && record[key] ? (record[key] as string) : undefined);
  // The record's title is the headline: its text is body only.
  const article = articleFromRecord({ title: record.title, text: record.text, source: optional('source'), url: optional('url'), publishedAt: optional('publishedAt') });
  if (!article.title) {
    return { file: where, kind: 'not an article', reason: 'empty title' };
  }
  const id = safeArticleId(optional('id') ?? `${stemOf(file)}:${index + 1}`);
  try {
    withinSizeCap(article, where);
  } catch (error) {
    return { file: where, kind: 'too large', reason: (error as Error).message.slice(where.length + 2) };
  }
  return { file: where, id, article };
}
