// A version 5 match index read from the bytes of its line, for a reader that has them (the CLI):
// its vocabularies are split apart rather than parsed (JSON.parse keeps each short text in V8's
// table of unique strings), its names are made when first read (LazyTexts), its number columns are
// read from the line's bytes themselves without JSON scanning them, and only the other lists
// (ids, titles...) are parsed as JSON. docs/benchmarks.md ("Issue 18: the 100,000-article build
// and load") gives the figures.
//
// It reads the line only when it is laid out exactly as IndexColumnsWriter writes it (the keys in
// its order, no white space); any other line, valid JSON or not, is left to JSON.parse
// (`undefined`), and a line whose columns are refused as read from its bytes is read again from
// its text (pack-file.ts readIndex), so that both ways read the same values and refuse the same
// lines in the same words.

/**
 * The keys of a version 5 match index in the order the writer writes them, and how each value is
 * read: as JSON, as its bytes (a number column, or the term steps' base64, decoded by the reader),
 * or as text. Where a key has two names, a line holds one of them (the term steps: `termSteps16`
 * since stop 27, `termSteps` before).
 */
const LAYOUT: readonly (readonly [key: string | readonly string[], kind: 'json' | 'bytes' | 'text'])[] = [
  ['terms', 'json'],
  ['documentFrequency', 'bytes'],
  ['names', 'json'],
  ['shapes', 'json'],
  ['ids', 'json'],
  ['titles', 'json'],
  ['sources', 'json'],
  ['urls', 'json'],
  ['publishedAt', 'json'],
  ['dateTexts', 'json'],
  ['leadActs', 'json'],
  ['wordCounts', 'bytes'],
  ['termLengths', 'bytes'],
  [['termSteps16', 'termSteps'], 'bytes'],
  ['termCounts', 'bytes'],
  ['fingerprintLengths', 'bytes'],
  ['fingerprints', 'text'],
  ['anchorLengths', 'bytes'],
  ['anchors', 'bytes'],
  ['mentionLengths', 'bytes'],
  ['mentions', 'bytes'],
  ['mentionCounts', 'bytes'],
  ['neighbourLengths', 'bytes'],
  ['neighbours', 'bytes'],
  ['similarities', 'bytes'],
];

import { PACK_LIMITS } from './limits.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const CLOSING_BRACE = 0x7d;

/** The bytes of a text, which is ASCII. */
function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/** The number columns at the line's end, in the order written: from `wordCounts` on, every value but the fingerprints' is read as bytes. */
const TAIL = LAYOUT.slice(LAYOUT.findIndex(([key]) => key === 'wordCounts')).map(([key, kind]) => ({ names: typeof key === 'string' ? [key] : key, kind }));
const TAIL_KEYS = TAIL.map(({ names }) => names.map((name) => asciiBytes(`,"${name}"`)));

/** Whether `bytes` holds `text` (ASCII) from `at`. */
function holds(bytes: Uint8Array, at: number, text: Uint8Array): boolean {
  if (at < 0 || at + text.length > bytes.length) return false;
  for (let b = 0; b < text.length; b++) if (bytes[at + b] !== text[b]) return false;
  return true;
}

/** Where the list that starts at `from` ends (its closing bracket), known by the key that follows it (`after`); -1 if not found. */
function listEnd(bytes: Uint8Array, from: number, after: Uint8Array): number {
  for (let at = bytes.indexOf(0x5d, from); at >= 0; at = bytes.indexOf(0x5d, at + 1)) if (holds(bytes, at + 1, after)) return at;
  return -1;
}

/**
 * A JSON list of texts, as JSON.parse reads it, without making each text through the parser: a
 * vocabulary's terms are short, and JSON.parse keeps each short text in V8's table of unique
 * strings (a million terms and half a million names: about 0.3 s of the 100,000-article load).
 * The list's texts are split apart instead, when the list is written as the writer writes it
 * (ASCII, no white space, no escape but \u and four digits, which the texts holding one are
 * parsed for); otherwise the list is parsed whole.
 */
function textList(bytes: Uint8Array, decode: (bytes: Uint8Array) => string): unknown {
  const n = bytes.length;
  let plain = n >= 4 && bytes[0] === 0x5b && bytes[1] === QUOTE && bytes[n - 2] === QUOTE && bytes[n - 1] === 0x5d;
  let quotes = 0;
  let escapes = 0;
  for (let b = 0; plain && b < n; b++) {
    const byte = bytes[b]!;
    if (byte < 0x20 || byte > 0x7e) plain = false;
    else if (byte === QUOTE) quotes++;
    else if (byte === BACKSLASH) {
      // \u: no quote is escaped, so every quote is a text's start or end.
      if (bytes[b + 1] !== 0x75) plain = false;
      escapes++;
    }
  }
  if (plain) {
    const texts = decode(bytes.subarray(2, n - 2)).split('","');
    // Two quotes around each text and none inside any: a list of texts and nothing else.
    if (quotes === 2 * texts.length) {
      if (escapes > 0) for (let t = 0; t < texts.length; t++) if (texts[t]!.includes('\\')) texts[t] = JSON.parse(`"${texts[t]}"`) as string;
      return texts;
    }
  }
  return JSON.parse(decode(bytes));
}

/**
 * A checked JSON list of texts whose texts are made when first read: a pack's names (half a
 * million at 100,000 articles) are read only for the articles a report lists, and of its terms (a
 * million) only those a search or a listed article reads. Made from the list as the writer writes
 * it (textList's conditions), checked as a vocabulary is (texts of at most `maxChars` characters,
 * well-formed escapes) without making a text; kept as a copy of its bytes. Whether each text comes
 * after the one before in code-unit order (`ascending`, as a vocabulary of terms must) is told
 * from the bytes as they are read: for ASCII, byte order is code-unit order; a text with an
 * escape is made, with its neighbour, to be compared.
 */
export class LazyTexts {
  private readonly made: (string | undefined)[];

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
    /** Whether every text comes after the one before it in code-unit order (so none is there twice). */
    readonly ascending: boolean,
  ) {
    this.made = new Array<string | undefined>(starts.length);
  }

  get length(): number {
    return this.starts.length;
  }

  at(i: number): string {
    let text = this.made[i];
    if (text === undefined) {
      text = this.textAt(this.starts[i]!, this.ends[i]!);
      this.made[i] = text;
    }
    return text;
  }

  /**
   * How text i compares with `text` in code-unit order (below 0 before it, 0 the same, above 0
   * after it), read from its bytes (ASCII: each byte is its code unit) until they differ; a text
   * with an escape before that is made and compared whole.
   */
  compareAt(i: number, text: string): number {
    const { bytes } = this;
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    for (let k = 0; ; k++) {
      if (start + k === end) return k === text.length ? 0 : -1;
      if (k === text.length) return 1;
      const byte = bytes[start + k]!;
      if (byte === BACKSLASH) {
        const made = this.at(i);
        return made < text ? -1 : made > text ? 1 : 0;
      }
      const unit = text.charCodeAt(k);
      if (byte !== unit) return byte - unit;
    }
  }

  /** Whether text i starts with `prefix`, read from its bytes (a text with an escape there is made). */
  startsWithAt(i: number, prefix: string): boolean {
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    for (let k = 0; k < prefix.length; k++) {
      const byte = start + k < end ? this.bytes[start + k]! : -1;
      if (byte === BACKSLASH) return this.at(i).startsWith(prefix);
      if (byte !== prefix.charCodeAt(k)) return false;
    }
    return true;
  }

  private textAt(start: number, end: number): string {
    // Printable ASCII alone (checked in `of`): each byte is its character, made without a decoder (200,000 names: 26-38 ms, against 39-57 through a Buffer each).
    const text = String.fromCharCode.apply(null, this.bytes.subarray(start, end) as unknown as number[]);
    // Escapes checked well formed when the list was read: this parse cannot fail.
    return text.includes('\\') ? (JSON.parse(`"${text}"`) as string) : text;
  }

  /** The list, or undefined where it is not written as the writer writes it (or a text is longer than `maxChars`: JSON.parse and the vocabulary's check say which). */
  static of(bytes: Uint8Array, maxChars: number): LazyTexts | undefined {
    const n = bytes.length;
    if (n === 2 && bytes[0] === 0x5b && bytes[1] === 0x5d) return new LazyTexts(new Uint8Array(0), new Uint32Array(0), new Uint32Array(0), true);
    if (!(n >= 4 && bytes[0] === 0x5b && bytes[1] === QUOTE && bytes[n - 2] === QUOTE && bytes[n - 1] === 0x5d)) return undefined;
    // At most one text per three bytes ("",): places noted in arrays that large, then copied at their length.
    const starts = new Uint32Array(Math.ceil(n / 3));
    const ends = new Uint32Array(starts.length);
    let count = 0;
    let open = 1;
    let escapes = 0;
    let ascending = true;
    let escapedBefore = false;
    for (let b = 2; b < n - 1; b++) {
      const byte = bytes[b]!;
      if (byte === QUOTE) {
        // A text's end: the next begins after a comma, or the list ends.
        if (b - open - 1 - 5 * escapes > maxChars) return undefined;
        starts[count] = open + 1;
        ends[count] = b;
        if (count > 0 && ascending) {
          const before = count - 1;
          ascending = escapes > 0 || escapedBefore ? JSON.parse(`"${ascii(bytes, starts[before]!, ends[before]!)}"`) < JSON.parse(`"${ascii(bytes, open + 1, b)}"`) : bytesBefore(bytes, starts[before]!, ends[before]!, open + 1, b);
        }
        count++;
        escapedBefore = escapes > 0;
        if (b === n - 2) break;
        if (bytes[b + 1] !== 0x2c || bytes[b + 2] !== QUOTE) return undefined;
        open = b + 2;
        b = open;
        escapes = 0;
      } else if (byte < 0x20 || byte > 0x7e) return undefined;
      else if (byte === BACKSLASH) {
        if (bytes[b + 1] !== 0x75) return undefined;
        for (let h = b + 2; h < b + 6; h++) if (!isHexDigit(bytes[h]!)) return undefined;
        escapes++;
        b += 5;
      }
    }
    if (count > PACK_LIMITS.vocabulary) return undefined;
    const copy = bytes.slice(0, n);
    return new LazyTexts(copy, starts.slice(0, count), ends.slice(0, count), ascending);
  }
}

/** ASCII bytes as the text they spell. */
function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
}

/** Whether the bytes from `a` to `aEnd` come strictly before those from `b` to `bEnd` (as their ASCII texts compare). */
function bytesBefore(bytes: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  for (; a < aEnd && b < bEnd; a++, b++) if (bytes[a] !== bytes[b]) return bytes[a]! < bytes[b]!;
  return a === aEnd && b < bEnd;
}

function isHexDigit(byte: number): boolean {
  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66);
}

const TERMS_KEY = asciiBytes('{"terms":');
const FREQUENCY_KEY = asciiBytes(',"documentFrequency":"');
const NAMES_KEY = asciiBytes(',"names":');
const SHAPES_KEY = asciiBytes(',"shapes":');

/**
 * The match index's value, as JSON.parse would give it, but for the number columns (the document
 * frequencies and every column at the line's end but the fingerprints), which are given as their
 * bytes (number-text.ts ColumnText: read as their texts are, without a copy of each as a string);
 * no JSON string is scanned for escapes; undefined when
 * the line is not laid out as the writer lays it out (the caller parses it whole then). `decode`
 * turns UTF-8 bytes into text.
 *
 * The number columns are found from the line's end backwards: their texts hold letters alone,
 * so each key's colon is the last one before the value that follows it. The vocabularies come
 * first (textList); what lies between them and the number columns (ids, titles...) is parsed as
 * JSON, closed where it ends: together the same object JSON.parse makes of the whole line (a
 * key written twice keeps its last value, as there).
 */
export function indexRootOfBytes(bytes: Uint8Array, decode: (bytes: Uint8Array) => string): Record<string, unknown> | undefined {
  if (!holds(bytes, 0, TERMS_KEY) || bytes[bytes.length - 1] !== CLOSING_BRACE) return undefined;
  const tail: [string, string | Uint8Array][] = [];
  // The end of the value being looked for: its closing quote.
  let end = bytes.length - 2;
  for (let k = TAIL.length - 1; k >= 0; k--) {
    const { names, kind } = TAIL[k]!;
    const colon = bytes.lastIndexOf(COLON, end);
    if (colon < 0 || bytes[colon + 1] !== QUOTE || bytes[end] !== QUOTE || end < colon + 1) return undefined;
    const named = TAIL_KEYS[k]!.findIndex((keyBytes) => holds(bytes, colon - keyBytes.length, keyBytes));
    if (named < 0) return undefined;
    const keyStart = colon - TAIL_KEYS[k]![named]!.length;
    // Not searched for quotes or escapes here (three searches of each column's bytes were about 100 ms at 100,000
    // articles): every reader of these columns refuses a character outside its alphabet, and a line refused as read from
    // its bytes is read again from its text (pack-file.ts readIndex), as JSON.parse reads it.
    const inside = bytes.subarray(colon + 2, end);
    // A number column (and the term steps' base64) is read from its bytes; the fingerprints' base64 is kept as a text.
    tail.push([names[named]!, kind === 'bytes' ? inside : decode(inside)]);
    end = keyStart - 1;
  }
  // The vocabularies, and the document frequencies between them.
  const termsEnd = listEnd(bytes, TERMS_KEY.length, FREQUENCY_KEY);
  if (termsEnd < 0 || termsEnd > end) return undefined;
  const frequencyStart = termsEnd + 1 + FREQUENCY_KEY.length;
  const frequencyEnd = bytes.indexOf(QUOTE, frequencyStart);
  if (frequencyEnd < 0 || !holds(bytes, frequencyEnd + 1, NAMES_KEY)) return undefined;
  const frequency = bytes.subarray(frequencyStart, frequencyEnd);
  if (frequency.indexOf(BACKSLASH) >= 0) return undefined;
  const namesStart = frequencyEnd + 1 + NAMES_KEY.length;
  const namesEnd = listEnd(bytes, namesStart, SHAPES_KEY);
  if (namesEnd < 0 || namesEnd > end) return undefined;
  let root: Record<string, unknown>;
  try {
    const nameBytes = bytes.subarray(namesStart, namesEnd + 1);
    const names = LazyTexts.of(nameBytes, PACK_LIMITS.idChars) ?? JSON.parse(decode(nameBytes));
    const termBytes = bytes.subarray(TERMS_KEY.length, termsEnd + 1);
    root = { terms: LazyTexts.of(termBytes, PACK_LIMITS.idChars) ?? textList(termBytes, decode), documentFrequency: frequency, names };
    // From the shapes' key (its comma left out) to the number columns: a JSON object once closed.
    const rest: unknown = JSON.parse(`{${decode(bytes.subarray(namesEnd + 2, end + 1))}}`);
    if (typeof rest !== 'object' || rest === null || Array.isArray(rest)) return undefined;
    Object.assign(root, rest);
  } catch {
    return undefined;
  }
  for (let k = tail.length - 1; k >= 0; k--) root[tail[k]![0]] = tail[k]![1];
  return root;
}
