// How a version 4 pack writes values without repeating itself.
//
// Records: the analyses' features are plain JSON whose objects mostly share a few shapes (a
// figure, a quote, a fact unit...). Each object is written as a list, its shape's number first
// and then its values in the shape's key order; the shapes (their key lists) are written once,
// in the pack's match index. A list whose first entry is a number is written with -1 in front,
// so that it is never read as an object. Key names, a quarter of a version 3 pack's bytes, are
// gone; numbers stay numbers. Decoding builds maps without a prototype; the analyses' own
// schemas then check the result as they check any pack.
//
// Fingerprints: 64 unsigned 32-bit hashes, written as base64 of their bytes (344 characters
// against about 700 as decimal numbers).
import { PackError } from '../analysis/schema.js';

/** Key lists of the objects records hold, in the order they were first met; a shape's number is its place here. */
export class Shapes {
  readonly list: string[][] = [];
  private readonly byKey = new Map<string, number>();

  constructor(list: readonly (readonly string[])[] = []) {
    for (const keys of list) this.idOf(keys);
  }

  idOf(keys: readonly string[]): number {
    // Written as JSON, so that no two key lists share a name ([] and [''] joined are both '').
    const key = JSON.stringify(keys);
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.list.length;
      this.byKey.set(key, id);
      this.list.push([...keys]);
    }
    return id;
  }
}

/** Beyond this many distinct shapes an object is written with its keys (a map with keys of its own, not a shape). */
export const MAX_SHAPES = 4_096;
const LIST = -1;
const KEYED = -2;
/** Deeper nesting than any analysis writes; a decoder that recursed without bound could be made to overflow its stack. */
const MAX_DEPTH = 32;

export function encodeValue(value: unknown, shapes: Shapes): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => encodeValue(item, shapes));
    return typeof items[0] === 'number' ? [LIST, ...items] : items;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
    const values = keys.map((k) => encodeValue((value as Record<string, unknown>)[k], shapes));
    if (shapes.list.length < MAX_SHAPES || keys.length === 0) return [shapes.idOf(keys), ...values];
    return [KEYED, ...keys.flatMap((k, i) => [k, values[i]])];
  }
  return value;
}

export function decodeValue(value: unknown, shapes: readonly (readonly string[])[], where: string, depth = 0): unknown {
  if (!Array.isArray(value)) return value;
  if (depth > MAX_DEPTH) throw new PackError(`${where} is nested too deeply`);
  const decode = (item: unknown) => decodeValue(item, shapes, where, depth + 1);
  const head = value[0];
  if (typeof head !== 'number') return value.map(decode);
  if (head === LIST) return value.slice(1).map(decode);
  const object: Record<string, unknown> = Object.create(null);
  if (head === KEYED) {
    if (value.length % 2 !== 1) throw new PackError(`${where}: a keyed object must list keys and values in pairs`);
    for (let i = 1; i < value.length; i += 2) {
      const key = value[i];
      if (typeof key !== 'string') throw new PackError(`${where}: a key must be text`);
      object[key] = decode(value[i + 1]);
    }
    return object;
  }
  const keys = Number.isInteger(head) && head >= 0 ? shapes[head] : undefined;
  if (!keys) throw new PackError(`${where}: ${String(head).slice(0, 20)} is not a shape of the pack`);
  if (value.length !== keys.length + 1) throw new PackError(`${where}: an object of shape ${head} must have ${keys.length} values`);
  keys.forEach((key, i) => (object[key] = decode(value[i + 1])));
  return object;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Unsigned 32-bit numbers as base64 of their little-endian bytes. */
export function uint32sToBase64(numbers: readonly number[]): string {
  const bytes: number[] = [];
  for (const n of numbers) bytes.push(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b = 0, c = 0] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const triple = (a << 16) | (b << 8) | c;
    out += ALPHABET[(triple >>> 18) & 63]! + ALPHABET[(triple >>> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(triple >>> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[triple & 63]! : '=';
  }
  return out;
}

// Each character's value, -1 for a character outside the alphabet (read by char code: no map lookup per character).
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** The numbers back, or undefined when the text is not base64 of whole 32-bit numbers. */
export function base64ToUint32s(text: string): number[] | undefined {
  if (text.length % 4 !== 0) return undefined;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const byteCount = (text.length / 4) * 3 - pad;
  if (byteCount % 4 !== 0) return undefined;
  const numbers = new Array<number>(byteCount / 4).fill(0);
  let byte = 0;
  for (let i = 0; i < text.length; i += 4) {
    let triple = 0;
    for (let k = 0; k < 4; k++) {
      const at = i + k;
      const code = text.charCodeAt(at);
      const value = at >= text.length - pad ? (code === 61 ? 0 : -1) : code < 128 ? VALUE[code]! : -1;
      if (value < 0) return undefined;
      triple = (triple << 6) | value;
    }
    for (let shift = 16; shift >= 0 && byte < byteCount; shift -= 8, byte++) numbers[byte >> 2]! += ((triple >>> shift) & 0xff) * 2 ** (8 * (byte & 3));
  }
  return numbers;
}
