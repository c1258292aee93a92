/**
 * Lining up one speaker's statements across outlets: which renderings are the
 * same statement (shared rare words), and how they differ (a word diff).
 */
import { diffWords } from 'diff';
import { termsOf } from '../text/tokens.js';

export type Verdict = 'verbatim' | 'truncated' | 'variant' | 'paraphrase' | 'single-source';

/** How one rendering relates to the group's reference rendering. */
export type Relation = 'reference' | 'verbatim' | 'truncated' | 'variant' | 'paraphrase';

/** A piece of a word diff against the reference rendering, as plain data. */
export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

// The least overlap that makes two cuts of one quotation: half the shorter, five words at least.
const MIN_OVERLAP_WORDS = 5;

/** Whether `a` ends with the words `b` starts with, over half of the shorter at least. */
function overlapping(a: readonly string[], b: readonly string[]): boolean {
  const least = Math.max(MIN_OVERLAP_WORDS, Math.ceil(Math.min(a.length, b.length) / 2));
  for (let k = Math.min(a.length, b.length); k >= least; k--) {
    let same = true;
    for (let i = 0; i < k && same; i++) same = a[a.length - k + i] === b[i];
    if (same) return true;
  }
  return false;
}

// Each quotation's words, by its text: a comparison asks for the same quotation's words once per other rendering it
// is put beside (grouping, then each group's relations). Emptied when full, so that a worker's memory stays bounded.
const wordsByText = new Map<string, readonly string[]>();
const MAX_REMEMBERED_TEXTS = 4096;

/** A statement's words, with the words of a shorter version kept in order (the same list for the same text: not to be changed). */
export function comparableWords(text: string): readonly string[] {
  let words = wordsByText.get(text);
  if (words) return words;
  words = readComparableWords(text);
  if (wordsByText.size >= MAX_REMEMBERED_TEXTS) wordsByText.clear();
  wordsByText.set(text, words);
  return words;
}

function readComparableWords(text: string): string[] {
  return text
    // "E.U." and "EU", "U.S." and "US" are one word.
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./gu, ''))
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/[^\p{L}\p{N}'\s-]+/gu, ' ')
    .replace(/(?<![\p{L}\p{N}])['-]+|['-]+(?![\p{L}\p{N}])/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
}

/** Pieces of a quote that an ellipsis separates ("... soil... It is important ..."). */
function pieces(text: string): (readonly string[])[] {
  return text
    .split(/\.{3,}|…|\[\s*\.+\s*\]/u)
    .map(comparableWords)
    .filter((p) => p.length > 0);
}

function indexOfRun(haystack: readonly string[], needle: readonly string[], from: number): number {
  if (needle.length === 0) return from;
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Whether every piece of `part` appears, in order, as a run of words in `whole`. */
function containedIn(part: string, whole: string): boolean {
  const hay = comparableWords(whole);
  let from = 0;
  for (const piece of pieces(part)) {
    const at = indexOfRun(hay, piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/** How two direct renderings of one statement compare, punctuation and quote marks aside. */
export function directRelation(a: string, b: string): 'verbatim' | 'truncated' | 'variant' {
  const wa = comparableWords(a).join(' ');
  const wb = comparableWords(b).join(' ');
  if (wa === wb) return 'verbatim';
  if (containedIn(a, b) || containedIn(b, a)) return 'truncated';
  // Two cuts of one quotation that overlap: one ends with the words the other starts with ("... memos show the
  // President made clear" / "show the President made clear ... The memos also").
  if (overlapping(wa.split(' '), wb.split(' ')) || overlapping(wb.split(' '), wa.split(' '))) return 'truncated';
  // One word spelt as two ("goodwill", "good will"): the same words.
  const ja = wa.replace(/[\s-]+/gu, '');
  const jb = wb.replace(/[\s-]+/gu, '');
  if (ja === jb) return 'verbatim';
  if (ja.length > 0 && jb.length > 0 && (ja.includes(jb) || jb.includes(ja))) return 'truncated';
  return 'variant';
}

/** The longest run of words two renderings share, in comparable words. */
export function sharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        const run = (previous[j - 1] ?? 0) + 1;
        current[j] = run;
        if (run > best) best = run;
      }
    }
    previous = current;
  }
  return best;
}

// A quotation of at least this many words that another outlet prints in full, or a run this long that two share, is one statement.
export const MIN_QUOTED_WORDS = 3;
export const SHARED_RUN_WORDS = 6;
// A run this long is the same words whoever the outlets credit them to (one credits the speaker, the other their spokesman or the lawsuit).
export const SPEAKER_FREE_RUN_WORDS = 8;

/**
 * Whether two direct quotations print the same statement by their words: the shorter
 * carried whole by the longer (a cut, three words at least), or a long run of words shared.
 * Returns the length of the shared run that decides it, or 0.
 */
export function wordsAlign(a: readonly string[], b: readonly string[]): number {
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_QUOTED_WORDS) return 0;
  const run = sharedRun(a, b);
  if (run >= shorter || run >= SHARED_RUN_WORDS) return run;
  // A cut that differs only in where a compound breaks ("a lot of goodwill", "a lot of good will").
  const [cut, whole] = a.length <= b.length ? [a, b] : [b, a];
  const letters = cut.join('');
  if (letters.length >= MIN_CUT_LETTERS && whole.join('').includes(letters)) return cut.length;
  // A cut with a word inserted or changed, as two transcriptions or translations print it ("NO COLLUSION and NO
  // OBSTRUCTION" / "NO COLLUSION, NO OBSTRUCTION"; "join international efforts and efforts to halt the nuclear test
  // altogether" / "join international efforts to halt nuclear tests altogether").
  if (nearCut(cut, whole)) return cut.length;
  return 0;
}

// A near cut: at least this many words, all of them (a short one) or all but one found in order.
const MIN_NEAR_CUT_WORDS = 4;
const EXACT_NEAR_CUT_BELOW = 6;
const MAX_INSERTED_WORDS = 3;

/**
 * Whether the words of `cut` run in order through a stretch of `whole` with a few words put in: its first and
 * last words found, every word (under six words) or all but one found, and the stretch at most three words
 * longer than the cut.
 */
export function nearCut(cut: readonly string[], whole: readonly string[]): boolean {
  const n = cut.length;
  if (n < MIN_NEAR_CUT_WORDS || whole.length < n - 1) return false;
  const missable = n < EXACT_NEAR_CUT_BELOW ? 0 : 1;
  for (let start = 0; start < whole.length; start++) {
    if (whole[start] !== cut[0]) continue;
    const limit = Math.min(whole.length, start + n + MAX_INSERTED_WORDS);
    // Greedy in order; a word not found within the stretch is missed, and the search goes on from where it was.
    let at = start + 1;
    let missed = 0;
    let last = start;
    for (let k = 1; k < n && missed <= missable; k++) {
      let found = -1;
      for (let j = at; j < limit; j++) {
        if (whole[j] === cut[k]) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        missed++;
        if (k === n - 1) missed = missable + 1;
        continue;
      }
      at = found + 1;
      last = found;
    }
    if (missed <= missable && last > start) return true;
  }
  return false;
}

// A cut compared letter by letter must be long enough not to meet another statement by chance.
const MIN_CUT_LETTERS = 15;

/** A statement's content terms, each word once: a compound's joined form goes when its parts are there ("witch-hunt" is witch and hunt, not three terms). */
export function contentTerms(text: string): string[] {
  const terms = [...new Set(termsOf(text))];
  const have = new Set(terms);
  const isJoined = (t: string) => {
    for (let k = 2; k <= t.length - 2; k++) if (have.has(t.slice(0, k)) && have.has(t.slice(k))) return true;
    return false;
  };
  return terms.filter((t) => !isJoined(t));
}

/** Content terms with spelling-tolerant matching ("Afghan" meets "Afghanistan"). */
function termMatch(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a));
}

export interface SimilarityOptions {
  idfOf?: (term: string) => number;
  /**
   * The story's own vocabulary: terms nearly every outlet uses in its own (unquoted) words.
   * Two statements about one story share them whatever each says, so they are no evidence of one statement.
   */
  storyTerm?: (term: string) => boolean;
}

/**
 * How much of the shorter statement the longer one carries: the rarity-weighted
 * share of the shorter's content terms found in the longer (so that a truncated
 * quote scores as high as a full one), and how many terms they share.
 */
export function statementOverlap(a: string, b: string, options: SimilarityOptions = {}): { share: number; shared: number } {
  const ta = contentTerms(a);
  const tb = contentTerms(b);
  const [shorter, longer] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (shorter.length === 0) return { share: 0, shared: 0 };
  const weight = (t: string) => {
    const w = options.idfOf?.(t);
    return w !== undefined && Number.isFinite(w) && w > 0 ? w : 1;
  };
  let total = 0;
  let found = 0;
  let shared = 0;
  for (const t of shorter) {
    const w = weight(t);
    total += w;
    if (longer.some((u) => termMatch(t, u))) {
      found += w;
      shared++;
    }
  }
  return { share: total > 0 ? found / total : 0, shared };
}

// Half of the shorter statement's weight (rarity-weighted) makes the same statement, with the count rules below.
const SAME_STATEMENT_SHARE = 0.5;
// Reported speech rewords the statement; it needs as large a share and more shared terms.
const PARAPHRASE_SHARE = 0.5;

// Different words are one statement only when most of the shorter's content words are shared: half of them by count, at least three.
const MIN_SHARED_TERMS = 3;
const COUNT_SHARE = 0.5;

/**
 * Whether one speaker's two renderings in different words are the same statement: most of
 * the shorter's content words (by rarity and by count) in the other. A speaker's other
 * statements on the same subject share a few of them, not most.
 */
export function sameStatement(a: { text: string; indirect: boolean }, b: { text: string; indirect: boolean }, options: SimilarityOptions = {}): boolean {
  const { share, shared } = statementOverlap(a.text, b.text, options);
  const shorterTerms = Math.min(contentTerms(a.text).length, contentTerms(b.text).length);
  const minShared = a.indirect || b.indirect ? 4 : MIN_SHARED_TERMS;
  if (shared < minShared || shorterTerms === 0 || shared / shorterTerms < COUNT_SHARE) return false;
  if (share < (a.indirect || b.indirect ? PARAPHRASE_SHARE : SAME_STATEMENT_SHARE)) return false;
  return options.storyTerm ? distinctiveOverlap(a.text, b.text, options.storyTerm) : true;
}

// Of the shorter statement's own words (the story's vocabulary aside), this many shared make one statement, or this share of them.
const MIN_DISTINCTIVE_SHARED = 2;
const DISTINCTIVE_SHARE = 0.5;

/**
 * Whether two renderings share the words that are the statement's own, not the story's: a speaker's
 * other statement about the same story shares "Trump", "campaign", "Russia" with it, not "gleefully welcomed".
 */
export function distinctiveOverlap(a: string, b: string, storyTerm: (term: string) => boolean): boolean {
  const ta = contentTerms(a);
  const tb = contentTerms(b);
  const [shorter, longer] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  // A rendering that carries a good part of the other's words is its statement, whatever the story shares with it.
  const sharedAll = shorter.filter((t) => longer.some((u) => termMatch(t, u))).length;
  if (longer.length > 0 && sharedAll / longer.length >= COVERED_SHARE) return true;
  const own = shorter.filter((t) => !storyTerm(t));
  const shared = own.filter((t) => longer.some((u) => termMatch(t, u))).length;
  if (shared === 0) return false;
  return shared >= MIN_DISTINCTIVE_SHARED || shared / own.length >= DISTINCTIVE_SHARE;
}

// Sharing this much of the longer rendering's content words is one statement on its own (a short report of a short post).
const COVERED_SHARE = 1 / 3;

/**
 * A word diff from the reference rendering to another, as plain data. Only words are marked: a comma, a full stop or a
 * curly apostrophe one outlet adds or drops is house style, not a change to the statement (the verdicts compare words
 * alike), so a part of punctuation and spaces alone reads as the other rendering prints it, unmarked.
 */
export function wordDiff(reference: string, other: string): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of diffWords(reference, other, { ignoreCase: true })) {
    const wordless = !/[\p{L}\p{N}]/u.test(part.value);
    if (part.removed && wordless) continue;
    const last = out[out.length - 1];
    if ((wordless || (!part.added && !part.removed)) && last && !last.added && !last.removed) {
      last.value += part.value;
      continue;
    }
    const piece: DiffPart = { value: part.value };
    if (part.added && !wordless) piece.added = true;
    if (part.removed) piece.removed = true;
    out.push(piece);
  }
  return out;
}

export interface RenderingInput {
  articleId: string;
  text: string;
  indirect: boolean;
}

/**
 * The verdict for one statement's renderings, and each rendering's relation to
 * the reference (the fullest direct rendering). Only direct quotes are compared word by
 * word; a statement that one outlet quotes and others only report is a
 * paraphrase.
 */
export function judgeGroup(renderings: readonly RenderingInput[]): { verdict: Verdict; reference: number; relations: Relation[] } {
  const articles = new Set(renderings.map((r) => r.articleId));
  const directIndexes = renderings.map((r, i) => (r.indirect ? -1 : i)).filter((i) => i >= 0);
  // The fullest direct rendering is the reference, so that shorter versions show as cuts from it.
  let reference = directIndexes[0] ?? 0;
  for (const i of directIndexes) if (comparableWords(renderings[i]?.text ?? '').length > comparableWords(renderings[reference]?.text ?? '').length) reference = i;
  const ref = renderings[reference];
  const relations: Relation[] = renderings.map((r, i) => {
    if (i === reference || !ref) return 'reference';
    if (r.indirect || ref.indirect) return 'paraphrase';
    return directRelation(ref.text, r.text);
  });
  if (articles.size < 2) return { verdict: 'single-source', reference, relations };
  const directArticles = new Set(directIndexes.map((i) => renderings[i]?.articleId));
  if (directArticles.size < 2) return { verdict: 'paraphrase', reference, relations };
  // Each direct rendering against the fullest: two cuts from one quotation ("very high levels",
  // "extremely high levels") are both truncations of it, not variants of each other.
  let verdict: Verdict = 'verbatim';
  for (const i of directIndexes) {
    const relation = relations[i];
    if (relation === 'variant') verdict = 'variant';
    else if (relation === 'truncated' && verdict === 'verbatim') verdict = 'truncated';
  }
  return { verdict, reference, relations };
}
