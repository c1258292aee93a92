import { TOKEN_PATTERNS, tokensOf } from '../text/tokens.js';

/** A token of a sentence as the figure reader sees it: numbers, words and single punctuation marks. */
export interface Token {
  text: string;
  /** Lower case, possessive 's removed: what lexicons are looked up by. */
  lower: string;
  kind: 'num' | 'word' | 'punct';
  start: number;
  end: number;
  /** Whitespace stands between this token and the previous one ("2,600km" and "50-odd" have none). */
  gap: boolean;
}

/** The sentence cut with the figure pattern (text/tokens.ts), each token told apart as a number, a word or a mark. */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const { text, start } of tokensOf(sentence, TOKEN_PATTERNS.figure)) {
    const first = text.charCodeAt(0);
    const kind = first >= 48 && first <= 57 ? 'num' : /^\p{L}/u.test(text) ? 'word' : 'punct';
    tokens.push({
      text,
      lower: kind === 'word' ? text.toLowerCase().replace(/['’]s$/, '') : text,
      kind,
      start,
      end: start + text.length,
      gap: start > previousEnd || tokens.length === 0,
    });
    previousEnd = start + text.length;
  }
  return tokens;
}

/** Dashes and hyphens that join a number to a word or another number. */
export const DASHES = new Set(['-', '‐', '‑', '–', '—']);

export function isDash(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && DASHES.has(token.text);
}
