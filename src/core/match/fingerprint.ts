import { words } from '../text/tokens.js';

const SHINGLE_WORDS = 4;
const HASHES = 32;

/**
 * A MinHash signature of an article's four-word shingles: two articles share
 * about as many positions as the Jaccard overlap of their shingle sets, which
 * finds the same text saved twice (or a page and its own corpus copy) without
 * keeping the text of both around.
 */
export function fingerprint(paragraphs: readonly string[]): number[] {
  const mins = new Array<number>(HASHES).fill(0xffffffff);
  const tokens = paragraphs.flatMap((p) => words(p).map((w) => w.surface.toLowerCase()));
  for (let i = 0; i + SHINGLE_WORDS <= tokens.length; i++) {
    const base = fnv1a(tokens.slice(i, i + SHINGLE_WORDS).join(' '));
    for (let h = 0; h < HASHES; h++) {
      const value = mix(base ^ SEEDS[h]!);
      if (value < mins[h]!) mins[h] = value;
    }
  }
  return mins;
}

/** Estimated Jaccard overlap of the two articles' shingle sets, 0 to 1. */
export function resemblance(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / a.length;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 * (i + 1)));

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mix(value: number): number {
  let x = value >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 16)) >>> 0;
}
