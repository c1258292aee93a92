// The Markdown export against hostile text in every field a page or a pack can fill: markup,
// Markdown syntax, control characters, javascript: and data: URLs, line breaks. The export is
// parsed with the CommonMark reference parser and must hold no raw HTML, no image, no link but
// http(s) source links, and no field's text outside its own line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportToMarkdown } from '../../../src/core/report-markdown.js';
import { buildReport } from '../../../src/core/report.js';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { parsePackJson } from '../../../src/core/corpus/load.js';
import { indexPack } from '../../../src/core/match/related.js';
import { CURRENT } from '../../../src/core/analysis/contract.js';
import type { Article } from '../../../src/core/types.js';
import type { Report } from '../../../src/core/report.js';
import { seedInputs, seedReports } from '../../helpers.js';
import { isOneOf, outline, type Outline } from './markdown-check.js';

/** Fragments an attacker writes into a field. */
const HOSTILE = [
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '</p><p>', '<!-- x -->', '<a href="javascript:alert(1)">x</a>', '<div>', '<?php ?>',
  '![leak](http://127.0.0.1:9/leak.png)', '[click](javascript:alert(document.domain))', '[x][ref]', '[ref]: javascript:alert(1)', '[x]: http://evil.example/',
  '<javascript:alert(1)>', '<http://evil.example/>', '<me@evil.example>', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2Zz4=', 'http://evil.example/', '*emph*', '**strong**', '_x_', '__y__', '`code`', '```', '~~~', '~~del~~', '|', '| a | b |', '\\',
  '&lt;script&gt;', '&#60;img&#62;', '&amp;', '&#x0a;', '{{x}}', '${x}', '#', '##', '# Heading', '>', '> quote', '-', '- item', '+ item', '* item', '1.', '1) item',
  '---', '===', '***', '___', '    indented code', '\t', '\n', '\n\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\u000b', '\f', '\u0000', '\u0007', '\u0008',
  '\u001b[31m', '\u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007', '\u009b2J', '\u007f', '\u202e', '\u202d', '\u2066', '\u2069', '\u200f', '\ufeff',
  '  ', '\u00a0', 'word', 'Officials', 'said', '58', '.', '"', '“', '”', "'", '(', ')', '[', ']', '!', 'current', '__proto__',
];
const fragment = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const hostile = fc.array(fc.tuple(fragment, fc.constantFrom('', ' ', '\n')), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([t, sep]) => t + sep).join(''));
/** What opens a block when it stands at the start of a line. */
const LEADS = ['', '# ', '## x\n', '> ', '- ', '+ ', '* ', '1. ', '2) ', '---\n', '=== ', '    ', '\t', '```\n', '~~~ ', '<div>', '<script>', '<!--', '\n\n# ', '| x |', '[a]: /b\n'];
const lead = fc.constantFrom(...LEADS);
const URLS = [
  'javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)',
  'file:///etc/passwd', '//evil.example/x', '/relative', 'http://127.0.0.1:9/leak.png', 'https://example.com/a b)<img src=x>', 'http://x.example/"><script>alert(1)</script>',
  "https://example.com/it's(1)[2]*_`", 'https://example.com/\n[x](javascript:y)', 'HTTPS://EXAMPLE.COM/Path?q=<b>&r="1"#f', 'http://[::1]/', 'https://ex\u202eample.com/',
  'https://news.example/2024/01/ceasefire', '',
];
const url = fc.constantFrom(...URLS);

type Json = Record<string, unknown>;
/** Fields a report fills from a closed list of its own words, not from a page or a pack. */
const OWN_WORDS = new Set(['relation', 'development', 'verdict', 'kind', 'unit']);
const ID_FIELDS = new Set(['id', 'articleId', 'reportedBy']);

/**
 * The report with every text field a page or a pack fills replaced by `field(i)` (the i-th such
 * field), every corpus id by `id(j)` (the same everywhere it occurs, object keys included), and
 * every URL by `urls(k)`.
 */
function refilled(report: Report, field: (i: number) => string, id: (j: number) => string, urls: (k: number) => string): Report {
  const ids = new Map(report.related.map((r, j) => [r.id, id(j)]));
  const asId = (value: string) => (value === CURRENT ? CURRENT : ids.get(value) ?? value);
  let fields = 0;
  let links = 0;
  const walk = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') {
      const out: Json = {};
      for (const [k, v] of Object.entries(value)) out[asId(k)] = walk(v, k);
      return out;
    }
    if (typeof value !== 'string' || OWN_WORDS.has(key)) return value;
    if (ID_FIELDS.has(key)) return asId(value);
    return field(fields++);
  };
  const copy = walk(report, '') as Report;
  // Every outlet named by a field (so that no name is cut from a headline), every article given a URL.
  copy.related.forEach((r) => {
    r.source = field(fields++);
    r.url = urls(links++);
    r.publishedAt = field(fields++);
  });
  copy.article.url = urls(links++);
  copy.article.source = field(fields++);
  copy.article.publishedAt = field(fields++);
  return copy;
}

/** The problems the issue names, read from the export and its parse (`outline(md)`, parsed once by the caller); empty when it is clean. */
function problems(md: string, doc: Outline, webUrls: readonly string[]): string[] {
  return [
    ...doc.forbidden,
    ...doc.links.filter((l) => !isOneOf(l.destination, webUrls)).map((l) => `link to ${l.destination}`),
    ...doc.links.filter((l) => l.children.some((c) => c !== 'text')).map((l) => `markup inside a link: ${l.children.join(',')}`),
    ...(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(md) ? ['a control character'] : []),
  ];
}

const webUrlsOf = (report: Report): string[] =>
  [report.article.url, ...report.related.map((r) => r.url)].filter((u): u is string => !!u && /^https?:\/\/[^\s]+$/i.test(u));

describe('every field of a report, filled with hostile text', () => {
  const reports = [...seedReports().values()].filter((r) => r.related.length > 0);
  const base = reports.find((r) => r.quotes.length > 0 && r.numbers.length > 0 && r.facts.omissions.length > 0 && r.framing.actors.length > 0)!;

  it('the seed report used reaches every section', () => {
    expect(outline(reportToMarkdown(base)).blocks.filter((b) => b.startsWith('1:heading')).length).toBeGreaterThan(8);
  });

  it('keeps the document the same shape as with plain words, every field on its own line, with no HTML, image or foreign link', () => {
    const benign = refilled(base, (i) => `⟦${i} ${i}⟧`, (j) => `⟦id${j} id${j}⟧`, () => '');
    const expected: Outline = outline(reportToMarkdown(benign));
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 8, maxLength: 8 }), fc.array(lead, { minLength: 5, maxLength: 5 }), fc.array(url, { minLength: 6, maxLength: 6 }), (texts, leads, urls) => {
        const at = <T,>(list: readonly T[], i: number) => list[i % list.length]!;
        const field = (i: number) => `${at(leads, i)}⟦${i} ${at(texts, i)} ${i}⟧`;
        const id = (j: number) => `${at(leads, j + 1)}⟦id${j} ${at(texts, j + 3)} id${j}⟧`;
        const report = refilled(base, field, id, (k) => at(urls, k));
        const md = reportToMarkdown(report);
        const doc = outline(md);
        expect(problems(md, doc, webUrlsOf(report))).toEqual([]);
        // No block added, removed or moved, and no line break inside any field.
        expect(doc.blocks).toEqual(expected.blocks);
        expect(doc.lines).toBe(expected.lines);
        // Every field's text stays whole on its own line: opened and closed there. (CommonMark has no
        // tables, so the labels table reads as one paragraph of lines, in both renderings alike.)
        const breaks = (o: Outline) => o.texts.map((t) => t.split('\n').length);
        expect(breaks(doc)).toEqual(breaks(expected));
        for (const line of doc.texts.flatMap((t) => t.split('\n'))) {
          for (const [, name] of line.matchAll(/⟦(id\d+|\d+) /g)) expect(line, `field ${name}`).toContain(` ${name}⟧`);
        }
        const opened = (texts: readonly string[]) => texts.join('').match(/⟦(id\d+|\d+) /g)?.length ?? 0;
        expect(opened(doc.texts)).toBe(opened(expected.texts));
        // The only links are the sources' http(s) URLs.
        expect(doc.links.length).toBeLessThanOrEqual(webUrlsOf(report).length);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

describe('pack fields and page fields, through a built pack and a real report', () => {
  const seeds = seedInputs();
  const page = seeds.find((s) => s.id.startsWith('001_'))!.article;
  const others = seeds.filter((s) => s !== seeds.find((x) => x.article === page));

  it('a pack built from hostile ids, titles, outlets, URLs, dates and sentences loads, and the report on it exports cleanly', () => {
    fc.assert(
      fc.property(
        fc.array(hostile, { minLength: 6, maxLength: 6 }),
        fc.array(url, { minLength: 5, maxLength: 5 }),
        fc.array(fc.constantFrom('current', '', ...HOSTILE.slice(0, 12)), { minLength: 4, maxLength: 4 }),
        (texts, urls, ids) => {
          const at = <T,>(list: readonly T[], i: number) => list[i % list.length]!;
          const inputs = others.map(({ article }, i) => ({
            id: `${at(ids, i)}${at(texts, i)}`,
            article: {
              ...article,
              title: `${at(texts, i + 1)} ${article.title}`,
              siteName: at(texts, i + 2),
              url: at(urls, i),
              publishedAt: at(texts, i + 3),
              paragraphs: [...article.paragraphs, `The ministry said ${at(texts, i + 4)} that 58 people were killed in the clashes.`],
            } satisfies Article,
          }));
          const pack = parsePackJson(JSON.stringify(buildPack(at(texts, 5), inputs)));
          expect(pack.articles.map((a) => a.id)).not.toContain(CURRENT);
          const hostilePage: Article = {
            ...page,
            title: `${at(texts, 0)} ${page.title}`,
            siteName: at(texts, 1),
            url: at(urls, 4),
            publishedAt: at(texts, 2),
            paragraphs: [...page.paragraphs, `A spokesman said ${at(texts, 3)} that 23 soldiers were killed.`],
          };
          const report = buildReport(hostilePage, indexPack(pack));
          expect(report.related.length).toBeGreaterThan(0);
          const md = reportToMarkdown(report);
          const doc = outline(md);
          expect(problems(md, doc, webUrlsOf(report))).toEqual([]);
          // Headings are the export's own: the title, the sections, the findings.
          expect(doc.blocks.filter((b) => b === '1:heading1')).toHaveLength(1);
        },
      ),
      { numRuns: 12 },
    );
  }, 180_000);
});
