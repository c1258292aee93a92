// Version 4 pack files: a header line, a compact match index line, one record line per article.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPack, PACK_VERSION } from '../../../src/core/corpus/pack.js';
import { PackError, packSummary, parsePack, parsePackJson } from '../../../src/core/corpus/load.js';
import { encodePack, matchOnlyPack, readHeader, readIndex, readRecord } from '../../../src/core/corpus/pack-file.js';
import { ANALYSES } from '../../../src/core/analyses.js';
import { base64ToUint32s, decodeValue, encodeValue, Shapes, uint32sToBase64 } from '../../../src/core/corpus/compact.js';
import { findRelated, indexPack } from '../../../src/core/match/related.js';
import { buildReport } from '../../../src/core/report.js';
import { seedInputs } from '../../helpers.js';

const built = buildPack('Seeds', seedInputs());
const text = encodePack(built);
const lines = text.trimEnd().split('\n');
/** Plain data with keys in one order, to compare packs whatever order a map's keys came in. */
const canonical = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v;
const withLine = (n: number, edit: (row: any) => void): string => {
  const copy = [...lines];
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

describe('a version 4 pack file', () => {
  it('is a header, a match index and one record per article, and reads back as the pack it was written from', () => {
    expect(lines).toHaveLength(2 + built.articles.length);
    expect(JSON.parse(lines[0]!)).toEqual({ format: 'crosscheck-corpus', version: PACK_VERSION, name: 'Seeds', articles: 5 });
    expect(canonical(parsePackJson(text))).toEqual(canonical(built));
  });

  it('matches and reports exactly as the pack in memory does', () => {
    const page = seedInputs()[0]!.article;
    const fromFile = indexPack(parsePackJson(text));
    const inMemory = indexPack(built);
    expect(findRelated(page, fromFile)).toEqual(findRelated(page, inMemory));
    expect(JSON.stringify(buildReport(page, fromFile))).toBe(JSON.stringify(buildReport(page, inMemory)));
  });

  it('is smaller than the single object of version 3, with no key repeated per article', () => {
    expect(text.length).toBeLessThan(JSON.stringify(built).length * 0.8);
    for (const record of lines.slice(2)) expect(record).not.toMatch(/"sentence":/);
  });

  it('writes a term met once as its step alone, negated, and still reads a list written as pairs', () => {
    const row = JSON.parse(lines[1]!).articles[0];
    expect(row[6].some((n: number) => n < 0)).toBe(true);
    // The same list with every term as [step, count], as packs were written before the short form.
    const asPairs = withLine(1, (index) => {
      for (const article of index.articles) article[6] = (article[6] as number[]).flatMap((n) => (n < 0 ? [-n, 1] : [n]));
    });
    expect(canonical(parsePackJson(asPairs))).toEqual(canonical(built));
    expect(JSON.parse(asPairs.split('\n')[1]!).articles[0][6].every((n: number) => n >= 0)).toBe(true);
  });

  it('writes a name mentioned once in no tense as its number negated, less one, and still reads mentions written as four numbers', () => {
    const rows = JSON.parse(lines[1]!).articles as unknown[][];
    expect(rows.some((row) => (row[8] as number[]).some((n) => n < 0))).toBe(true);
    const asFours = withLine(1, (index) => {
      for (const article of index.articles) article[8] = (article[8] as number[]).flatMap((n) => (n < 0 ? [-n - 1, 0, 0, 1] : [n]));
    });
    expect(canonical(parsePackJson(asFours))).toEqual(canonical(built));
    expect(refusal(withLine(1, (index) => (index.articles[0][8] = [0, 1])))).toMatch(/followed by three whole counts/);
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
    expect(canonical(upgraded)).toEqual(canonical(built));
    expect(canonical(parsePackJson(encodePack(upgraded)))).toEqual(canonical(built));
  });

  it.each([
    ['a record missing', (json: string) => json.split('\n').slice(0, -2).join('\n'), /4 records for its 5 articles/],
    ['a record too many', (json: string) => `${json}${json.split('\n')[2]}\n`, /more records than its 5 articles/],
    ['a term number past the vocabulary', () => withLine(1, (i) => (i.articles[0][6][0] = i.terms.length)), /term number \d+ is not a term of the pack/],
    ['term numbers out of order', () => withLine(1, (i) => (i.articles[0][6][2] = 0)), /is not a term of the pack, in order/],
    ['a name number past the names', () => withLine(1, (i) => (i.articles[0][8][0] = 1e6)), /name number 1000000 is not a name/],
    ['an anchor past the names', () => withLine(1, (i) => (i.articles[0][7] = [1e6])), /anchors\[0\] must be a whole number/],
    ['a fingerprint that is not base64', () => withLine(1, (i) => (i.articles[0][9] = '<script>')), /fingerprint must be base64/],
    ['an article listing itself as neighbour', () => withLine(1, (i) => (i.articles[2][10] = [2, 900])), /neighbours of article 3: 2 is not another article/],
    ['a similarity over 1000 thousandths', () => withLine(1, (i) => (i.articles[0][10] = [1, 1001])), /whole number of thousandths/],
    ['a javascript: url', () => withLine(1, (i) => (i.articles[0][3] = 'javascript:alert(1)')), /url must be an http or https address/],
    ['the reserved id', () => withLine(1, (i) => (i.articles[1][0] = 'current')), /article 2: the id "current" is reserved/],
    ['a duplicate id', () => withLine(1, (i) => (i.articles[1][0] = i.articles[0][0])), /appears twice/],
    ['a row of the wrong width', () => withLine(1, (i) => i.articles[0].pop()), /row of 12 fields/],
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

describe('matching from the match index alone', () => {
  it('relates the same seeds as the whole pack, and a report from the records read then is the same', () => {
    // The same check on 150 ECB+ articles, dated from their text alone: tests/corpus-wide/pack-file-ecbplus.test.ts, in the full suite.
    const file = lines;
    const header = readHeader(file[0]!);
    const part = readIndex(file[1]!, header.articleCount);
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
});
