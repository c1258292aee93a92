import { STOPWORDS } from './stopwords.js';

/** A word as it appears in running text, with where it starts. */
export interface WordToken {
  /** The word as written, apostrophe suffixes ('s, ’s) removed. */
  surface: string;
  /** Character offset of the word in the text it came from. */
  start: number;
}

// Words are runs of letters and digits; hyphenated compounds stay whole so that
// "cease-fire" and "ceasefire" can meet in `termsOf`.
const WORD = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*(?:['’][\p{L}]+)?/gu;

export function words(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const surface = match[0].replace(/['’](?:s|S)$/, '');
    tokens.push({ surface, start: match.index ?? 0 });
  }
  return tokens;
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
