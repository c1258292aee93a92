// `npm run package`: each store zip holds exactly its build, everything its manifest and its
// pages name, byte for byte, and nothing from the sources or the tests.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** The entries of a zip, read from its central directory. */
function readZip(buffer: Buffer): Map<string, Buffer> {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = buffer.readUInt16LE(at + 10);
    const compressed = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(dataStart, dataStart + compressed);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Every file a manifest names. */
function namedByManifest(m: Record<string, any>): string[] {
  return [
    ...Object.values((m.icons ?? {}) as Record<string, string>),
    ...Object.values((m.action?.default_icon ?? {}) as Record<string, string>),
    ...Object.values((m.sidebar_action?.default_icon ?? {}) as Record<string, string>),
    ...(m.background.scripts ?? [m.background.service_worker]),
    m.side_panel?.default_path ?? m.sidebar_action?.default_panel,
    m.options_ui.page,
  ].filter(Boolean);
}

describe('npm run package', () => {
  const zips = new Map<string, Map<string, Buffer>>();

  beforeAll(() => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/package.mjs')], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    for (const target of ['chrome', 'firefox']) zips.set(target, readZip(readFileSync(join(ROOT, 'dist', `crosscheck-${target}-${version}.zip`))));
  });

  it.each(['chrome', 'firefox'])('the %s zip holds its build, byte for byte, with its manifest at the root', (target) => {
    const entries = zips.get(target)!;
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    expect(manifest.version).toBe(version);
    for (const [name, content] of entries) expect(content.equals(readFileSync(join(ROOT, 'dist', target, name))), name).toBe(true);
  });

  it.each(['chrome', 'firefox'])('the %s zip holds every file its manifest and pages name, and the scripts the background injects', (target) => {
    const entries = zips.get(target)!;
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    const wanted = new Set(namedByManifest(manifest));
    for (const page of [...wanted].filter((f) => f.endsWith('.html'))) {
      const html = entries.get(page)!.toString('utf8');
      const dir = page.slice(0, page.lastIndexOf('/') + 1);
      for (const [, ref] of html.matchAll(/(?:src|href)="([^"#?]+)"/g)) wanted.add(new URL(ref!, `file:///${dir}`).pathname.slice(1));
    }
    // Injected with scripting.executeScript and fetched with runtime.getURL: named in code, not in the manifest.
    for (const file of ['content/extract.js', 'content/highlight.js', 'corpus/seeds.pack.jsonl']) wanted.add(file);
    for (const file of wanted) expect(entries.has(file), `${target}: ${file}`).toBe(true);
    expect(wanted.size).toBeGreaterThan(10);
  });

  it.each(['chrome', 'firefox'])('the %s zip holds nothing from the sources or the tests', (target) => {
    for (const name of zips.get(target)!.keys()) {
      expect(name).not.toMatch(/\.(?:ts|tsx|map|mjs|md)$/);
      expect(name).not.toMatch(/^(?:src|tests|scripts|node_modules|docs|test-results|\.git|\.ci)\//);
      expect(name).not.toMatch(/(?:^|\/)(?:package(?:-lock)?\.json|tsconfig[^/]*\.json|vitest\.config\.ts|build\.mjs)$/);
      expect(name).toMatch(/^(?:manifest\.json|(?:background|content|panel|options|icons|corpus)\/[\w.-]+)$/);
    }
  });
});
