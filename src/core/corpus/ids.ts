import { CURRENT } from '../analysis/contract.js';

/** Longest id kept as it is; a longer name is shortened and given a digest. */
const KEPT_ID_CHARS = 120;
/** Letters, marks, digits and the punctuation file names and feed ids commonly hold; no markup, no control, no bidi character. */
const PLAIN_ID = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} ._:,()+@'-]*$/u;
const NOT_PLAIN = /[^\p{L}\p{M}\p{N}._:,()+@'-]+/gu;

/**
 * The id a pack builder gives an article from a name it did not choose (a file's name, a feed's
 * id): the name itself when it is plain, else its plain parts joined by "-" and followed by a
 * digest of the whole name, so that distinct names stay distinct. The page's reserved id is
 * renamed the same way, so a built pack always loads.
 */
export function safeArticleId(name: string): string {
  if (name !== CURRENT && name.length <= KEPT_ID_CHARS && PLAIN_ID.test(name) && !/ {2}| $/.test(name)) return name;
  const plain = name.normalize('NFKC').replace(NOT_PLAIN, '-').replace(/-{2,}/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 60);
  return `${plain || 'article'}-${digest(name)}`;
}

/** Twelve hex digits from two FNV-1a hashes of the text: a name, not a security measure. */
export function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return ((a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')).slice(0, 12);
}
