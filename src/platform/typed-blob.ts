// A value's typed arrays kept apart from it in IndexedDB, as a few Blobs: reading a stored match
// index at a worker start, IndexedDB hands the value over as a structured clone that the worker
// deserializes on its own thread, a cost that grows with every megabyte of typed arrays (about
// 14 MB at 10,000 articles, 100 to 250 ms of the first press in Chromium). A Blob's bytes arrive
// through the browser's blob store instead, and the typed arrays are then views on them, copied
// no more. The rest of the value (strings, numbers) is stored as it is.

const TYPES = { Uint8Array, Uint16Array, Uint32Array, Float64Array };
type TypeName = keyof typeof TYPES;

/** Where one typed array was in the value, and where its bytes are: which part, and where in it. */
export interface ViewPlace {
  path: string[];
  type: TypeName;
  part: number;
  byteOffset: number;
  length: number;
}

/** A value with its typed arrays taken out (left null), their places, and their bytes as Blobs, one per part (typedArraysApart). */
export interface TypedArraysApart<T> {
  value: T;
  views: ViewPlace[];
  parts: Blob[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function typeNameOf(view: ArrayBufferView): TypeName {
  for (const name of Object.keys(TYPES) as TypeName[]) if (view instanceof TYPES[name]) return name;
  throw new Error(`a ${view.constructor.name} cannot be stored apart`);
}

/** Adjacent typed arrays share a part up to this many bytes; a larger one is a part alone. */
export const READ_PART_BYTES = 1 << 20;

/**
 * The value with every typed array found through its plain objects (not inside arrays) taken out
 * into Blobs, each array at an offset in its part that is a multiple of 8. The value given is not
 * changed: the objects on the way to a typed array are copied.
 *
 * The parts are read side by side, each a run of whole typed arrays (so that each array is a view
 * on its part's buffer, copied no more): adjacent arrays together up to `READ_PART_BYTES`, a larger
 * one alone. The bytes come to the reading thread between its tasks, and at a worker's first press
 * its thread is taken by long steps (the warm-up, the page's analysis) while the match index (20 MB
 * at 10,000 articles) is read: read as one, its bytes were in only after the page's analysis had
 * ended (0 to 130 ms after it, in Chromium under load), read in parts mostly before it
 * (docs/benchmarks.md, stop 22). Each part is a Blob of its own, made when the value is stored:
 * cutting one stored Blob into parts at every read (`Blob.slice`) waits on the browser for each
 * part, on the reading thread (14 parts of a 10,000-article index: 6 to 13 ms in Chromium at load
 * 18, 30 to 280 ms at load 20 to 23, while the tab's extraction waited behind it; stop 27).
 */
export function typedArraysApart<T extends object>(value: T): TypedArraysApart<T> {
  const views: ViewPlace[] = [];
  const parts: ArrayBufferView[][] = [];
  let partSize = 0;
  const apart = (object: Record<string, unknown>, path: string[]): Record<string, unknown> => {
    const copy: Record<string, unknown> = { ...object };
    for (const [key, field] of Object.entries(object)) {
      if (ArrayBuffer.isView(field)) {
        const view = field as ArrayBufferView & { length: number };
        // Where the array may start in the current part: a multiple of 8 (the part's bytes before it padded up to one).
        const aligned = Math.ceil(partSize / 8) * 8;
        if (parts.length === 0 || aligned + view.byteLength > READ_PART_BYTES) {
          parts.push([]);
          partSize = 0;
        } else if (aligned > partSize) {
          parts[parts.length - 1]!.push(new Uint8Array(aligned - partSize));
          partSize = aligned;
        }
        views.push({ path: [...path, key], type: typeNameOf(view), part: parts.length - 1, byteOffset: partSize, length: view.length });
        parts[parts.length - 1]!.push(view);
        partSize += view.byteLength;
        copy[key] = null;
      } else if (isPlainObject(field)) copy[key] = apart(field, [...path, key]);
    }
    return copy;
  };
  const rest = apart(value as Record<string, unknown>, []) as T;
  return { value: rest, views, parts: parts.map((part) => new Blob(part as BlobPart[])) };
}

/** The value as it was before typedArraysApart, its typed arrays views on its parts' bytes, read side by side. */
export async function typedArraysBack<T extends object>(stored: TypedArraysApart<T>): Promise<T> {
  const buffers = await Promise.all(stored.parts.map((part) => part.arrayBuffer()));
  for (const { path, type, part, byteOffset, length } of stored.views) {
    let owner = stored.value as Record<string, unknown>;
    for (const key of path.slice(0, -1)) owner = owner[key] as Record<string, unknown>;
    owner[path[path.length - 1]!] = new TYPES[type](buffers[part]!, byteOffset, length);
  }
  return stored.value;
}

/**
 * Whether a stored value is one that typedArraysApart made. One kept apart as a single Blob (read in
 * slices, before stop 27) is not: like an index stored whole, it is made again from the pack.
 */
export function isTypedArraysApart(value: unknown): value is TypedArraysApart<object> {
  return (
    isPlainObject(value) &&
    Array.isArray(value.views) &&
    typeof Blob !== 'undefined' &&
    Array.isArray(value.parts) &&
    value.parts.every((part) => part instanceof Blob) &&
    isPlainObject(value.value)
  );
}
