/**
 * Speaker phrases: the words before a reporting verb or after "according to",
 * read into who speaks and what the article says they are ("Zabihullah
 * Mujahid, the Taliban spokesperson", "Pakistan’s Deputy Prime Minister and
 * Foreign Minister Ishaq Dar", "A Pakistani military official, speaking
 * anonymously"). The quotes analysis reads its speakers with them; framing
 * reads sides from the same words.
 */
import type { ArticleSentence } from '../text/segment.js';
import { nameChunks, SHORT_HONORIFIC } from './names.js';
import { NEWS_PEOPLE_NOUNS } from './outlets.js';
import { DESCRIPTION_CHAR, isTitleWord, NOT_A_STOP, splitTitle } from './titles.js';
import { foldedForGuard, holdsAny, wordRuns, type GuardedExpression } from '../text/guards.js';

/**
 * Nouns for people, bodies and documents that can be a speaker or describe one ("spokesman", "officials", "the ministry", "a report").
 * Not titles.ts's lists: those are titles in front of a name, one word at a time; this one is tested anywhere in a phrase, plurals
 * and bodies included, to tell a role or a group from a name. The statement reader's ORG_NAME_ENDINGS (names.ts) asks only
 * whether a name's last word names a body, and takes news outlets and acronyms ("Reuters", "NATO") this list does not.
 */
const ROLE_FORMS = new Set(
  `spokesman spokeswoman spokesperson minister ministry official officials officer chief general president secretary
   ambassador envoy diplomat diplomats analyst analysts expert experts fellow researcher researchers professor statement
   report mission agency government army military office commission council institute center centre project foundation
   police leader leaders representative representatives commander source sources observer observers witness witnesses
   resident residents mediator mediators delegation delegations nonprofit group data people critics activists lawmakers
   legislators prosecutor prosecutors investigator investigators authorities doctor doctors neighbor neighbors neighbour
   neighbours fans scientist scientists environmentalist environmentalists lawyer lawyers attorney attorneys judge judges
   troops soldiers aide aides allies opponents supporters members relative relatives family friend friends colleagues
   teammates player players coach manager owner owners staff employees workers students teachers negotiators delegates
   organisers organizers campaigners protesters rebels militants insurgents villagers locals citizens voters union unions
   company companies firm agencies ministries governments parties team club league court jury department administration
   committee spokespeople presidency palace embassy board panel service`
    .split(/\s+/)
    .filter(Boolean)
    // A newsperson speaks as one ("Majed Hamdan, an Associated Press photographer, said"): outlets.ts's list.
    .concat(NEWS_PEOPLE_NOUNS),
);
// The shortest and longest words holdsRoleWord looks up (its forms, "think" and "tank"): other runs are passed over unread.
const [SHORTEST_ROLE_WORD, LONGEST_ROLE_WORD] = ((lengths: number[]) => [Math.min(...lengths), Math.max(...lengths)])([...ROLE_FORMS, 'think', 'tank'].map((w) => w.length));

/**
 * Whether a text holds one of ROLE_FORMS as a word, in any case, or "think tank" ("think-tank"): what the expression
 * `\b(?:spokes(?:man|woman|person)|minister|...|think[ -]tank|...)\b` with the flags `iu` told (its forms written
 * out; tested equal on the corpora), without an alternation V8 compiled at each worker's first report and ran over
 * the whole text at every test.
 */
function holdsRoleWord(text: string): boolean {
  let thinkEnd = -1;
  for (const { at, run } of wordRuns(text)) {
    if (run.length < SHORTEST_ROLE_WORD || run.length > LONGEST_ROLE_WORD) continue;
    const word = foldedForGuard(run);
    if (ROLE_FORMS.has(word)) return true;
    if (word === 'tank' && thinkEnd === at - 1 && (text[thinkEnd] === ' ' || text[thinkEnd] === '-')) return true;
    thinkEnd = word === 'think' ? at + run.length : -1;
  }
  return false;
}
export const ROLE_WORDS: { test(text: string): boolean } = { test: holdsRoleWord };

/** A document that speaks for who issued it: "a statement released by", "the report from". */
const SOURCE_DOC = /^(?:(?:a|an|the)\s+)?(?:(?:recent|new|joint|separate|written|official)\s+)?(?:statement|report|post|data|study|survey|figures|tally|assessment|analysis|voice note|video|message)(?:\s+(?:released|published|issued|posted|shared))?\s+(?:\p{L}+ly\s+)?(?:by|from)\s+/iu;
// Guarded (text/guards.ts): each match names one of the documents, in any case.
const mayBeSourceDoc = (text: string) => holdsAny(foldedForGuard(text), ['statement', 'report', 'post', 'data', 'study', 'survey', 'figures', 'tally', 'assessment', 'analysis', 'voice', 'video', 'message']);

const HONORIFIC_ALONE = new RegExp(String.raw`^(?:${SHORT_HONORIFIC})\.?$`, 'u');
// "\s+" as a prefix to strip, "\s" as a test before a name: the same whichever way a name follows.
const HONORIFIC_FIRST = new RegExp(String.raw`^(?:${SHORT_HONORIFIC})\.?\s+`, 'u');
const HONORIFIC_THEN_NAME = new RegExp(String.raw`\b(?:${SHORT_HONORIFIC})\.?\s+\p{Lu}`, 'u');

export const SPEAKER_PRONOUN = /^(?:he|she|they|we)$/iu;
const AUXILIARY_FIRST = /^(?:has|have|had|is|are|was|were|do|does|did|will|would|can|could|should|shall|may|might|must)\s/iu;
// "Many of the questions": the noun a quantifier counts, or the adjective before it ("Many of the local residents").
const QUANTIFIED_NOUN = /^(?:many|most|some|all|both|several|few|one|each|none|half|much)\s+of\s+(?:the|these|those|his|her|their|its)\s+(\p{L}+)(?:\s+(\p{L}+))?/iu;
const CLAUSE_VERB = /\s(?:is|are|was|were|be|been|being|could|would|should|will|can|may|might|must|appeared|appears|seemed|seems)\s/u;

/**
 * Words that stand between a subject and its reporting verb, which both speaker readers step over ("Jane Doe
 * further confirmed", "the ministry has said"). Each reader adds its own: this one "were", "are" and a few
 * "-ly" words in any case (ADVERB_TAIL); the statement reader (attribution.ts) sentence adverbs ("however",
 * "meanwhile", "still"). One list with all of them moves the voices of 3 of 1037 seed, ECB+ and NewsWCL50
 * articles ("UAE authorities" and "The Israeli military" gained, but also "I"): a change to judge, not a merge.
 */
export const BETWEEN_SUBJECT_AND_VERB: readonly string[] = ['further', 'also', 'later', 'then', 'again', 'previously', 'separately', 'earlier', 'once', 'recently', 'had', 'has', 'have', 'was', 'is', 'would', 'will'];

// One trailing word at a time (the loop that strips it repeats until nothing changes): a repeated group
// "(?:\s+(?:also|is|...))+$" retries from every word of a long run of them, quadratic on "is is is ... !".
// (?<!\s): a match starts only where a run of spaces does, not again inside it.
const ADVERB_TAIL = new RegExp(
  String.raw`(?<!\s)\s+(?:${[...BETWEEN_SUBJECT_AND_VERB, 'were', 'are', 'publicly', 'consistently', 'repeatedly', 'reportedly', 'explicitly', String.raw`in\s+turn`].join('|')})$`,
  'iu',
);

/** A subject sits within this many characters of its verb. */
export const SUBJECT_REACH = 300;
const INTRODUCTION_REACH = 40;
// "Brad Parscale, campaign manager of Donald J. Trump for President, Inc.,": the apposition runs past an initial's dot.
const INTRODUCED_APPOSITION = new RegExp(String.raw`^,\s+(${DESCRIPTION_CHAR}{3,80}?)(?:,|${NOT_A_STOP}|;|$)`, 'u');

/** A stretch of a sentence, as offsets into it. */
export interface TextSpan {
  start: number;
  end: number;
}

const CLAUSE_BREAK = /[;:]|—|\b(?:while|whereas|but|which|who|whom|that|what|when|after|before|because|although|though|since|if|whether|where)\b|,\s+and\b/giu;

/** The words before a verb that can be its subject: back to the clause's start (or the last quotation before it), adverbs and auxiliaries dropped. */
export function subjectBefore(text: string, verbAt: number, quotes: readonly TextSpan[]): string | undefined {
  // A subject sits within a few hundred characters of its verb; looking no further keeps long sentences linear.
  let start = Math.max(0, verbAt - SUBJECT_REACH);
  for (const q of quotes) if (q.end <= verbAt) start = Math.max(start, q.end);
  let clause = text.slice(start, verbAt);
  let cutAt = -1;
  let lastBreak = '';
  for (const m of clause.matchAll(CLAUSE_BREAK)) {
    cutAt = (m.index ?? 0) + m[0].length;
    lastBreak = m[0];
  }
  // "including ... whether Mr. Trump told Mr. Sessions he needed him": a question asked about a statement says no one spoke.
  if (/^whether$/iu.test(lastBreak)) return undefined;
  if (cutAt >= 0) clause = clause.slice(cutAt);
  let previous = '';
  while (previous !== clause) {
    previous = clause;
    clause = clause.trim().replace(ADVERB_TAIL, '').replace(/(?<!\s)\s+\p{Ll}+ly$/u, '').replace(/(?<![\s,])[\s,]+$/u, '');
  }
  // "X pledged ... and promised": the second verb's subject is the first's.
  if (!clause || /\b(?:and|or|nor|neither|not|never|latter|former)$/iu.test(clause)) return undefined;
  return clause;
}

/**
 * "Zabihullah Mujahid, the Taliban spokesperson" / "Pakistan’s Deputy Prime
 * Minister and Foreign Minister Ishaq Dar" / "A Pakistani military official,
 * speaking anonymously": the speaker, and what the article says they are.
 */
export function parseSpeaker(phrase: string): { speaker: string; affiliation?: string } | undefined {
  const pieces = (mayBeSourceDoc(phrase) ? phrase.replace(SOURCE_DOC, '') : phrase)
    .replace(/(?<!\s)\s*\((?:\p{Lu}\.?){2,8}\)/gu, '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .filter((p) => !/^(?:speaking|writing|citing|referring|led|who|as|in|on|at|during|after|before|following|with|including)\b/iu.test(p))
    // "Makaeo Williams, 18, said": an age in apposition to a name, last before the verb, is no speaker (not the "000" of
    // "$430,000"; nor where a clause follows, "Mueller, 73, took over the probe into alleged ...").
    // (The name's last word split off first: /\p{Lu}\p{L}*$/ over the piece retries at every capital.)
    .filter((p, i, all) => !(i === all.length - 1 && /^\d{1,3}$/u.test(p) && /^\p{Lu}\p{L}*$/u.test((all[i - 1] ?? '').split(/\s+/u).pop() ?? '')));
  if (pieces.length === 0) return undefined;
  let main = pieces[pieces.length - 1] ?? '';
  let affiliation: string | undefined;
  const prev = pieces[pieces.length - 2];
  // Its last word is capitalised (split, not /\p{Lu}[\p{L}.’'-]*$/, which retries every letter of a long word).
  const prevIsName = !!prev && /\p{Lu}/u.test(prev.split(/[^\p{L}.’'-]/u).pop() ?? '') && nameChunks(prev).length > 0;
  const mainIsRole = ROLE_WORDS.test(main.replace(/\p{Lu}[\p{L}-]*/gu, ''));
  if (prev && prevIsName && mainIsRole && (/^(?:(?:a|an|the)\s|\p{Ll})/u.test(main) || isPersonName(prev))) {
    affiliation = main;
    main = prev;
  } else if (prev && !/^(?:a|an|the)\s/iu.test(main) && hasPersonName(main) && ROLE_WORDS.test(prev) && !hasPersonName(prev)) {
    affiliation = prev;
  }
  // Leading prepositional phrases ("In a speech ... on Saturday") are not the subject.
  main = main.replace(/^(?:in|on|at|during|after|before|following|ahead\s+of|soon\s+after|earlier|later|meanwhile|now|however|also|then|so)\b[^,]*?\s+(?=(?:\p{Lu}|the\s|a\s|an\s|some\s|several\s|both\s))/iu, '');
  main = main.replace(/^(?:now|however|also|meanwhile|then|so|but|and)\s+/iu, '').trim();
  // "An NFL spokesman on Wednesday": when it was said is not who said it.
  main = main.replace(/(?<!\s)\s+(?:(?:late|early)\s+)?(?:on\s+\p{Lu}\p{Ll}+|yesterday|today|tonight|(?:this|last)\s+\p{Ll}+)$/u, '').trim();
  if (!main || main.split(/\s+/).length > 14) return undefined;
  // "Part of the effort was to benefit Trump over Clinton, the agencies said": a phrase with a verb of its own is the
  // reported clause, not who speaks (names are capitalised, so "Will Smith" is not read so).
  // "Ali Akbar Salehi was quoted by Iranian media", "Secretary of State Condoleezza Rice is set to": a person's name before
  // the verb is still who speaks.
  const clauseVerb = CLAUSE_VERB.exec(main);
  if (clauseVerb) {
    const head = main.slice(0, clauseVerb.index).trim();
    // (Word by word: "Secretary of State ..." may hold "of"; every other word is capitalised.)
    if (!head.split(/\s+/u).every((w) => w === 'of' || /^\p{Lu}/u.test(w)) || !hasPersonName(head)) return undefined;
    main = head;
  }
  if (SPEAKER_PRONOUN.test(main)) return { speaker: main.toLowerCase() };
  if (/^(?:it|this|that|these|those|there|which|what|who)\b/iu.test(main)) return undefined;
  // "What has Trump said about ...?": an auxiliary before the name asks a question; nobody speaks in it.
  if (AUXILIARY_FIRST.test(main)) return undefined;
  // "Another asks if ...", "One said": a pronoun standing for a noun named before (a question, a person) names no one here.
  if (/^(?:another|one|each|either|neither|none)$/iu.test(main)) return undefined;
  // "a charge the Taliban denies": a relative clause, not a speaker.
  if (/^(?:a|an|the)\s+\p{Ll}+\s+(?:the\s+)?\p{Lu}/u.test(main) && !ROLE_WORDS.test(main.split(/\s+/)[1] ?? '')) return undefined;
  if (/^(?:rumou?rs?|reports?|data|media|sources say)$/iu.test(main)) return undefined;
  // A subject ends in a name or a noun for people or bodies, not in a verb or adverb.
  // The head noun comes before any phrase that places it ("diplomats from Afghanistan and Western nations").
  const lastWord = main.split(/(?<!\s)\s+(?:from|of|at|with|in|for|on|based)\s+/u)[0]?.split(/\s+/).pop() ?? '';
  if (/^\p{Ll}/u.test(lastWord) && !ROLE_WORDS.test(lastWord)) return undefined;
  // "Many of the questions surround ...", "Most of the questions reported by the Times ask": after a quantifier the head
  // noun is the one "of" brings, read as any head noun is (not "Many of the protesters").
  const counted = QUANTIFIED_NOUN.exec(main);
  if (counted && counted.slice(1).every((w) => w === undefined || (/^\p{Ll}/u.test(w) && !ROLE_WORDS.test(w)))) return undefined;
  if (/^\p{Ll}/u.test(main) && !/^(?:the|a|an|some|several|many|both|other|two|three|local|senior|former|western|independent|\p{Ll}+s)\b/iu.test(main) && !SPEAKER_PRONOUN.test(main)) return undefined;
  if (SPEAKER_PRONOUN.test(main)) return { speaker: main.toLowerCase() };
  // A title run before a name: "Pakistan’s Army Chief General Asim Munir".
  const chunks = nameChunks(main).filter((c) => !HONORIFIC_ALONE.test(c.text));
  const lastChunk = chunks[chunks.length - 1];
  if (lastChunk && lastChunk.end >= main.replace(/(?<![.\s])[.\s]+$/u, '').length - 1) {
    const { role, name } = splitTitle(lastChunk.text, 'name', 'last');
    const onlyArticle = /^(?:the)\s*$/iu.test(main.slice(0, lastChunk.start));
    if (name && isPersonName(name) && !onlyArticle && (role || lastChunk.start > 0)) {
      const before = main.slice(0, lastChunk.start).trim();
      const title = [before, role].filter(Boolean).join(' ').trim();
      if (title && !affiliation) affiliation = title;
      return { speaker: name, ...(affiliation ? { affiliation } : {}) };
    }
  }
  const speaker = main.replace(HONORIFIC_FIRST, '');
  return { speaker, ...(affiliation ? { affiliation } : {}) };
}

/**
 * A speaker named by surname alone ("a voice note from Mehsud") whom the
 * article introduced earlier in full ("Noor Wali Mehsud, leader of the
 * Pakistan Taliban"): the full name, and the apposition as affiliation.
 */
export function introducedAs(surname: string, sentences: readonly ArticleSentence[], before: number): { speaker: string; affiliation: string } | undefined {
  if (!/^\p{Lu}\p{L}+$/u.test(surname)) return undefined;
  for (let i = before; i >= 0 && i >= before - INTRODUCTION_REACH; i--) {
    const text = sentences[i]?.text ?? '';
    for (const chunk of nameChunks(text)) {
      const { name, role } = splitTitle(chunk.text);
      if (!name || !isPersonName(name) || !name.endsWith(` ${surname}`) || /[‐‑-]/.test(name)) continue;
      const apposition = INTRODUCED_APPOSITION.exec(text.slice(chunk.end));
      const affiliation = apposition?.[1] && ROLE_WORDS.test(apposition[1]) ? apposition[1] : role;
      // Only a name the article introduced as a person (with a title or a role) stands behind a bare surname.
      if (!affiliation) continue;
      return { speaker: name, affiliation };
    }
  }
  return undefined;
}

/**
 * Two to four capitalised words none of which is a title: "Khawaja Asif", "John W. Henry", "Matthew O'Connor".
 * The statement reader's `isSpelledOutName` (attribution.ts) is stricter on purpose: it says which full names a
 * later surname alone stands for, and reads the same names with its own titles.
 */
export function isPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words[0] !== 'The' && words.every((w) => /^\p{Lu}/u.test(w) && !isTitleWord(w)) && !ROLE_WORDS.test(name);
}

export function hasPersonName(text: string): boolean {
  return nameChunks(text).some((c) => {
    const { name } = splitTitle(c.text);
    return !!name && (isPersonName(name) || HONORIFIC_FIRST.test(text.slice(Math.max(0, c.start - 4))));
  }) || HONORIFIC_THEN_NAME.test(text);
}

/** A speaker (with no role given) who is no person: a country, capital or group named bare ("Pakistan", "The Afghan Taliban"). */
export function isBareActor(speaker: string, person = isPersonName(speaker)): boolean {
  if (person) return false;
  const words = speaker.replace(/^the\s+/iu, '').split(/\s+/);
  return words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|both|the|of)$/iu.test(w)) && !ROLE_WORDS.test(speaker);
}

/** The guarded expressions of this module with their guards (text/guards.ts), for the test that checks each guard on the corpora. */
export const SPEAKER_GUARDS: readonly GuardedExpression[] = [{ expression: SOURCE_DOC, mayMatch: mayBeSourceDoc }];
