// Corpus packs from anywhere (a pack is a file a reader imports): malformed, mistyped, huge,
// polluted with prototype keys at every level, or holding millions of articles. Each is
// refused with a message that says what is wrong, or read as plain data; nothing else.
import { describe, expect, it } from 'vitest';
import { buildPack, PACK_FORMAT, PACK_VERSION } from '../../../src/core/corpus/pack.js';
import { PACK_LIMITS, PackError, parsePack, parsePackJson } from '../../../src/core/corpus/load.js';
import { indexPack } from '../../../src/core/match/related.js';
import { buildReport } from '../../../src/core/report.js';
import { seedInputs } from '../../helpers.js';

type Json = Record<string, any>;
const goodText = JSON.stringify(buildPack('Seeds', seedInputs()));
const good = (): Json => JSON.parse(goodText) as Json;
const seed = seedInputs()[1]!.article;

/** The good pack as the loader reads it, and the report on it (worked out once for the file). */
const goodLoaded = JSON.stringify(parsePackJson(goodText));
const goodReport = buildReport(seed, indexPack(parsePackJson(goodText)));

/** Whether every object in `value` is a plain object or array, or has no prototype: nothing the loader handed back inherits anything else. */
function plainThroughout(value: unknown): boolean {
  if (Array.isArray(value)) return Object.getPrototypeOf(value) === Array.prototype && value.every(plainThroughout);
  if (value === null || typeof value !== 'object') return true;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && Object.values(value).every(plainThroughout);
}

/** Loads `json` as the extension does; returns the PackError's message, or 'accepted'. Any other error fails the test. */
function outcome(json: string): string {
  try {
    const pack = parsePackJson(json);
    // A pack that loads must also work: index it and make a report with it. A pack the loader reads back as the
    // good pack's plain data, with nothing inheriting from elsewhere, is that pack: its report is the good report,
    // made once above, and is not made again for each of the many edits the loader drops.
    if (JSON.stringify(pack) === goodLoaded && plainThroughout(pack)) return 'accepted';
    buildReport(seed, indexPack(pack));
    return 'accepted';
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    expect(error.message.length).toBeGreaterThan(10);
    expect(error.message.length).toBeLessThan(400);
    return error.message;
  }
}

const edited = (edit: (pack: Json) => void): string => {
  const pack = good();
  edit(pack);
  return JSON.stringify(pack);
};

it('reads the good pack back as plain data and reports on it', () => {
  expect(plainThroughout(parsePackJson(goodText))).toBe(true);
  expect(goodReport.related).toHaveLength(seedInputs().length - 1);
});

describe('malformed JSON', () => {
  it.each([
    ['an empty file', ''],
    ['a cut-off file', goodText.slice(0, goodText.length >> 1)],
    ['trailing garbage', `${goodText}}`],
    ['a comment', `// pack\n${goodText}`],
    ['single quotes', "{'format': 'crosscheck-corpus'}"],
    ['a NUL byte', `${goodText.slice(0, 20)}\u0000${goodText.slice(20)}`],
    ['binary noise', '\u0089PNG\r\n\u001a\n\u0000\u0000'],
  ])('%s: "not valid JSON"', (_, json) => {
    expect(outcome(json)).toMatch(/^the pack is not valid JSON/);
  });

  it.each([
    ['null', 'null'],
    ['a list', '[]'],
    ['a string', '"crosscheck-corpus"'],
    ['a number', '2'],
    ['100,000 nested lists', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ])('%s: "must be an object" (or not valid JSON when the parser gives up)', (_, json) => {
    expect(outcome(json)).toMatch(/the pack must be an object|not valid JSON/);
  });
});

describe('format and version', () => {
  it.each([
    ['missing', undefined],
    ['0', 0],
    ['1', 1],
    ['a future version', 99],
    ['a string', String(PACK_VERSION)],
    ['a fraction', PACK_VERSION + 0.5],
    ['null', null],
  ])('version %s is refused, naming the version this build reads', (_, version) => {
    expect(outcome(edited((p) => (p.version = version)))).toMatch(new RegExp(`is not supported \\(this build reads version ${PACK_VERSION}\\)`));
  });

  it('a pack of version 2 loads, its matching brought up to date from its text', () => {
    const old = good();
    old.version = 2;
    delete old.neighbours;
    for (const article of old.articles) article.features.terms = { ceasefire: 1 };
    const upgraded = parsePackJson(JSON.stringify(old));
    expect(upgraded.version).toBe(PACK_VERSION);
    const fresh = parsePackJson(goodText);
    expect(upgraded.neighbours).toEqual(fresh.neighbours);
    expect(upgraded.articles.map((a) => a.features.terms)).toEqual(fresh.articles.map((a) => a.features.terms));
    expect(upgraded.documentFrequency).toEqual(fresh.documentFrequency);
  });

  it('another format is not a Crosscheck pack', () => {
    expect(outcome(edited((p) => (p.format = 'zip')))).toMatch(/not a Crosscheck corpus pack/);
    expect(outcome(edited((p) => delete p.format))).toMatch(/not a Crosscheck corpus pack/);
  });
});

describe('wrong types, field by field', () => {
  const a = (p: Json): Json => p.articles[0];
  it.each([
    ['name', (p: Json) => (p.name = 5), /name must be text/],
    ['articles', (p: Json) => (p.articles = 'many'), /"articles" must be a list/],
    ['an article', (p: Json) => (p.articles[0] = 'article'), /article 1 must be an object/],
    ['an article that is null', (p: Json) => (p.articles[0] = null), /article 1 must be an object/],
    ['an id', (p: Json) => (a(p).id = 7), /id must be text/],
    ['paragraphs', (p: Json) => (a(p).paragraphs = 'text'), /"paragraphs" must be a non-empty list/],
    ['a paragraph', (p: Json) => (a(p).paragraphs[0] = { text: 'x' }), /paragraph 1 must be text/],
    ['a url', (p: Json) => (a(p).url = ['http://x']), /url must be text/],
    ['features', (p: Json) => (a(p).features = []), /features must be an object/],
    ['the word count', (p: Json) => (a(p).features.wordCount = '1200'), /wordCount must be a whole number/],
    ['a negative word count', (p: Json) => (a(p).features.wordCount = -1), /wordCount must be a whole number/],
    ['a fractional word count', (p: Json) => (a(p).features.wordCount = 1.5), /wordCount must be a whole number/],
    ['an infinite word count', (p: Json) => (a(p).features.wordCount = 1e400), /wordCount must be a whole number/],
    ['the fingerprint', (p: Json) => (a(p).features.fingerprint = [2 ** 33]), /fingerprint/],
    ['anchors', (p: Json) => (a(p).features.anchors = 'Kabul'), /anchors must be a list/],
    ['mentions', (p: Json) => (a(p).features.mentions = [1]), /mentions must be an object/],
    ['a term count', (p: Json) => (a(p).features.terms = { ceasefir: '3' }), /must be a non-negative number/],
    ['document frequencies', (p: Json) => (p.documentFrequency = null), /documentFrequency must be an object/],
    ['numbers features', (p: Json) => (a(p).features.numbers = { figures: 'none' }), /numbers/],
    ['a figure', (p: Json) => (a(p).features.numbers.figures = [{ sentence: 'first' }]), /numbers/],
    ['quotes features', (p: Json) => (a(p).features.quotes = null), /quotes/],
    ['facts features', (p: Json) => (a(p).features.facts = { units: [{ sentence: -1 }] }), /facts/],
    ['framing features', (p: Json) => (a(p).features.framing = 'loaded'), /framing/],
  ])('%s', (_, edit, message) => {
    expect(outcome(edited(edit))).toMatch(message);
  });
});

describe('neighbour lists', () => {
  it.each([
    ['missing', (p: Json) => delete p.neighbours, /"neighbours" must be a list with one entry per article \(5\)/],
    ['one list short', (p: Json) => p.neighbours.pop(), /one entry per article/],
    ['an object', (p: Json) => (p.neighbours = { 0: [] }), /one entry per article/],
    ['a list that is not a list', (p: Json) => (p.neighbours[0] = 'all'), /neighbours of article 1 must be a list of at most 10 neighbours/],
    ['eleven neighbours', (p: Json) => (p.neighbours[0] = Array.from({ length: 11 }, (_, i) => [1 + (i % 4), 0.5])), /at most 10 neighbours/],
    ['an article listing itself', (p: Json) => (p.neighbours[2] = [[2, 0.9]]), /neighbours of article 3: 2 is not another article/],
    ['an article past the end', (p: Json) => (p.neighbours[0] = [[5, 0.3]]), /5 is not another article of the pack/],
    ['a negative article', (p: Json) => (p.neighbours[0] = [[-1, 0.3]]), /-1 is not another article/],
    ['a fractional article', (p: Json) => (p.neighbours[0] = [[1.5, 0.3]]), /1.5 is not another article/],
    ['an article named by text', (p: Json) => (p.neighbours[0] = [['1', 0.3]]), /"1" is not another article/],
    ['the same neighbour twice', (p: Json) => (p.neighbours[0] = [[1, 0.3], [1, 0.3]]), /listed once/],
    ['a similarity above 1', (p: Json) => (p.neighbours[0] = [[1, 7]]), /the similarity 7 must be a number from 0 to 1/],
    ['a similarity that is not a number', (p: Json) => (p.neighbours[0] = [[1, null]]), /the similarity null must be a number from 0 to 1/],
    ['a bare article number', (p: Json) => (p.neighbours[0] = [1]), /each neighbour must be \[article number, similarity\]/],
  ])('%s is refused', (_, edit, message) => {
    expect(outcome(edited(edit))).toMatch(message);
  });

  it('empty lists are accepted: an article may have no neighbour close enough', () => {
    expect(outcome(edited((p) => (p.neighbours = p.neighbours.map(() => []))))).toBe('accepted');
  });
});

describe('huge strings and counts', () => {
  const big = 'x'.repeat(5_000_000);
  it.each([
    ['a name', (p: Json) => (p.name = big), /name is longer than/],
    ['an id', (p: Json) => (p.articles[0].id = big), /id is longer than/],
    ['a title', (p: Json) => (p.articles[0].title = big), /title is longer than/],
    ['a paragraph', (p: Json) => (p.articles[0].paragraphs[0] = big), /paragraph 1 is longer than/],
    ['a term', (p: Json) => (p.articles[0].features.terms[big] = 1), /key is longer than/],
    ['a document-frequency term', (p: Json) => (p.documentFrequency[big] = 1), /key is longer than/],
    ['a mentions key', (p: Json) => (p.articles[0].features.mentions[big] = { past: 1 }), /mentions key is longer than/],
    ['an anchor', (p: Json) => (p.articles[0].features.anchors = [big]), /anchor is longer than/],
    ['a quote', (p: Json) => (p.articles[0].features.quotes.quotes = [{ sentence: 0, text: big, indirect: false }]), /quotes/],
    ['too many paragraphs', (p: Json) => (p.articles[0].paragraphs = new Array(PACK_LIMITS.paragraphsPerArticle + 1).fill('a')), /more than 2000 paragraphs/],
    ['too many terms', (p: Json) => (p.articles[0].features.terms = Object.fromEntries(Array.from({ length: PACK_LIMITS.termsPerArticle + 1 }, (_, i) => [`t${i}`, 1]))), /more than 2000 entries/],
  ])('%s is refused', (_, edit, message) => {
    expect(outcome(edited(edit))).toMatch(message);
  });

  it('a version 4 header claiming more articles than the cap is refused before the match index is read', () => {
    const header = `{"format":"${PACK_FORMAT}","version":${PACK_VERSION},"name":"many","articles":${PACK_LIMITS.articles + 1}}`;
    // The second line is not even JSON: reading it would refuse the pack for that instead.
    expect(outcome(`${header}\n{not json\n`)).toBe(`the pack holds ${PACK_LIMITS.articles + 1} articles; at most ${PACK_LIMITS.articles} are supported`);
  });
});

describe('millions of tiny articles', () => {
  it('2,000,000 articles are refused by the article cap, before any article is read', () => {
    const json = `{"format":"${PACK_FORMAT}","version":${PACK_VERSION},"name":"many","documentFrequency":{},"articles":[${'{},'.repeat(1_999_999)}{}]}`;
    // Every article is an empty object: reading any of them would refuse the pack for its missing fields instead.
    expect(outcome(json)).toBe(`the pack holds 2000000 articles; at most ${PACK_LIMITS.articles} are supported`);
  });

  // The largest allowed pack (PACK_LIMITS.articles articles) loads: tests/core/corpus/largest-pack.test.ts, in the full suite.
});

describe('"__proto__" and "constructor" keys at every level', () => {
  // Every distinct place in a pack that holds an object (array positions folded together).
  const paths: (string | number)[][] = [];
  const seen = new Set<string>();
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) value.slice(0, 3).forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object') {
      const shape = path.map((p) => (typeof p === 'number' ? '[]' : p)).join('.');
      if (!seen.has(shape)) {
        seen.add(shape);
        paths.push(path);
      }
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    }
  };
  walk(good(), []);
  // Each path's pack text with a placeholder key and value there, written once for the five keys below: the keys are
  // renamed in the JSON text, because assigning "__proto__" would set the prototype instead of adding a key.
  const withPlaceholder = paths.map((path) => {
    const pack = good();
    let target: Json = pack;
    for (const step of path) target = target[step];
    target['\u0000key'] = '\u0000value';
    return JSON.stringify(pack);
  });

  it('reaches inside every analysis', () => {
    const shapes = [...seen];
    for (const part of ['features.numbers.figures.[].subject', 'features.quotes.quotes.[]', 'features.facts.units.[]', 'features.framing', 'documentFrequency', 'features.mentions'])
      expect(shapes.some((s) => s.includes(part)), part).toBe(true);
    expect(paths.length).toBeGreaterThan(20);
  });

  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'])('%s: refused with a message, or kept as plain data; never pollutes a prototype', (key) => {
    const results = new Map<string, number>();
    const value = JSON.stringify(key === '__proto__' || key === 'constructor' ? { polluted: 1, prototype: { polluted: 1 } } : 1);
    for (const [i, path] of paths.entries()) {
      const json = withPlaceholder[i]!.replace('"\\u0000key"', () => JSON.stringify(key)).replace('"\\u0000value"', () => value);
      const result = outcome(json);
      const kind = result === 'accepted' ? 'accepted' : 'refused';
      results.set(kind, (results.get(kind) ?? 0) + 1);
      expect(({} as Json).polluted, path.join('.')).toBeUndefined();
      expect((Object.prototype as Json).polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
    }
    expect((results.get('accepted') ?? 0) + (results.get('refused') ?? 0)).toBe(paths.length);
  });

  it('a pack whose article ids and terms are prototype keys works like any other', () => {
    const pack = good();
    ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'].forEach((id, i) => (pack.articles[i].id = id));
    const loaded = parsePackJson(JSON.stringify(pack));
    expect(loaded.articles.map((a) => a.id)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']);
    const report = buildReport(seed, indexPack(loaded));
    expect(report.related.map((r) => r.id).sort()).toEqual(['__proto__', 'hasOwnProperty', 'toString', 'valueOf']);
    // Sections keyed by article id keep every outlet.
    expect(Object.keys(report.framing.voices).sort()).toEqual(['__proto__', 'current', 'hasOwnProperty', 'toString', 'valueOf']);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('ids, dates and URLs an attacker chooses', () => {
  const a = (p: Json): Json => p.articles[1];
  it.each([
    ['the page\'s reserved id', (p: Json) => (a(p).id = 'current'), /article 2: the id "current" is reserved for the page's own article/],
    ['a duplicate id', (p: Json) => (a(p).id = p.articles[0].id), /article id "000_[0-9a-f]+" appears twice/],
    ['an empty id', (p: Json) => (a(p).id = '  '), /article 2: the id is empty/],
    ['an id with a line break and a script', (p: Json) => (a(p).id = 'x\n\n<script>alert(1)</script>'), /article 2: the id holds a control character/],
    ['an id with an ANSI escape', (p: Json) => (a(p).id = '\u001b[2J\u001b[31mowned'), /article 2: the id holds a control character/],
    ['an id with a bidi override', (p: Json) => (a(p).id = 'report\u202etxt.exe'), /article 2: the id holds a control character/],
    ['a date that is not ISO', (p: Json) => (a(p).publishedAt = 'yesterday <img src=x>'), /publishedAt must be an ISO date such as 2024-01-31 \(it is "yesterday <img src=x>"\)/],
    ['a date with a line break', (p: Json) => (a(p).publishedAt = '2024-01-01\n# Owned'), /publishedAt must be an ISO date/],
    ['a date that does not exist', (p: Json) => (a(p).publishedAt = '2024-02-30'), /publishedAt must be an ISO date/],
    ['a date as a number', (p: Json) => (a(p).publishedAt = 1704067200000), /publishedAt must be text/],
    ['a javascript: URL', (p: Json) => (a(p).url = 'javascript:alert(document.domain)'), /url must be an http or https address \(it is "javascript:alert\(document.domain\)"\)/],
    ['a javascript: URL in capitals, after a space', (p: Json) => (a(p).url = ' JAVASCRIPT:alert(1)'), /url must be an http or https address/],
    ['a data: URL', (p: Json) => (a(p).url = 'data:text/html,<script>alert(1)</script>'), /url must be an http or https address/],
    ['a file: URL', (p: Json) => (a(p).url = 'file:///etc/passwd'), /url must be an http or https address/],
    ['a relative URL', (p: Json) => (a(p).url = '/news/1'), /url must be an http or https address/],
    ['a URL with a line break', (p: Json) => (a(p).url = 'https://example.com/\n[x](javascript:y)'), /url must be an http or https address/],
  ])('%s is refused, with its reason', (_, edit, message) => {
    expect(outcome(edited(edit))).toMatch(message);
  });

  it.each([
    ['a date', '2024-01-31'],
    ['a date-time in UTC', '2024-01-31T08:30:00Z'],
    ['a date-time with an offset and fractions', '2024-01-31T08:30:00.123+05:30'],
  ])('%s is accepted', (_, date) => {
    expect(outcome(edited((p) => (p.articles[1].publishedAt = date)))).toBe('accepted');
  });

  it('http and https URLs are accepted, markup in them left for the outputs to escape', () => {
    expect(outcome(edited((p) => (p.articles[1].url = 'https://news.example/2024/01/ceasefire?id=1&x=<b>')))).toBe('accepted');
    expect(outcome(edited((p) => (p.articles[1].url = 'http://127.0.0.1:8080/a')))).toBe('accepted');
  });

  it('a pack built from articles with the reserved id, a repeated id, unsafe names, a non-ISO date and a javascript: URL loads, each renamed or left out', () => {
    const [first, second, third] = seedInputs();
    const built = buildPack('Built', [
      { id: 'current', article: { ...first!.article, url: 'javascript:alert(1)', publishedAt: 'last Tuesday' } },
      { id: 'a\n<img src=x onerror=alert(1)>', article: { ...second!.article, url: 'https://news.example/a', publishedAt: 'Tue, 14 Oct 2025 08:00:00 GMT' } },
      { id: 'a\n<img src=x onerror=alert(1)>', article: third!.article },
    ]);
    const loaded = parsePackJson(JSON.stringify(built));
    const ids = loaded.articles.map((x) => x.id);
    expect(ids[0]).toMatch(/^current-[0-9a-f]{12}$/);
    expect(ids[1]).toMatch(/^a-img-src-x-onerror-alert\(1\)-[0-9a-f]{12}$/);
    expect(ids[2]).toBe(`${ids[1]}-2`);
    expect(loaded.articles[0]).not.toHaveProperty('url');
    expect(loaded.articles[0]).not.toHaveProperty('publishedAt');
    expect(loaded.articles[1]).toMatchObject({ url: 'https://news.example/a', publishedAt: '2025-10-14T08:00:00.000Z' });
  });
});

describe('a pack article claiming the page\'s reserved id', () => {
  it('cannot have its figures, quotes and omissions credited to the page', () => {
    const pack = good();
    pack.articles[0].id = 'current';
    pack.articles[0].source = 'EVIL OUTLET';
    expect(() => parsePackJson(JSON.stringify(pack))).toThrow(/the id "current" is reserved for the page's own article/);
  });
});
