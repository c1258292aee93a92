// A version 5 match index read from its line's bytes (the CLI's way, index-bytes.ts) is the index
// read from its text: the same articles, terms, names and neighbours; a line laid out otherwise
// (white space, escapes in a vocabulary, a column changed) is read or refused as the text is.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { encodePack, readHeader, readIndex, type MatchIndexPart } from '../../../src/core/corpus/pack-file.js';
import { indexRootOfBytes, LazyTexts } from '../../../src/core/corpus/index-bytes.js';
import { nodeBase64 } from '../../../src/cli/read-pack.js';
import { seedInputs } from '../../helpers.js';
import { asNumberSteps } from './term-steps.js';

const lines = encodePack(buildPack('Seeds', seedInputs())).trimEnd().split('\n');
const header = readHeader(lines[0]!);
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const decode = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.length).toString('utf8');
/** What matching reads of an index: every article with its features made, the compact terms, the neighbour columns. */
const readable = (index: MatchIndexPart) => ({
  articles: index.matchOnly!.map((a) => ({ ...a, features: { ...a.features } })),
  // The vocabulary read from bytes is made when first read (LazyTexts): compared by its texts.
  terms: { ...index.terms, vocabulary: Array.from({ length: index.terms.vocabulary.length }, (_, t) => index.terms.vocabulary.at(t)) },
  neighbours: index.neighbourColumns,
  shapes: index.shapes,
});
const outcome = (read: () => MatchIndexPart) => {
  try {
    return readable(read());
  } catch (error) {
    return { refused: (error as Error).constructor.name };
  }
};

describe('a match index read from its bytes', () => {
  it('reads the line as the writer lays it out without parsing it whole, to the index its text gives', () => {
    expect(indexRootOfBytes(bytes(lines[1]!), decode)?.termSteps16).toBeInstanceOf(Uint8Array);
    expect(readable(readIndex(bytes(lines[1]!), header, decode))).toEqual(readable(readIndex(lines[1]!, header)));
    // The term steps decoded by Node's own base64 decoder, as `compare` reads them: the same index.
    expect(readable(readIndex(bytes(lines[1]!), header, decode, nodeBase64))).toEqual(readable(readIndex(lines[1]!, header)));
  });

  it('reads names and terms written with escapes (accents, quotes, backslashes) as JSON does', () => {
    const root = JSON.parse(lines[1]!);
    root.names = [...root.names.slice(0, -3), 'Ren\u00e9e', 'say "no"', 'back\\slash'];
    root.terms = [...root.terms.slice(0, -1), `${root.terms.at(-1)}\u00e9`];
    const line = JSON.stringify(root).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(readable(readIndex(bytes(line), header, decode))).toEqual(readable(readIndex(line, header)));
    const read = indexRootOfBytes(bytes(line), decode);
    // Quotes and backslashes escaped: the names are parsed as JSON, not split.
    expect(read?.names).not.toBeInstanceOf(LazyTexts);
    const accented = JSON.stringify({ ...root, names: [...root.names.slice(0, -3), 'Ren\u00e9e'] }).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const names = indexRootOfBytes(bytes(accented), decode)?.names as LazyTexts;
    expect(names).toBeInstanceOf(LazyTexts);
    expect(names.at(names.length - 1)).toBe('Ren\u00e9e');
  });

  it('reads term steps written as a number text (before stop 27) from the bytes too, to the index the text gives', () => {
    const root = JSON.parse(lines[1]!);
    asNumberSteps(root);
    const line = JSON.stringify(root);
    expect(indexRootOfBytes(bytes(line), decode)?.termSteps).toBeInstanceOf(Uint8Array);
    expect(readable(readIndex(bytes(line), header, decode))).toEqual(readable(readIndex(lines[1]!, header)));
    expect(readable(readIndex(line, header))).toEqual(readable(readIndex(lines[1]!, header)));
  });

  it('reads number columns from their bytes, refused with the messages of the text word for word (a character past ASCII, a long number)', () => {
    const message = (read: () => MatchIndexPart) => {
      try {
        read();
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    };
    const edits: ((root: Record<string, any>) => void)[] = [
      (root) => (asNumberSteps(root), (root.termSteps = `${root.termSteps.slice(0, 7)}\u00e9${root.termSteps.slice(7)}`)),
      (root) => (root.mentions = `${root.mentions.slice(0, 3)}\u2014${root.mentions.slice(3)}`),
      (root) => (root.neighbours = `${root.neighbours}gggggggA`),
      (root) => (asNumberSteps(root), (root.termSteps = `${root.termSteps}A`)),
      (root) => (root.documentFrequency = `${root.documentFrequency}g`),
      // The term steps as words: a character past ASCII, one outside the alphabet, a group too many, white space, a '=' inside.
      (root) => (root.termSteps16 = `${root.termSteps16.slice(0, 7)}\u00e9${root.termSteps16.slice(8)}`),
      (root) => (root.termSteps16 = `${root.termSteps16.slice(0, 7)}*${root.termSteps16.slice(8)}`),
      (root) => (root.termSteps16 = `${root.termSteps16.slice(0, 7)}_${root.termSteps16.slice(8)}`),
      (root) => (root.termSteps16 = `AAAA${root.termSteps16}`),
      (root) => (root.termSteps16 = `${root.termSteps16.slice(0, 4)} ${root.termSteps16.slice(5)}`),
      (root) => (root.termSteps16 = `${root.termSteps16.slice(0, 4)}=${root.termSteps16.slice(5)}`),
    ];
    for (const edit of edits) {
      const root = JSON.parse(lines[1]!);
      edit(root);
      // Written as the writer writes (no escape): the bytes of the accented characters are in the line.
      const line = JSON.stringify(root);
      expect(indexRootOfBytes(bytes(line), decode)).toBeDefined();
      const fromText = message(() => readIndex(line, header));
      expect(fromText).not.toBe('accepted');
      expect(message(() => readIndex(bytes(line), header, decode))).toBe(fromText);
      // Node's own decoder passes over what it does not read: the column is refused all the same, in the same words.
      expect(message(() => readIndex(bytes(line), header, decode, nodeBase64))).toBe(fromText);
      expect(message(() => readIndex(line, header, undefined, nodeBase64))).toBe(fromText);
    }
  });

  it('checks the order of the terms from their bytes, escapes included, with the message of the text', () => {
    const edits: ((terms: string[]) => void)[] = [
      (terms) => ([terms[3], terms[4]] = [terms[4]!, terms[3]!]),
      (terms) => (terms[6] = terms[5]!),
      (terms) => ([terms[6], terms[7]] = [`${terms[5]}\u00e9`, `${terms[5]}\u00e8`]),
      (terms) => (terms[terms.length - 2] = `${terms.at(-1)}\u00e9`),
      (terms) => ([terms[6], terms[7]] = [`${terms[5]}\u00e8`, `${terms[5]}\u00e9`]),
    ];
    const outcomes = edits.map((edit) => {
      const root = JSON.parse(lines[1]!);
      edit(root.terms);
      // As the writer writes it: characters past ASCII escaped.
      const line = JSON.stringify(root).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      expect(indexRootOfBytes(bytes(line), decode)?.terms).toBeInstanceOf(LazyTexts);
      const fromText = outcome(() => readIndex(line, header));
      expect(outcome(() => readIndex(bytes(line), header, decode))).toEqual(fromText);
      try {
        readIndex(bytes(line), header, decode);
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    });
    // The last edit keeps the terms in order: read, as from the text.
    expect(outcomes).toEqual([...Array(4).fill('"terms" must be in order, each once'), 'accepted']);
  });

  it('compares and reads the start of a term from its bytes as the term itself does (escaped terms included)', () => {
    const terms = [...JSON.parse(lines[1]!).terms.slice(0, 40), 'caf\u00e9', 'name:\u00e9lys\u00e9e', 'name:zoe', 'num:12', 'year:2019', 'y\u00e9ar:1'].sort();
    const line = JSON.stringify(terms).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const list = LazyTexts.of(bytes(line), 300)!;
    expect(list.ascending).toBe(true);
    const probes = [...terms, '', 'c', 'caf', 'cafe', 'caf\u00e9s', 'name:', 'name:\u00e9', 'name:z', 'num:1', 'year:', 'zzz', '\u00e9'];
    const sign = (n: number) => Math.sign(n);
    for (let i = 0; i < terms.length; i++) {
      expect(list.at(i)).toBe(terms[i]);
      for (const probe of probes) {
        expect(sign(list.compareAt(i, probe))).toBe(terms[i]! < probe ? -1 : terms[i]! > probe ? 1 : 0);
        for (const prefix of ['num:', 'year:', 'name:', 'caf\u00e9', 'y']) expect(list.startsWithAt(i, prefix)).toBe(terms[i]!.startsWith(prefix));
      }
    }
  });

  it('leaves any other layout to JSON.parse, and refuses what the text refuses', () => {
    const spaced = JSON.stringify(JSON.parse(lines[1]!), null, 1).replace(/\n/g, ' ');
    expect(indexRootOfBytes(bytes(spaced), decode)).toBeUndefined();
    expect(readable(readIndex(bytes(spaced), header, decode))).toEqual(readable(readIndex(lines[1]!, header)));
    const edits: ((root: Record<string, any>) => void)[] = [
      (root) => (root.termSteps16 = `${root.termSteps16}!`),
      (root) => (root.termSteps = 'B'),
      (root) => (root.similarities = root.similarities.slice(1)),
      (root) => (root.names = [...root.names, 'x'.repeat(400)]),
      (root) => (root.terms = [...root.terms, 7]),
      (root) => (root.ids = root.ids.slice(1)),
      (root) => (root.mentions = `\\u0041${root.mentions}`),
      (root) => delete root.fingerprints,
    ];
    for (const edit of edits) {
      const root = JSON.parse(lines[1]!);
      edit(root);
      const line = JSON.stringify(root);
      expect(outcome(() => readIndex(bytes(line), header, decode))).toEqual(outcome(() => readIndex(line, header)));
    }
  });
});
