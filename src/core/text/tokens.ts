import { STOPWORDS } from './stopwords.js';

/** A run of text cut out by one of the token patterns below, with where it stands. */
export interface TextToken {
  text: string;
  start: number;
  end: number;
}

/**
 * The one tokenizer: the runs of `pattern` (one of `TOKEN_PATTERNS`) in `text`, in order.
 * Every reader in the core cuts text with it; what differs is the pattern, named below.
 */
export function tokensOf(text: string, pattern: RegExp): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

/**
 * The shapes of a word the core's readers cut text into. They differ on purpose, each for what its
 * reader must keep together; a reader that wants one of these takes it from here.
 */
export const TOKEN_PATTERNS = {
  /** Letter runs only: the language check counts function words, and a claim is told by its verbs. */
  letters: /\p{L}+/gu,
  /**
   * Words for terms: letters and digits, hyphenated compounds whole (so that "cease-fire" and
   * "ceasefire" can meet in `termsOf`), one apostrophe suffix ("Pakistan’s", "don't").
   */
  term: /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*(?:['’][\p{L}]+)?/gu,
  /** Words as a reader counts them: letters and digits with their apostrophes ("don't", "O'Neill"); a hyphen parts words ("cease-fire" is two). */
  counted: /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu,
  /** As `term`, but only a possessive ending ('s, ’s, or a bare apostrophe) stays on the word: qualifiers of a head noun. */
  possessive: /[\p{L}\p{N}]+(?:[‐‑-][\p{L}\p{N}]+)*(?:['’]s?)?/gu,
  /** Names: inner dots, apostrophes and hyphens, a trailing dot (initials "T.T.P.", "Mr."), and "&" alone. */
  name: /[\p{L}\p{N}]+(?:[.'’‐‑-][\p{L}\p{N}]+)*\.?|&/gu,
  /** As `name`, "&" inside a word too ("AT&T"), and clause punctuation as tokens of its own: the attribution reader's grammar. */
  clause: /[\p{L}\p{N}]+(?:[-‐‑'’.&][\p{L}\p{N}]+)*\.?|[,;:()\[\]—–]|&/gu,
  /**
   * Figures: digit runs joined by single separators ("2,600", "3.5"), capital initials joined by
   * dots ("U.N.", "U.S."), one word as "UN" is, so that "22 U.N. staff" counts staff; letter runs
   * joined by apostrophes, or one other character. Each alternative needs a separator between
   * repeats, so no input can make the engine backtrack over the same characters twice.
   */
  figure: /\d+(?:[.,]\d+)*|\p{Lu}(?:\.\p{Lu})+\.?|\p{L}+(?:['’]\p{L}+)*|\S/gu,
} as const;

/** A word as it appears in running text, with where it starts. */
export interface WordToken {
  /** The word as written, apostrophe suffixes ('s, ’s) removed. */
  surface: string;
  /** Character offset of the word in the text it came from. */
  start: number;
}

export function words(text: string): WordToken[] {
  return tokensOf(text, TOKEN_PATTERNS.term).map((token) => ({ surface: token.text.replace(/['’](?:s|S)$/, ''), start: token.start }));
}

/**
 * A light English stemmer: folds plurals and the commonest verb endings so that
 * "clashes"/"clash" and "killed"/"killing"/"kills" meet. It is deliberately
 * conservative; over-stemming merges unrelated words, which hurts matching more
 * than a missed merge does.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (/[0-9]/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (/(?:ss|us|is)$/.test(w)) {
    // "talks" vs "process", "virus", "crisis": keep the latter whole.
  } else if (/(?:ches|shes|xes|sses|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length > 5) {
    w = w.slice(0, -3);
    if (/([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
  } else if (w.endsWith('ied') && w.length > 4) {
    w = w.slice(0, -3) + 'y';
  } else if (w.endsWith('ed') && w.length > 4) {
    w = w.slice(0, -2);
    if (/([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/**
 * Content terms of a text: lower-cased, stemmed, stopwords and bare numbers
 * dropped. A hyphenated compound yields its parts and the joined word, so
 * "cease-fire" and "ceasefire" share a term.
 */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const token of words(text)) {
    const lower = token.surface.toLowerCase();
    const parts = lower.split(/[-‐‑]/);
    if (parts.length > 1) {
      const joined = parts.join('');
      if (isContentWord(joined)) terms.push(stem(joined));
    }
    for (const part of parts) {
      if (isContentWord(part)) terms.push(stem(part));
    }
  }
  return terms;
}

function isContentWord(word: string): boolean {
  if (word.length < 2) return false;
  if (STOPWORDS.has(word)) return false;
  if (/^\d+$/.test(word)) return false;
  return true;
}
