// Pack files: a header line, a compact match index line, one record line per article. Version 5
// writes the match index as columns; version 4 (one row per article) is still read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPack, documentFrequencyOf, PACK_VERSION, withNeighbours } from '../../../src/core/corpus/pack.js';
import { termCountsReading } from '../../../src/core/match/features.js';
import { PackError, packSummary, parsePack, parsePackJson } from '../../../src/core/corpus/load.js';
import { encodePack, indexLine, matchOnlyPack, readHeader, readIndex, readRecord, type IndexEntry } from '../../../src/core/corpus/pack-file.js';
import { matchFeatures } from '../../../src/core/match/matchable.js';
import { articleFromPlainText } from '../../../src/core/article.js';
import { ANALYSES, READING_VERSION } from '../../../src/core/analyses.js';
import { base64ToUint32s, decodeValue, encodeValue, Shapes, uint32sToBase64 } from '../../../src/core/corpus/compact.js';
import { findRelated, indexPack } from '../../../src/core/match/related.js';
import { articleTermsOf, placeEveryTerm, searchColumns } from '../../../src/core/match/term-index.js';
import { buildReport } from '../../../src/core/report.js';
import { checkUint32Base64, numberText, readAllNumbers, readNumbers, Uint32Base64, uint32sAt } from '../../../src/core/corpus/number-text.js';
import { asNumberSteps, stepsOfWords, wordText } from './term-steps.js';
import { nodeBase64 } from '../../../src/cli/read-pack.js';
import { ecbRecords, FIXTURES, seedInputs } from '../../helpers.js';

const built = buildPack('Seeds', seedInputs());
const text = encodePack(built);
const lines = text.trimEnd().split('\n');
// The same seeds as a version 4 file, written by the version 4 writer when version 5 replaced it.
// Its terms were read before the match terms joined dotted acronyms ("T.T.P."): it is compared with
// the seeds built now with their terms read that way (the text as it is), neighbours made again.
const builtAsV4 = (() => {
  const articles = built.articles.map((a) => ({ ...a, features: { ...a.features, terms: termCountsReading(a, (t) => t) } }));
  return withNeighbours({ ...built, articles, documentFrequency: documentFrequencyOf(articles), neighbours: [] });
})();
const v4Text = readFileSync(join(FIXTURES, 'packs/seeds-v4.jsonl'), 'utf8');
const v4Lines = v4Text.trimEnd().split('\n');
/** Plain data with keys in one order, to compare packs whatever order a map's keys came in. */
const canonical = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v;
const withLine = (n: number, edit: (row: any) => void, from: readonly string[] = lines): string => {
  const copy = [...from];
  const data = JSON.parse(copy[n]!);
  edit(data);
  copy[n] = JSON.stringify(data);
  return copy.join('\n');
};
const refusal = (json: string): string => {
  try {
    parsePackJson(json);
    return 'accepted';
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    return error.message;
  }
};

describe('a version 6 pack file', () => {
  it('is a header, a match index and one record per article, and reads back as the pack it was written from', () => {
    expect(lines).toHaveLength(2 + built.articles.length);
    expect(JSON.parse(lines[0]!)).toEqual({ format: 'crosscheck-corpus', version: PACK_VERSION, name: 'Seeds', articles: 5, reading: READING_VERSION });
    expect(PACK_VERSION).toBe(6);
    expect(canonical(parsePackJson(text))).toEqual(canonical(built));
  });

  it('matches and reports exactly as the pack in memory does', () => {
    const page = seedInputs()[0]!.article;
    const fromFile = indexPack(parsePackJson(text));
    const inMemory = indexPack(built);
    expect(findRelated(page, fromFile)).toEqual(findRelated(page, inMemory));
    expect(JSON.stringify(buildReport(page, fromFile))).toBe(JSON.stringify(buildReport(page, inMemory)));
  });

  it('is smaller than the single object of version 3 and than version 4, with no key repeated per article', () => {
    expect(text.length).toBeLessThan(JSON.stringify(built).length * 0.8);
    // The same fields as version 4's: without the vector lengths (11 characters per article), the dates (about 4) and the
    // lead acts (stop 28) it had not, the term steps as a number text (as before stop 27; the seeds' steps are small,
    // one or two digits of base 32).
    const v4Fields = withLine(1, asNumberSteps)
      .split('\n')[1]!
      .replace(/"leadActs":\[.*?\],(?="(?:weighting|dates)")/, '')
      .replace(/"weighting":"[^"]*","vectorLengths":"[^"]*",/, '')
      .replace(/"dates":"[^"]*",/, '');
    expect(v4Fields.length).toBeLessThan(v4Lines[1]!.length * 0.8);
    // As 16-bit words, the steps take 8/3 characters each (in groups of four), whatever their size below 65,535.
    const index = JSON.parse(lines[1]!);
    expect(index.termSteps16.length).toBe(4 * Math.ceil((2 * stepsOfWords(index.termSteps16).length) / 3));
    for (const record of lines.slice(2)) expect(record).not.toMatch(/"sentence":/);
  });

  it('writes its match index as one column per field, the numbers as text, not one row per article', () => {
    const index = JSON.parse(lines[1]!);
    expect(index.articles).toBeUndefined();
    expect(index.ids).toEqual(built.articles.map((a) => a.id));
    expect(index.titles).toEqual(built.articles.map((a) => a.title));
    for (const column of ['wordCounts', 'termLengths', 'termCounts', 'anchors', 'mentions', 'neighbours', 'similarities']) expect(index[column]).toMatch(/^[A-Za-z0-9+/]*$/);
    // The term steps as base64 of 16-bit words, one a term (no step of the seeds reaches 65,535), no number text beside them.
    expect(index.termSteps16).toMatch(/^[A-Za-z0-9+/]*={0,2}$/);
    expect(index.termSteps).toBeUndefined();
    expect(stepsOfWords(index.termSteps16)).toHaveLength(built.articles.reduce((sum, a) => sum + Object.keys(a.features.terms).length, 0));
    expect([...readNumbers(index.wordCounts, 5, 'wordCounts')]).toEqual(built.articles.map((a) => a.features.wordCount));
    // Terms counted once (most are) carry no count: the counts column holds the others only.
    const termCount = built.articles.reduce((sum, a) => sum + Object.keys(a.features.terms).length, 0);
    const countedOnce = built.articles.reduce((sum, a) => sum + Object.values(a.features.terms).filter((n) => n === 1).length, 0);
    expect(countedOnce).toBeGreaterThan(termCount / 2);
    expect(readAllNumbers(index.termCounts, termCount, 'termCounts').length).toBe(termCount - countedOnce);
  });

  it('writes its match index in ASCII alone, other characters escaped, and reads them back the same', () => {
    const index = JSON.parse(lines[1]!);
    const beyondAscii = [...index.terms, ...index.names, ...index.titles].filter((t: string) => /[^\x00-\x7f]/.test(t));
    expect(beyondAscii.length).toBeGreaterThan(0);
    expect(lines[1]).toMatch(/^[\x20-\x7e]*$/);
    expect(parsePackJson(text).articles.map((a) => a.title)).toEqual(built.articles.map((a) => a.title));
  });

  it('tells its name and size from its header alone, even when the rest is broken', () => {
    const broken = `${lines[0]}\n{"terms": [oops\n`;
    expect(packSummary(broken)).toEqual({ name: 'Seeds', articleCount: 5 });
    expect(() => parsePackJson(broken)).toThrow(/match index is not valid JSON/);
  });

  it('a version 3 pack (one JSON object) is upgraded on import', () => {
    const v3 = JSON.parse(JSON.stringify(built));
    v3.version = 3;
    const upgraded = parsePackJson(JSON.stringify(v3));
    expect(upgraded.version).toBe(PACK_VERSION);
    // Its features are as an older build read them: it names no reading, nor does the file it is written to (core/corpus/reading.ts).
    const { reading, ...asOlder } = built;
    expect(reading).toBe(READING_VERSION);
    expect(upgraded.reading).toBeUndefined();
    expect(canonical(upgraded)).toEqual(canonical(asOlder));
    expect(canonical(parsePackJson(encodePack(upgraded)))).toEqual(canonical(asOlder));
  });

  /** The pack with one number column of its match index rewritten. */
  const withColumn = (name: string, edit: (numbers: number[], index: any) => void): string =>
    withLine(1, (index) => {
      const numbers = Array.from(readAllNumbers(index[name], 1e7, name));
      edit(numbers, index);
      index[name] = numberText(numbers);
    });
  /** The pack with its term steps rewritten (as numbers, written as words). */
  const withSteps = (edit: (steps: number[], index: any) => void): string =>
    withLine(1, (index) => {
      const steps = stepsOfWords(index.termSteps16);
      edit(steps, index);
      index.termSteps16 = wordText(steps);
    });
  /** The pack with its term steps written as a build before stop 27 wrote them, then one column edited as text. */
  const legacyText = (name: string, edit: (column: string) => string): string =>
    withLine(1, (index) => {
      asNumberSteps(index);
      index[name] = edit(index[name]);
    });
  /** The pack with one column's text edited as text. */
  const withText = (name: string, edit: (column: string) => string): string => withLine(1, (index) => (index[name] = edit(index[name])));
  // Where article 3's neighbours start in the neighbour columns.
  const third = (index: any): number => [...readNumbers(index.neighbourLengths, 5, 'lengths')].slice(0, 2).reduce((a, b) => a + b, 0);

  it.each([
    ['a record missing', (json: string) => json.split('\n').slice(0, -2).join('\n'), /4 records for its 5 articles/],
    ['a record too many', (json: string) => `${json}${json.split('\n')[2]}\n`, /more records than its 5 articles/],
    ['a term number past the vocabulary', () => withSteps((n, i) => (n[0] = 2 * i.terms.length + (n[0]! % 2))), /article 1: terms: term number \d+ is not a term of the pack/],
    ['a term number past the vocabulary, written in three words', () => withSteps((n) => (n[0] = 2 * 70_000 + (n[0]! % 2))), /article 1: terms: term number 70000 is not a term of the pack/],
    ['term numbers out of order', () => withSteps((n) => (n[1] = n[1]! % 2)), /article 1: terms: term number \d+ is not a term of the pack, in order/],
    ['term steps cut short', () => withSteps((n) => n.pop()), /"termSteps16" holds fewer numbers than expected \(only \d+\)/],
    ['term steps with a step too many', () => withSteps((n) => n.push(2)), /"termSteps16" holds more than the \d+ numbers expected/],
    // The last step replaced by the escape word and one word of the two it announces.
    ['term steps ending in the middle of a three-word step', () => withText('termSteps16', (c) => { const words = Buffer.from(c, 'base64'); words.writeUInt16LE(0xffff, words.length - 2); return Buffer.concat([words, Buffer.from([1, 0])]).toString('base64'); }), /"termSteps16" ends in the middle of a number/],
    ['term steps that are not base64', () => withText('termSteps16', (c) => `${c.slice(0, 10)}!${c.slice(11)}`), /"termSteps16" must be base64 of whole bytes/],
    ['term steps in the URL-safe alphabet', () => withText('termSteps16', (c) => `${c.slice(0, 10)}-${c.slice(11)}`), /"termSteps16" must be base64 of whole bytes/],
    ['term steps with white space', () => withText('termSteps16', (c) => `${c.slice(0, 8)} ${c.slice(9)}`), /"termSteps16" must be base64 of whole bytes/],
    ['term steps with padding inside', () => withText('termSteps16', (c) => `${c.slice(0, 10)}=${c.slice(11)}`), /"termSteps16" must be base64 of whole bytes/],
    ['term steps without their padding', () => withText('termSteps16', (c) => (c.endsWith('=') ? c.replace(/=+$/, '') : `${c}A`)), /"termSteps16" must be base64 of whole bytes/],
    ['term steps of an odd number of bytes', () => withText('termSteps16', (c) => `${c}AA==`), /"termSteps16" must be base64 of whole 16-bit words/],
    ['term steps written both ways', () => withLine(1, (i) => (i.termSteps = numberText(stepsOfWords(i.termSteps16)))), /holds both "termSteps" and "termSteps16"/],
    ['term steps as a number text (before stop 27) with a character outside the number alphabet', () => legacyText('termSteps', (c) => `${c.slice(0, 10)}!${c.slice(11)}`), /"termSteps": character 11 is not a digit of a number column/],
    ['term steps as a number text cut short', () => legacyText('termSteps', (c) => c.slice(0, -1)), /"termSteps" holds fewer numbers than expected \(only \d+\)|"termSteps" ends in the middle of a number/],
    ['a number column cut short, read whole', () => withColumn('neighbours', (n) => n.pop()), /"neighbours" holds \d+ numbers, not the \d+ expected/],
    ['a number column ending in the middle of a number', () => withText('wordCounts', (c) => `${c}g`), /"wordCounts" ends in the middle of a number/],
    // Four word counts of one, then 2^32 + 2^30 - 1 in seven digits.
    ['a number past 32 bits', () => withText('wordCounts', () => 'BBBB//////E'), /"wordCounts": number 5 is larger than 4294967295/],
    ['a number of more than seven digits', () => withText('wordCounts', () => 'BBBB///////A'), /"wordCounts": number 5 is longer than 7 digits/],
    ['a word count past the limit', () => withColumn('wordCounts', (n) => (n[0] = 1e6)), /"wordCounts": number 1 \(1000000\) is past the largest allowed/],
    ['a term length past the limit', () => withColumn('termLengths', (n) => (n[0] = 1e6)), /article 1: more than 2000 terms/],
    ['a name number past the names', () => withColumn('mentions', (n) => (n[0] = 2e6)), /"mentions": number 1 \(2000000\) is past the largest allowed/],
    ['a mention with its counts missing', () => withColumn('mentions', (n) => (n[0] = n[0]! | 1)), /"mentionCounts" holds \d+ numbers, not the \d+ expected/],
    ['term counts missing', () => withColumn('termCounts', (n) => n.pop()), /"termCounts" holds fewer than the counts "termSteps16" asks for/],
    ['an anchor past the names', () => withColumn('anchors', (n) => (n[0] = 1e6)), /"anchors": number 1 \(1000000\) is past the largest allowed/],
    ['fingerprints that are not base64', () => withText('fingerprints', (c) => `<script>${c.slice(8)}`), /"fingerprints": character 1 is not base64/],
    ['fingerprints with padding inside', () => withText('fingerprints', (c) => `${c.slice(0, 40)}=${c.slice(41)}`), /"fingerprints": character 41 is not base64/],
    ['fingerprints cut short', () => withText('fingerprints', (c) => c.slice(4)), /"fingerprints" must be base64 of \d+ unsigned 32-bit numbers/],
    ['an article listing itself as neighbour', () => withColumn('neighbours', (n, i) => (n[third(i)] = 0)), /neighbours of article 3: 2 is not another article/],
    ['a neighbour past the last article', () => withColumn('neighbours', (n, i) => (n[third(i)] = 10)), /neighbours of article 3: 7 is not another article/],
    ['a similarity over 1000 thousandths', () => withColumn('similarities', (n) => (n[0] = 1001)), /similarity 1001 must be a whole number of thousandths/],
    ['a javascript: url', () => withLine(1, (i) => (i.urls[0] = 'javascript:alert(1)')), /article 1: urls must be an http or https address/],
    ['the reserved id', () => withLine(1, (i) => (i.ids[1] = 'current')), /article 2: the id "current" is reserved/],
    ['a duplicate id', () => withLine(1, (i) => (i.ids[1] = i.ids[0])), /appears twice/],
    ['a column listing fewer articles', () => withLine(1, (i) => i.titles.pop()), /"titles" of the match index must list the header's 5 articles/],
    ['a number column that is not text', () => withLine(1, (i) => (i.termLengths = [1, 2])), /"termLengths" must be a text of numbers/],
    ['unordered vocabulary', () => withLine(1, (i) => i.terms.reverse()), /"terms" must be in order/],
    ['a shape number unknown', () => withLine(2, (r) => (r[1] = [9999])), /9999 is not a shape of the pack/],
    ['a record of the wrong form', () => withLine(2, (r) => r.pop()), /must be \[paragraphs, features\]/],
    ['features checked by the analysis schema', () => withLine(2, (r) => (r[1] = [-2, 'numbers', 'none'])), /features\.numbers/],
    ['deep nesting', () => withLine(2, (r) => (r[1] = JSON.parse('['.repeat(100) + ']'.repeat(100)))), /nested too deeply/],
  ])('%s is refused, saying what is wrong', (_, edit, message) => {
    expect(refusal(edit(text))).toMatch(message);
  });

  it('a shape with a "__proto__" key builds a map without a prototype, not a polluted object', () => {
    const decoded = decodeValue([0, [1, true]], [['__proto__'], ['polluted']], 'features') as Record<string, unknown>;
    expect(Object.getPrototypeOf(decoded)).toBeNull();
    expect(Object.keys(decoded)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a version 4 pack file (the seeds, written by the version 4 writer)', () => {
  const v4Refusal = (edit: (row: any) => void, n = 1) => refusal(withLine(n, edit, v4Lines));
  /** What matching reads of a pack, and each article's analyses, in plain data: what the version 4 file must give back. */
  const matchSide = (pack: ReturnType<typeof parsePackJson>) =>
    canonical({
      name: pack.name,
      documentFrequency: pack.documentFrequency,
      neighbours: pack.neighbours,
      articles: pack.articles.map(({ id, title, source, url, publishedAt, paragraphs, features }) => ({
        id, title, source, url, publishedAt, paragraphs,
        match: { terms: features.terms, anchors: features.anchors, mentions: features.mentions, wordCount: features.wordCount, fingerprint: features.fingerprint },
        analyses: ANALYSES.map((a) => a.id in features),
      })),
    });

  it('still reads, as the same pack as the seeds built now, and reads back the same once written as version 6', () => {
    expect(JSON.parse(v4Lines[0]!).version).toBe(4);
    const read = parsePackJson(v4Text);
    expect(read.version).toBe(PACK_VERSION);
    expect(matchSide(read)).toEqual(matchSide(builtAsV4));
    expect(canonical(parsePackJson(encodePack(read)))).toEqual(canonical(read));
  });

  it('relates the same seeds as the pack in memory, from its match index alone', () => {
    const header = readHeader(v4Lines[0]!);
    expect(header.version).toBe(4);
    const part = readIndex(v4Lines[1]!, header);
    const wholeIndex = indexPack(builtAsV4);
    for (const { article } of seedInputs()) expect(findRelated(article, indexPack(matchOnlyPack(header, part)))).toEqual(findRelated(article, wholeIndex));
  });

  it('reads a term met once written as its step alone, negated, and a list written as pairs', () => {
    const row = JSON.parse(v4Lines[1]!).articles[0];
    expect(row[6].some((n: number) => n < 0)).toBe(true);
    // The same list with every term as [step, count], as packs were written before the short form.
    const asPairs = withLine(1, (index) => {
      for (const article of index.articles) article[6] = (article[6] as number[]).flatMap((n) => (n < 0 ? [-n, 1] : [n]));
    }, v4Lines);
    expect(canonical(parsePackJson(asPairs))).toEqual(canonical(parsePackJson(v4Text)));
    expect(JSON.parse(asPairs.split('\n')[1]!).articles[0][6].every((n: number) => n >= 0)).toBe(true);
  });

  it('reads a name mentioned once in no tense written as its number negated, less one, and mentions written as four numbers', () => {
    const rows = JSON.parse(v4Lines[1]!).articles as unknown[][];
    expect(rows.some((row) => (row[8] as number[]).some((n) => n < 0))).toBe(true);
    const asFours = withLine(1, (index) => {
      for (const article of index.articles) article[8] = (article[8] as number[]).flatMap((n) => (n < 0 ? [-n - 1, 0, 0, 1] : [n]));
    }, v4Lines);
    expect(canonical(parsePackJson(asFours))).toEqual(canonical(parsePackJson(v4Text)));
    expect(v4Refusal((index) => (index.articles[0][8] = [0, 1]))).toMatch(/followed by three whole counts/);
  });

  it.each([
    ['a term number past the vocabulary', (i: any) => (i.articles[0][6][0] = i.terms.length), /term number \d+ is not a term of the pack/],
    ['term numbers out of order', (i: any) => (i.articles[0][6][2] = 0), /is not a term of the pack, in order/],
    ['a name number past the names', (i: any) => (i.articles[0][8][0] = 1e6), /name number 1000000 is not a name/],
    ['an anchor past the names', (i: any) => (i.articles[0][7] = [1e6]), /anchors\[0\] must be a whole number/],
    ['a fingerprint that is not base64', (i: any) => (i.articles[0][9] = '<script>'), /fingerprint must be base64/],
    ['an article listing itself as neighbour', (i: any) => (i.articles[2][10] = [2, 900]), /neighbours of article 3: 2 is not another article/],
    ['a similarity over 1000 thousandths', (i: any) => (i.articles[0][10] = [1, 1001]), /whole number of thousandths/],
    ['a javascript: url', (i: any) => (i.articles[0][3] = 'javascript:alert(1)'), /url must be an http or https address/],
    ['the reserved id', (i: any) => (i.articles[1][0] = 'current'), /article 2: the id "current" is reserved/],
    ['a duplicate id', (i: any) => (i.articles[1][0] = i.articles[0][0]), /appears twice/],
    ['a row of the wrong width', (i: any) => i.articles[0].pop(), /row of 12 fields/],
    ['unordered vocabulary', (i: any) => i.terms.reverse(), /"terms" must be in order/],
  ])('%s is refused, saying what is wrong', (_, edit, message) => {
    expect(v4Refusal(edit)).toMatch(message);
  });

  it('a version 3 header is refused: only packs of version 4 and later have one', () => {
    expect(refusal(withLine(0, (h) => (h.version = 3), v4Lines))).toMatch(/pack version 3 is not supported/);
  });
});

describe('a pack written by another build (README, "Corpus pack format")', () => {
  // Keys added to the match index since version 5 was first written are optional: a pack without them is read as
  // before, and this build passes over a key it does not know (one a later build adds), as earlier builds do.
  // Version 5 differs from 6 only in its term steps, a number text: version 5 files are read as they are.
  const version5 = (index: any) => asNumberSteps(index);
  const wholeIndex = indexPack(built);
  it.each([
    ['version 5, before stop 21: no vector lengths, no dates', (index: any) => (version5(index), delete index.weighting, delete index.vectorLengths, delete index.dates), 5],
    ['version 5, before stop 22: no dates', (index: any) => (version5(index), delete index.dates), 5],
    ['version 5, before stop 27: the term steps as a number text', version5, 5],
    ['by a later build: a key this build does not know', (index: any) => (index.laterColumn = 'AAAA'), 6],
  ])('relates the same seeds as the pack in memory (%s), its index read as text and as bytes', (_, edit, version) => {
    const file = withLine(1, edit).split('\n');
    const header = readHeader(file[0]!.replace(`"version":${PACK_VERSION}`, `"version":${version}`));
    expect(header.version).toBe(version);
    const line = file[1]!;
    const decode = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
    const lineBytes = new Uint8Array(Buffer.from(line, 'utf8'));
    // As text, as bytes, and as bytes with Node's own base64 decoder for the term steps (as `compare` reads them).
    for (const part of [readIndex(line, header), readIndex(lineBytes, header, decode), readIndex(lineBytes, header, decode, nodeBase64)]) {
      let relatedSeen = 0;
      for (const { article } of seedInputs()) {
        const related = findRelated(article, indexPack(matchOnlyPack(header, part)));
        expect(related).toEqual(findRelated(article, wholeIndex));
        relatedSeen += related.length;
      }
      expect(relatedSeen).toBeGreaterThan(0);
    }
  });
});

describe('matching from the match index alone', () => {
  it('relates the same seeds as the whole pack, and a report from the records read then is the same', () => {
    // The same check on 150 ECB+ articles, dated from their text alone: tests/corpus-wide/pack-file-ecbplus.test.ts, in the full suite.
    const file = lines;
    const header = readHeader(file[0]!);
    const part = readIndex(file[1]!, header);
    const wholeIndex = indexPack(built);
    let relatedSeen = 0;
    for (const { article } of seedInputs()) {
      const light = matchOnlyPack(header, part);
      const index = indexPack(light);
      const related = findRelated(article, index);
      expect(related).toEqual(findRelated(article, wholeIndex));
      relatedSeen += related.length;
      for (const { id } of related) {
        const at = light.articles.findIndex((a) => a.id === id);
        light.articles[at] = readRecord(file[2 + at]!, part.entries[at]!, part.shapes, ANALYSES);
      }
      expect(JSON.stringify(buildReport(article, index))).toBe(JSON.stringify(buildReport(article, wholeIndex)));
    }
    expect(relatedSeen).toBeGreaterThanOrEqual(16);
  });
});

describe('the search columns made as the match index is read', () => {
  it('are those searchColumns makes of the terms once read, to the bit', () => {
    const part = readIndex(lines[1]!, readHeader(lines[0]!));
    expect(part.search).toBeDefined();
    expect(placeEveryTerm(part.search!)).toEqual(searchColumns(part.terms));
  });

  it('place a region of terms only when a query first meets one of them, given the lengths the pack stores, which are those summed as the postings are placed', () => {
    const header = readHeader(lines[0]!);
    const part = readIndex(lines[1]!, header);
    // The pack stores each article's vector length: its postings wait for a query.
    expect(JSON.parse(lines[1]!).vectorLengths).toEqual(expect.any(String));
    expect(part.search!.ready).toEqual(expect.any(Function));
    const eager = searchColumns(part.terms);
    expect(Array.from(part.search!.norms)).toEqual(Array.from(eager.norms));
    // One query places its terms' regions; its related articles are those of the pack with every posting placed at once.
    const page = seedInputs()[0]!.article;
    const eagerPart = readIndex(withLine(1, (index) => delete index.vectorLengths).split("\n")[1]!, header);
    expect(eagerPart.search!.ready).toBeUndefined();
    const related = findRelated(page, indexPack(matchOnlyPack(header, part)));
    expect(related.length).toBeGreaterThan(0);
    expect(related).toEqual(findRelated(page, indexPack(matchOnlyPack(header, eagerPart))));
    expect(placeEveryTerm(part.search!)).toEqual(eager);
  });

  it('sum the lengths as they place the postings when the pack stores none or stored them under another weighting, and refuse lengths that are not one finite length per article', () => {
    const header = readHeader(lines[0]!);
    for (const edit of [(index: any) => delete index.vectorLengths, (index: any) => (index.weighting = 'w0:1:2:3')]) {
      const part = readIndex(withLine(1, edit).split("\n")[1]!, header);
      expect(part.search!.ready).toBeUndefined();
      expect(part.search).toEqual(searchColumns(part.terms));
    }
    const refused = (edit: (index: any) => void) => {
      try {
        readIndex(withLine(1, edit).split("\n")[1]!, header);
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(refused((index) => (index.vectorLengths = index.vectorLengths.slice(12)))).toMatch(/"vectorLengths" must be base64 of 10 unsigned 32-bit numbers/);
    expect(refused((index) => (index.vectorLengths = `//////////8${index.vectorLengths.slice(11)}`))).toMatch(/"vectorLengths": number 1 is not a finite length/);
    expect(refused((index) => delete index.weighting)).toMatch(/"weighting" must name/);
  });

  it('are those searchColumns makes, to the bit, for 400 ECB+ articles (postings placed in many regions of adjacent terms)', () => {
    // Match features only (the index line reads nothing else): the whole analysis of 400 articles would take minutes.
    const entries = ecbRecords()
      .slice(0, 400)
      .map((r) => {
        const article = articleFromPlainText(`${r.title}\n\n${r.text}`);
        return { id: r.id, title: article.title, paragraphs: article.paragraphs, features: matchFeatures(article) } as unknown as IndexEntry;
      });
    const frequency: Record<string, number> = {};
    for (const entry of entries) for (const term in entry.features.terms) frequency[term] = (frequency[term] ?? 0) + 1;
    const line = indexLine(entries, frequency, [], new Shapes());
    const header = { articleCount: entries.length, version: PACK_VERSION };
    const bytes = new TextEncoder().encode(line);
    for (const part of [readIndex(line, header), readIndex(bytes, header, (b) => new TextDecoder().decode(b))]) {
      // Thousands of terms: the postings are placed in several regions of 1,024 terms each.
      expect(part.terms.vocabulary.length).toBeGreaterThan(8 * 1024);
      expect(part.search).toBeDefined();
      expect(placeEveryTerm(part.search!)).toEqual(searchColumns(part.terms));
      // The terms read back are each article's own, in its order.
      entries.forEach((entry, i) => expect(Object.entries(articleTermsOf(part.terms, i))).toEqual(Object.entries(entry.features.terms).sort(([a], [b]) => (a < b ? -1 : 1))));
    }
  }, 120_000);

  it('are placed as searchColumns counts them when the document frequencies miscount terms of one region', () => {
    // Two terms' frequencies swapped: the region's total is the same, each term's postings no longer fill its place.
    const edited = withLine(1, (index) => {
      const frequency = readAllNumbers(index.documentFrequency, 1e6, 'frequency');
      const t = frequency.findIndex((f, k) => k > 0 && f !== frequency[k - 1]);
      [frequency[t - 1], frequency[t]] = [frequency[t]!, frequency[t - 1]!];
      index.documentFrequency = numberText(frequency);
    }).split('\n');
    const part = readIndex(edited[1]!, readHeader(edited[0]!));
    expect(part.search!.ready).toEqual(expect.any(Function));
    const fromTerms = searchColumns(part.terms);
    placeEveryTerm(part.search!);
    expect(Array.from(part.search!.postingArticles)).toEqual(Array.from(fromTerms.postingArticles));
    expect(Array.from(part.search!.postingStarts)).toEqual(Array.from(fromTerms.postingStarts));
    expect(Array.from(part.search!.postingCounts)).toEqual(Array.from(fromTerms.postingCounts));
  });

  it('are not made when the document frequencies miscount the postings, and the pack is indexed as before', () => {
    // Two terms' frequencies swapped: the same total, but each term's postings no longer fill its place.
    const edited = withLine(1, (index) => {
      delete index.vectorLengths;
      const frequency = readAllNumbers(index.documentFrequency, 1e6, 'frequency');
      const t = frequency.findIndex((f, k) => k > 0 && f !== frequency[k - 1]);
      [frequency[t - 1], frequency[t]] = [frequency[t]!, frequency[t - 1]!];
      index.documentFrequency = numberText(frequency);
    }).split('\n');
    const header = readHeader(edited[0]!);
    const part = readIndex(edited[1]!, header);
    expect(part.search).toBeUndefined();
    const index = indexPack(matchOnlyPack(header, part));
    const fromTerms = searchColumns(part.terms);
    expect(Array.from(index.postingArticles)).toEqual(Array.from(fromTerms.postingArticles));
    expect(Array.from(index.postingStarts)).toEqual(Array.from(fromTerms.postingStarts));
  });
});

describe('the compact encoding', () => {
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), tie('list'), tie('object')),
    list: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 4 }),
  })).value;

  it('reads back any JSON value it wrote', () => {
    fc.assert(
      fc.property(json, (value) => {
        const shapes = new Shapes();
        const encoded = JSON.parse(JSON.stringify(encodeValue(value, shapes)));
        const decoded = decodeValue(encoded, JSON.parse(JSON.stringify(shapes.list)), 'value');
        expect(JSON.stringify(canonical(decoded))).toBe(JSON.stringify(canonical(JSON.parse(JSON.stringify(value)))));
      }),
    );
  });

  it('keeps key lists apart that read alike when joined: {} and {"": {}}, ["a\\u0000b"] and ["a", "b"]', () => {
    for (const value of [[{ '': {} }], [{}, { '': 1 }], [{ 'a\u0000b': 1 }, { a: 2, b: 3 }]]) {
      const shapes = new Shapes();
      const encoded = JSON.parse(JSON.stringify(encodeValue(value, shapes)));
      expect(JSON.stringify(decodeValue(encoded, shapes.list, 'value'))).toBe(JSON.stringify(value));
    }
  });

  it('writes unsigned 32-bit numbers as base64 and reads them back', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 64 }), (numbers) => {
      expect(base64ToUint32s(uint32sToBase64(numbers))).toEqual(numbers);
    }));
    expect(base64ToUint32s('AAAA')).toBeUndefined();
    expect(base64ToUint32s('AAAAAA==')).toEqual([0]);
  });

  it('writes number columns as text and reads them back, one character for a number below 32', () => {
    const uint32 = fc.integer({ min: 0, max: 0xffffffff });
    fc.assert(fc.property(fc.array(fc.oneof(uint32, fc.integer({ min: 0, max: 40 })), { maxLength: 200 }), (numbers) => {
      expect([...readNumbers(numberText(numbers), numbers.length, 'column')]).toEqual(numbers);
    }));
    expect(numberText([0, 31, 32, 1023, 1024, 0xffffffff])).toBe('AfgB/fggB//////D');
  });

  it('writes unsigned 32-bit numbers as one base64 column and reads them back', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 200 }), (numbers) => {
      const column = new Uint32Base64();
      for (const n of numbers) column.push(n);
      const written = column.text();
      expect(written).toBe(uint32sToBase64(numbers));
      checkUint32Base64(written, numbers.length, 'column');
      // Any run of them, read alone, as an article's fingerprint is.
      for (let from = 0; from < numbers.length; from += 7) expect(uint32sAt(written, from, Math.min(5, numbers.length - from))).toEqual(numbers.slice(from, from + 5));
    }));
  });
});
