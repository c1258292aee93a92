// A value's typed arrays kept apart from it in IndexedDB, as one Blob: reading a stored match
// index at a worker start, IndexedDB hands the value over as a structured clone that the worker
// deserializes on its own thread, a cost that grows with every megabyte of typed arrays (about
// 14 MB at 10,000 articles, 100 to 250 ms of the first press in Chromium). A Blob's bytes arrive
// through the browser's blob store instead, and the typed arrays are then views on them, copied
// no more. The rest of the value (strings, numbers) is stored as it is.

const TYPES = { Uint8Array, Uint16Array, Uint32Array, Float64Array };
type TypeName = keyof typeof TYPES;

/** Where one typed array was in the value, and where its bytes are in the Blob. */
export interface ViewPlace {
  path: string[];
  type: TypeName;
  byteOffset: number;
  length: number;
}

/** A value with its typed arrays taken out (left null), their places, and their bytes. */
export interface TypedArraysApart<T> {
  value: T;
  views: ViewPlace[];
  bytes: Blob;
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

/**
 * The value with every typed array found through its plain objects (not inside arrays) taken out
 * into one Blob, each at an offset that is a multiple of 8. The value given is not changed: the
 * objects on the way to a typed array are copied.
 */
export function typedArraysApart<T extends object>(value: T): TypedArraysApart<T> {
  const views: ViewPlace[] = [];
  const parts: ArrayBufferView[] = [];
  let size = 0;
  const apart = (object: Record<string, unknown>, path: string[]): Record<string, unknown> => {
    const copy: Record<string, unknown> = { ...object };
    for (const [key, field] of Object.entries(object)) {
      if (ArrayBuffer.isView(field)) {
        const view = field as ArrayBufferView & { length: number };
        views.push({ path: [...path, key], type: typeNameOf(view), byteOffset: size, length: view.length });
        parts.push(view);
        const padding = (8 - (view.byteLength % 8)) % 8;
        if (padding) parts.push(new Uint8Array(padding));
        size += view.byteLength + padding;
        copy[key] = null;
      } else if (isPlainObject(field)) copy[key] = apart(field, [...path, key]);
    }
    return copy;
  };
  const rest = apart(value as Record<string, unknown>, []) as T;
  return { value: rest, views, bytes: new Blob(parts as BlobPart[]) };
}

/** The value as it was before typedArraysApart, its typed arrays views on the Blob's bytes (read in parts: partsOf). */
export async function typedArraysBack<T extends object>(stored: TypedArraysApart<T>): Promise<T> {
  const parts = partsOf(stored.views);
  const buffers = await Promise.all(parts.map(({ start, end }) => stored.bytes.slice(start, end).arrayBuffer()));
  parts.forEach(({ start, views }, i) => {
    for (const { path, type, byteOffset, length } of views) {
      let owner = stored.value as Record<string, unknown>;
      for (const key of path.slice(0, -1)) owner = owner[key] as Record<string, unknown>;
      owner[path[path.length - 1]!] = new TYPES[type](buffers[i]!, byteOffset - start, length);
    }
  });
  return stored.value;
}

/** Whether a stored value is one that typedArraysApart made. */
export function isTypedArraysApart(value: unknown): value is TypedArraysApart<object> {
  return isPlainObject(value) && Array.isArray(value.views) && typeof Blob !== 'undefined' && value.bytes instanceof Blob && isPlainObject(value.value);
}

/** Adjacent typed arrays are read together up to this many bytes; a larger one is read alone. */
export const READ_PART_BYTES = 1 << 20;

interface Part {
  start: number;
  end: number;
  views: ViewPlace[];
}

/**
 * The Blob's bytes as parts read side by side, each a run of whole typed arrays (so that each
 * array is a view on its part's buffer, copied no more): adjacent arrays together up to
 * `READ_PART_BYTES`, a larger one alone. The bytes come to the reading thread between its tasks,
 * and at a worker's first press its thread is taken by long steps (the warm-up, the page's
 * analysis) while the match index (20 MB at 10,000 articles) is read: read as one, its bytes were
 * in only after the page's analysis had ended (0 to 130 ms after it, in Chromium under load), read
 * in parts mostly before it (docs/benchmarks.md, stop 22).
 */
function partsOf(views: readonly ViewPlace[]): Part[] {
  const parts: Part[] = [];
  for (const view of [...views].sort((a, b) => a.byteOffset - b.byteOffset)) {
    const end = view.byteOffset + view.length * TYPES[view.type].BYTES_PER_ELEMENT;
    const last = parts[parts.length - 1];
    if (last && end - last.start <= READ_PART_BYTES) {
      last.end = end;
      last.views.push(view);
    } else parts.push({ start: view.byteOffset, end, views: [view] });
  }
  return parts;
}
