// A pack file read as the CLI reads every pack (`compare --corpus`, `corpus update`): a version 4
// pack a line at a time (its header, its match index, one record per article), so that no line
// is ever joined to the next in memory; a single-object pack of version 2 or 3 whole, up to the
// same limit.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { PACK_LIMITS, PackError, PackLineReader, parsePackJson, type CorpusPack } from '../core/index.js';
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
