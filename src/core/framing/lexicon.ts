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

/** Intensifiers judge only what they intensify: "extremely high levels" judges nobody, "extremely brutal" does. */
const INTENSIFIERS = new Set(['extremely', 'incredibly', 'hugely', 'massively', 'drastically']);
/** Documents and acts of the law: what they "allege" or "claim" is the legal act, not the writer's doubt. */
const LEGAL_SUBJECT = /\b(?:(?:law)?suits?|complaints?|indictments?|case|petitions?|filings?)(?:\s+(?:also|further|now|still|\p{Ll}+ly))?\s*,?\s*$/u;
// "files suit alleging", and the verb itself: "sues Russia, the Trump campaign and WikiLeaks, alleging conspiracy".
const LEGAL_BEFORE_PARTICIPLE = /\b(?:(?:law)?suits?|complaints?|indictments?|petitions?|sues|sued|suing)\b[^;:]{0,150}$/u;
const IN_A_SUIT_AFTER = /^,?\s+in\s+(?:a|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:law)?suits?|complaints?|indictments?|petitions?)\b/u;
const CHARGED_FOR = /\b(?:indicted|charged|sued|suit|convicted|arrested|prosecuted)\b[^;:]{0,120}\bfor\s+$/u;
const CLAIMS_IN_SUIT = /^\s+(?:in|of)\s+(?:the|a|its|their)\s+(?:\p{L}+\s+)?(?:(?:law)?suits?|complaints?|indictments?|petitions?)\b/u;
const IN_ITS_CLAIMS = /\b(?:(?:law)?suits?|complaints?|indictments?|petitions?)\b[^;:.]{0,60}\bits\s+$/u;
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/u;
/** What "exposed" presents as true when it weighs: a wrongdoing or a truth, not data made public or a person put at risk. */
const EXPOSED_WRONG = /^(?:\s+[\p{L}’'-]+){0,4}?\s+(?:lies?|truth|corruption|fraud|wrongdoing|abuses?|scandals?|schemes?|hypocrisy|failures?|flaws?|cover-?ups?|crimes?)\b/u;

/**
 * Whether a lexicon word is used in its literal sense here, decided by its collocation and subject:
 * "the lawsuit alleges" (the legal act), "indicted for allegedly ..." (the charge), "claims in the
 * lawsuit"; "insisted on" (demanded) or "insisted they will not" (a firm position: only an "insisted"
 * closing a report casts doubt on it); "were revealed" (made public), "revealed how" (showed);
 * "an unlikely foil" (surprising); an intensifier of a neutral word.
 */
function literalSense(lower: string, sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 200), start);
  const after = sentence.slice(end, end + 60);
  if (/^(?:alleg|claim)/u.test(lower)) {
    if (LEGAL_SUBJECT.test(before)) return true;
    if (/ing$/u.test(lower) && LEGAL_BEFORE_PARTICIPLE.test(before)) return true;
    if (lower === 'allegedly' && CHARGED_FOR.test(before)) return true;
    if (IN_A_SUIT_AFTER.test(after)) return true;
    if (/^claims?$/u.test(lower) && (CLAIMS_IN_SUIT.test(after) || IN_ITS_CLAIMS.test(before))) return true;
  }
  if (/^insist/u.test(lower)) return !/^\s*(?:[.,;!]|$)/u.test(after);
  if (/^(?:reveal|expose)/u.test(lower) && PASSIVE.test(before)) return true;
  if (/^reveal/u.test(lower) && /^\s+(?:how|what|why|where|when|whether)\b/u.test(after)) return true;
  if (/^expose/u.test(lower) && !EXPOSED_WRONG.test(after)) return true;
  // "the so-called truce village", "a so-called working visit" name a term; the sneer is "so-called experts", "so-called “peace”", "the so-called Islamic State".
  if (lower === 'so-called') return !/^\s+(?:[“"‘']|\p{Lu}|\p{Ll}+[^s]s\b)/u.test(after);
  if (lower === 'unlikely' && /\ban?\s+$/u.test(before) && !/^\s+(?:to|that)\b/u.test(after)) return true;
  if (INTENSIFIERS.has(lower)) {
    const next = /^\s+([\p{L}-]+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
    return !LOADED.has(next);
  }
  return false;
}

export function cuesIn(sentence: string): Cue[] {
  const cues: Cue[] = [];
  for (const token of words(sentence)) {
    const lower = token.surface.toLowerCase();
    const after = sentence.slice(token.start + token.surface.length, token.start + token.surface.length + 40);
    if (/^appear/u.test(lower) && PHYSICAL_APPEARANCE.test(after)) continue;
    if (/^prov/u.test(lower) && !PROVE_THAT.test(after)) continue;
    if ((LOADED.has(lower) || DOUBT.has(lower) || WEIGHT.has(lower) || HEDGES.has(lower)) && literalSense(lower, sentence, token.start, token.start + token.surface.length)) continue;
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
