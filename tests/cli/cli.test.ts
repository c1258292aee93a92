import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.js';
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
    expect(result.stdout).toMatch(/follow-up \(earlier\)\s+000_/);
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
    expect(md).toMatch(/^\*\*Summary:\*\* 4 other outlets · \d+ figures disagree/m);
    // Evidence sentences under the outlet that printed them.
    expect(md).toMatch(/^- \*\*This article\*\*: at least 23\n  > .*at least 23 Pakistani soldiers dead/m);
    expect(md).toMatch(/^- \*\*Alwaght\*\*: 58$/m);
    const usage = run('compare', page, '--markdown', '--json');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/choose one of --json and --markdown/);
    expect(run('--help').stdout).toContain('--markdown');
  });

  it('says "no related coverage" for an unrelated article', () => {
    const result = run('compare', join(FIXTURES, 'readability/bbc-1/source.html'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Related coverage: none');
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
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    expect(pack.name).toBe('Test pack');
    expect(pack.articles.map((a: { id: string }) => a.id).sort()).toEqual(['first', 'page', 'wire-1', 'wire:4']);
    const wire = pack.articles.find((a: { id: string }) => a.id === 'wire-1');
    expect(wire).toMatchObject({ title: 'Quake hits city', source: 'Wire', publishedAt: '2024-01-01' });
    const compared = run('compare', join(SEED_DIR, `${seedId('002')}.txt`), '--corpus', out, '--json');
    expect((JSON.parse(compared.stdout) as Report).related.map((r) => r.id).sort()).toEqual(['first', 'page']);
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
