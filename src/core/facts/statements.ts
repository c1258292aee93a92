import { accordingTo, REPORTING_VERBS } from '../english/speech.js';
import { IRREGULAR_PAST, UNCHANGED_PAST } from '../english/verbs.js';
import { TOKEN_PATTERNS, tokensOf, words } from '../text/tokens.js';
import { holdsAny, type GuardedExpression } from '../text/guards.js';

/**
 * What may become a fact unit: a statement, not the page around it.
 *
 * Real coverage carries site chrome (app and newsletter prompts, "This article is more than
 * 3 months old"), photo captions and credits, video blurbs, headings, and fragments left by
 * splitting ("prompting retaliatory mortar fire and drone strikes"). Listed as missing or
 * exclusive they made up a fifth of the wrong items on NewsWCL50 and the seeds
 * (scripts/eval/facts-coverage.ts). A statement has a subject and a finite verb; chrome and
 * captions are recognised by their wording; a sentence repeated within an article (a
 * standfirst, a pull quote, an embedded tweet shown twice) counts once.
 */

// Finite forms that need no tagger: be, have, do, the modals, and contractions carrying them.
const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should',
  'can', 'could', 'may', 'might', 'must', "it's", "that's", "there's", "here's", "what's", "he's", "she's", "won't",
  "can't", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't",
  "wouldn't", "couldn't", "shouldn't", "i'm", "we're", "they're", "you're", "we've", "they've", "i've", "we'll",
  "they'll", "he'll", "she'll", "i'll", "it'll", "he'd", "she'd", "they'd", "we'd", "i'd",
]);


// Present forms of the commonest reporting and stance verbs, finite after a plural subject
// ("Officials say", "Analysts warn"); other bare verbs are too often nouns to count.
const PLURAL_PRESENT = new Set([
  'say', 'agree', 'warn', 'believe', 'expect', 'plan', 'want', 'hope', 'fear', 'claim', 'deny', 'accuse', 'insist',
  'argue', 'need', 'remain', 'face', 'continue', 'seem', 'appear', 'suggest', 'know', 'think', 'estimate', 'report',
]);

// Present forms in -s common enough to count wherever they are not a noun after a determiner ("the plans").
const COMMON_S_VERBS = new Set([
  'says', 'tells', 'adds', 'notes', 'writes', 'claims', 'warns', 'insists', 'argues', 'believes', 'wants', 'needs',
  'remains', 'seems', 'appears', 'faces', 'plans', 'hopes', 'expects', 'includes', 'shows', 'makes', 'takes', 'gives',
  'gets', 'goes', 'comes', 'holds', 'keeps', 'leaves', 'offers', 'calls', 'asks', 'allows', 'requires', 'recommends',
  'suggests', 'accuses', 'denies', 'continues', 'becomes', 'hits', 'kills', 'leads', 'wins', 'loses', 'opens', 'closes',
  'agrees', 'plays', 'runs', 'sees', 'knows', 'thinks', 'looks', 'uses', 'works', 'lives', 'stands', 'sits', 'meets',
]);


const ARTICLES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'some', 'any',
  'no', 'each', 'every', 'such',
]);
const DETERMINERS = new Set([...ARTICLES, 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'to', 'and', 'or']);

const SUBJECT_PRONOUNS = new Set([
  'he', 'she', 'it', 'who', 'which', 'that', 'there', 'this', 'what', 'they', 'we', 'i', 'you', 'somebody', 'someone',
  'nobody', 'everyone', 'everybody', 'anyone',
]);
const PLAIN_SUBJECT_PRONOUNS = new Set(['they', 'we', 'i', 'you']);

// "There's", "it's", also as detokenised text spaces them ("There ’ s").
const CONTRACTED_IS = /\b(?:it|there|that|here|what|who|he|she|where)\s?['’]\s?s\b/i;

/**
 * Whether a text has a finite verb: an auxiliary or modal, a past tense, or a present
 * tense after a subject ("Pakistan handles", "which handles", "Officials say"). A heading,
 * a caption ("Steel pipes at a factory in China") or a list ("The maintenance of strong and
 * constructive relations") has none. Lenient by design: a missed caption is a smaller harm
 * than a dropped fact.
 */
export function hasFiniteVerb(written: string): boolean {
  // A line in capitals ("ATTORNEY GENERAL ISSUED A STATEMENT") is read as if it were not.
  const text = /\p{Ll}/u.test(written) ? written : written.toLowerCase();
  if (CONTRACTED_IS.test(text)) return true;
  const found = words(text);
  const tokens = found.map((t) => t.surface);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] ?? '';
    // The second part of a compound ("U.S.-led", "Russia-backed") is no verb of the sentence.
    if (/[-‐‑]$/u.test(text.slice(Math.max(0, (found[i]?.start ?? 0) - 1), found[i]?.start ?? 0))) continue;
    const lower = word.toLowerCase().replace(/’/g, "'");
    if (word !== lower) continue; // capitalised: a name ("Theresa May", "Will Smith") or the first word
    if (AUXILIARIES.has(lower) || IRREGULAR_PAST.has(lower)) return true;
    const before = i > 0 ? (tokens[i - 1] ?? '') : '';
    const beforeLower = before.toLowerCase();
    if (lower.length >= 4 && lower.endsWith('ed') && !ARTICLES.has(beforeLower)) return true;
    if (COMMON_S_VERBS.has(lower) && !DETERMINERS.has(beforeLower)) return true;
    const subjectBefore = i > 0 && (/^\p{Lu}/u.test(before) || SUBJECT_PRONOUNS.has(beforeLower));
    if (subjectBefore && lower.length >= 4 && /s$/.test(lower) && !/(?:ss|us|is|ics|ous)$/.test(lower)) return true;
    if (subjectBefore && UNCHANGED_PAST.has(lower)) return true;
    if (i > 0 && PLURAL_PRESENT.has(lower) && !DETERMINERS.has(beforeLower)) return true;
    // After "we", "they", "I", "you" any word that is not a determiner is the verb ("We appreciate").
    if (PLAIN_SUBJECT_PRONOUNS.has(beforeLower) && !DETERMINERS.has(lower)) return true;
    // A plural noun, then a plain verb with its object ("our players receive one of").
    const after = (tokens[i + 1] ?? '').toLowerCase();
    if (i > 0 && before === beforeLower && /[^s]s$/.test(beforeLower) && !DETERMINERS.has(beforeLower) && !/s$/.test(lower) && (DETERMINERS.has(after) || after === 'one')) return true;
  }
  return false;
}

/**
 * Whether a clause has its own subject: it does not open on a participle or an infinitive
 * ("prompting retaliatory fire", "to restore peace"), a preposition that governs the rest
 * ("including three players"), or a bare object left by a split inside a list or a quotation.
 */
export function hasOwnSubject(clause: string): boolean {
  const tokens = words(clause.replace(/^[\s"“‘'(]+/u, ''));
  const first = (tokens[0]?.surface ?? '').toLowerCase();
  const joiner = /^(?:and|but|while|whereas|nor|although|though|yet)$/.test(first);
  const head = (joiner ? tokens[1]?.surface : tokens[0]?.surface) ?? '';
  const lower = head.toLowerCase();
  if (lower.endsWith('ing') && head === lower) return false;
  // "..., but has struggled to": the verb of the clause before's subject.
  if (joiner && (AUXILIARIES.has(lower) || IRREGULAR_PAST.has(lower) || (lower.endsWith('ed') && head === lower))) return false;
  if (/^(?:to|including|according|such|as|than|with|without|from|of|for)$/.test(lower)) return false;
  return hasFiniteVerb(clause);
}

// Site chrome, credits and captions, by their wording. Each alternative is a fixed phrase or a
// bounded gap, so the expression stays linear on any input.
const CHROME =
  /\bclick here\b|\bsign up\b|\bnewsletter\b|\bsubscribe\b|\bdownload (?:the|our) app\b|\bget the [\w\s]{1,30}app\b|\bfollow us\b|\bthis (?:article|story) is more than \w+ \w+ old\b|\bthis (?:article|story) (?:has been|was) updated\b|\bhas (?:that|this|the) story\b|\ball rights reserved\b|\bcopyright\b|©|\bcontributed (?:reporting|to this report)\b|\bread more\b|\badvertisement\b|\b(?:ap|getty|reuters|afp|epa) (?:photo|images)\b|\bphoto(?:graph)? (?:by|credit|released)\b|\bfile photo\b|\bpictured\b|\bcaptured in an image\b|\b(?:is|are) seen (?:\w+ing|in|at|on|during|after)\b|\bin this (?:photo|picture|image|handout)\b|\b(?:declined|refused) to comment\b|\bdid not (?:immediately )?(?:respond|reply) to (?:a |an )?(?:request|inquir\w*|message|email)s?\b|\bcould not (?:immediately )?be reached for comment\b|\bdid not (?:immediately )?return (?:a |an )?(?:request|call|message|email)s?\b/i;

/**
 * A guard for CHROME (text/guards.ts): each of its alternatives holds one of these, in any case (an `i` expression
 * without `u` matches an ASCII letter with ASCII letters only). Most sentences hold none, and then CHROME is not run.
 */
const CHROME_PARTS = ['click here', 'sign up', 'newsletter', 'subscribe', 'download', 'get the', 'follow us', 'story', 'article', 'all rights reserved', 'copyright', '©', 'contributed', 'read more', 'advertisement', 'photo', 'images', 'pictured', 'captured in an image', 'seen', 'in this', 'to comment', 'did not', 'reached for comment'];
const mayBeChrome = (sentence: string) => holdsAny(sentence.toLowerCase(), CHROME_PARTS);

/** The guarded expressions of this module with their guards, for the test that checks each guard on the corpora. */
export const STATEMENT_GUARDS: readonly GuardedExpression[] = [{ expression: CHROME, mayMatch: mayBeChrome }];

/** Site chrome, a credit or a photo caption, recognised by its wording. */
export function isChrome(sentence: string): boolean {
  return mayBeChrome(sentence) && CHROME.test(sentence);
}

/** Lower-cased words of a text, for comparing sentences as written. */
function wordSet(text: string): Set<string> {
  return new Set(words(text).map((w) => w.surface.toLowerCase()));
}

/** Share of `inner`'s words found in `outer`. */
function containedShare(inner: ReadonlySet<string>, outer: ReadonlySet<string>): number {
  if (inner.size === 0) return 0;
  let shared = 0;
  for (const w of inner) if (outer.has(w)) shared++;
  return shared / inner.size;
}

/** A sentence (of at least this many words) repeats another when this share of its words is in it. */
export const REPEAT_SHARE = 0.8;
const REPEAT_MIN_WORDS = 4;
const PAIRWISE_LIMIT = 400;

/**
 * Indices of sentences that repeat the headline or another sentence of the same article (a
 * standfirst restated in the lead, a pull quote, an embedded tweet shown twice). Of two
 * repeats the longer, or else the first, stays.
 */
export function repeatedSentences(sentences: readonly string[], title?: string): Set<number> {
  const sets = sentences.map(wordSet);
  const titleSet = title ? wordSet(title) : undefined;
  const repeated = new Set<number>();
  // Pairwise comparison is quadratic: past a long article's length only exact repeats are looked for.
  if (sentences.length > PAIRWISE_LIMIT) {
    const seen = new Set<string>();
    sentences.forEach((s, i) => {
      const key = [...sets[i]!].join(' ');
      if (sets[i]!.size >= REPEAT_MIN_WORDS && seen.has(key)) repeated.add(i);
      seen.add(key);
    });
    return repeated;
  }
  sets.forEach((set, i) => {
    if (set.size < REPEAT_MIN_WORDS) return;
    if (titleSet && containedShare(set, titleSet) >= REPEAT_SHARE) {
      repeated.add(i);
      return;
    }
    for (let j = 0; j < sets.length; j++) {
      if (j === i || repeated.has(j)) continue;
      const other = sets[j]!;
      if (other.size < set.size || (other.size === set.size && j > i)) continue;
      if (containedShare(set, other) >= REPEAT_SHARE) {
        repeated.add(i);
        return;
      }
    }
  });
  return repeated;
}

// Quoted stretches: from an opening mark to its closing one, or (a quotation carried over from the
// sentence before) from the start to a closing mark. Bounded classes, so linear.
const QUOTED = /“[^“”]*”|"[^"]*"|‘[^‘’]*’|(?<!\w)'[^']*'(?!\w)|^[^“"]*”/gu;
// A sentence that opens on a quotation mark it does not close continues into the next one: all quoted.
const OPENS_QUOTE = /^\s*[“"‘'«]/u;
const FIRST_PERSON = /\b(?:I(?!\s?\/)|[Ww]e|[Ll]et's|[Ll]et’s|[Uu]s|[Oo]ur|[Mm]y|[Mm]e)\b/;

/**
 * The writer speaking in the first person outside any quotation ("Before we start singing ...,
 * let's pause", "as I noted in a Fox News Opinion piece"): opinion, not reporting.
 */
/** A sentence with its quoted stretches blanked out: what the writer says in their own voice. */
export function outsideQuotes(sentence: string): string {
  return sentence.replace(QUOTED, ' ');
}

export function isWritersVoice(sentence: string): boolean {
  const unquoted = outsideQuotes(sentence);
  if (OPENS_QUOTE.test(sentence) && /^\s*[“"‘'«]/u.test(unquoted)) return false;
  return FIRST_PERSON.test(unquoted);
}

/** Whether a sentence can carry a fact: it has a finite verb and is not chrome or a caption. */
export function isStatement(sentence: string): boolean {
  return !isChrome(sentence) && hasFiniteVerb(sentence);
}

/**
 * An article whose writer speaks in the first person this many times is an opinion piece, and those
 * sentences are its opinions. One such line in a news report is more often a quotation whose marks were lost.
 */
export const OPINION_PIECE_MIN = 3;

/** Indices of the writer's first-person sentences, when the article is an opinion piece. */
export function writersOpinions(sentences: readonly string[]): Set<number> {
  const voiced = sentences.flatMap((s, i) => (isWritersVoice(s) ? [i] : []));
  return new Set(voiced.length >= OPINION_PIECE_MIN ? voiced : []);
}

/**
 * A piece whose writer speaks in the first person in at least this share of its sentences (and
 * `OPINION_PIECE_MIN` times) argues rather than reports: what it states without attributing it
 * ("Kim may simply be trying to show signs...", "At this point, Kim has given away absolutely
 * nothing") is the writer's reading of the news, not a fact another outlet left out or only this one has.
 */
export const ARGUMENT_SHARE = 0.15;

/**
 * Whether a sentence attributes what it says: a quotation, "according to", or a reporting verb used as
 * one (not a name, "the United States", nor a noun after a determiner or a participle, "breaking promises").
 */
export function isAttributed(sentence: string): boolean {
  if (/["“”]/.test(sentence) || accordingTo(sentence).length > 0) return true;
  const tokens = tokensOf(sentence, TOKEN_PATTERNS.letters).map((t) => t.text);
  return tokens.some((word, i) => {
    if (!REPORTING_VERBS.has(word)) return false;
    const before = (tokens[i - 1] ?? '').toLowerCase();
    return !DETERMINERS.has(before) && !(before.endsWith('ing') && before.length > 4);
  });
}

// The writer inferring or characterising in their own voice: "The open-ended queries appear to be an attempt to ...",
// "The questions serve as a reminder of the chaotic first 15 months ...".
const INFERENCE = /\b(?:appears?|seems?) to (?:be|have)\b|\bserve[sd]? as an? (?:reminder|sign|signal|warning|test)\b/i;

/** A trailing attribution (", officials said", ", according to a senior U.S. official") is this many words at most. */
const TRAILING_ATTRIBUTION_WORDS = 8;

/**
 * Whether a sentence is the writer's reading of the news: an inference or a characterisation in their own voice,
 * attributed to no one. Another outlet's reading of the same news is worded otherwise, so it is no exclusive fact.
 */
export function isWritersInference(sentence: string): boolean {
  const match = INFERENCE.exec(outsideQuotes(sentence));
  if (!match || /["“”]/.test(sentence)) return false;
  // Attributed where a speaker would stand: up to the end of the inference's clause ("Officials said the attack appears
  // to ..."), or in a short last clause ("..., officials said"); not by a noun further on ("combative Twitter posts").
  const clauseEnd = sentence.slice(match.index).search(/[,;:—–]/);
  const upToClause = clauseEnd < 0 ? sentence : sentence.slice(0, match.index + clauseEnd);
  const lastClause = sentence.slice(sentence.lastIndexOf(',') + 1);
  return !isAttributed(upToClause) && !(lastClause.trim().split(/\s+/).length <= TRAILING_ATTRIBUTION_WORDS && isAttributed(lastClause));
}

/** Indices of an argued piece's unattributed sentences (none when the article reports). */
export function writersArgument(sentences: readonly string[]): Set<number> {
  const voiced = writersOpinions(sentences).size;
  if (voiced === 0 || voiced < ARGUMENT_SHARE * sentences.length) return new Set();
  return new Set(sentences.flatMap((s, i) => (isAttributed(s) ? [] : [i])));
}
