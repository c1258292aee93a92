import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline, exportJson, isoDay, isWebUrl, markdownLink, oneLine, terminalSafe } from '../../../src/core/text/escape.js';
import { safeArticleId } from '../../../src/core/corpus/ids.js';
import { outline } from '../export/markdown-check.js';

describe('terminalSafe', () => {
  it('lets no escape sequence, line break or bidi override through, and keeps a line\'s spacing', () => {
    expect(terminalSafe('  \u001b[31mred\u001b[0m\nnext\r\u0007bell\u009b2J')).toBe('  \ufffd[31mred\ufffd[0m next \ufffdbell\ufffd2J');
    expect(terminalSafe('report\u202etxt.exe \u2066x\u2069')).toBe('reporttxt.exe x');
    expect(terminalSafe('Ünïcode «text» مرحبا \u200f')).toBe('Ünïcode «text» مرحبا \u200f');
  });

  it('oneLine also folds runs of spaces and trims', () => {
    expect(oneLine('  a \n\n b\t')).toBe('a b');
  });
});

describe('escapeMarkdownInline', () => {
  const parsed = (text: string) => outline(`- **X**: ${escapeMarkdownInline(text)}\n  > ${escapeMarkdownInline(text)}\n`);
  it.each([
    ['an image', '![leak](http://127.0.0.1:9/leak-id.png)'],
    ['raw HTML', '<img src=x onerror=alert(1)>'],
    ['a javascript: link', '[click](javascript:alert(document.domain))'],
    ['a script block after blank lines', 'x\n\n<script>alert(1)</script>'],
    ['an autolink', '<javascript:alert(1)>'],
    ['an entity', '&#60;script&#62;'],
    ['code', '`code` ```'],
  ])('keeps %s as text on one line', (_, text) => {
    const doc = parsed(text);
    expect(doc.forbidden).toEqual([]);
    expect(doc.links).toEqual([]);
    expect(doc.blocks).toEqual(['0:document', '1:list', '2:item', '3:paragraph', '3:block_quote', '4:paragraph']);
    expect(doc.texts[1]).toBe(oneLine(text));
  });

  it.each(['# title', '> quote', '- item', '+ item', '* item', '1. item', '2) item', '---', '===', '***', '    code', '\n\n# late'])(
    '"%s" at a field\'s start opens no block',
    (text) => {
      expect(parsed(text).blocks).toEqual(['0:document', '1:list', '2:item', '3:paragraph', '3:block_quote', '4:paragraph']);
    },
  );
});

describe('markdownLink', () => {
  it('links only to http(s) URLs, with the text and the target both escaped', () => {
    const link = markdownLink('[a](javascript:x) <b>', 'https://example.com/a)(b<img>"\'`');
    const doc = outline(link);
    expect(doc.forbidden).toEqual([]);
    expect(doc.links).toHaveLength(1);
    expect(doc.links[0]!.destination).toBe('https://example.com/a%29%28b%3Cimg%3E%22%27%60');
    expect(doc.texts).toEqual(['[a](javascript:x) <b>']);
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '//evil.example/', '/a', 'https://', 'https://a.example/\nb'])(
    'gives the text alone for %s',
    (url) => {
      expect(isWebUrl(url)).toBe(false);
      expect(markdownLink('title', url)).toBe('title');
    },
  );
});

describe('isoDay', () => {
  it('shows a date only when the value is an ISO date', () => {
    expect(isoDay('2024-01-31T08:00:00Z')).toBe('2024-01-31');
    expect(isoDay('2024-01-31')).toBe('2024-01-31');
    expect(isoDay('<img src=x>')).toBeUndefined();
    expect(isoDay('2024-01-31\n# x')).toBeUndefined();
  });
});

describe('safeArticleId', () => {
  it('keeps a plain file name', () => {
    for (const name of ['001_e8695a1c047b220a', 'wire:4', 'Reuters (1)', 'café-report', 'اخبار']) expect(safeArticleId(name)).toBe(name);
  });

  it('renames the reserved id and any name with markup, controls or bidi overrides, distinct names staying distinct', () => {
    const names = ['current', 'a\n<img src=x onerror=alert(1)>', '[click](javascript:alert(1))', '\u001b[31mred', 'gnp\u202e.exe', 'a<b', 'a>b', '', ' ', 'x'.repeat(500)];
    const ids = names.map(safeArticleId);
    expect(new Set(ids).size).toBe(names.length);
    for (const id of ids) {
      expect(id).not.toBe('current');
      expect(id).toMatch(/^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}._:,()+@'-]*-[0-9a-f]{12}$/u);
      expect(id.length).toBeLessThanOrEqual(80);
    }
  });
});

describe('exportJson', () => {
  it('writes every control JSON.stringify leaves raw as an escape, and parses back to the same value', () => {
    const hostile = { title: 'a\u009b31mred\u001b[0m \u202eeslaf\u2066x\u2069\u2028y\u007f', sentence: 'plain “quoted” text — Türkiye' };
    const text = exportJson(hostile);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('\\u009b');
    expect(text).toContain('plain “quoted” text — Türkiye');
    expect(JSON.parse(text)).toEqual(hostile);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
