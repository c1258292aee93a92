// An event sentence read as roles: the main verb (the event's predicate) and who fills it, as an article's lead states
// its own event ("Chargers wide receiver Vincent Jackson was arrested early yesterday on suspicion of drunken driving":
// arrest, the patient Vincent Jackson). A shallow reading, no parse: the first clause's verb group past any opening
// phrase, and the noun phrases either side of it.
import { sentenceSpans } from '../text/sentences.js';
import { stem } from '../text/tokens.js';
import { tokenize } from './attribution.js';
import { fold, stateNames } from './capitals.js';
import { isNotAName, sameNameWord } from './names.js';
import { numberWordValue, parseDigits } from './numerals.js';
import { REPORTING_VERBS } from './speech.js';
import { irregularBase } from './verbs.js';

/** A role's filler: the phrase as written and the name words in it (lower-cased, stemmed as `namesIn` stems them). */
export interface RoleFiller {
  text: string;
  names: string[];
  /**
   * The word that names the filler itself: the last word of the phrase before any apposition or relative clause, when
   * it is a name ("Chargers wide receiver Vincent Jackson" -> "jackson", "Apple's Phil Schiller" -> "schiller"; "his
   * IBF heavyweight crown" has none).
   */
  head?: string;
  /** The name the head ends, as written ("Vincent Jackson"). */
  name?: string;
}

export interface EventRoles {
  /** The main verb's stem ("arrest", "hit"; irregular forms read as their base, "struck" -> "strike"). */
  predicate: string;
  /** The verb group as written ("was arrested", "has hit"). */
  verb: string;
  voice: 'active' | 'passive';
  /** Who acts: an active verb's subject, a passive's "by" phrase. */
  agent?: RoleFiller;
  /** Who or what the act befalls: an active verb's object, a passive's subject. */
  patient?: RoleFiller;
  /**
   * The sentence read (at most ROLE_SENTENCE_CHARS of it), for an evaluation that reads more of it (the places and the
   * toll `scripts/eval/lead-particulars.ts` reads: the product's decision reads only the predicate and the patient).
   */
  sentence: string;
}


const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const AUXILIARIES = new Set([...BE, 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do']);
/** Words that may stand inside a verb group ("was later arrested", "has not been charged"). */
const INSIDE_VERB_GROUP = new Set(['not', 'also', 'later', 'then', 'again', 'reportedly', 'allegedly', 'apparently', 'already', 'just', 'since', 'now', 'finally', 'officially', 'formally', 'never', 'still', 'first']);
/** Words that open a sentence with a phrase before its subject ("In a move ...,", "After ..., "). */
const OPENING_WORDS = new Set(['in', 'on', 'at', 'after', 'before', 'for', 'with', 'following', 'during', 'despite', 'as', 'while', 'when', 'just', 'since', 'amid', 'regarding', 'from', 'once', 'although', 'though', 'if', 'because', 'until', 'by', 'over', 'within', 'without', 'less', 'more', 'nearly', 'almost', 'about']);
/** Words before which a participle is an adjective, not a verb ("the revised rules", "a revamped MacBook"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'newly', 'recently', 'most', 'more', 'less', 'very', 'so', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'and', 'or']);
const STATES: ReadonlySet<string> = new Set(stateNames());
const POSSESSIVE_WORDS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);
/** Words that end a noun phrase after the verb. */
const PHRASE_ENDS = new Set(['in', 'on', 'at', 'for', 'to', 'with', 'after', 'before', 'during', 'near', 'from', 'by', 'over', 'into', 'amid', 'as', 'while', 'when', 'because', 'since', 'until', 'that', 'which', 'who', 'and', 'but', 'or', 'early', 'late', 'yesterday', 'today', 'tonight', 'last', 'this', 'following', 'despite', 'following', ',', ';', ':', '(', ')', '—', '–']);

const lower = (word: string) => word.replace(/\.$/u, '').toLowerCase();
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
/** A name word lower-cased, a possessive ending off. */
const bareName = (word: string) => lower(word).replace(/['’]s?$/u, '');

/** The base of a past form or participle ("arrested" -> "arrest"), or undefined when the word is neither. */
function pastBase(word: string): string | undefined {
  if (isCapitalised(word)) return undefined;
  const w = lower(word);
  const irregular = irregularBase(w);
  if (irregular) return irregular;
  return w.length > 4 && w.endsWith('ed') && !w.endsWith('eed') ? stem(w) : undefined;
}

function figureOf(word: string): number | undefined {
  return /^\d/u.test(word) ? parseDigits(word) : numberWordValue(lower(word));
}

/** The name words of a phrase: its capitalised words that can be names, lower-cased and stemmed. */
function fillerOf(words: readonly string[]): RoleFiller | undefined {
  if (words.length === 0) return undefined;
  const nameWord = (w: string) => isCapitalised(w) && w.length >= 3 && figureOf(w) === undefined && !isNotAName(bareName(w));
  const names = words.filter(nameWord).map((w) => stem(bareName(w)));
  // "a member of the San Diego Chargers", "the island of Qeshm": the head is the noun before "of", not the name after it.
  const cut = words.findIndex((w, i) => w === ',' || RELATIVE.has(lower(w)) || (lower(w) === 'of' && i > 0 && !isCapitalised(words[i - 1] ?? '')));
  const own = cut < 0 ? words : words.slice(0, cut);
  // The phrase must end in the name: a name before a noun ("his IBF heavyweight crown") or a possessive one ("Phil
  // Ford's 30-year hold") qualifies the head instead of naming it.
  const last = own[own.length - 1] ?? '';
  const filler: RoleFiller = { text: words.join(' '), names };
  if (nameWord(last) && !/['’]s?$/u.test(last)) {
    let first = own.length - 1;
    while (first > 0 && nameWord(own[first - 1] ?? '') && !/['’]s?$/u.test(own[first - 1] ?? '')) first--;
    // "his WBA, IBF and WBO ... belts": a name after a possessive word is a thing of someone's, cut from a list.
    // A state is named at the grain an outlet chooses ("southern Iran" for the island of Qeshm): no head to compare.
    if (!POSSESSIVE_WORDS.has(lower(own[first - 1] ?? '')) && !STATES.has(fold(own.slice(first).join(' ')))) {
      filler.head = stem(bareName(last));
      filler.name = own.slice(first).join(' ');
    }
  }
  return filler;
}

/** The words of a noun phrase from `from` on, to the first word that ends it (a preposition, a clause word, a comma). */
function phraseFrom(words: readonly string[], from: number, reach = 12): string[] {
  const phrase: string[] = [];
  for (let i = from; i < words.length && phrase.length < reach; i++) {
    const w = words[i] ?? '';
    if (PHRASE_ENDS.has(lower(w))) break;
    phrase.push(w);
  }
  return phrase;
}

/** Where the first clause's subject starts: past an opening phrase and its comma ("In a move ..., President Obama is ..."). */
function clauseStart(words: readonly string[]): number {
  const first = lower(words[0] ?? '');
  if (first === 'but' || first === 'and' || first === 'so') return 1;
  if (!OPENING_WORDS.has(first) && !pastBase(words[0] ?? '') && !first.endsWith('ing')) return 0;
  const comma = words.indexOf(',');
  return comma > 0 && comma < 30 ? comma + 1 : 0;
}

/**
 * The event a sentence states, read as roles, or undefined when no verb group is found. Reporting verbs are passed over
 * ("Police said Jamal Williams was arrested": arrest, the patient Jamal Williams); a sentence that only reports words
 * states no event here.
 */
export function eventRoles(sentence: string): EventRoles | undefined {
  const read = sentence.slice(0, ROLE_SENTENCE_CHARS);
  const words = tokenize(read).map((t) => t.text);
  let subjectFrom = clauseStart(words);
  let inRelative = false;
  for (let i = subjectFrom + 1; i < words.length; i++) {
    const word = words[i] ?? '';
    const w = lower(word);
    const before = lower(words[i - 1] ?? '');
    if (word === ',' || word === ';') inRelative = false;
    if (RELATIVE.has(w) && i > subjectFrom) inRelative = true;
    if (inRelative || isCapitalised(word)) continue;
    // A reporting verb frames the event: read the clause after it ("Officials said that ...").
    if (REPORTING_VERBS.has(w) && !BE.has(before)) {
      subjectFrom = lower(words[i + 1] ?? '') === 'that' ? i + 2 : i + 1;
      i = subjectFrom;
      continue;
    }
    let end = i;
    let voice: EventRoles['voice'] = 'active';
    let base: string | undefined;
    if (AUXILIARIES.has(w)) {
      // The verb group: auxiliaries and adverbs, then a participle or an -ing form ("has been arrested", "is restoring").
      let j = i;
      let passive = false;
      while (j < words.length && (AUXILIARIES.has(lower(words[j] ?? '')) || INSIDE_VERB_GROUP.has(lower(words[j] ?? '')))) {
        if (BE.has(lower(words[j] ?? ''))) passive = true;
        j++;
      }
      const head = words[j] ?? '';
      const participle = pastBase(head);
      if (participle) {
        base = participle;
        voice = passive ? 'passive' : 'active';
        end = j;
      } else if (!isCapitalised(head) && lower(head).endsWith('ing') && lower(head).length > 5) {
        base = stem(lower(head));
        end = j;
      } else continue;
      if (REPORTING_VERBS.has(lower(head))) {
        subjectFrom = lower(words[j + 1] ?? '') === 'that' ? j + 2 : j + 1;
        i = subjectFrom;
        continue;
      }
    } else {
      base = pastBase(word);
      if (!base || DETERMINERS.has(before)) continue;
    }
    // Commas stay in: an apposition after the subject's name ("Jamal Williams, the defensive tackle, was") ends its head.
    const subject = words.slice(subjectFrom, i);
    if (subject.length === 0 || subject.every((x) => /^[,;:()]$/u.test(x))) continue;
    const after = phraseFrom(words, end + 1);
    const roles: EventRoles = { predicate: base, verb: words.slice(i, end + 1).join(' '), voice, sentence: read };
    if (voice === 'passive') {
      const patient = fillerOf(subject);
      if (patient) roles.patient = patient;
      const by = words.indexOf('by', end + 1);
      const agent = by > end ? fillerOf(phraseFrom(words, by + 1)) : undefined;
      if (agent) roles.agent = agent;
    } else {
      const agent = fillerOf(subject);
      if (agent) roles.agent = agent;
      const patient = fillerOf(after);
      if (patient) roles.patient = patient;
    }
    return roles;
  }
  return undefined;
}

/** How many of an article's first sentences are its lead, where it states its own event. */
export const LEAD_SENTENCES = 2;
/** Fewer words than this is a dateline, a byline or a headline left in the text, not a lead sentence. */
const LEAD_WORDS = 8;

/** The event an article's lead states, read as roles: from the first lead sentence a verb group is read in. */
export function leadRoles(paragraphs: readonly string[]): EventRoles | undefined {
  let seen = 0;
  for (const paragraph of paragraphs) {
    for (const { text } of sentenceSpans(paragraph)) {
      if (text.split(/\s+/u).length < LEAD_WORDS) continue;
      const roles = eventRoles(text);
      if (roles) return roles;
      if (++seen >= LEAD_SENTENCES) return undefined;
    }
  }
  return undefined;
}

/** How much of a sentence `eventRoles` reads. */
export const ROLE_SENTENCE_CHARS = 400;

/**
 * What the relation decision reads of a lead's event (`otherPatient`, and the reason it shows), and all a match index
 * keeps of it: the act's predicate, the name that heads whom it befalls, the name words of that phrase, and the act as
 * written ("Jamal Williams was arrested").
 */
export interface LeadAct {
  predicate: string;
  /** The patient's head (RoleFiller `head`): the word that names it. */
  patient: string;
  /** The name words of the patient's phrase (RoleFiller `names`). */
  patientNames: string[];
  /** The act and whom it befalls, as written ("Jamal Williams was arrested", "stopped Tony Thompson"). */
  written: string;
}

/** A lead's act as `LeadAct` keeps it, when it names whom the act befalls (all `otherPatient` compares). */
export function actOf(roles: EventRoles | undefined): LeadAct | undefined {
  const patient = roles?.patient;
  if (!roles || !patient?.head) return undefined;
  const name = patient.name ?? '';
  const written = roles.voice === 'passive' ? `${name} ${roles.verb}` : `${roles.verb} ${name}`;
  return { predicate: roles.predicate, patient: patient.head, patientNames: patient.names, written };
}

/**
 * An article's lead act as a match index keeps it (`storedLeadAct` reads it back): predicate, patient, the patient's
 * name words and the act as written, between ACT_FIELDS; '' when the lead names no patient. Read back through this text
 * whether the article is whole or comes from an index, so that both decide alike.
 */
export function leadActText(paragraphs: readonly string[]): string {
  const act = actOf(leadRoles(paragraphs));
  // A separator inside a word would shift the fields: such a reading (none seen) is left unread.
  if (!act || [act.predicate, act.patient, ...act.patientNames].some((w) => w === '' || /[|\s]/u.test(w))) return '';
  const text = [act.predicate, act.patient, act.patientNames.join(' '), act.written].join(ACT_FIELDS);
  // Bounded as the sentence it is read from (a longer one, none seen, is left unread), so that an index's is checked so.
  return text.length <= ROLE_SENTENCE_CHARS ? text : '';
}

const ACT_FIELDS = '|';

/** The lead act `leadActText` wrote, or undefined for '' (or text it did not write). */
export function storedLeadAct(text: string): LeadAct | undefined {
  const [predicate, patient, names, ...written] = text.split(ACT_FIELDS);
  if (!predicate || !patient || names === undefined || written.length === 0) return undefined;
  return { predicate, patient, patientNames: names ? names.split(' ') : [], written: written.join(ACT_FIELDS) };
}

/**
 * Whether two readings of one kind of act befall different people or things: the same predicate, each patient named,
 * neither's name among the other's ("Vincent Jackson was arrested" / "Jamal Williams ... was arrested").
 */
export function otherPatient(a: LeadAct | undefined, b: LeadAct | undefined): boolean {
  if (!a || !b || a.predicate !== b.predicate) return false;
  const within = (head: string, names: readonly string[]) => names.some((n) => sameNameWord(n, head));
  return !sameNameWord(a.patient, b.patient) && !within(a.patient, b.patientNames) && !within(b.patient, a.patientNames);
}
