// Lists of whole numbers as text, for the columns of a version 5 match index (index-columns.ts).
//
// Each number is written in base 32, least significant digit first, one character of the base64
// alphabet per digit: 'A' to 'f' (values 0 to 31) are a number's last digit, 'g' to '/' (32 to
// 63) a digit that more digits follow. A number below 32 takes one character, below 1,024 two,
// below 32,768 three. A column is read in one pass over its characters into a typed array: JSON
// would make a value per number, and parsing a hundred thousand articles' numbers so took most
// of a version 4 pack's load. Bytes that are not small numbers (fingerprint hashes) are written
// as plain base64.
import { PackError } from '../analysis/schema.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
// Each character's value, -1 for a character outside the alphabet, by char code (any UTF-16 code
// unit: no range check per character, and no map lookup).
const VALUE = new Int8Array(65536).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** The largest number a column holds: what a Uint32Array keeps exactly. */
export const MAX_NUMBER = 0xffffffff;

/** A number below 2^24 as four base64 characters, most significant first: a column read by place (index-columns.ts dates). */
export function base64Of24(value: number): string {
  return ALPHABET[(value >>> 18) & 63]! + ALPHABET[(value >>> 12) & 63]! + ALPHABET[(value >>> 6) & 63]! + ALPHABET[value & 63]!;
}

/** The number base64Of24 wrote at character `at` of a text checked to be base64 characters alone. */
export function base64At24(text: string, at: number): number {
  return (VALUE[text.charCodeAt(at)]! << 18) | (VALUE[text.charCodeAt(at + 1)]! << 12) | (VALUE[text.charCodeAt(at + 2)]! << 6) | VALUE[text.charCodeAt(at + 3)]!;
}
/** Digits of MAX_NUMBER in base 32: a longer number is refused before its value can grow past it. */
const MAX_DIGITS = 7;

/** ASCII characters appended one at a time into a growing byte array, then read as one string. */
class Characters {
  private codes = new Uint8Array(1024);
  length = 0;

  push(code: number): void {
    if (this.length === this.codes.length) {
      const larger = new Uint8Array(this.codes.length * 2);
      larger.set(this.codes);
      this.codes = larger;
    }
    this.codes[this.length++] = code;
  }

  text(): string {
    const parts: string[] = [];
    // In slices: String.fromCharCode takes its characters as arguments, and a call has a bounded number of them.
    for (let at = 0; at < this.length; at += 8192) parts.push(String.fromCharCode.apply(null, this.codes.subarray(at, Math.min(at + 8192, this.length)) as unknown as number[]));
    return parts.join('');
  }
}

/** A column of whole numbers being written. */
export class NumberText {
  private readonly characters = new Characters();
  count = 0;

  push(value: number): void {
    if (!(Number.isInteger(value) && value >= 0 && value <= MAX_NUMBER)) throw new Error(`a number column holds whole numbers from 0 to ${MAX_NUMBER}, not ${value}`);
    let rest = value;
    while (rest >= 32) {
      this.characters.push(CODES[32 + (rest % 32)]!);
      rest = Math.floor(rest / 32);
    }
    this.characters.push(CODES[rest]!);
    this.count++;
  }

  text(): string {
    return this.characters.text();
  }
}

/** The numbers of a whole column, for a list in memory. */
export function numberText(values: ArrayLike<number>): string {
  const out = new NumberText();
  for (let k = 0; k < values.length; k++) out.push(values[k]!);
  return out.text();
}

/**
 * A number column's characters as bytes, what the readers loop over. A column is given as its
 * text (as JSON gives it) or, by a reader of the line's bytes (index-bytes.ts), as the bytes of its
 * text (ASCII where the column is valid), read without a copy as a string (the term steps alone
 * are about 40 MB at 100,000 articles). So: the bytes it was given, or each
 * character of its text as its code, past ASCII as 0xff (no digit). A character outside the
 * alphabet is refused at its place either way (in bytes, every byte before it being ASCII, the
 * same place), with the same message.
 */
function columnBytes(data: unknown, where: string): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (typeof data !== 'string') throw new PackError(`${where} must be a text of numbers`);
  const bytes = new Uint8Array(data.length);
  for (let k = 0; k < data.length; k++) {
    const code = data.charCodeAt(k);
    bytes[k] = code < 0x80 ? code : 0xff;
  }
  return bytes;
}

/** Where a reader of a column's bytes is: the place of its next byte. */
interface ColumnCursor {
  at: number;
}

/**
 * A number of a column whose first character was just read (`first`, its value, not a last digit:
 * 32 and more, or -1 outside the alphabet), read on from `cursor.at`, which is moved past it.
 * `count` is the number's place in the column (from 1), for what a refusal says. Most numbers are
 * one character, read by the caller's own loop: this is for the others.
 */
function restOfNumber(bytes: Uint8Array, cursor: ColumnCursor, first: number, where: string, count: number): number {
  let at = cursor.at;
  if (first < 0) throw new PackError(`${where}: character ${at} is not a digit of a number column (base64 letters only)`);
  let value = first - 32;
  let scale = 32;
  let digit: number;
  for (let digits = 1; ; digits++) {
    if (digits === MAX_DIGITS) throw new PackError(`${where}: number ${count} is longer than ${MAX_DIGITS} digits`);
    if (at === bytes.length) throw new PackError(`${where} ends in the middle of a number`);
    digit = VALUE[bytes[at++]!]!;
    if (digit < 32) break;
    value += (digit - 32) * scale;
    scale *= 32;
  }
  cursor.at = at;
  if (digit < 0) throw new PackError(`${where}: character ${at} is not a digit of a number column (base64 letters only)`);
  value += digit * scale;
  if (value > MAX_NUMBER) throw new PackError(`${where}: number ${count} is larger than ${MAX_NUMBER}`);
  return value;
}

/**
 * A column's numbers read into `out`, as many as there are (a PackError past `out.length`); the
 * count read, in one loop over the text: a reader called once per number cost about twice the loop
 * (15 million term numbers in a 100,000-article index; docs/benchmarks.md).
 */
export function readInto(data: unknown, out: Uint32Array, where: string): number {
  const bytes = columnBytes(data, where);
  const capacity = out.length;
  const cursor: ColumnCursor = { at: 0 };
  let count = 0;
  while (cursor.at < bytes.length) {
    const digit = VALUE[bytes[cursor.at++]!]!;
    count++;
    const value = digit >= 0 && digit < 32 ? digit : restOfNumber(bytes, cursor, digit, where, count);
    if (count > capacity) throw new PackError(`${where} holds more than the ${capacity} numbers expected`);
    out[count - 1] = value;
  }
  return count;
}

/** Exactly `count` numbers of a column, each at most `max`; a PackError names the column otherwise. */
export function readNumbers(text: unknown, count: number, where: string, max = MAX_NUMBER): Uint32Array {
  const out = new Uint32Array(count);
  const found = readInto(text, out, where);
  if (found !== count) throw new PackError(`${where} holds ${found} numbers, not the ${count} expected`);
  if (max < MAX_NUMBER) for (let k = 0; k < count; k++) if (out[k]! > max) throw new PackError(`${where}: number ${k + 1} (${out[k]}) is past the largest allowed, ${max}`);
  return out;
}

/** Every number of a column whose count is not known beforehand (a column of variable-length entries), at most `most`. */
export function readAllNumbers(text: unknown, most: number, where: string): Uint32Array {
  const out = new Uint32Array(Math.min(most, typeof text === 'string' || text instanceof Uint8Array ? text.length : 0));
  return out.subarray(0, readInto(text, out, where));
}

/** Bytes as base64 (the standard alphabet, padded), appended one at a time. */
class Base64Text {
  private readonly characters = new Characters();
  private pending = 0;
  private pendingBytes = 0;

  pushByte(byte: number): void {
    this.pending = (this.pending << 8) | byte;
    if (++this.pendingBytes < 3) return;
    for (let shift = 18; shift >= 0; shift -= 6) this.characters.push(CODES[(this.pending >>> shift) & 63]!);
    this.pending = 0;
    this.pendingBytes = 0;
  }

  text(): string {
    const rest = this.pendingBytes;
    if (rest > 0) {
      const triple = this.pending << (8 * (3 - rest));
      this.characters.push(CODES[(triple >>> 18) & 63]!);
      this.characters.push(CODES[(triple >>> 12) & 63]!);
      this.characters.push(rest === 2 ? CODES[(triple >>> 6) & 63]! : 61);
      this.characters.push(61);
      this.pending = 0;
      this.pendingBytes = 0;
    }
    return this.characters.text();
  }
}

/** Unsigned 32-bit numbers as base64 of their little-endian bytes. */
export class Uint32Base64 {
  private readonly out = new Base64Text();
  count = 0;

  push(value: number): void {
    if (!(Number.isInteger(value) && value >= 0 && value <= MAX_NUMBER)) throw new Error(`not an unsigned 32-bit number: ${value}`);
    for (let shift = 0; shift < 32; shift += 8) this.out.pushByte(Math.floor(value / 2 ** shift) & 0xff);
    this.count++;
  }

  text(): string {
    return this.out.text();
  }
}

/**
 * Whole numbers as base64 of little-endian 16-bit words (index-columns.ts `termSteps16`): a number
 * below 65,535 as its word, any other (up to MAX_NUMBER) as the word 65,535 then its low and its
 * high word. Decoded by the runtime's own base64 decoder (`base64Bytes`), then read a word at a
 * time: no digit loop, where a number text costs one step per base-32 digit.
 */
export class Uint16Base64 {
  private readonly out = new Base64Text();

  push(value: number): void {
    if (!(Number.isInteger(value) && value >= 0 && value <= MAX_NUMBER)) throw new Error(`a word column holds whole numbers from 0 to ${MAX_NUMBER}, not ${value}`);
    if (value < WORD_ESCAPE) this.pushWord(value);
    else {
      this.pushWord(WORD_ESCAPE);
      this.pushWord(value % 65536);
      this.pushWord(Math.floor(value / 65536));
    }
  }

  private pushWord(word: number): void {
    this.out.pushByte(word & 0xff);
    this.out.pushByte(word >>> 8);
  }

  text(): string {
    return this.out.text();
  }
}

/** The word that says a number of a word column (Uint16Base64) is written in the two words after it. */
export const WORD_ESCAPE = 0xffff;

/**
 * A base64 decoder of the runtime (Node's Buffer, for instance): the bytes of a text of the
 * standard base64 alphabet, given as its text or as the bytes of its ASCII characters. It may pass
 * over characters outside the alphabet (`base64Bytes` refuses the text then: fewer bytes than its
 * length makes) but must not read any as a letter of the alphabet: a decoder that reads the
 * URL-safe `-` and `_` as `+` and `/` (Node's) refuses them first (cli/read-pack.ts nodeBase64).
 */
export type Base64Decoder = (ascii: string | Uint8Array) => Uint8Array;

/** The standard decoder of ECMAScript 2026 (`Uint8Array.fromBase64`), where the runtime has it (recent browsers): it takes a text. */
const standardFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

/**
 * The bytes of a column written as base64 (the standard alphabet, padded to whole groups of four
 * characters), given as its text (JSON) or its ASCII bytes (index-bytes.ts); a PackError naming
 * the column where it is anything else. Decoded by `decoder` when given (a caller's native one),
 * else by the runtime's standard decoder when it has one, else in this module's own loop. Whatever
 * decodes it, a text is refused alike: a length not a multiple of four, more than two '=', and
 * any character outside the alphabet (a decoder refuses it or passes over it: fewer bytes than
 * the length makes).
 */
export function base64Bytes(data: unknown, where: string, decoder?: Base64Decoder): Uint8Array {
  const refused = () => new PackError(`${where} must be base64 of whole bytes (A-Z a-z 0-9 + /, padded with "=")`);
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) throw refused();
  const length = data.length;
  const codeAt = typeof data === 'string' ? (k: number) => data.charCodeAt(k) : (k: number) => data[k]!;
  let padding = 0;
  while (padding < length && codeAt(length - 1 - padding) === 61) padding++;
  if (length % 4 !== 0 || padding > 2) throw refused();
  let bytes: Uint8Array | undefined;
  try {
    if (decoder) bytes = decoder(data);
    else if (standardFromBase64) bytes = standardFromBase64(typeof data === 'string' ? data : latin1Text(data));
    else bytes = decodeBase64(codeAt, length, padding);
  } catch {
    // The decoder's own refusal, said as every other one is.
    throw refused();
  }
  if (!bytes || bytes.length !== (length / 4) * 3 - padding) throw refused();
  return bytes;
}

/** Bytes as the text of their Latin-1 characters (ASCII here), in slices: String.fromCharCode takes its characters as arguments. */
function latin1Text(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += 8192) parts.push(String.fromCharCode.apply(null, bytes.subarray(at, Math.min(at + 8192, bytes.length)) as unknown as number[]));
  return parts.join('');
}

/** Base64 decoded in a loop of this module's own, for a runtime without a native decoder; undefined at a character outside the alphabet or a '=' before the `padding` that ends the text. */
function decodeBase64(codeAt: (k: number) => number, length: number, padding: number): Uint8Array | undefined {
  const bytes = new Uint8Array((length / 4) * 3);
  let b = 0;
  for (let at = 0; at < length; at += 4) {
    const last = at + 4 === length;
    const c2 = last && padding === 2 ? 0 : VALUE[codeAt(at + 2)]!;
    const c3 = last && padding > 0 ? 0 : VALUE[codeAt(at + 3)]!;
    // Any character outside the alphabet (-1) makes the whole negative.
    const triple = (VALUE[codeAt(at)]! << 18) | (VALUE[codeAt(at + 1)]! << 12) | (c2 << 6) | c3;
    if (triple < 0) return undefined;
    bytes[b++] = triple >>> 16;
    bytes[b++] = (triple >>> 8) & 0xff;
    bytes[b++] = triple & 0xff;
  }
  return bytes.subarray(0, bytes.length - padding);
}

/** Whether this machine stores a 16-bit number's low byte first (a Uint16Array over little-endian bytes then reads them as written). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The words of a word column (Uint16Base64), checked to be base64 of whole 16-bit words (`base64Bytes`), as 16-bit numbers. */
export function uint16sOfBase64(data: unknown, where: string, decoder?: Base64Decoder): Uint16Array {
  const bytes = base64Bytes(data, where, decoder);
  if (bytes.length % 2 !== 0) throw new PackError(`${where} must be base64 of whole 16-bit words`);
  // The decoded bytes themselves where they can be read in place; otherwise each word put together.
  if (LITTLE_ENDIAN && bytes.byteOffset % 2 === 0) return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
  const words = new Uint16Array(bytes.length / 2);
  for (let w = 0; w < words.length; w++) words[w] = bytes[2 * w]! | (bytes[2 * w + 1]! << 8);
  return words;
}

/** Numbers (of a number text) as the words of a word column (Uint16Base64), the two words of an escaped number after WORD_ESCAPE. */
export function wordsOfNumbers(numbers: ArrayLike<number>): Uint16Array {
  let escaped = 0;
  for (let k = 0; k < numbers.length; k++) if (numbers[k]! >= WORD_ESCAPE) escaped++;
  const words = new Uint16Array(numbers.length + 2 * escaped);
  for (let k = 0, w = 0; k < numbers.length; k++) {
    const value = numbers[k]!;
    if (value < WORD_ESCAPE) words[w++] = value;
    else {
      words[w++] = WORD_ESCAPE;
      words[w++] = value & 0xffff;
      words[w++] = value >>> 16;
    }
  }
  return words;
}

/**
 * Base64 of `count` unsigned 32-bit numbers, checked without decoding it: its length, its
 * characters and its padding. Each article's numbers are decoded when first read (`uint32sAt`).
 */
export function checkUint32Base64(text: unknown, count: number, where: string): string {
  const byteCount = count * 4;
  const length = Math.ceil(byteCount / 3) * 4;
  if (typeof text !== 'string' || text.length !== length) throw new PackError(`${where} must be base64 of ${count} unsigned 32-bit numbers`);
  // The last group of four characters ends in one '=' per byte it lacks.
  const padding = (length / 4) * 3 - byteCount;
  // One search over the whole text (a slice of it would be copied first): '=' is allowed only as the padding.
  const bad = /[^A-Za-z0-9+/=]/.exec(text);
  if (bad) throw new PackError(`${where}: character ${bad.index + 1} is not base64`);
  const firstPad = text.indexOf('=');
  if (firstPad >= 0 && firstPad < length - padding) throw new PackError(`${where}: character ${firstPad + 1} is not base64`);
  if (text.slice(length - padding) !== '='.repeat(padding)) throw new PackError(`${where} must end in ${padding} "=" after its last number`);
  return text;
}

/** Numbers `from` to `from + count` of checked base64 of unsigned 32-bit numbers (`checkUint32Base64`). */
export function uint32sAt(text: string, from: number, count: number): number[] {
  const firstByte = from * 4;
  // Whole groups of four characters (three bytes) around the numbers' bytes.
  const firstGroup = Math.floor(firstByte / 3);
  const endGroup = Math.ceil(((from + count) * 4) / 3);
  return littleEndianUint32s(base64Groups(text, firstGroup, endGroup), firstByte - 3 * firstGroup, count);
}

// Each loop in a function of its own, nothing after it but the return: the first call reads every
// vector length of a pack (20,000 numbers at 10,000 articles), long enough for its loop to be compiled
// while it runs (on-stack replacement), before the code after the loop had run once. That code was
// kept for later calls and thrown away at each of them on reaching what came after the loop: about a
// thousand times in the bench's 100 queries (10,000 articles, node --trace-deopt), each fingerprint
// read by slow code.

/** The bytes of base64 groups `firstGroup` to `endGroup` (four characters each). */
function base64Groups(text: string, firstGroup: number, endGroup: number): Uint8Array {
  const bytes = new Uint8Array((endGroup - firstGroup) * 3);
  for (let g = firstGroup, b = 0; g < endGroup; g++, b += 3) {
    let triple = 0;
    // '=' (padding) reads as 0: the bytes it stands for are past the last number.
    for (let at = 4 * g; at < 4 * g + 4; at++) triple = (triple << 6) | Math.max(VALUE[text.charCodeAt(at)]!, 0);
    bytes[b] = triple >>> 16;
    bytes[b + 1] = (triple >>> 8) & 0xff;
    bytes[b + 2] = triple & 0xff;
  }
  return bytes;
}

/** `count` little-endian unsigned 32-bit numbers from byte `first` on. */
function littleEndianUint32s(bytes: Uint8Array, first: number, count: number): number[] {
  const numbers = new Array<number>(count);
  for (let n = 0, b = first; n < count; n++, b += 4) numbers[n] = (bytes[b]! | (bytes[b + 1]! << 8) | (bytes[b + 2]! << 16) | (bytes[b + 3]! << 24)) >>> 0;
  return numbers;
}

/**
 * Numbers as base64 of their little-endian 64-bit floating-point bytes: each read back to the bit
 * (`float64sOfBase64`). For numbers that text would round, such as the articles' vector lengths.
 */
export function float64Base64(values: ArrayLike<number>): string {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < values.length; k++) view.setFloat64(8 * k, values[k]!, true);
  const out = new Uint32Base64();
  // Whole 32-bit numbers, little-endian: the same bytes, in order, as the floats' own.
  for (let k = 0; k < bytes.length; k += 4) out.push(view.getUint32(k, true));
  return out.text();
}

/** `count` numbers written by float64Base64, checked: base64 of exactly that many, each finite and not negative. */
export function float64sOfBase64(text: unknown, count: number, where: string): Float64Array {
  const checked = checkUint32Base64(text, 2 * count, where);
  const words = uint32sAt(checked, 0, 2 * count);
  const view = new DataView(new ArrayBuffer(8 * count));
  for (let k = 0; k < words.length; k++) view.setUint32(4 * k, words[k]!, true);
  const out = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const value = (out[k] = view.getFloat64(8 * k, true));
    if (!(value >= 0 && value < Infinity)) throw new PackError(`${where}: number ${k + 1} is not a finite length`);
  }
  return out;
}
