// A list of texts kept as numbers: the UTF-8 bytes of every text end to end, and each text's
// length. A stored match index keeps its vocabulary of terms (about 107,000 at 10,000 articles)
// and its names so: IndexedDB hands a list of strings over as a structured clone that the worker
// deserializes on its own thread at every start, text by text (with the other string columns,
// 30 to 140 ms of a first press in Chromium), while a typed array goes with the index's other
// typed arrays into the Blob it reads without deserializing (platform/typed-blob.ts). A text is
// made when first read, and a press reads a few hundred of them: the binary searches of the
// page's terms, and the terms and names of the articles matching lists.
import { narrowest, type NumberColumn, type TextList } from '../match/term-index.js';

/**
 * Texts as UTF-8 bytes end to end, with each text's length in bytes. A lone surrogate (which no
 * checked pack holds, but a string may) is written as its own three bytes, so that every string
 * reads back exactly as it was written.
 */
export interface StoredTexts {
  bytes: Uint8Array;
  lengths: NumberColumn;
}

/** The texts of a list as stored texts. */
export function storedTexts(texts: TextList): StoredTexts {
  const lengths = new Uint32Array(texts.length);
  let total = 0;
  for (let i = 0; i < texts.length; i++) {
    const length = utf8Length(texts.at(i)!);
    lengths[i] = length;
    total += length;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (let i = 0; i < texts.length; i++) at = writeUtf8(texts.at(i)!, bytes, at);
  return { bytes, lengths: narrowest(lengths) };
}

function utf8Length(text: string): number {
  let length = 0;
  for (let k = 0; k < text.length; k++) {
    const unit = text.charCodeAt(k);
    if (unit < 0x80) length += 1;
    else if (unit < 0x800) length += 2;
    else if (isPair(text, k)) {
      length += 4;
      k++;
    } else length += 3;
  }
  return length;
}

const isPair = (text: string, k: number): boolean => {
  const unit = text.charCodeAt(k);
  if (unit < 0xd800 || unit > 0xdbff || k + 1 >= text.length) return false;
  const next = text.charCodeAt(k + 1);
  return next >= 0xdc00 && next <= 0xdfff;
};

function writeUtf8(text: string, bytes: Uint8Array, at: number): number {
  for (let k = 0; k < text.length; k++) {
    const unit = text.charCodeAt(k);
    if (unit < 0x80) bytes[at++] = unit;
    else if (unit < 0x800) {
      bytes[at++] = 0xc0 | (unit >> 6);
      bytes[at++] = 0x80 | (unit & 0x3f);
    } else if (isPair(text, k)) {
      const point = 0x10000 + ((unit - 0xd800) << 10) + (text.charCodeAt(++k) - 0xdc00);
      bytes[at++] = 0xf0 | (point >> 18);
      bytes[at++] = 0x80 | ((point >> 12) & 0x3f);
      bytes[at++] = 0x80 | ((point >> 6) & 0x3f);
      bytes[at++] = 0x80 | (point & 0x3f);
    } else {
      bytes[at++] = 0xe0 | (unit >> 12);
      bytes[at++] = 0x80 | ((unit >> 6) & 0x3f);
      bytes[at++] = 0x80 | (unit & 0x3f);
    }
  }
  return at;
}

/** The text of UTF-8 bytes that writeUtf8 wrote. */
function readUtf8(bytes: Uint8Array, start: number, end: number): string {
  let ascii = true;
  for (let b = start; b < end && ascii; b++) if (bytes[b]! >= 0x80) ascii = false;
  if (ascii && end - start <= CHUNK) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  const units: number[] = [];
  let text = '';
  for (let b = start; b < end; ) {
    const byte = bytes[b]!;
    if (byte < 0x80) {
      units.push(byte);
      b += 1;
    } else if (byte < 0xe0) {
      units.push(((byte & 0x1f) << 6) | (bytes[b + 1]! & 0x3f));
      b += 2;
    } else if (byte < 0xf0) {
      units.push(((byte & 0x0f) << 12) | ((bytes[b + 1]! & 0x3f) << 6) | (bytes[b + 2]! & 0x3f));
      b += 3;
    } else {
      const point = (((byte & 0x07) << 18) | ((bytes[b + 1]! & 0x3f) << 12) | ((bytes[b + 2]! & 0x3f) << 6) | (bytes[b + 3]! & 0x3f)) - 0x10000;
      units.push(0xd800 + (point >> 10), 0xdc00 + (point & 0x3ff));
      b += 4;
    }
    if (units.length >= CHUNK) text += String.fromCharCode(...units.splice(0));
  }
  return text + String.fromCharCode(...units);
}

/** Longest run of code units handed to String.fromCharCode at once (its arguments are bounded). */
const CHUNK = 4096;

/** Stored texts read by place, each made when first read and then kept. */
export class StoredTextList implements TextList {
  readonly #bytes: Uint8Array;
  /** Where text i ends in the bytes (it starts where text i - 1 ends). */
  readonly #ends: Uint32Array;
  readonly #made: (string | undefined)[];

  constructor({ bytes, lengths }: StoredTexts) {
    this.#bytes = bytes;
    // Summed in locals: this runs once per worker start over every term (about 107,000 at 10,000 articles), in code
    // not yet compiled for speed, where each read and write of a private field costs several times a local's.
    const count = lengths.length;
    const ends = new Uint32Array(count);
    let end = 0;
    for (let i = 0; i < count; i++) {
      end += lengths[i]!;
      ends[i] = end;
    }
    this.#ends = ends;
    this.#made = new Array<string | undefined>(count);
  }

  get length(): number {
    return this.#ends.length;
  }

  /** Text `index` (from 0), or undefined past the list's ends. */
  at(index: number): string | undefined {
    if (!(index >= 0 && index < this.#ends.length)) return undefined;
    let text = this.#made[index];
    if (text === undefined) {
      text = readUtf8(this.#bytes, index === 0 ? 0 : this.#ends[index - 1]!, this.#ends[index]!);
      this.#made[index] = text;
    }
    return text;
  }

  /**
   * How text `index` compares with `text` in code-unit order (TextList.compareAt), read from its
   * bytes while they are ASCII (each byte its code unit); a text with another character before
   * they differ is made and compared whole. A search probes a vocabulary without making a text
   * at every probe.
   */
  compareAt(index: number, text: string): number {
    const bytes = this.#bytes;
    const start = index === 0 ? 0 : this.#ends[index - 1]!;
    const end = this.#ends[index]!;
    for (let k = 0; ; k++) {
      if (start + k === end) return k === text.length ? 0 : -1;
      if (k === text.length) return 1;
      const byte = bytes[start + k]!;
      if (byte >= 0x80) {
        const made = this.at(index)!;
        return made < text ? -1 : made > text ? 1 : 0;
      }
      const unit = text.charCodeAt(k);
      if (byte !== unit) return byte - unit;
    }
  }

  /** Whether text `index` starts with `prefix` (TextList.startsWithAt), read from its bytes as compareAt reads them. */
  startsWithAt(index: number, prefix: string): boolean {
    const bytes = this.#bytes;
    const start = index === 0 ? 0 : this.#ends[index - 1]!;
    const end = this.#ends[index]!;
    for (let k = 0; k < prefix.length; k++) {
      const byte = start + k < end ? bytes[start + k]! : -1;
      if (byte >= 0x80) return this.at(index)!.startsWith(prefix);
      if (byte !== prefix.charCodeAt(k)) return false;
    }
    return true;
  }
}
