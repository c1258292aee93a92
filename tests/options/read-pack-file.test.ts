import { describe, expect, it } from 'vitest';
import { PACK_LIMITS, PackError, parsePackJson } from '../../src/core/corpus/load.js';
import { buildPack, PACK_VERSION } from '../../src/core/corpus/pack.js';
import { READING_VERSION } from '../../src/core/reading-version.js';
import { encodePack } from '../../src/core/corpus/pack-file.js';
import { readPackFile, type PackFile } from '../../src/options/read-pack-file.js';
import { importStoredPack } from '../../src/background/import-pack.js';
import { fakePackStore } from '../background/fake-pack-store.js';
import { seedInputs } from '../helpers.js';

/** A File as the options page gets one, counting how many bytes were read. */
function file(text: string, size = text.length) {
  const read = { bytes: 0 };
  const packFile: PackFile = {
    size,
    text: async () => ((read.bytes += text.length), text),
    slice: (start, end) => ({ text: async () => ((read.bytes += Math.min(end, text.length) - start), text.slice(start, end)) }),
  };
  return { packFile, read };
}

/** The pack store as a map, as the background's import sees it. */
const memoryStore = fakePackStore;

// A pack as this build writes it (version 6, a header line first, as version 4).
const v4 = encodePack(buildPack('Seeds', seedInputs()));

describe('readPackFile (the options page import)', () => {
  it('refuses a file over the limit from its size alone, without reading it', async () => {
    const { packFile, read } = file('', PACK_LIMITS.fileBytes + 1);
    await expect(readPackFile(packFile)).rejects.toThrow(PackError);
    await expect(readPackFile(packFile)).rejects.toThrow(/the file is 1024\.0 MB; packs up to 1024\.0 MB can be imported/);
    expect(read.bytes).toBe(0);
  });

  it('reads a pack\'s name and size from its header, without validating the pack', async () => {
    const broken = v4.replace(/\n.*$/s, '\n{"terms": broken\n');
    const { header } = await readPackFile(file(broken).packFile);
    expect(header).toEqual({ name: 'Seeds', articleCount: 5, version: PACK_VERSION, reading: READING_VERSION });
    expect(() => parsePackJson(broken)).toThrow(PackError);
  });

  it('refuses a file that is no pack from its first bytes, reading no more', async () => {
    const text = 'PNG'.repeat(100_000);
    const { packFile, read } = file(text);
    await expect(readPackFile(packFile)).rejects.toThrow(/not a Crosscheck corpus pack/);
    expect(read.bytes).toBeLessThan(text.length);
  });
});

describe('importStoredPack (the background checks an imported pack once)', () => {
  it('lists a valid pack with its name and size', async () => {
    const { store, infos } = memoryStore({ a: v4 });
    expect(await importStoredPack(store, 'a', v4.length, new Date('2026-01-02T00:00:00Z'))).toEqual({ ok: true, name: 'Seeds', articleCount: 5 });
    expect(infos.get('a')).toEqual({ id: 'a', name: 'Seeds', articleCount: 5, bytes: v4.length, importedAt: '2026-01-02T00:00:00.000Z', digest: expect.stringMatching(/^[0-9a-f]{64}$/), reading: READING_VERSION });
  });

  it('removes a pack with the reserved id, saying why, and lists nothing', async () => {
    const json = JSON.stringify(buildPack('Seeds', seedInputs())).replace(/"id":"000_[0-9a-f]+"/, '"id":"current"');
    const { store, infos, texts } = memoryStore({ b: json });
    const result = await importStoredPack(store, 'b', json.length);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/reserved for the page's own article/);
    expect(infos.size).toBe(0);
    expect(texts.b).toBeUndefined();
  });
});
