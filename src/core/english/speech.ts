/**
 * Speech and attribution in English: the one list of reporting verbs and the
 * one reader of "according to". The quotes analysis attributes statements
 * with them; other analyses read attributions from its features or cite
 * sources ("according to the ministry") through this module.
 */

/**
 * Every verb that reports speech, a position or a figure, once: its base,
 * third-person and past forms, then the "-ing" participle where it can open a
 * reported clause ("..., saying ..."), then its traits:
 *   clause   takes reported speech as a clause ("said that ...")
 *   position reports a stance rather than words ("pledged", "accused"): a voice only together with a quotation
 *   quoting  a position verb that also introduces the speaker's own words ("“Enough,” he urged"), unlike "called" or "denied"
 *   noun     is also a noun ("reports", "notes"), a verb only without an article in front
 *   figures  gives figures a source ("the ministry said", "the survey showed")
 *   data     reports figures, never words ("estimated", "counted")
 *   claim    makes a figure someone's claim ("Islamabad claims ...", "the army announced ..."), besides the figures verbs
 *   that     reports speech only with "that" after it ("added that ..."; "added 16 points" reports nothing)
 *   listener names whom the words were said to before them ("told reporters that ...")
 *   written  reports written words, only with "that", perhaps after where ("wrote in a post that ..."; not "wrote a letter")
 *   bare     says only that words were given, nothing of their content or stance ("announced", "noted", "posted"),
 *            unlike "denied" or "warned", whose sense is part of what is reported
 *   cites    names a source and reports no words of its own ("citing officials"); not a verb of speech
 */
const VERB_TABLE = `
say says said saying : clause figures
tell tells told telling : clause listener
state states stated stating : clause noun figures bare
write writes wrote writing : clause written bare
add adds added adding : clause that
post posts posted : position quoting noun bare
tweet tweets tweeted : noun clause written bare
announce announces announced : claim bare
declare declares declared declaring : position quoting
explain explains explained explaining : clause
note notes noted noting : clause noun that bare
remark remarks remarked : noun bare
observe observes observed
ask asks asked
insist insists insisted insisting : clause
warn warns warned warning : clause
confirm confirms confirmed : clause claim bare
affirm affirms affirmed : clause
emphasize emphasizes emphasized : clause
emphasise emphasises emphasised : clause
stress stresses stressed stressing : clause
continue continues continued
conclude concludes concluded
argue argues argued arguing : clause
claim claims claimed : noun claim
reiterate reiterates reiterated : clause
reply replies replied
recall recalls recalled
acknowledge acknowledges acknowledged : clause
admit admits admitted : clause
comment comments commented : noun
suggest suggests suggested
hail hails hailed : position quoting
describe describes described
testify testifies testified
recount recounts recounted
exclaim exclaims exclaimed
shout shouts shouted
respond responds responded
maintain maintains maintained : clause
predict predicts predicted
caution cautions cautioned
assert asserts asserted : clause
report reports reported : noun figures bare
mention mentions mentioned
urge urges urged : position quoting
highlight highlights highlighted
allege alleges alleged : claim
concede concedes conceded
dismiss dismisses dismissed
contend contends contended
pledge pledges pledged : position
promise promises promised : position
demand demands demanded : position
press presses pressed : position
express expresses expressed : position
accuse accuses accused : position
deny denies denied : position
reject rejects rejected : position
vow vows vowed : position
call calls called calling : position
welcome welcomes welcomed : position
blame blames blamed : position
threaten threatens threatened : position
reaffirm reaffirms reaffirmed : position
estimate estimates estimated : data figures
record records recorded : data figures
count counts counted : data figures
show shows showed : data figures
cite cites cited citing : cites bare
`;

type Trait = 'clause' | 'position' | 'quoting' | 'noun' | 'figures' | 'data' | 'claim' | 'that' | 'written' | 'listener' | 'bare' | 'cites';

interface ReportingVerb {
  base: string;
  third: string;
  past: string;
  participle?: string;
  traits: ReadonlySet<Trait>;
}

const VERBS_READ: ReportingVerb[] = VERB_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [forms = '', traits = ''] = line.split(':');
    const [base = '', third = '', past = '', participle] = forms.trim().split(/\s+/);
    const verb: ReportingVerb = { base, third, past, traits: new Set(traits.trim().split(/\s+/).filter(Boolean) as Trait[]) };
    if (participle) verb.participle = participle;
    return verb;
  });

const formsOf = (verbs: readonly ReportingVerb[], forms: readonly ('base' | 'third' | 'past')[]): ReadonlySet<string> =>
  new Set(verbs.flatMap((v) => forms.map((f) => v[f])));
const having = (trait: Trait) => VERBS_READ.filter((v) => v.traits.has(trait));
const without = (trait: Trait) => VERBS_READ.filter((v) => !v.traits.has(trait));
const speaking = without('data').filter((v) => !v.traits.has('cites'));

/** Every form of every verb that reports someone's words or stance (base, third person, past). */
export const REPORTING_VERBS = formsOf(speaking, ['base', 'third', 'past']);
/** The forms of reporting verbs that report words, not only a stance: "said", "told", "alleged". */
export const SPEECH_VERBS = formsOf(
  speaking.filter((v) => !v.traits.has('position')),
  ['base', 'third', 'past'],
);
/** The forms of verbs that can introduce a quotation as the speaker's own words: speech verbs and the quoting position verbs. */
export const QUOTING_VERBS = formsOf(
  speaking.filter((v) => !v.traits.has('position') || v.traits.has('quoting')),
  ['base', 'third', 'past'],
);
/** Forms that take reported speech as a clause ("said that ..."). */
export const CLAUSE_VERBS = formsOf(having('clause'), ['third', 'past']);
/** Clause forms that report speech only when "that" follows ("added that ..."). */
export const THAT_ONLY_VERBS = formsOf(having('that'), ['third', 'past']);
/** Clause forms that report written words, only with "that" after them or after where they were written ("wrote in a post that ..."). */
export const WRITTEN_VERBS = formsOf(having('written'), ['third', 'past']);
/** Clause forms followed by whom the words were said to, then the words ("told Al Jazeera that ..."). */
export const LISTENER_VERBS = formsOf(having('listener'), ['third', 'past']);
/** "-ing" forms that open a reported clause after the main one ("..., saying ..."): their subject is the main clause's. */
export const REPORTING_PARTICIPLES: ReadonlySet<string> = new Set(speaking.flatMap((v) => (v.participle ? [v.participle] : [])));
/** Forms that are nouns too ("reports", "a note"): verbs only where no article stands before them. */
export const NOUN_LIKE_VERBS = formsOf(having('noun'), ['base', 'third']);
/** Forms that give the figures of a sentence a source ("the ministry said", "the survey showed"). */
export const FIGURE_SOURCE_VERBS = formsOf(having('figures'), ['third', 'past']);
/** Forms that make a figure in their clause the subject's claim ("Islamabad claims ... 200", "the latter reported 58"). */
export const CLAIMANT_VERBS = formsOf([...having('figures'), ...having('claim')], ['third', 'past']);

/**
 * Whether a word of running text is one of these verb forms: a capitalised form after a sentence's first word is a name's
 * word, not the verb ("the United States"), so "United" is no source of a figure.
 */
export function isVerbForm(forms: ReadonlySet<string>, word: string, opensSentence: boolean): boolean {
  return forms.has(word.toLowerCase()) && (opensSentence || !/^\p{Lu}/u.test(word));
}

/** Every form of the verbs that frame a report without adding to what it says ("announced", "noted", "citing"), participles included. */
export const BARE_VERBS: ReadonlySet<string> = new Set(
  having('bare').flatMap((v) => [v.base, v.third, v.past, ...(v.participle ? [v.participle] : [])]),
);

/** Where "according to" stands in a text; each match's end is where the source's name starts. */
export function accordingTo(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\baccording\s+to\s+(?:to\s+)?/giu)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** What the subject of a reporting verb turned out to be. */
export type Subject =
  | { kind: 'name'; name: string; descriptions: string[]; org: boolean; honorific?: 'male' | 'female' | 'neutral' }
  | { kind: 'pronoun'; gender: 'male' | 'female' }
  | { kind: 'role'; role: string };

/** Who said a statement, as the words around it tell, and where it was said when the article says. */
export interface Attribution {
  subject: Subject;
  channel?: string;
}

/** A statement the article attributes (or fails to attribute) to someone. */
export interface AttributedStatement {
  /** Index into articleSentences(article) of the first sentence the quote touches. */
  sentence: number;
  /** All sentence indexes the quote spans, only when it spans more than one. */
  sentences?: number[];
  /** The quoted words only, without the quote marks (for indirect speech: the reported clause). */
  text: string;
  /** The speaker's full name as the article gives it (e.g. "Jane Doe"); absent when the article does not make it known. */
  speaker?: string;
  /** True for reported speech ("X said that ..."), false for words inside quote marks. */
  indirect: boolean;
  /** When the article names only a title for the speaker ("Pakistan's Foreign Minister"), that title as written; `speaker` then stays absent unless the article links the title to a name. */
  role?: string;
  /** Where the words were said or posted, as written ("in a post on X"), when the article says. */
  channel?: string;
}

/** A named person the article quotes, with the titles/appositions it gives them as written. */
export interface SpeakerMention {
  name: string;
  /** e.g. "Pakistan's Defence Minister", "the spokesperson", "a Kabul-based analyst". */
  descriptions: string[];
  /** True when the name is an organisation's ("Qatar's Foreign Ministry"), not a person's. */
  org?: boolean;
}

/**
 * Someone the article lets speak, with every sentence that carries their words: the speakers of its quotations and
 * reported speech, and also those the statements above leave out (groups and bodies: "Pakistani officials said",
 * "according to the ministry"; a quotation that goes on in the next sentence). Framing's voices are these.
 */
export interface AttributedVoice {
  /** The fullest form of the speaker's name the article gives, or the description when it names none ("a Pakistani military official"). */
  speaker: string;
  /** What the article says the speaker is, as written ("Pakistan’s Defence Minister"). */
  affiliation?: string;
  /** Sentences (indexes) that give the speaker's words in quotation marks. */
  direct: number[];
  /** Sentences that report the speaker's words without quotation marks. */
  indirect: number[];
}

export interface Attributions {
  quotes: AttributedStatement[];
  speakers: SpeakerMention[];
  /** Who speaks in the article, sentence by sentence; absent in packs built before it was recorded. */
  voices?: AttributedVoice[];
}

// Nouns naming words someone gave or a stance they took: what a reaction or a comment refers back to.
const REPORTED_WORDS = /(?<!\b(?:to|in|from|by|of|with)\s)\b(?:the|these|those|such|his|her|their|its)\s+(?:allegations?|accusations?|claims?|remarks?|comments?|statements?|assertions?)\b/iu;

/**
 * Whether a text refers back to words already reported, by a noun of speech after a definite or possessive
 * determiner: a reaction or a comment on them ("Kabul denies the allegations", "officials dismissed the remarks",
 * "His statements ... were fresh evidence of a thaw"). Not a source or a channel ("according to the statement",
 * "said in their statements"), nor a new one ("a statement", "claims that ...").
 */
export function refersToReportedWords(text: string): boolean {
  return REPORTED_WORDS.test(text);
}
