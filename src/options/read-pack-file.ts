import { headerOf, isCurrentReading, PACK_LIMITS, PackError, type PackHeader } from '../core/pack-header.js';

/** What the options page needs of a chosen file: the browser's File, or a fake in tests. */
export interface PackFile {
  readonly size: number;
  text(): Promise<string>;
  /** The first bytes, read without reading the rest (File.slice). */
  slice(start: number, end: number): { text(): Promise<string> };
}

export function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * What the page says of a pack whose articles were read by another version of Crosscheck (its
 * header names another reading, or none): the report reads them again as it uses them. Nothing for
 * a pack read as this version reads.
 */
export function olderReadingNote(reading: number | undefined): string | undefined {
  if (isCurrentReading(reading)) return undefined;
  return 'Built by an older version of Crosscheck: the articles a report uses are read again, so reports match a new pack but come a little slower. Building the pack again with the current “crosscheck corpus build” avoids that.';
}

/** Longest header line read to tell a pack from another file before reading it all. */
const HEADER_BYTES = 64 * 1024;

/**
 * A pack file's text, after two checks that need no validator: its size (File.size is known
 * without reading, so an oversized file never reaches memory) and its header line (a file that
 * is not a version 4 pack, nor the single JSON object of an earlier version, is refused unread).
 * The pack is checked whole by the background, once (background/import-pack.ts).
 */
export async function readPackFile(file: PackFile): Promise<{ json: string; header?: PackHeader }> {
  if (file.size > PACK_LIMITS.fileBytes)
    throw new PackError(`the file is ${sizeLabel(file.size)}; packs up to ${sizeLabel(PACK_LIMITS.fileBytes)} can be imported`);
  const start = await file.slice(0, HEADER_BYTES).text();
  const header = headerOf(start);
  if (!header && !/^\s*\{/.test(start)) throw new PackError('not a Crosscheck corpus pack (it does not start with a pack header)');
  const json = await file.text();
  return header ? { json, header } : { json };
}
