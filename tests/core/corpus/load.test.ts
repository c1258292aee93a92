import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { PACK_LIMITS, PackError, packSummary, parsePack, parsePackJson } from '../../../src/core/corpus/load.js';
import { indexPack, findRelated } from '../../../src/core/match/related.js';
import { seedInputs } from '../../helpers.js';

// Built once for the file; each case edits its own copy.
const goodText = JSON.stringify(buildPack('Seeds', seedInputs()));
const good = () => JSON.parse(goodText) as Record<string, any>;

describe('parsePack', () => {
  it('reads back a pack it built', () => {
    const pack = parsePack(good());
    expect(pack.articles.map((a) => a.id)).toEqual(seedInputs().map((s) => s.id));
    expect(pack.name).toBe('Seeds');
  });

  it.each([
    ['not JSON', () => parsePackJson('{"format": '), /not valid JSON/],
    ['another format', () => parsePack({ ...good(), format: 'zip' }), /not a Crosscheck corpus pack/],
    ['a newer version', () => parsePack({ ...good(), version: 99 }), /version 99 is not supported/],
    ['articles not a list', () => parsePack({ ...good(), articles: {} }), /"articles" must be a list/],
    ['no articles', () => parsePack({ ...good(), articles: [] }), /no articles/],
    ['a number as title', () => { const p = good(); p.articles[0].title = 5; return parsePack(p); }, /title must be text/],
    ['a duplicate id', () => { const p = good(); p.articles[1].id = p.articles[0].id; return parsePack(p); }, /appears twice/],
    ['a huge title', () => { const p = good(); p.articles[0].title = 'x'.repeat(PACK_LIMITS.titleChars + 1); return parsePack(p); }, /longer than/],
    ['a negative count', () => { const p = good(); p.documentFrequency.ceasefire = -1; return parsePack(p); }, /non-negative/],
    ['a fingerprint of strings', () => { const p = good(); p.articles[0].features.fingerprint = ['a']; return parsePack(p); }, /fingerprint/],
    ['too many articles', () => parsePack({ ...good(), articles: new Array(PACK_LIMITS.articles + 1).fill(null) }), /at most/],
  ])('rejects %s with a clear message', (_, load, message) => {
    expect(load).toThrow(PackError);
    expect(load).toThrow(message);
  });

  it('keeps "__proto__" and "constructor" keys as plain data', () => {
    const json = JSON.stringify(good()).replace('"documentFrequency":{', '"documentFrequency":{"__proto__":3,"constructor":2,');
    const pack = parsePackJson(json);
    expect(Object.getPrototypeOf(pack.documentFrequency)).toBeNull();
    expect(pack.documentFrequency['constructor']).toBe(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Words that name Object.prototype's members must match like any other word.
    const article = { title: 'The constructor of the toString hasOwnProperty', paragraphs: ['A constructor built a valueOf house.'] };
    expect(() => findRelated(article, indexPack(pack))).not.toThrow();
  });
});

describe('buildPack progress', () => {
  it('reports every article analysed, then every neighbour list, each stage ending at its total', () => {
    const seen: string[] = [];
    const pack = buildPack('Seeds', seedInputs(), (stage, done, total) => seen.push(`${stage} ${done}/${total}`));
    expect(seen).toEqual([1, 2, 3, 4, 5].map((n) => `analysing ${n}/5`).concat([1, 2, 3, 4, 5].map((n) => `neighbours ${n}/5`)));
    expect(pack.neighbours).toHaveLength(5);
  });
});

describe('packSummary', () => {
  it('reads a pack’s name and size without checking its articles', () => {
    const pack = buildPack('Seed corpus', seedInputs());
    expect(packSummary(JSON.stringify(pack))).toEqual({ name: 'Seed corpus', articleCount: pack.articles.length });
    // An article the full check would refuse does not stop the summary.
    const broken = { ...pack, articles: [...pack.articles, { id: 7 }] };
    expect(() => parsePackJson(JSON.stringify(broken))).toThrow(PackError);
    expect(packSummary(JSON.stringify(broken))).toEqual({ name: 'Seed corpus', articleCount: pack.articles.length + 1 });
  });

  it('still refuses what is not a pack', () => {
    expect(() => packSummary('{"format": ')).toThrow(/not valid JSON/);
    expect(() => packSummary(JSON.stringify({ format: 'other', name: 'x', articles: [] }))).toThrow(/not a Crosscheck corpus pack/);
    expect(() => packSummary(JSON.stringify({ format: 'crosscheck-corpus', name: 3, articles: [] }))).toThrow(/name must be text/);
  });
});
