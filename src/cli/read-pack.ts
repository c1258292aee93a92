// A pack file read as the CLI reads every pack (`compare --corpus`, `corpus update`): a version 4
// pack a line at a time (its header, its match index, one record per article), so that no line
// is ever joined to the next in memory; a single-object pack of version 2 or 3 whole, up to the
// same limit.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { StringDecoder } from 'node:string_decoder';
import { ANALYSES, inCurrentReading, matchOnlyPack, PACK_LIMITS, PackError, PackLineReader, parsePackJson, readHeader, readIndex, readRecord, type Base64Decoder, type CorpusPack } from '../core/index.js';
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
    await scanLines(path, () => true, (_n, line) => {
      reader.push(line);
      return true;
    });
    return reader.finish();
  } catch (error) {
    if (error instanceof PackError) throw new InputError(`${path}: ${error.message}`);
    throw error;
  }
}

/**
 * Node's own base64 decoder, for the match index's term steps (`termSteps16`): the column's ASCII
 * bytes copied as a Latin-1 text, then decoded natively (100,000 articles, 44 MB of base64: some
 * 40 ms, against about 90 in a JavaScript loop). Node passes over characters outside the alphabet
 * (the core refuses the column then, number-text.ts base64Bytes) but reads the URL-safe '-' and
 * '_' as '+' and '/': those are refused first, by a native search.
 */
export const nodeBase64: Base64Decoder = (ascii) => {
  if (typeof ascii === 'string') {
    if (ascii.includes('-') || ascii.includes('_')) throw new PackError('base64 of the URL-safe alphabet');
    return Buffer.from(ascii, 'base64');
  }
  const bytes = Buffer.from(ascii.buffer, ascii.byteOffset, ascii.length);
  if (bytes.includes(0x2d) || bytes.includes(0x5f)) throw new PackError('base64 of the URL-safe alphabet');
  return Buffer.from(bytes.toString('latin1'), 'base64');
};

/**
 * A pack opened for one comparison: what matching needs now, and the records of the few articles
 * a report reads, on request, their analysis features in this build's reading (read again from
 * their text when the pack was built by another: core/corpus/reading.ts).
 */
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
    const complete = async (positions: ReadonlySet<number>): Promise<void> => {
      for (const n of positions) pack.articles[n] = inCurrentReading(pack.articles[n]!, pack.reading);
    };
    return { pack, complete };
  }
  const info = await stat(path);
  if (info.size > PACK_LIMITS.fileBytes)
    throw new InputError(`${path}: larger than ${PACK_LIMITS.fileBytes / 1024 / 1024} MB, the most a pack may have; not read`, 'too large');
  try {
    const [headerLine, indexLine] = await firstLines(path, 2);
    const header = readHeader(headerLine?.toString('utf8') ?? '');
    if (indexLine === undefined) throw new PackError('the pack has no match index');
    // As bytes: a version 5 index's number columns are read from them (index-bytes.ts).
    const index = readIndex(indexLine, header, (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'), nodeBase64);
    const pack = matchOnlyPack(header, index);
    const complete = async (positions: ReadonlySet<number>): Promise<void> => {
      if (positions.size === 0) return;
      let found = 0;
      // Line n of the file (header 0, index 1) is the record of article n - 2; only those asked for are decoded.
      await scanLines(path, (n) => positions.has(n - 2), (n, text) => {
        pack.articles[n - 2] = inCurrentReading(readRecord(text, index.entries[n - 2]!, index.shapes, ANALYSES), pack.reading);
        return ++found < positions.size;
      });
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

/**
 * The first `count` lines of a file that hold more than white space, as bytes (a final carriage
 * return dropped), read into one buffer as large as they may be (untouched pages cost nothing):
 * a 100,000-article match index (113 MB) is read once, not read in pieces and joined.
 */
async function firstLines(path: string, count: number): Promise<Buffer[]> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const buffer = Buffer.allocUnsafeSlow(Math.min(size, count * (PACK_LIMITS.lineChars + 1)));
    const found: Buffer[] = [];
    let filled = 0;
    let lineStart = 0;
    let searched = 0;
    while (found.length < count) {
      // Only the bytes read so far are searched: the buffer's untouched rest (hundreds of MB) was
      // searched again after every read, 2.4 of the 7 s of CPU a 100,000-article load took.
      let end = buffer.subarray(0, filled).indexOf(NEWLINE, searched);
      if (end < 0) {
        searched = filled;
        if (filled - lineStart > PACK_LIMITS.lineChars) throw new PackError(`line ${found.length + 1} of the pack is longer than ${PACK_LIMITS.lineChars / 1024 / 1024} MB`);
        const { bytesRead } = filled < buffer.length ? await file.read(buffer, filled, Math.min(4 * 1024 * 1024, buffer.length - filled), filled) : { bytesRead: 0 };
        if (bytesRead > 0) {
          filled += bytesRead;
          continue;
        }
        end = filled;
      }
      let line = buffer.subarray(lineStart, end);
      if (line.length > PACK_LIMITS.lineChars) throw new PackError(`line ${found.length + 1} of the pack is longer than ${PACK_LIMITS.lineChars / 1024 / 1024} MB`);
      if (line.some((byte) => !isBlankByte(byte))) {
        if (line[line.length - 1] === 0x0d) line = line.subarray(0, -1);
        found.push(line);
      }
      if (end === filled) break;
      lineStart = searched = end + 1;
    }
    return found;
  } finally {
    await file.close();
  }
}

const NEWLINE = 0x0a;
const isBlankByte = (byte: number) => byte === 0x20 || byte === 0x09 || byte === 0x0d;

/**
 * The lines of a file that hold more than white space, numbered from 0, found by looking for
 * newline bytes: only the lines `wanted` names are decoded (as UTF-8, a final carriage return
 * dropped) and given to `visit`, which returns false to stop. Passing over the thousands of
 * records `compare` does not read costs a byte search, not a string each (readline made them all).
 * A kept line is decoded straight from each chunk read (a StringDecoder carries a character cut
 * at a chunk's end): no copy of its bytes, where copying each piece and joining the copies cost
 * 20-40 ms for a 100,000-article match index.
 */
async function scanLines(path: string, wanted: (n: number) => boolean, visit: (n: number, line: string) => boolean): Promise<void>;
async function scanLines(path: string, wanted: (n: number) => boolean, visit: (n: number, line: Buffer) => boolean, asBytes: true): Promise<void>;
async function scanLines(path: string, wanted: (n: number) => boolean, visit: (n: number, line: never) => boolean, asBytes = false): Promise<void> {
  const file = await open(path, 'r');
  try {
    let chunk = Buffer.allocUnsafe(4 * 1024 * 1024);
    let number = 0;
    let decoder = new StringDecoder('utf8');
    let text = '';
    // A line asked for as bytes: its pieces (views on the chunks read), joined at its end.
    let pieces: Buffer[] = [];
    let filled = false;
    let keep = wanted(0);
    let length = 0;
    const endLine = (): boolean => {
      let go = true;
      if (filled) {
        if (keep) {
          if (length > PACK_LIMITS.lineChars) throw new PackError(`line ${number + 1} of the pack is longer than ${PACK_LIMITS.lineChars / 1024 / 1024} MB`);
          if (asBytes) {
            const bytes = Buffer.concat(pieces, length);
            go = visit(number, (bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes) as never);
          } else {
            text += decoder.end();
            go = visit(number, (text.endsWith('\r') ? text.slice(0, -1) : text) as never);
          }
        }
        number++;
      }
      decoder = new StringDecoder('utf8');
      text = '';
      pieces = [];
      length = 0;
      filled = false;
      keep = wanted(number);
      return go;
    };
    for (;;) {
      // A line kept as bytes holds pieces of the last chunk: the next is read into a new one.
      if (pieces.length > 0 && pieces[pieces.length - 1]!.buffer === chunk.buffer) chunk = Buffer.allocUnsafeSlow(chunk.length);
      const { bytesRead } = await file.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      let start = 0;
      while (start < bytesRead) {
        let end = chunk.indexOf(NEWLINE, start);
        if (end < 0 || end >= bytesRead) end = bytesRead;
        if (!filled) for (let k = start; k < end; k++) if (!isBlankByte(chunk[k]!)) { filled = true; break; }
        if (keep) {
          length += end - start;
          if (length <= PACK_LIMITS.lineChars) {
            // The chunk's own bytes: a new chunk is read into next (below), not this one.
            if (asBytes) pieces.push(chunk.subarray(start, end));
            else text += decoder.write(chunk.subarray(start, end));
          }
        }
        if (end === bytesRead) break;
        if (!endLine()) return;
        start = end + 1;
      }
    }
    endLine();
  } finally {
    await file.close();
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
