import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/crosscheck.js';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { newestPack, parsePackIndex } from '../../../src/core/corpus/pack-index.js';
import { PackError } from '../../../src/core/corpus/load.js';
import { seedInputs } from '../../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const digest = 'a'.repeat(64);

describe('pack index', () => {
  it('reads a valid index and picks the newest pack by build time, whatever the order', () => {
    const index = parsePackIndex({
      format: 'crosscheck-pack-index',
      version: 1,
      packs: [
        { url: 'day-2.json', sha256: digest, builtAt: '2026-11-30T05:00:00Z', articles: 10 },
        { url: 'day-1.json', sha256: 'b'.repeat(64), builtAt: '2026-11-29T05:00:00Z' },
      ],
      extra: 'ignored',
    });
    expect(newestPack(index)).toEqual({ url: 'day-2.json', sha256: digest, builtAt: '2026-11-30T05:00:00Z', articles: 10 });
  });

  it.each([
    [{ format: 'crosscheck-corpus' }, 'not a Crosscheck pack index'],
    [{ format: 'crosscheck-pack-index', version: 2, packs: [] }, 'pack index version 2 is not supported'],
    [{ format: 'crosscheck-pack-index', version: 1, packs: [] }, 'lists no packs'],
    [{ format: 'crosscheck-pack-index', version: 1, packs: [{ url: 'p.json', sha256: 'A'.repeat(64), builtAt: '2026-11-30T05:00:00Z' }] }, 'packs[0].sha256 must be 64 lowercase hexadecimal digits'],
    [{ format: 'crosscheck-pack-index', version: 1, packs: [{ url: 'p.json', sha256: digest, builtAt: 'yesterday' }] }, 'packs[0].builtAt must be an ISO 8601 date-time'],
    [{ format: 'crosscheck-pack-index', version: 1, packs: [{ sha256: digest, builtAt: '2026-11-30T05:00:00Z' }] }, 'packs[0].url is missing'],
  ])('refuses %j', (data, message) => {
    expect(() => parsePackIndex(data)).toThrow(PackError);
    expect(() => parsePackIndex(data)).toThrow(message);
  });
});

describe('crosscheck corpus index', () => {
  it('writes each valid pack with its SHA-256 and build time, newest last, and refuses an invalid one', async () => {
    const older = join(dir, 'day 1.json');
    const newer = join(dir, 'day-2.json');
    writeFileSync(older, JSON.stringify(buildPack('Day 1', seedInputs().slice(0, 2))));
    writeFileSync(newer, JSON.stringify(buildPack('Day 2', seedInputs())));
    utimesSync(older, new Date('2026-11-29T05:00:00Z'), new Date('2026-11-29T05:00:00Z'));
    utimesSync(newer, new Date('2026-11-30T05:00:00Z'), new Date('2026-11-30T05:00:00Z'));
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main(['corpus', 'index', newer, older, '-o', join(dir, 'index.json')])).toBe(0);
      writeFileSync(join(dir, 'bad.json'), '{"format":"crosscheck-corpus","version":3,"articles":[]}');
      expect(await main(['corpus', 'index', join(dir, 'bad.json'), '-o', join(dir, 'index2.json')])).toBe(1);
    } finally {
      spy.mockRestore();
    }
    const index = parsePackIndex(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));
    const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(index.packs).toEqual([
      { url: 'day%201.json', sha256: sha(older), builtAt: '2026-11-29T05:00:00.000Z', name: 'Day 1', articles: 2, bytes: readFileSync(older).length },
      { url: 'day-2.json', sha256: sha(newer), builtAt: '2026-11-30T05:00:00.000Z', name: 'Day 2', articles: 5, bytes: readFileSync(newer).length },
    ]);
    expect(newestPack(index).url).toBe('day-2.json');
  });
});
