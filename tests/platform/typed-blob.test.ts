// The stored match index's typed arrays kept apart as Blobs (src/platform/typed-blob.ts),
// on a real index split from a pack: what comes back is the index as it was, through a
// structured clone as IndexedDB makes one.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../src/core/corpus/pack.js';
import { splitPack } from '../../src/core/index.js';
import { isTypedArraysApart, READ_PART_BYTES, typedArraysApart, typedArraysBack } from '../../src/platform/typed-blob.js';
import { seedInputs } from '../helpers.js';

const { index } = splitPack(buildPack('Seeds', seedInputs()), 'p', 'digest');

describe('typed arrays kept apart from a stored value', () => {
  it('leaves no typed array in the value, and gives back the same index after a structured clone', async () => {
    const apart = typedArraysApart(index);
    const typedLeft = (value: unknown): number =>
      ArrayBuffer.isView(value) ? 1 : value && typeof value === 'object' && !Array.isArray(value) ? Object.values(value).reduce((n: number, v) => n + typedLeft(v), 0) : 0;
    expect(typedLeft(apart.value)).toBe(0);
    expect(apart.views.length).toBeGreaterThan(15);
    const stored = structuredClone(apart);
    expect(isTypedArraysApart(stored)).toBe(true);
    const back = await typedArraysBack(stored);
    expect(back).toEqual(index);
    // Each array has its own type and length back, on one buffer, at offsets a Float64Array may use.
    expect(back.columns.neighbourSimilarities).toBeInstanceOf(Float64Array);
    expect(back.terms.ids.constructor).toBe(index.terms.ids.constructor);
    expect(back.columns.fingerprints.buffer).toBe(back.search.norms.buffer);
    expect(apart.views.every((view) => view.byteOffset % 8 === 0)).toBe(true);
  });

  it('does not change the value it is given', () => {
    const ids = index.terms.ids;
    typedArraysApart(index);
    expect(index.terms.ids).toBe(ids);
    expect(ArrayBuffer.isView(index.columns.wordCounts)).toBe(true);
  });

  it('reads the bytes as more than one part, small arrays together and a large one alone, each array where it was', async () => {
    // Arrays of every type on both sides of the part size, with numbers that differ everywhere: a part read out of place shows.
    const sizes = [READ_PART_BYTES / 8 + 3, 7, READ_PART_BYTES + 5, 2 * READ_PART_BYTES / 4 + 1];
    const value = {
      a: Float64Array.from({ length: sizes[0]! }, (_, i) => i * 1.5 + 0.25),
      nested: { b: Uint8Array.from({ length: sizes[1]! }, (_, i) => i + 1), c: Uint8Array.from({ length: sizes[2]! }, (_, i) => (i * 7) % 251) },
      d: Uint32Array.from({ length: sizes[3]! }, (_, i) => i * 2654435761),
      e: Uint16Array.from({ length: 3 }, (_, i) => i + 9),
    };
    const apart = typedArraysApart(value);
    // a, c and d each too large to share a part; b and e each follow one of them.
    expect(apart.parts.length).toBe(5);
    expect(apart.parts.reduce((size, part) => size + part.size, 0)).toBeGreaterThan(3 * READ_PART_BYTES);
    const back = (await typedArraysBack(structuredClone(apart))) as typeof value;
    expect(back).toEqual(value);
    expect(back.d).toBeInstanceOf(Uint32Array);
    // Each array is a view on its part's bytes, not copied: the large ones each on their own.
    expect(new Set([back.a.buffer, back.nested.c.buffer, back.d.buffer]).size).toBe(3);
    expect(back.d.buffer.byteLength).toBe(back.d.byteLength);
  });

  it('tells an index stored whole, or kept apart in one Blob, by an earlier build from one kept apart', () => {
    expect(isTypedArraysApart(structuredClone(index))).toBe(false);
    expect(isTypedArraysApart(undefined)).toBe(false);
    const { value, views, parts } = typedArraysApart(index);
    expect(isTypedArraysApart({ value, views, parts })).toBe(true);
    expect(isTypedArraysApart({ value, views, bytes: new Blob(parts) })).toBe(false);
  });
});
