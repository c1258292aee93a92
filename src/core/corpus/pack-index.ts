// The small file a publisher puts next to its packs so that subscribers can tell a pack
// they already have from a new one, and a download that arrived whole and unchanged from one
// that did not: each pack's address, SHA-256 and build time. docs/feeds-and-subscriptions.md
// describes it for publishers.
import { list, num, object, optional, PackError, text, type Schema } from '../analysis/schema.js';

export const PACK_INDEX_FORMAT = 'crosscheck-pack-index';
export const PACK_INDEX_VERSION = 1;

export interface PackIndexEntry {
  /** The pack's address, absolute or relative to the index; on the index's own site. */
  url: string;
  /** SHA-256 of the pack file's bytes, 64 lowercase hex digits. */
  sha256: string;
  /** ISO 8601 date-time the pack was built. */
  builtAt: string;
  name?: string;
  articles?: number;
  bytes?: number;
}

export interface PackIndex {
  format: typeof PACK_INDEX_FORMAT;
  version: typeof PACK_INDEX_VERSION;
  packs: PackIndexEntry[];
}

const MAX_PACKS = 500;

const sha256: Schema<string> = (data, where) => {
  const value = text(64)(data, where);
  if (!/^[0-9a-f]{64}$/.test(value)) throw new PackError(`${where} must be 64 lowercase hexadecimal digits`);
  return value;
};

const dateTime: Schema<string> = (data, where) => {
  const value = text(40)(data, where);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || !Number.isFinite(Date.parse(value))) throw new PackError(`${where} must be an ISO 8601 date-time`);
  return value;
};

const entrySchema: Schema<PackIndexEntry> = object({
  url: text(2_000),
  sha256,
  builtAt: dateTime,
  name: optional(text(1_000)),
  articles: optional(num({ integer: true, min: 0 })),
  bytes: optional(num({ integer: true, min: 0 })),
});

/** Whether parsed JSON says it is a pack index (as opposed to a pack). */
export function isPackIndex(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === PACK_INDEX_FORMAT;
}

/** An index checked field by field; throws a PackError that says what is wrong. */
export function parsePackIndex(data: unknown): PackIndex {
  if (!isPackIndex(data)) throw new PackError('not a Crosscheck pack index');
  const root = data as Record<string, unknown>;
  if (root.version !== PACK_INDEX_VERSION) throw new PackError(`pack index version ${String(root.version).slice(0, 20)} is not supported (this build reads version ${PACK_INDEX_VERSION})`);
  const packs = list(entrySchema, MAX_PACKS)(root.packs, 'packs');
  if (packs.length === 0) throw new PackError('the pack index lists no packs');
  return { format: PACK_INDEX_FORMAT, version: PACK_INDEX_VERSION, packs };
}

/** The most recently built pack of an index. */
export function newestPack(index: PackIndex): PackIndexEntry {
  return index.packs.reduce((best, entry) => (Date.parse(entry.builtAt) > Date.parse(best.builtAt) ? entry : best));
}
