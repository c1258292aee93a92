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

/** A statement's words, with the words of a shorter version kept in order. */
export function comparableWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/[^\p{L}\p{N}'\s-]+/gu, ' ')
    .replace(/(?<![\p{L}\p{N}])['-]+|['-]+(?![\p{L}\p{N}])/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
}

/** Pieces of a quote that an ellipsis separates ("... soil... It is important ..."). */
function pieces(text: string): string[][] {
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
  return 'variant';
}

/** Content terms with spelling-tolerant matching ("Afghan" meets "Afghanistan"). */
function termMatch(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a));
}

export interface SimilarityOptions {
  idfOf?: (term: string) => number;
}

/**
 * How much of the shorter statement the longer one carries: the rarity-weighted
 * share of the shorter's content terms found in the longer (so that a truncated
 * quote scores as high as a full one), and how many terms they share.
 */
export function statementOverlap(a: string, b: string, options: SimilarityOptions = {}): { share: number; shared: number } {
  const ta = [...new Set(termsOf(a))];
  const tb = [...new Set(termsOf(b))];
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

// Half of the shorter statement's weight, in at least two shared terms (one for a one-term fragment; four for reported speech), makes the same statement.
const SAME_STATEMENT_SHARE = 0.5;
// Reported speech rewords the statement; it needs as large a share and more shared terms.
const PARAPHRASE_SHARE = 0.5;

export function sameStatement(a: { text: string; indirect: boolean }, b: { text: string; indirect: boolean }, options: SimilarityOptions = {}): boolean {
  const { share, shared } = statementOverlap(a.text, b.text, options);
  const shorterTerms = Math.min(new Set(termsOf(a.text)).size, new Set(termsOf(b.text)).size);
  const minShared = a.indirect || b.indirect ? 4 : shorterTerms <= 1 ? 1 : 2;
  if (shared < minShared) return false;
  return share >= (a.indirect || b.indirect ? PARAPHRASE_SHARE : SAME_STATEMENT_SHARE);
}

/** A word diff from the reference rendering to another, as plain data. */
export function wordDiff(reference: string, other: string): DiffPart[] {
  return diffWords(reference, other, { ignoreCase: true }).map((part) => {
    const out: DiffPart = { value: part.value };
    if (part.added) out.added = true;
    if (part.removed) out.removed = true;
    return out;
  });
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
  // Direct renderings from different outlets, pair by pair.
  let verdict: Verdict = 'verbatim';
  const directs = directIndexes.map((i) => renderings[i]).filter((r): r is RenderingInput => r !== undefined);
  for (let i = 0; i < directs.length; i++) {
    for (let j = i + 1; j < directs.length; j++) {
      const a = directs[i];
      const b = directs[j];
      if (!a || !b || a.articleId === b.articleId) continue;
      const relation = directRelation(a.text, b.text);
      if (relation === 'variant') verdict = 'variant';
      else if (relation === 'truncated' && verdict === 'verbatim') verdict = 'truncated';
    }
  }
  return { verdict, reference, relations };
}
