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

/** The value as it was before typedArraysApart, its typed arrays views on the Blob's bytes (read in parts: bytesOf). */
export async function typedArraysBack<T extends object>(stored: TypedArraysApart<T>): Promise<T> {
  const buffer = await bytesOf(stored.bytes);
  for (const { path, type, byteOffset, length } of stored.views) {
    let owner = stored.value as Record<string, unknown>;
    for (const key of path.slice(0, -1)) owner = owner[key] as Record<string, unknown>;
    owner[path[path.length - 1]!] = new TYPES[type](buffer, byteOffset, length);
  }
  return stored.value;
}

/** Whether a stored value is one that typedArraysApart made. */
export function isTypedArraysApart(value: unknown): value is TypedArraysApart<object> {
  return isPlainObject(value) && Array.isArray(value.views) && typeof Blob !== 'undefined' && value.bytes instanceof Blob && isPlainObject(value.value);
}

/** Bytes of a Blob read in parts of this size at once. */
export const READ_PART_BYTES = 1 << 20;

/**
 * A Blob's bytes, read as parts of `READ_PART_BYTES` side by side and put together (one copy). The
 * bytes come to the reading thread between its tasks, and at a worker's first press its thread is
 * taken by long steps (the warm-up, the page's analysis) while the match index (20 MB at 10,000
 * articles) is read: read whole, its bytes were in only after the page's analysis had ended (0 to
 * 130 ms after it, in Chromium under load), read in parts mostly before it (docs/benchmarks.md, stop 22).
 */
async function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  if (blob.size <= READ_PART_BYTES) return blob.arrayBuffer();
  const starts = Array.from({ length: Math.ceil(blob.size / READ_PART_BYTES) }, (_, i) => i * READ_PART_BYTES);
  const parts = await Promise.all(starts.map((start) => blob.slice(start, start + READ_PART_BYTES).arrayBuffer()));
  const whole = new Uint8Array(blob.size);
  parts.forEach((part, i) => whole.set(new Uint8Array(part), starts[i]!));
  return whole.buffer;
}
