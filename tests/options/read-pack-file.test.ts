import { describe, expect, it } from 'vitest';
import { PACK_LIMITS, PackError } from '../../src/core/corpus/load.js';
import { buildPack } from '../../src/core/corpus/pack.js';
import { readPackFile } from '../../src/options/read-pack-file.js';
import { seedInputs } from '../helpers.js';

describe('readPackFile (the options page import)', () => {
  it('refuses a file over the limit from its size alone, without reading it', async () => {
    let reads = 0;
    const huge = { size: PACK_LIMITS.fileBytes + 1, text: async () => (reads++, '') };
    await expect(readPackFile(huge)).rejects.toThrow(PackError);
    await expect(readPackFile(huge)).rejects.toThrow(/the file is 1024\.0 MB; packs up to 1024\.0 MB can be imported/);
    expect(reads).toBe(0);
  });

  it('reads and validates a file within the limit, refusing a pack with the reserved id', async () => {
    const json = JSON.stringify(buildPack('Seeds', seedInputs()));
    const { pack } = await readPackFile({ size: json.length, text: async () => json });
    expect(pack.articles).toHaveLength(5);
    const hostile = json.replace(/"id":"000_[0-9a-f]+"/, '"id":"current"');
    await expect(readPackFile({ size: hostile.length, text: async () => hostile })).rejects.toThrow(/reserved for the page's own article/);
  });
});
