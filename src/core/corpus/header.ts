// A pack's header line, read on its own: what the options page shows of a pack (its name and
// size) without reading or checking the rest, and without the analyses' code.
import { PackError, text } from '../analysis/schema.js';
import { feedStatesSchema, type FeedState } from './feed-state.js';
import { PACK_LIMITS } from './limits.js';
import { oneLine } from '../text/escape.js';
import { READING_VERSION } from '../reading-version.js';

export const PACK_FORMAT = 'crosscheck-corpus';
// 2: each article carries its numbers, quotes, fact units and framing, worked out when the pack is built.
// 3: terms include names, years and figures; the pack carries each article's nearest neighbours.
// 4: two parts in JSON Lines, a compact match index and one record per article (pack-file.ts); 2 and 3 are upgraded on import.
// 5: the match index as columns (index-columns.ts), not one row per article; records as in 4, and 4 still read.
// 6: as 5, with the term steps as 16-bit words (`termSteps16`, stop 27) where 5 has a number text (`termSteps`),
//    which builds before it require: a new version, so that such a build says it cannot read the pack and why
//    rather than that a column is missing. 5 still read.
export const PACK_VERSION = 6;
/** The versions written as JSON Lines with a header, which this build reads. */
export const LINE_VERSIONS: readonly number[] = [4, 5, PACK_VERSION];

export interface PackHeader {
  name: string;
  articleCount: number;
  feeds?: FeedState[];
  /** The version the pack was written in, when read (one of LINE_VERSIONS); a header is always written in PACK_VERSION. */
  version?: number;
  /**
   * Which reading of the text its articles' analysis features were worked out by (READING_VERSION
   * of the build that wrote it); absent in a pack written before the header named one, or one
   * that carries articles of several readings. Builds before stop 29 pass the key over unread.
   */
  reading?: number;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${oneLine(value.slice(0, 40))}"` : oneLine(String(value).slice(0, 40));
}

export function headerLine(header: PackHeader): string {
  const line: Record<string, unknown> = { format: PACK_FORMAT, version: PACK_VERSION, name: header.name, articles: header.articleCount };
  if (header.reading !== undefined) line.reading = header.reading;
  if (header.feeds) line.feeds = header.feeds;
  return JSON.stringify(line);
}

/** Whether a pack's articles were read as this build reads them: false for another reading or none named. */
export function isCurrentReading(reading: number | undefined): boolean {
  return reading === READING_VERSION;
}

/** The header, checked: the first line of a pack of version 4 or later. */
export function readHeader(line: string): PackHeader {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    throw new PackError(`the pack header is not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new PackError('the pack must be an object');
  const root = data as Record<string, unknown>;
  if (root.format !== PACK_FORMAT) throw new PackError(`not a Crosscheck corpus pack (format is ${describe(root.format)})`);
  if (!LINE_VERSIONS.includes(root.version as number))
    throw new PackError(`pack version ${describe(root.version)} is not supported (this build reads version ${PACK_VERSION}); rebuild it with "crosscheck corpus build"`);
  const name = text(PACK_LIMITS.titleChars)(root.name, 'name');
  const articleCount = root.articles;
  if (typeof articleCount !== 'number' || !Number.isInteger(articleCount) || articleCount < 1)
    throw new PackError('"articles" must be the number of articles, at least 1');
  if (articleCount > PACK_LIMITS.articles) throw new PackError(`the pack holds ${articleCount} articles; at most ${PACK_LIMITS.articles} are supported`);
  const header: PackHeader = { name, articleCount, version: root.version as number };
  if (root.reading !== undefined) {
    if (typeof root.reading !== 'number' || !Number.isInteger(root.reading) || root.reading < 1)
      throw new PackError(`"reading" must be a whole number, at least 1 (it is ${describe(root.reading)})`);
    header.reading = root.reading;
  }
  if (root.feeds !== undefined) header.feeds = feedStatesSchema(root.feeds, 'feeds');
  return header;
}

/**
 * The name and size of a pack from the first bytes of its text: the header line of a pack of
 * version 4 or later. Undefined for a pack of an earlier version, which has no header (it must be read whole).
 */
export function headerOf(start: string): PackHeader | undefined {
  const end = start.indexOf('\n');
  if (end < 0 || !/^\s*\{/.test(start)) return undefined;
  const line = start.slice(0, end);
  if (!/\}\s*$/.test(line)) return undefined;
  return readHeader(line);
}
