/**
 * Whether the coverage sets two sides against each other: a sentence, in any outlet, that names both (by the
 * side's name, a word of it as its people's demonym, or the name of one of its speakers) with a word of
 * contest between the two mentions ("Pakistan accused the Taliban", "Oppal said charges against Blackmore",
 * "Trump warned Iran"). Two companies reporting on the same repair, a shop owner and the police, an obituary's
 * subject and the newspaper that named him are quoted side by side, not set against each other: a one-sided
 * flag needs a party the outlet leaves unheard that the coverage itself opposes to the side it quotes.
 */
import { words as wordTokens } from '../text/tokens.js';
import { isDemonymOf } from '../english/titles.js';
import { isPersonName } from '../english/speakers.js';

// Words of contest: conflict, accusation, law, negotiation, dispute. Read between the two mentions only.
const CONTEST =
  /\b(?:against|accus\w*|blam\w*|charg\w*|sue[sd]?|suing|lawsuit|prosecut\w*|indict\w*|convict\w*|attack\w*|strikes?|struck|bomb\w*|shell\w*|fight\w*|fought|wars?|clash\w*|threat\w*|warn\w*|condemn\w*|critici[sz]\w*|reject\w*|den(?:y|ied|ies|ial|ying)|oppos\w*|disput\w*|rival\w*|retaliat\w*|sanction\w*|arrest\w*|negotiat\w*|talks|cease-?fire|truce|versus|vs\.?|confront\w*|defeat\w*|impeach\w*|investigat\w*|probe|protest\w*|refus\w*|kill\w*|invad\w*|invasion|hostil\w*|tensions?|feud\w*|slam\w*|denounc\w*|challeng\w*|rebuk\w*|demand\w*|pressur\w*|urg(?:e|ed|es|ing))\b/iu;

// "in charge of the main cable": a duty, not an accusation.
const IN_CHARGE = /\bin charge\b/giu;

/** How far apart the two mentions may stand, in characters. */
const MAX_GAP = 160;

export interface SideTerms {
  /** The side's name as shown ("Pakistan", "U.S.", "British Columbia"). */
  name: string;
  /** Names of people the coverage gives this side ("Muhammad Ishaq Dar", "Oppal"). */
  speakers: readonly string[];
}

interface Mention {
  start: number;
  end: number;
}

/** Where a sentence names a side: its name whole, a capitalised word of it or its demonym, or a speaker's last name. */
export function sideMentions(sentence: string, side: SideTerms): Mention[] {
  const out: Mention[] = [];
  for (let at = sentence.indexOf(side.name); side.name && at >= 0; at = sentence.indexOf(side.name, at + 1)) out.push({ start: at, end: at + side.name.length });
  const nameWords = side.name.includes(' ') ? [] : [side.name].filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w));
  // Only speakers named as people ("Wally Oppal", "Oppal"): not a body ("The Royal Canadian Mounted Police") or two speakers run together.
  const surnames = side.speakers
    .filter((s) => isPersonName(s) || /^\p{Lu}\p{Ll}[\p{L}’'-]+$/u.test(s))
    .map((s) => s.split(/\s+/).pop() ?? '');
  for (const t of wordTokens(sentence)) {
    if (!/^\p{Lu}/u.test(t.surface)) continue;
    if (surnames.includes(t.surface) || nameWords.some((n) => t.surface === n || isDemonymOf(t.surface, n))) out.push({ start: t.start, end: t.start + t.surface.length });
  }
  return out;
}

/** Whether any of the sentences sets side `a` against side `b`: both named, a word of contest between them. */
export function setAgainst(sentences: Iterable<string>, a: SideTerms, b: SideTerms): boolean {
  for (const sentence of sentences) {
    const as = sideMentions(sentence, a);
    if (as.length === 0) continue;
    const bs = sideMentions(sentence, b);
    for (const x of as) {
      for (const y of bs) {
        const [first, second] = x.start < y.start ? [x, y] : [y, x];
        if (second.start < first.end || second.start - first.end > MAX_GAP) continue;
        if (CONTEST.test(sentence.slice(first.end, second.start).replace(IN_CHARGE, ' '))) return true;
      }
    }
  }
  return false;
}
