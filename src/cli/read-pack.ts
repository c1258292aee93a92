// A pack file read as the CLI reads every pack (`compare --corpus`, `corpus update`): a version 4
// pack a line at a time (its header, its match index, one record per article), so that no line
// is ever joined to the next in memory; a single-object pack of version 2 or 3 whole, up to the
// same limit.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { ANALYSES, matchOnlyPack, PACK_LIMITS, PackError, PackLineReader, parsePackJson, readHeader, readIndex, readRecord, type CorpusPack } from '../core/index.js';
import { InputError, readText } from './read-article.js';

export async function readPackFile(path: string): Promise<CorpusPack> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new InputError(`${path}: no such corpus pack`);
  if (!info.isFile()) throw new InputError(`${path}: not a regular file`);
  if (info.size > PACK_LIMITS.fileBytes)
    throw new InputError(`${path}: larger than ${PACK_LIMITS.fileBytes / 1024 / 1024} MB, the most a pack may have; not read`, 'too large');
  try {
    if (!(await startsWithHeaderLine(path))) return parsePackJson(await readText(path, PACK_LIMITS.fileBytes));
    const reader = new PackLineReader();
    const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) if (line.trim()) reader.push(line);
    return reader.finish();
  } catch (error) {
    if (error instanceof PackError) throw new InputError(`${path}: ${error.message}`);
    throw error;
  }
}

/** A pack opened for one comparison: what matching needs now, and the records of the few articles a report reads, on request. */
export interface OpenedPack {
  pack: CorpusPack;
  /** Reads the records of the articles at these places in the pack into it. */
  complete(positions: ReadonlySet<number>): Promise<void>;
}

/**
 * A version 4 pack's header and match index only (a single-object pack of an earlier version is
 * read whole): matching reads no text, and a report reads the records of its related articles
 * alone, so `compare` never reads or checks the thousands of records it does not use.
 */
export async function openPackForMatching(path: string): Promise<OpenedPack> {
  if (!(await startsWithHeaderLine(path))) {
    const pack = await readPackFile(path);
    return { pack, complete: async () => undefined };
  }
  const info = await stat(path);
  if (info.size > PACK_LIMITS.fileBytes)
    throw new InputError(`${path}: larger than ${PACK_LIMITS.fileBytes / 1024 / 1024} MB, the most a pack may have; not read`, 'too large');
  try {
    const [headerLine, indexLine] = await firstLines(path, 2);
    const header = readHeader(headerLine!);
    if (indexLine === undefined) throw new PackError('the pack has no match index');
    const index = readIndex(indexLine, header.articleCount);
    const pack = matchOnlyPack(header, index);
    const complete = async (positions: ReadonlySet<number>): Promise<void> => {
      if (positions.size === 0) return;
      let line = -2;
      let found = 0;
      const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
      for await (const text of lines) {
        if (!text.trim()) continue;
        if (line >= 0 && positions.has(line)) {
          pack.articles[line] = readRecord(text, index.entries[line]!, index.shapes, ANALYSES);
          if (++found === positions.size) break;
        }
        line++;
      }
      lines.close();
      if (found < positions.size) throw new PackError(`the pack holds fewer records than its ${header.articleCount} articles (cut short?)`);
    };
    return {
      pack,
      complete: (positions) =>
        complete(positions).catch((error: unknown) => {
          throw error instanceof PackError ? new InputError(`${path}: ${error.message}`) : error;
        }),
    };
  } catch (error) {
    if (error instanceof PackError) throw new InputError(`${path}: ${error.message}`);
    throw error;
  }
}

async function firstLines(path: string, count: number): Promise<string[]> {
  const found: string[] = [];
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim()) found.push(line);
    if (found.length === count) break;
  }
  lines.close();
  return found;
}

/** Whether the file's first line is a whole JSON object (a version 4 header) rather than the start of one big object. */
async function startsWithHeaderLine(path: string): Promise<boolean> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', end: 64 * 1024 }), crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    try {
      const head = JSON.parse(line) as unknown;
      return typeof head === 'object' && head !== null && !Array.isArray(head) && !('articles' in head && Array.isArray((head as { articles: unknown }).articles));
    } catch {
      return false;
    }
  }
  return false;
}
