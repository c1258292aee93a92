import { TOKEN_PATTERNS, tokensOf } from './tokens.js';

/** Whitespace of every kind (including no-break and zero-width spaces) folded to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim();
}

/**
 * Text split into paragraphs: one per non-empty line, whitespace collapsed.
 * Saved articles and extracted pages both come as "one paragraph per line".
 */
export function paragraphsFromText(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(collapseWhitespace)
    .filter((line) => line.length > 0);
}

export function countWords(paragraphs: readonly string[]): number {
  let count = 0;
  for (const paragraph of paragraphs) count += tokensOf(paragraph, TOKEN_PATTERNS.counted).length;
  return count;
}
