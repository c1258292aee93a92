/**
 * Text pieces the framing analysers share: which stretches of a paragraph are
 * inside quotation marks, and the runs of capitalised words that name actors.
 * Everything here is a single left-to-right scan, so it stays linear on
 * hostile input.
 */

import { quoteSpans as quoteMarks } from '../quotes/extract.js';

export interface Span {
  start: number;
  end: number;
}

/**
 * Quoted stretches of one paragraph, from the quotes analysis's own reader of
 * quote marks (straight, curly, mixed, single quotes that are not apostrophes,
 * quotes left open to the paragraph's end). One addition for labels: a closing
 * mark before any opening one ends a quotation carried over from the previous
 * paragraph, so the words before it are quoted too.
 */
export function quoteSpans(paragraph: string): Span[] {
  const spans: Span[] = quoteMarks(paragraph).map((q) => ({ start: q.open, end: q.close }));
  const firstMark = paragraph.search(/[“„«”»"]/u);
  const mark = firstMark >= 0 ? paragraph[firstMark] : undefined;
  if ((mark === '”' || mark === '»') && !spans.some((q) => q.start <= firstMark)) spans.unshift({ start: 0, end: firstMark + 1 });
  return spans;
}

export function insideAny(offset: number, spans: readonly Span[]): boolean {
  for (const s of spans) if (offset > s.start && offset < s.end) return true;
  return false;
}

/** Words that may sit inside a multi-word name without being capitalised ("Center for Research and Security Studies"). */
const NAME_JOINERS = new Set(['of', 'for', 'and', '&', 'de', 'del', 'la', 'al', 'bin', 'ul', 'van', 'von', 'der']);

/** Capitalised function words that start sentences or headlines but are not names. */
const NOT_NAME_WORDS = new Set(
  `a an the this that these those it its he she they we i you his her their our my your there here
   in on at by for from with to of and or but if as after before while when where what why how who which
   although though despite since until during under over about against among between into onto upon
   also however meanwhile moreover furthermore therefore thus so yet still now then instead notably
   both each every all some many most several other another no not neither either such
   monday tuesday wednesday thursday friday saturday sunday january february march april may june july
   august september october november december mr mrs ms dr`
    .split(/\s+/)
    .filter(Boolean),
);

export interface NameChunk {
  text: string;
  start: number;
  end: number;
  /** True when the chunk opens the sentence, where capitals say nothing. */
  atSentenceStart: boolean;
}

const WORD_RE = /[\p{L}\p{N}]+(?:[.'’‐‑-][\p{L}\p{N}]+)*\.?|&/gu;

/**
 * Runs of capitalised words ("Khawaja Asif", "Center for Research and Security
 * Studies", "T.T.P."), with lower-case joiners allowed between capitalised words.
 * Possessive endings are dropped ("Pakistan’s" gives "Pakistan").
 */
export function nameChunks(sentence: string): NameChunk[] {
  const chunks: NameChunk[] = [];
  let start = -1;
  let end = -1;
  let lastEnd = -1;
  let pendingJoiner = false;
  let hasOf = false;
  let leadingStart = -1;
  const flush = () => {
    if (start >= 0) {
      const text = sentence.slice(start, end).replace(/['’]s?$/u, '');
      chunks.push({ text, start, end: start + text.length, atSentenceStart: start === leadingStart });
    }
    start = -1;
    pendingJoiner = false;
    hasOf = false;
  };
  for (const match of sentence.matchAll(WORD_RE)) {
    let word = match[0];
    const at = match.index ?? 0;
    if (leadingStart < 0) leadingStart = at;
    if (start >= 0 && /\S/u.test(sentence.slice(lastEnd, at))) flush();
    // A full stop belongs to the word only in initials (T.T.P., U.S.).
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word)) word = word.slice(0, -1);
    const bare = word.replace(/['’]s$/u, '');
    const lower = bare.toLowerCase();
    // "Taliban-led", "Islamabad-based": the name is the part before the hyphen, and it stands alone.
    const qualified = /^(\p{Lu}[\p{L}.]*)[‐‑-](?:led|based|backed|linked|run|born|controlled|dominated|mediated|brokered|allied|aligned)$/u.exec(bare);
    if (qualified) {
      flush();
      const text = qualified[1] ?? '';
      chunks.push({ text, start: at, end: at + text.length, atSentenceStart: at === leadingStart });
      lastEnd = at + word.length;
      continue;
    }
    const capital = /^\p{Lu}/u.test(bare) || /^al-\p{Lu}/u.test(bare);
    if (capital && !(NOT_NAME_WORDS.has(lower) && !(start >= 0 && lower === 'the' && false))) {
      if (start < 0) start = at;
      end = at + word.length;
      lastEnd = end;
      pendingJoiner = false;
      if (/['’]s$/u.test(word)) flush();
      continue;
    }
    if (start >= 0 && !pendingJoiner && NAME_JOINERS.has(lower)) {
      // "and" joins only inside institution names that already have "of"/"for"
      // ("Center for Research and Security Studies"), never "Qatar and Turkey".
      if (lower === 'and' && !hasOf) {
        flush();
        lastEnd = at + word.length;
        continue;
      }
      if (lower === 'of' || lower === 'for') hasOf = true;
      pendingJoiner = true;
      lastEnd = at + word.length;
      continue;
    }
    flush();
    lastEnd = at + word.length;
  }
  flush();
  return chunks;
}

/** A name as a comparable key: case, accents, dots of acronyms and a leading article dropped. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s?$/, '')
    .replace(/(?<=\p{L})\.(?=\p{L}|$)/gu, '')
    .replace(/[‐‑–—-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The consonant skeleton of a word, so that transliterations meet
 * (Zabihullah/Zabiullah, Tehrik/Tahreek, Mujahid/Mujahed): vowels, h, w and y
 * dropped, q read as k, doubled letters collapsed.
 */
export function skeleton(word: string): string {
  const letters = nameKey(word).replace(/[^a-z]/g, '').replace(/q/g, 'k').replace(/[aeiouyhw]/g, '');
  return letters.replace(/(.)\1+/g, '$1');
}

/** Is this an acronym (TTP, T.T.P., BLA)? */
export function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.?){2,7}$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
}

/** Initials of a multi-word name, hyphenated parts included, lower-case joiners skipped: "Tehreek-e-Taliban Pakistan" gives "ttp". */
export function initials(name: string): string {
  return name
    .split(/[\s‐‑-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) || w === '&')
    // A word that is itself an acronym ("U.S. Senate") gives all its letters.
    .map((w) => (w === '&' ? '' : isAcronym(w) ? w.replace(/\./g, '').toLowerCase() : (w[0] ?? '').toLowerCase()))
    .join('');
}
