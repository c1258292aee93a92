import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync, symlinkSync, truncateSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.js';
import { parsePackJson } from '../../src/core/corpus/load.js';
import { outline } from '../core/export/markdown-check.js';
import { FIXTURES, ROOT, SEED_DIR, seedId } from '../helpers.js';

// The built CLI, as a user runs it (npm test builds first).
const CLI = join(ROOT, 'dist/cli/crosscheck.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
const scratch = () => mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));

describe('crosscheck compare', () => {
  it('prints exactly the Report as JSON for a saved seed page', () => {
    const page = join(FIXTURES, 'seed-pages', seedId('001'), 'page.html');
    const result = run('compare', page, '--json');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(Object.keys(report).sort()).toEqual(['article', 'corpus', 'facts', 'framing', 'numbers', 'quotes', 'related']);
    const killed = report.numbers.find((g) => g.verdict === 'diverges' && g.figures.some((f) => f.articleId === 'current' && /at least 23/i.test(f.text)));
    expect(killed?.figures.map((f) => f.text)).toContain('58');
    expect(report.facts.omissions.some((o) => /right direction/.test(o.summary) && o.reportedBy.length === 3)).toBe(true);
    expect(report.article.title).toBe('Afghanistan and Pakistan declare cease-fire after weeks of border clashes');
    expect(report.article.source).toBe('Meridian Daily Courier');
    const relations = Object.fromEntries(report.related.map((r) => [r.id.slice(0, 3), r.relation]));
    expect(relations).toEqual({ '000': 'same-event', '002': 'same-event', '004': 'same-event', '003': 'follow-up' });
  });

  it('prints a readable report for a plain-text article', () => {
    const result = run('compare', join(SEED_DIR, `${seedId('003')}.txt`));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('After Days of Deadlock, Pakistan and Taliban Strike Interim Peace Deal');
    expect(result.stdout).toContain('Related coverage (4)');
    expect(result.stdout).toMatch(/^  - [^·\n]+ · date unknown · earlier development · \d+% alike$/m);
    // Each item says why, and a missing date is said to be missing.
    expect(result.stdout).toMatch(/^  Later and earlier developments \(4\)$/m);
    expect(result.stdout).toMatch(/^\s+why: neither date known; an earlier development: .*both name [^;]*Pakistan[^;]*$/m);
    // Outlets by name, never by the corpus's ids.
    expect(result.stdout).not.toMatch(/\d{3}_[0-9a-f]{16}/);
    expect(result.stdout).toMatch(/^Numbers \(\d+\)$/m);
    expect(result.stdout).toMatch(/^Quotes/m);
  });

  it('prints the report as Markdown for notes with --markdown, the same as the panel exports', () => {
    const page = join(FIXTURES, 'seed-pages', seedId('001'), 'page.html');
    const result = run('compare', page, '--markdown');
    expect(result.status).toBe(0);
    const md = result.stdout;
    expect(md.split('\n')[0]).toBe('# Crosscheck: Afghanistan and Pakistan declare cease-fire after weeks of border clashes');
    expect([...md.matchAll(/^## (.+?)(?: \(\d+\))?$/gm)].map((m) => m[1])).toEqual(['Related coverage', 'Numbers', 'Missing facts', 'Quotes', 'Framing']);
    expect(md).toMatch(/^\*\*Summary:\*\* 4 other outlets · \d+ figures? disagrees? with this article/m);
    // Evidence sentences under the outlet that printed them.
    expect(md).toMatch(/^- \*\*This article\*\*: at least 23\n  > .*at least 23 Pakistani soldiers dead/m);
    expect(md).toMatch(/^- \*\*Alwaght\*\*: 58, according to the Taliban$/m);
    const usage = run('compare', page, '--markdown', '--json');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/choose one of --json and --markdown/);
    expect(run('--help').stdout).toContain('--markdown');
  });

  it('says "no related coverage" for an unrelated article', () => {
    const result = run('compare', join(FIXTURES, 'readability/bbc-1/source.html'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No related coverage: no article in');
  });

  it('compares against a folder of articles given as --corpus', () => {
    const dir = scratch();
    for (const prefix of ['000', '003']) copyFileSync(join(SEED_DIR, `${seedId(prefix)}.txt`), join(dir, `${seedId(prefix)}.txt`));
    const result = run('compare', join(SEED_DIR, `${seedId('002')}.txt`), '--corpus', dir, '--json');
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as Report).related.map((r) => r.id.slice(0, 3)).sort()).toEqual(['000', '003']);
  });

  it.each([
    ['a missing file', ['compare', 'no/such/file.html'], /no such file/],
    ['an empty page', ['compare', '@empty.txt'], /empty/],
    ['a binary file', ['compare', '@binary.txt'], /binary/],
    ['a page that is not an article', ['compare', '@nav.html'], /does not look like an article|no article text/],
    ['an article in another language', ['compare', join(FIXTURES, 'hostile/non-english-german/page.html')], /in German; Crosscheck reads English articles only for now/],
    ['an unreadable pack', ['compare', join(SEED_DIR, `${seedId('000')}.txt`), '--corpus', '@bad.json'], /not valid JSON/],
    ['a pack of another format', ['compare', join(SEED_DIR, `${seedId('000')}.txt`), '--corpus', '@other.json'], /not a Crosscheck corpus pack/],
    ['an unknown option', ['compare', 'x.txt', '--fast'], /unknown option --fast/],
    ['no command', [], /no command given/],
  ])('fails on %s with a one-line error and a non-zero exit', (_, args, message) => {
    const dir = scratch();
    writeFileSync(join(dir, 'empty.txt'), '  \n\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    writeFileSync(join(dir, 'nav.html'), '<html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav></body></html>');
    writeFileSync(join(dir, 'bad.json'), '{"format": "crosscheck-corpus",');
    writeFileSync(join(dir, 'other.json'), '{"hello": "world"}');
    const result = run(...args.map((a) => (a.startsWith('@') ? join(dir, a.slice(1)) : a)));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.split('\n')[0]).toMatch(/^crosscheck: /);
    expect(result.stdout).toBe('');
  });
});

describe('crosscheck corpus build', () => {
  it('builds a pack from .txt, .html and .jsonl files, reporting what it skipped and why', () => {
    const dir = scratch();
    copyFileSync(join(SEED_DIR, `${seedId('000')}.txt`), join(dir, 'first.txt'));
    copyFileSync(join(SEED_DIR, `${seedId('000')}.txt`), join(dir, 'second-copy.txt'));
    copyFileSync(join(FIXTURES, 'seed-pages', seedId('004'), 'page.html'), join(dir, 'page.html'));
    writeFileSync(join(dir, 'notes.md'), '# not an article');
    writeFileSync(join(dir, 'empty.txt'), '');
    mkdirSync(join(dir, 'more'));
    writeFileSync(
      join(dir, 'more', 'wire.jsonl'),
      [
        JSON.stringify({ id: 'wire-1', title: 'Quake hits city', text: 'A strong earthquake hit the city on Monday.\nHundreds were hurt.', source: 'Wire', publishedAt: '2024-01-01' }),
        '{broken',
        JSON.stringify({ title: 'No text field' }),
        JSON.stringify({ title: 'Floods in the valley', text: 'Rivers burst their banks after a week of rain.' }),
      ].join('\n'),
    );
    const out = join(dir, 'pack.json');
    const result = run('corpus', 'build', dir, '-o', out, '--name', 'Test pack');
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/kept 4 articles, skipped 5/);
    expect(result.stderr).toMatch(/second-copy\.txt: same text as "first"/);
    expect(result.stderr).toMatch(/wire\.jsonl:2: not valid JSON/);
    expect(result.stderr).toMatch(/wire\.jsonl:3: needs "title" and "text"/);
    expect(result.stderr).toMatch(/notes\.md: not an article file/);
    expect(result.stderr).toMatch(/empty\.txt: the file is empty/);
    const pack = parsePackJson(readFileSync(out, 'utf8'));
    expect(pack.name).toBe('Test pack');
    expect(pack.articles.map((a: { id: string }) => a.id).sort()).toEqual(['first', 'page', 'wire-1', 'wire:4']);
    const wire = pack.articles.find((a: { id: string }) => a.id === 'wire-1');
    expect(wire).toMatchObject({ title: 'Quake hits city', source: 'Wire', publishedAt: '2024-01-01' });
    const compared = run('compare', join(SEED_DIR, `${seedId('002')}.txt`), '--corpus', out, '--json');
    expect((JSON.parse(compared.stdout) as Report).related.map((r) => r.id).sort()).toEqual(['first', 'page']);
  });

  it('opens a pack larger than the 20 MB an article file may have (packs are read up to the loader\'s limit)', () => {
    const dir = scratch();
    const out = join(dir, 'pack.json');
    expect(run('corpus', 'build', SEED_DIR, '-o', out).status).toBe(0);
    const big = join(dir, 'big.json');
    // Valid JSON of 21 MB: the same pack with trailing white space, as a large corpus would weigh.
    writeFileSync(big, readFileSync(out, 'utf8') + ' '.repeat(21 * 1024 * 1024));
    const compared = run('compare', join(SEED_DIR, `${seedId('002')}.txt`), '--corpus', big, '--json');
    expect(compared.stderr).toBe('');
    expect((JSON.parse(compared.stdout) as Report).related.length).toBe(4);
    const article = join(dir, 'big.txt');
    writeFileSync(article, 'Headline\n\n' + 'word '.repeat(5 * 1024 * 1024));
    expect(run('compare', article).stderr).toMatch(/larger than 20 MB/);
  });

  it('reads a .jsonl file larger than the 20 MB an article file may have, a line at a time', () => {
    const dir = scratch();
    const article = JSON.stringify({ id: 'late', title: 'Quake hits city', text: 'A strong earthquake hit the city on Monday. Hundreds were hurt.' });
    writeFileSync(join(dir, 'big.jsonl'), `${' '.repeat(200)}\n`.repeat(110_000) + `${article}\n`);
    const out = join(dir, 'pack.json');
    const result = run('corpus', 'build', dir, '-o', out);
    expect(result.stderr).toMatch(/kept 1 article, skipped 0/);
    expect(parsePackJson(readFileSync(out, 'utf8')).articles.map((a) => a.id)).toEqual(['late']);
  });

  it('exits non-zero and writes nothing when nothing usable was read', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'empty.txt'), '');
    const out = join(dir, 'pack.json');
    const result = run('corpus', 'build', dir, '-o', out);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/no usable articles/);
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('corpus build on hostile file names and files', () => {
  // Any control character but the line breaks the CLI writes itself, and any bidi override.
  const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  const seeds = ['000', '002', '003', '004'].map((p) => join(SEED_DIR, `${seedId(p)}.txt`));

  it('builds a pack that loads and renders cleanly, naming what it skipped and why', () => {
    const dir = scratch();
    const names = ['a\n<img src=x onerror=alert(1)>', '[click](javascript:alert(document.domain))', '\u001b[2J\u001b[31mred\u001b[0m \u202egnp', 'current'];
    names.forEach((name, i) => copyFileSync(seeds[i]!, join(dir, `${name}.txt`)));
    writeFileSync(
      join(dir, 'feed.jsonl'),
      [
        JSON.stringify({ id: 'x\n\n<script>alert(1)</script>', title: 'Floods in the valley', text: 'Rivers burst their banks after a week of rain in the valley.', url: 'javascript:alert(1)', publishedAt: 'x\n\n<script>alert(1)</script>' }),
        // Renamed like current.txt, so the same id twice: the second is skipped.
        JSON.stringify({ id: 'current', title: 'A bridge opens', text: 'The new bridge over the river opened to traffic on Sunday morning.' }),
      ].join('\n'),
    );
    symlinkSync(seeds[0]!, join(dir, 'link.txt'));
    const out = join(dir, 'pack.json');
    const built = run('corpus', 'build', dir, '-o', out);
    expect(built.status).toBe(0);
    expect(built.stderr).not.toMatch(CONTROLS);
    expect(built.stderr).toMatch(/link\.txt: a symbolic link, not followed/);
    expect(built.stderr).toMatch(/feed\.jsonl:2: duplicate id "current-[0-9a-f]{12}"/);
    expect(built.stderr).toMatch(/kept 5 articles, skipped 2 \(1 symbolic link, 1 duplicate\)/);
    const pack = parsePackJson(readFileSync(out, 'utf8'));
    const ids = pack.articles.map((a) => a.id);
    expect(ids).not.toContain('current');
    for (const id of ids) expect(id).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}._:,()+@'-]*$/u);
    const feed = pack.articles.find((a) => a.title === 'Floods in the valley')!;
    expect(feed).not.toHaveProperty('url');
    expect(feed).not.toHaveProperty('publishedAt');

    const page = join(FIXTURES, 'seed-pages', seedId('001'), 'page.html');
    const markdown = run('compare', page, '--corpus', out, '--markdown');
    expect(markdown.status).toBe(0);
    const doc = outline(markdown.stdout);
    expect(doc.forbidden).toEqual([]);
    expect(doc.links).toEqual([]);
    expect(markdown.stdout).not.toMatch(CONTROLS);
    expect(markdown.stdout).toMatch(/^\d\. .+\(same event, \d+% alike, [^,()]+\)$/m);
    const text = run('compare', page, '--corpus', out);
    expect(text.status).toBe(0);
    expect(text.stdout).not.toMatch(CONTROLS);
    expect(text.stdout).toMatch(/Related coverage \(4\)/);
  });

  it('counts one file and one article in the singular when building a pack', () => {
    const dir = scratch();
    copyFileSync(join(SEED_DIR, `${seedId('001')}.txt`), join(dir, 'one.txt'));
    const built = run('corpus', 'build', join(dir, 'one.txt'), '-o', join(dir, 'pack.json'));
    expect(built.status).toBe(0);
    expect(built.stderr).toContain('read 1 file: kept 1 article, skipped 0');
    const compared = run('compare', join(SEED_DIR, `${seedId('000')}.txt`), '--corpus', join(dir, 'pack.json'));
    expect(compared.stdout).toContain('(1 article)');
  });

  it('prints --json with no raw control a terminal acts on, parsing back to the text as written', () => {
    // Seed 001's text under a headline holding an 8-bit CSI (U+009B), a right-to-left override and a line separator.
    const dir = scratch();
    const title = 'Ceasefire \u009b31m agreed \u202eeslaf\u202c\u2028after clashes';
    const [, ...body] = readFileSync(join(SEED_DIR, `${seedId('001')}.txt`), 'utf8').split('\n');
    writeFileSync(join(dir, 'page.txt'), [title, ...body].join('\n'));
    const json = run('compare', join(dir, 'page.txt'), '--json');
    expect(json.status).toBe(0);
    expect(json.stdout).not.toMatch(CONTROLS);
    expect(json.stdout).not.toMatch(/[\u2028\u2029]/);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.related.length).toBeGreaterThan(0);
    expect(report.article.title).toMatch(/[\u009b\u202e]/);
  });

  it('skips a 1 GB file unread, staying under 200 MB of memory', () => {
    const dir = scratch();
    copyFileSync(seeds[0]!, join(dir, 'article.txt'));
    // Sparse: a gigabyte on paper, nothing on disk.
    for (const name of ['huge.jsonl', 'huge.txt']) {
      writeFileSync(join(dir, name), '');
      truncateSync(join(dir, name), 1024 ** 3);
    }
    try {
      const result = spawnSync(process.execPath, ['--require', join(ROOT, 'tests/cli/report-max-rss.cjs'), CLI, 'corpus', 'build', dir, '-o', join(dir, 'pack.json')], { encoding: 'utf8', cwd: ROOT });
      expect(result.status).toBe(0);
      // A .jsonl file is read a line at a time, whatever its size; this one is refused at its first bytes.
      expect(result.stderr).toMatch(/huge\.jsonl: is a binary file, not text/);
      expect(result.stderr).toMatch(/huge\.txt: larger than 20 MB \(1024 MB\); not read/);
      expect(result.stderr).toMatch(/kept 1 article, skipped 2 \(1 unreadable, 1 too large\)/);
      const peakKb = Number(/max-rss-kb (\d+)/.exec(result.stderr)?.[1]);
      expect(peakKb).toBeGreaterThan(0);
      expect(peakKb).toBeLessThan(200 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a FIFO unread instead of waiting on it', () => {
    const dir = scratch();
    copyFileSync(seeds[0]!, join(dir, 'article.txt'));
    if (spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status !== 0) return;
    const result = run('corpus', 'build', dir, '-o', join(dir, 'pack.json'));
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/pipe\.txt: not a regular file/);
    const direct = run('compare', join(dir, 'pipe.txt'));
    expect(direct.status).toBe(1);
    expect(direct.stderr).toMatch(/pipe\.txt: not a regular file/);
  });
});

describe('bad paths and oversized input', () => {
  const seeds = SEED_DIR;
  it.each([
    ['-o in a folder that does not exist', ['corpus', 'build', seeds, '-o', '/nonexistent/dir/p.json'], /cannot write the pack \(no such folder to write it in\)/],
    ['-o a folder', ['corpus', 'build', seeds, '-o', tmpdir()], /cannot write the pack \(is a folder/],
    ['compare a folder', ['compare', seeds], /is a folder, not a file/],
    ['compare a missing file', ['compare', '/nonexistent/a.txt'], /no such file/],
    ['--corpus that does not exist', ['compare', join(seeds, `${seedId('001')}.txt`), '--corpus', '/nonexistent/p.json'], /no such corpus pack or folder/],
  ])('%s: one line, exit 1, no stack trace', (_name, args, message) => {
    const result = run(...args);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses an article over 100,000 words, as the extension does', () => {
    const dir = scratch();
    const file = join(dir, 'salad.txt');
    const words = ['border', 'talks', 'said', 'the', 'ceasefire', 'Kabul', 'of'];
    writeFileSync(file, `A headline\n${Array.from({ length: 100_500 }, (_, i) => words[(i * 7919) % words.length]).join(' ')}\n`);
    const result = run('compare', file);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`crosscheck: ${file}: the text has 100,500 words, more than Crosscheck reads (100,000)\n`);
  });
});

describe('the .txt header', () => {
  it('reads Source:, Published: and URL: lines before the headline', () => {
    const dir = scratch();
    const file = join(dir, 'article.txt');
    const seed = readFileSync(join(SEED_DIR, `${seedId('003')}.txt`), 'utf8');
    writeFileSync(file, `Source: The Bosporus Dispatch\nPublished: 2025-10-31\nURL: https://dispatch.example/news/istanbul\n\n${seed}`);
    const report = JSON.parse(run('compare', file, '--json').stdout) as Report;
    expect(report.article).toMatchObject({
      title: 'After Days of Deadlock, Pakistan and Taliban Strike Interim Peace Deal',
      source: 'The Bosporus Dispatch',
      url: 'https://dispatch.example/news/istanbul',
    });
    expect(report.article.publishedAt?.slice(0, 10)).toBe('2025-10-31');
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, `Published: someday\n${seed}`);
    expect(run('compare', bad).stderr).toMatch(/cannot read the date "Published: someday"/);
  });
});
