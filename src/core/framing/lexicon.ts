/**
 * Words that judge rather than report, attribution verbs that cast doubt or
 * lend weight, and hedges. Small hand-picked subsets of published lexicons
 * (sources, licences and the selection rule in LEXICON.md):
 * - loaded: strongly subjective words of the kind listed as "strongsubj" clues
 *   in the MPQA Subjectivity Lexicon (Wilson, Wiebe & Hoffmann 2005), and the
 *   subjective intensifiers Recasens, Danescu-Niculescu-Mizil & Jurafsky (2013)
 *   use as bias cues;
 * - doubt / weight: report verbs after Recasens et al. (2013), who take
 *   factive verbs (which presuppose that what follows is true: "admitted",
 *   "conceded", "revealed") from Hooper (1975) and count "claimed"/"alleged"
 *   as verbs that distance the writer from the claim;
 * - hedges: Hyland (2005) "Metadiscourse", appendix list of hedges, the
 *   subset that marks uncertainty about facts in news copy.
 * No story's words are here; the lists are general English.
 */
import { words } from '../text/tokens.js';

export type CueKind = 'loaded' | 'doubt' | 'weight' | 'hedge';

const LOADED = new Set(
  `brutal brutally brutality barbaric barbarism savage savagery heinous atrocious atrocity atrocities horrific horrifying
   appalling outrageous shameful disgraceful despicable vile evil monstrous notorious infamous ruthless reckless draconian
   onslaught rampage carnage massacre slaughter bloodbath menace scourge thugs regime tyranny tyrant puppet
   terrorize terrorise heroic hero heroes glorious triumph triumphant victory martyr martyrs martyrdom crusade
   tragically tragic disastrous catastrophic devastating staggering shocking dramatic dramatically drastically incredibly
   extremely hugely massively desperately dangerously blatant blatantly flagrant flagrantly unprovoked cowardly
   so-called hardline hard-line extremist extremists radical radicals fanatic fanatics`
    .split(/\s+/)
    .filter(Boolean),
);

const DOUBT = new Set(
  `claim claims claimed claiming alleged allegedly alleges alleging purported purportedly supposedly insisted insists
   contended contends asserted asserts professed`
    .split(/\s+/)
    .filter(Boolean),
);

const WEIGHT = new Set(
  `admitted admits admitting conceded concedes acknowledged acknowledges revealed reveals exposed exposes
   confessed confesses proved proves proven realized realised`
    .split(/\s+/)
    .filter(Boolean),
);

const HEDGES = new Set(
  `apparently reportedly seemingly possibly probably perhaps presumably arguably likely unlikely
   appear appears appeared seem seems seemed suggest suggests suggested uncertain unclear unconfirmed unverified
   might may could rumors rumours rumored rumoured`
    .split(/\s+/)
    .filter(Boolean),
);

/** Modal hedges are so common that they count only where they qualify a reported fact, not in quotations or plans. */
const WEAK_HEDGES = new Set(['might', 'may', 'could', 'suggest', 'suggests', 'suggested', 'likely']);

export interface Cue {
  kind: CueKind;
  /** The word as written. */
  word: string;
  /** Character offset in the sentence. */
  at: number;
}

/** "will appear before magistrates", "appeared on television": being seen, not seeming. */
const PHYSICAL_APPEARANCE = /^\s+(?:before|in|at|on|via|with|alongside|for|as)\b/iu;
/** "proved stronger", "proved the villain": turning out, not establishing a fact; only "proved that ..." presupposes. */
const PROVE_THAT = /^(?:\s+\p{L}+){0,2}\s+that\b/u;

export function cuesIn(sentence: string): Cue[] {
  const cues: Cue[] = [];
  for (const token of words(sentence)) {
    const lower = token.surface.toLowerCase();
    const after = sentence.slice(token.start + token.surface.length, token.start + token.surface.length + 40);
    if (/^appear/u.test(lower) && PHYSICAL_APPEARANCE.test(after)) continue;
    if (/^prov/u.test(lower) && !PROVE_THAT.test(after)) continue;
    const before = sentence.slice(Math.max(0, token.start - 12), token.start);
    // "have not revealed", "never admitted": a negated report verb presents nothing as fact.
    if ((WEIGHT.has(lower) || DOUBT.has(lower)) && /\b(?:not|never|n[’']t)\s+$/iu.test(before)) continue;
    // A question asks; it does not hedge a reported fact.
    if (HEDGES.has(lower) && /\?\s*$/u.test(sentence)) continue;
    if (LOADED.has(lower)) cues.push({ kind: 'loaded', word: token.surface, at: token.start });
    else if (DOUBT.has(lower)) cues.push({ kind: 'doubt', word: token.surface, at: token.start });
    else if (WEIGHT.has(lower)) cues.push({ kind: 'weight', word: token.surface, at: token.start });
    else if (HEDGES.has(lower) && !WEAK_HEDGES.has(lower)) cues.push({ kind: 'hedge', word: token.surface, at: token.start });
  }
  return cues;
}

/** Exposed for tests and the LEXICON.md listing. */
export const LEXICON: Readonly<Record<CueKind, ReadonlySet<string>>> = { loaded: LOADED, doubt: DOUBT, weight: WEIGHT, hedge: HEDGES };
