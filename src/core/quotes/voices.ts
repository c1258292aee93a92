/**
 * Voices: whom an article quotes or cites, sentence by sentence. A voice is a
 * speaker whose words the article gives, in quotation marks (direct) or
 * reported with a speech verb or "according to" (indirect): the people the
 * statements name, and the groups and bodies they leave out ("Pakistani
 * officials said", "according to the observatory"). A country, capital or
 * group named bare ("Pakistan accused Kabul...", "Islamabad claims...") is an
 * actor taking a position, not a cited source: it counts as a voice only when
 * the article gives its words in quotation marks.
 */
import type { ArticleSentence } from '../text/segment.js';
import { stem } from '../text/tokens.js';
import { compareNames, initials, isTitleCase, nameChunks, nameKey, SHORT_HONORIFIC, SHORT_HONORIFICS } from '../english/names.js';
import { quotedStretches } from '../english/quote-marks.js';
import { introducedAs, isBareActor, isPersonName, parseSpeaker, ROLE_WORDS, SPEAKER_PRONOUN, SUBJECT_REACH, subjectBefore, type TextSpan } from '../english/speakers.js';
import { namesGroup, pronounReferent, quotesFromRecord, rememberReferent, sentenceSubject, type Referent } from '../english/attribution.js';
import { accordingTo, isVerbForm, REPORTING_VERBS, SPEECH_VERBS, type AttributedStatement, type AttributedVoice, type SpeakerMention } from '../english/speech.js';
import { compareSpeakerNames, DESCRIPTION_CHAR, isDemonymOf, isSpeakerTitle, NOT_A_STOP, splitTitle } from '../english/titles.js';
import { QUOTE_LIMITS } from './limits.js';
import { foldedForGuard, wordRuns } from '../text/guards.js';

/**
 * The reporting verbs of a text, where they stand: each run of word characters (as `\b` reads them under `iu`:
 * ASCII letters, digits, "_", "ſ" and the Kelvin sign) that is one of REPORTING_VERBS in any case. This is what
 * `\b(?:said|says|...)\b` with the flags `giu` matched (every form is one plain lower-case word, so a match is a
 * whole run), without the alternation of 195 words, which V8 compiled at each worker's first report.
 */
export function* reportingVerbs(text: string): Generator<{ at: number; verb: string }> {
  for (const { at, run } of wordRuns(text)) if (REPORTING_VERBS.has(foldedForGuard(run))) yield { at, verb: run };
}

interface SpeakerCandidate {
  speaker: string;
  affiliation?: string;
  verbAt: number;
  /** Only a quotation makes this a voice (a position verb, or a bare actor as subject). */
  needsQuote: boolean;
  /** Named as a source ("according to X"): a source's own name is not a side. */
  cited?: boolean;
}

interface VoiceDraft extends AttributedVoice {
  key: string[];
  person: boolean;
}

/** Returned when a hostile text names more speakers than any article does. */
const NO_ROOM: VoiceDraft = { speaker: '', direct: [], indirect: [], key: [], person: false };

const MAX_DRAFTS = 200;
/**
 * A pronoun or "the statement" reaches back this many sentences for its voice. The statement reader's reach
 * (PRONOUN_REACH, 8) moved 28 voice sentences and credited 57 more, many wrongly (NewsWCL50 4_L: "Aides" took Mr.
 * Trump's "he said"; ECB+ 4_2ecb: Bettie Page's "she said" went to her agent): docs/evaluation-framing.md, stop 24.
 */
const VOICE_PRONOUN_REACH = 3;
const MAX_ATTRIBUTIONS_PER_SENTENCE = 12;
const MAX_QUOTES_PER_SENTENCE = 30;

/**
 * Every voice of an article: the speakers its reporting verbs and "according to" name, sentence by sentence, with
 * the statements' own speakers taking the sentences they give to a person, and adding those the verbs missed.
 */
export function articleVoices(sentences: readonly ArticleSentence[], paragraphs: readonly string[], statements: readonly AttributedStatement[], speakers: readonly SpeakerMention[]): AttributedVoice[] {
  const voices = withStatements(speakerVoices(sentences, paragraphs), statements, speakers);
  // Words quoted from a record (a tape played in court, a journal read out) reach the outlet without the person
  // speaking: they are the person's words, reported, not the person's voice (english/attribution.ts quotesFromRecord).
  const text = new Map(sentences.map((s) => [s.index, s.text]));
  for (const v of voices) {
    const fromRecord = v.direct.filter((i) => quotesFromRecord(text.get(i) ?? '', text.get(i - 1) ?? ''));
    if (fromRecord.length === 0) continue;
    v.direct = v.direct.filter((i) => !fromRecord.includes(i));
    v.indirect = [...v.indirect, ...fromRecord].sort((a, b) => a - b);
  }
  return voices.filter((v) => v.direct.length + v.indirect.length > 0).slice(0, QUOTE_LIMITS.voices).map((v) => {
    const out: AttributedVoice = { speaker: v.speaker.slice(0, QUOTE_LIMITS.voiceChars), direct: v.direct.slice(0, QUOTE_LIMITS.voiceSentences), indirect: v.indirect.slice(0, QUOTE_LIMITS.voiceSentences) };
    if (v.affiliation) out.affiliation = v.affiliation.slice(0, QUOTE_LIMITS.voiceChars);
    return out;
  });
}

/** The speakers of reporting verbs and "according to", with the quotations each is given, sentence by sentence. */
export function speakerVoices(sentences: readonly ArticleSentence[], paragraphs: readonly string[]): AttributedVoice[] {
  const drafts: VoiceDraft[] = [];
  const quotesByParagraph = paragraphs.map(quotedStretches);
  let last: VoiceDraft | undefined;
  let lastSentence = -10;
  // Whom a later "he" or "she" may mean, as the statement reader keeps them (english/attribution.ts): the voices as
  // they speak, and the people that sentences quoting nobody open with (sentenceSubject). Each entry's voice, or the
  // subject's description, by the entry.
  const referents: Referent[] = [];
  const voiceOf = new Map<Referent, VoiceDraft>();
  const subjectOf = new Map<Referent, { name: string; affiliation?: string }>();
  // Every voice is a candidate, named or described: "A police spokeswoman said ... she said" is hers. (Taking the
  // voices that are no person's name for bodies moved 39 voice sentences and left 50 with none, mostly such: stop 24.)
  const heard = (voice: VoiceDraft, sentence: number) => {
    last = voice;
    lastSentence = sentence;
    // ("Aides said ...": a group is nobody a later "he" or "she" means.)
    const group = namesGroup(voice.speaker, voice.person || voice.speaker.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w)));
    voiceOf.set(rememberReferent(referents, `voice:${drafts.indexOf(voice)}`, group, sentence), voice);
  };
  // The speaker of each quotation that runs across sentences, keyed by paragraph and span start.
  const spanSpeaker = new Map<string, VoiceDraft>();
  const pendingSpans: { sentence: ArticleSentence; spanIds: string[] }[] = [];

  const record = (voice: VoiceDraft, sentence: number, direct: boolean) => {
    const list = direct ? voice.direct : voice.indirect;
    const other = direct ? voice.indirect : voice.direct;
    if (!list.includes(sentence)) list.push(sentence);
    if (direct) {
      const i = other.indexOf(sentence);
      if (i >= 0) other.splice(i, 1);
    }
  };

  // People the text has named in full so far ("Frederick C. LaRue"), for a surname alone that two of them share.
  const namedSoFar: string[] = [];
  for (const s of sentences) {
    const text = s.text;
    for (const chunk of nameChunks(text)) {
      const { name } = splitTitle(chunk.text);
      if (name && isPersonName(name) && namedSoFar.length < MAX_DRAFTS && !namedSoFar.includes(name)) namedSoFar.push(name);
    }
    const spans: (TextSpan & { id: string })[] = (quotesByParagraph[s.paragraph] ?? [])
      .filter((q) => q.end > s.start && q.start < s.end)
      .map((q) => ({ start: Math.max(0, q.start - s.start), end: Math.min(text.length, q.end - s.start), id: `${s.paragraph}:${q.start}` }))
      .filter((q) => q.end - q.start > 2)
      // A title in quotation marks (“The Express Tribune”) is a name, not anyone's words.
      // (Words apart by spaces: with the space optional, a run of capitals splits into words in n^5 ways.)
      .filter((q) => !/^[“"‘]?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,4}\s*[”"’]?$/u.test(text.slice(q.start, Math.min(q.end, q.start + 120))) || q.end - q.start > 120)
      .slice(0, MAX_QUOTES_PER_SENTENCE);
    const quoteOf = (offset: number) => spans.some((q) => offset > q.start && offset < q.end);
    const attributions = findAttributions(text, spans, quoteOf);
    const resolved: { voice: VoiceDraft; at: number; needsQuote: boolean }[] = [];
    for (const a of attributions) {
      let voice: VoiceDraft | undefined;
      if (/^(?:he|she)$/iu.test(a.speaker)) {
        const gender = /^he$/iu.test(a.speaker) ? 'male' : 'female';
        const referent = pronounReferent(referents, gender, s.index, VOICE_PRONOUN_REACH);
        const subject = referent && subjectOf.get(referent);
        // The latest person the text spoke of: a voice, or a person it went on to speak of since.
        voice = referent && (voiceOf.get(referent) ?? (subject ? findOrAdd(drafts, { speaker: subject.name, verbAt: a.verbAt, needsQuote: false, ...(subject.affiliation ? { affiliation: subject.affiliation } : {}) }, namedSoFar) : undefined));
      } else if (SPEAKER_PRONOUN.test(a.speaker) || /^(?:the\s+)?statement$/iu.test(a.speaker)) {
        if (last && s.index - lastSentence <= VOICE_PRONOUN_REACH) voice = last;
      } else {
        voice = findOrAdd(drafts, introduced(a, sentences, s.index), namedSoFar);
      }
      if (voice === NO_ROOM) voice = undefined;
      // "According to X" cites X as a source, whatever X is.
      if (voice) resolved.push({ voice, at: a.verbAt, needsQuote: a.needsQuote || (!voice.affiliation && isBareActor(voice.speaker, voice.person) && !a.cited) });
    }
    const assigned = new Set<VoiceDraft>();
    // Each quotation goes to the nearest attribution, one before it first.
    for (const q of spans) {
      let best: (typeof resolved)[number] | undefined;
      for (const r of resolved) {
        const distance = r.at <= q.start ? q.start - r.at : r.at - q.end + 1000;
        const bestDistance = best ? (best.at <= q.start ? q.start - best.at : best.at - q.end + 1000) : Infinity;
        if (distance < bestDistance) best = r;
      }
      let voice = best?.voice ?? spanSpeaker.get(q.id);
      // A quotation that opens a sentence with no attribution continues the previous speaker's words.
      if (!voice && !best && q.start <= 1 && last && s.index - lastSentence <= 2 && last.direct.includes(lastSentence)) voice = last;
      if (voice) {
        spanSpeaker.set(q.id, voice);
        record(voice, s.index, true);
        assigned.add(voice);
        heard(voice, s.index);
      }
    }
    if (!spans.every((q) => spanSpeaker.has(q.id))) pendingSpans.push({ sentence: s, spanIds: spans.map((q) => q.id) });
    for (const r of resolved) {
      if (assigned.has(r.voice)) continue;
      if (r.needsQuote) continue;
      record(r.voice, s.index, false);
      heard(r.voice, s.index);
    }
    // A sentence that quotes nobody but opens with a person ("A professor ..., Yanis Varoufakis, did not go to
    // work"): a later "he said" most likely means them, as the statement reader takes it (english/attribution.ts).
    if (lastSentence !== s.index && spans.length === 0) {
      const subject = sentenceSubject(text);
      // "However, one Mac customer from the show floor was sceptical": someone unnamed is the nearest person now, so a
      // "he said" next is nobody the reader can name (as the statement reader keeps them, quotes/collect.ts).
      if (subject?.kind === 'role') rememberReferent(referents, `unnamed:${s.index}`, false, s.index).unnamed = true;
      // A person: a full name, or a surname the text introduced in full or already quotes a person by ("Trump").
      // ("the South Sudanese voted": a name after "the" is a people or a body, not whom "he" means.)
      const at = subject?.kind === 'name' ? text.indexOf(subject.name) : -1;
      const person = subject?.kind === 'name' && !subject.org && at >= 0 && !/\bthe\s+$/iu.test(text.slice(Math.max(0, at - 4), at));
      const named = person && subject?.kind === 'name' ? introduced({ speaker: subject.name, verbAt: 0, needsQuote: false }, sentences, s.index).speaker : undefined;
      if (named && (isPersonName(named) || drafts.some((d) => d.person && compareSpeakerNames(d.speaker, named)))) {
        const entry = rememberReferent(referents, `subject:${named}`, false, s.index);
        // ("Stergia Sarantopoulou, an architecture student there ..., joined": what the sentence says she is.)
        const description = subject?.kind === 'name' ? subject.descriptions[0] : undefined;
        subjectOf.set(entry, description && ROLE_WORDS.test(description) ? { name: named, affiliation: description.slice(0, QUOTE_LIMITS.voiceChars) } : { name: named });
      }
    }
  }
  // Sentences inside a quotation whose attribution came later ("“...” he told Al Jazeera").
  for (const { sentence, spanIds } of pendingSpans) {
    for (const id of spanIds) {
      const voice = spanSpeaker.get(id);
      if (voice) record(voice, sentence.index, true);
    }
  }
  return drafts
    .filter((d) => d.direct.length + d.indirect.length > 0)
    .slice(0, QUOTE_LIMITS.voices)
    .map((d) => {
      const v: AttributedVoice = { speaker: d.speaker, direct: d.direct.sort((a, b) => a - b), indirect: d.indirect.sort((a, b) => a - b) };
      if (d.affiliation) v.affiliation = d.affiliation;
      return v;
    });
}

// Where an "according to" source's name ends: a clause mark, a quotation, or a full stop that is no initial's or title's dot.
const SOURCE_END = new RegExp(String.raw`[;:](?:\s|$)|[“"]|${NOT_A_STOP}(?:\s|$)`, 'u');
// "“...,” said Ahmed Khan, an analyst at ...", "said Mr. Atti, the Sudanese government spokesman": a name after the verb, an honorific
// with its dot allowed in front; its apposition runs past a title's dot ("a spokesman for Mr. Moon").
const SPEAKER_AFTER = new RegExp(String.raw`^\s+((?:the\s+)?(?:(?:${SHORT_HONORIFIC})\.\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})(?:,\s+((?:a|an|the)\s${DESCRIPTION_CHAR}{2,100}))?`, 'u');

// The words after which a reporting verb's form is a noun ("seeking comment"; NOUN_BEFORE's text is the twelve characters before it).
const NOUN_BEFORE = /\b(?:a|an|the|no|any|for|seeking|his|her|its|their|our|my|your)\s+$/iu;
const MESSAGE_VERBS: ReadonlySet<string> = new Set(['tweet', 'post']);
const SUBORDINATE_PRONOUN = /\b(?:when|after|before|because|while|since|until|although|though|if|once)\s+(?:he|she)\s+$/iu;

/** Speakers of the sentence: subjects of speech verbs and "according to" sources. */
function findAttributions(text: string, quotes: readonly TextSpan[], inQuote: (offset: number) => boolean): SpeakerCandidate[] {
  const found: SpeakerCandidate[] = [];
  const titleCase = isTitleCase(text);
  for (const { start: at, end } of accordingTo(text)) {
    if (inQuote(at)) continue;
    // The source's name runs to a sentence's full stop, past an initial's or a title's dot ("according to Mr. Moon's office").
    const rest = text.slice(end, end + SUBJECT_REACH).split(SOURCE_END)[0] ?? '';
    const [head = '', second = ''] = rest.split(/,\s*/u);
    // Keep an apposition ("the CRSS, the Islamabad-based think tank,") but not the clause that follows it.
    let np = /^(?:a|an|the)\s/iu.test(second) && ROLE_WORDS.test(second) ? `${head}, ${second}` : head;
    np = np.trim();
    // A source named in quotation marks: according to “The Express Tribune”.
    if (!np) np = /^[“"]([^”"]{2,80})[”"]/u.exec(text.slice(end, end + 90))?.[1]?.trim() ?? '';
    if (!np) continue;
    const parsed = parseSpeaker(np);
    if (parsed) found.push({ ...parsed, verbAt: at, needsQuote: false, cited: true });
  }
  for (const { at, verb } of reportingVerbs(text)) {
    if (inQuote(at)) continue;
    // "Associated Press", "the United States": a capitalised verb form inside a sentence written in sentence case is a name's word.
    if (!isVerbForm(REPORTING_VERBS, verb, at === 0 || titleCase) ) continue;
    // "Simpson's demands", "the minister's claims": a verb form after a possessive is a noun.
    // (A closing quotation mark is no possessive: "..., ' explained Microsoft's Dustin Childs".)
    if (/\p{L}(?:['’]s|s['’])\s+$/u.test(text.slice(Math.max(0, at - 6), at)) && !quotes.some((q) => q.end <= at && at - q.end <= 2)) continue;
    // "a request for comment", "no comment", "the claims": a verb form after an article, a determiner or "for" is a noun.
    // ("Mr. Trump, in a tweet Friday evening, chided ...": a message's noun after its sender still names who wrote it.)
    if (NOUN_BEFORE.test(text.slice(Math.max(0, at - 12), at)) && !MESSAGE_VERBS.has(verb.toLowerCase())) continue;
    // "was reported killed", "was reiterated": a passive names no speaker.
    if (/\b(?:was|were|been|being|is|are|be)\s+(?:\p{L}+ly\s+)?$/iu.test(text.slice(Math.max(0, at - 24), at))) continue;
    // "what it said were armed groups", "which Afghanistan claimed": relative clauses report positions, not sources.
    const subject = subjectBefore(text, at, quotes);
    // "..., when he said it wouldn't be ...": "he" inside a clause that tells when or why is not the sentence's speaker
    // but someone it names, whom the reader cannot tell (the statement reader's rule, english/attribution.ts).
    if (subject && /^(?:he|she)$/iu.test(subject) && SUBORDINATE_PRONOUN.test(text.slice(Math.max(0, at - 16), at))) continue;
    let parsed = subject ? parseSpeaker(subject) : undefined;
    if (!parsed) {
      // "“...,” said Ahmed Khan, an analyst at ..." after a quotation.
      const after = SPEAKER_AFTER.exec(text.slice(at + verb.length, at + verb.length + SUBJECT_REACH));
      const closesQuote = quotes.some((q) => q.end <= at && at - q.end <= 4);
      // "said Ms. Davis's sister Crystal": the name before a possessive is not who speaks.
      const nameEnd = after?.[1] ? after[0].indexOf(after[1]) + after[1].length : 0;
      const possessed = /^\s*['’]\s*s\b/u.test(text.slice(at + verb.length + nameEnd, at + verb.length + nameEnd + 4));
      if (after?.[1] && closesQuote && !possessed) {
        const apposition = after[2] && ROLE_WORDS.test(after[2]) ? `, ${after[2]}` : '';
        parsed = parseSpeaker(`${after[1]}${apposition}`);
      }
    }
    if (!parsed) continue;
    found.push({ ...parsed, verbAt: at, needsQuote: !SPEECH_VERBS.has(verb.toLowerCase()) });
    if (found.length >= MAX_ATTRIBUTIONS_PER_SENTENCE) break;
  }
  return found.filter((f) => f.speaker.length <= QUOTE_LIMITS.voiceChars && (f.affiliation ?? '').length <= QUOTE_LIMITS.voiceChars);
}

/** A surname alone, with no description, stands for the person the article introduced earlier in full. */
function introduced(a: SpeakerCandidate, sentences: readonly ArticleSentence[], before: number): SpeakerCandidate {
  if (a.affiliation) return a;
  const full = introducedAs(a.speaker, sentences, before);
  return full ? { ...a, ...full } : a;
}

const KEY_STOP = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'its', 'their', 'affairs', ...SHORT_HONORIFICS, 'some', 'several', 'many', 'other', 'various', 'most']);

function keyWords(text: string): string[] {
  return nameKey(text)
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !KEY_STOP.has(w))
    .map((w) => stem(w));
}

/** The same speaker again: a surname ("Mujahid"), a spelling variant, or a description the article gave them ("the Kabul-based analyst"). */
function findOrAdd(drafts: VoiceDraft[], a: SpeakerCandidate, namedSoFar: readonly string[]): VoiceDraft {
  const speaker = a.speaker.replace(/['’]s\s+(?:statement|report|post)$/iu, '').replace(/(?<!\s)\s+(?:statement|report)$/iu, '');
  const person = isPersonName(speaker) || (/^\p{Lu}\p{L}+$/u.test(speaker) && drafts.some((d) => d.person && compareSpeakerNames(d.speaker, speaker)));
  const key = keyWords(speaker);
  // A surname alone when the text has named two people by it ("Frederick C. LaRue" and his son "Ike LaRue III") could be
  // either: it joins neither's full name, nor does a full name join it.
  const alone = (name: string) => !(splitTitle(name, 'speaker').name ?? '').includes(' ');
  const otherBearer = (d: VoiceDraft) => {
    const [surname, full] = alone(speaker) ? [speaker, d.speaker] : alone(d.speaker) ? [d.speaker, speaker] : [];
    return surname !== undefined && full !== undefined && namedSoFar.some((n) => compareNames(n, surname) && !compareSpeakerNames(n, full));
  };
  let match: VoiceDraft | undefined;
  for (let i = drafts.length - 1; i >= 0 && !match; i--) {
    const d = drafts[i];
    if (!d) continue;
    if (d.person && compareSpeakerNames(d.speaker, speaker)) {
      if (!otherBearer(d)) match = d;
    } else if (!d.person && !person && sameSet(d.key, key)) match = d;
  }
  // A phrase that ends in a person's name ("A spokesman for Mueller", "memos written by Comey") speaks for them.
  const tail = person ? undefined : nameChunks(speaker).pop();
  if (!match && tail && tail.end === speaker.length && /\p{Ll}/u.test(speaker.slice(0, tail.start))) {
    match = [...drafts].reverse().find((d) => d.person && compareSpeakerNames(d.speaker, tail.text));
  }
  // A description alone ("the Kabul-based analyst", "The foreign ministry") names the latest speaker it fits.
  if (!match && /^(?:\p{Lu}\.?){2,7}$/u.test(speaker.replace(/^the\s+/iu, ''))) {
    const acronym = speaker.replace(/^the\s+/iu, '').replace(/\./g, '').toLowerCase();
    match = [...drafts].reverse().find((d) => initials(d.speaker.replace(/^the\s+/iu, '')) === acronym);
  }
  if (!match && !person && /^(?:the|this)\s/iu.test(speaker) && key.length > 0 && ROLE_WORDS.test(speaker)) {
    for (let i = drafts.length - 1; i >= 0 && !match; i--) {
      const d = drafts[i];
      if (!d) continue;
      const theirs = [...d.key, ...keyWords(d.affiliation ?? '')];
      const shared = key.filter((w) => theirs.some((x) => sameWord(x, w))).length;
      if (shared === key.length || (shared >= 2 && ROLE_WORDS.test(speaker))) match = d;
    }
  }
  if (match) {
    if (!match.affiliation && a.affiliation) match.affiliation = a.affiliation;
    if (person && speaker.split(/\s+/).length > match.speaker.split(/\s+/).length) match.speaker = speaker;
    return match;
  }
  if (drafts.length >= MAX_DRAFTS) return NO_ROOM;
  const draft: VoiceDraft = { speaker, direct: [], indirect: [], key, person };
  if (a.affiliation) draft.affiliation = a.affiliation;
  drafts.push(draft);
  return draft;
}

function sameWord(a: string, b: string): boolean {
  return a === b || isDemonymOf(a, b) || isDemonymOf(b, a);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || a.length !== b.length) return false;
  return b.every((w) => a.some((x) => sameWord(x, w))) && a.every((w) => b.some((x) => sameWord(x, w)));
}

/**
 * The statements' own speakers over the verbs' voices: a sentence whose every quotation the statements give to one
 * and the same person is that person's, whatever the verbs read; a statement's sentence no voice has yet goes to
 * its speaker. A sentence already credited to a voice stays with it, so nothing is counted twice.
 */
export function withStatements(voices: AttributedVoice[], statements: readonly AttributedStatement[], speakers: readonly SpeakerMention[]): AttributedVoice[] {
  // A person: a name of two words or more that the reader does not take for an organisation ("Research" cut from "Center for Research ..." is neither).
  const people = new Set(speakers.filter((s) => !s.org && /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(s.name)).map((s) => s.name));
  const owner = new Map<number, string | null>();
  for (const q of statements) {
    for (const i of q.sentences ?? [q.sentence]) {
      const person = q.speaker && people.has(q.speaker) ? q.speaker : null;
      owner.set(i, owner.has(i) && owner.get(i) !== person ? null : person);
    }
  }
  const descriptions = new Map(speakers.map((s) => [s.name, s.descriptions]));
  for (const v of voices) {
    const owners = new Set<string>();
    const keep = (i: number) => {
      const person = owner.get(i);
      if (person && sameSpeaker(v.speaker, person)) owners.add(person);
      return !person || owners.has(person);
    };
    v.direct = v.direct.filter(keep);
    v.indirect = v.indirect.filter(keep);
    // The verbs read "Wayne" or "Undersheriff James Gage" where the statements name the person in full: the voice is
    // that person, by the name and description the statements give them.
    const [person, other] = [...owners];
    if (person && !other) nameAs(v, person, descriptions.get(person)?.find(namesRole));
  }
  voices = oneVoiceEach(voices.filter((v) => v.direct.length + v.indirect.length > 0));
  const claimed = new Set<number>();
  for (const v of voices) for (const i of [...v.direct, ...v.indirect]) claimed.add(i);
  for (const q of statements) {
    if (!q.speaker) continue;
    const indexes = (q.sentences ?? [q.sentence]).filter((i) => !claimed.has(i));
    if (indexes.length === 0) continue;
    const speaker = q.speaker;
    // The voice named as the statement names its speaker before one named by the surname alone ("Faud Ali", not "Ali").
    let voice = voices.find((v) => nameKey(v.speaker) === nameKey(speaker)) ?? voices.find((v) => compareSpeakerNames(v.speaker, speaker) === 'same') ?? voices.find((v) => sameSpeaker(v.speaker, speaker));
    if (!voice) {
      const affiliation = descriptions.get(speaker)?.[0];
      voice = { speaker, direct: [], indirect: [] };
      if (affiliation) voice.affiliation = affiliation;
      voices.push(voice);
    }
    for (const i of indexes) {
      (q.indirect ? voice.indirect : voice.direct).push(i);
      claimed.add(i);
    }
    voice.direct.sort((a, b) => a - b);
    voice.indirect.sort((a, b) => a - b);
  }
  return voices;
}

/**
 * A description that says what a person is ("the chairman of the Democratic Party", "Lt."), by the speaker readers'
 * role words and titles; not an age, nor a relative clause about what they did ("who welcomed Japanese Prime Minister
 * Shinzo Abe" is no affiliation with Japan).
 */
function namesRole(description: string): boolean {
  return !/^(?:who|whom|whose|which|that)\b/iu.test(description) && (ROLE_WORDS.test(description) || description.split(/\s+/u).some(isSpeakerTitle));
}

/** A voice the verbs name by surname or title, given the full name a statement gives the person (and a description of theirs that names a role, or the title). */
function nameAs(voice: AttributedVoice, person: string, description: string | undefined): void {
  if (nameKey(person) === nameKey(voice.speaker)) return;
  const { role: title, name: bare = '' } = splitTitle(voice.speaker, 'speaker');
  // Only a surname alone or a name behind titles: "Bill Gortney" stays, though the statements write "Adm. Bill Gortney".
  if (!title && bare.includes(' ')) return;
  voice.speaker = person;
  if (!voice.affiliation && (description || title)) voice.affiliation = description ?? title;
}

/** Voices named alike once named as the statements name them ("Netanyahu" and "Benjamin Netanyahu, the Prime Minister"): one voice. */
function oneVoiceEach(voices: readonly AttributedVoice[]): AttributedVoice[] {
  const out: AttributedVoice[] = [];
  for (const v of voices) {
    const same = out.find((o) => nameKey(o.speaker) === nameKey(v.speaker));
    if (!same) {
      out.push(v);
      continue;
    }
    same.direct = [...new Set([...same.direct, ...v.direct])].sort((a, b) => a - b);
    same.indirect = [...new Set([...same.indirect, ...v.indirect])].filter((i) => !same.direct.includes(i)).sort((a, b) => a - b);
    if (!same.affiliation && v.affiliation) same.affiliation = v.affiliation;
  }
  return out;
}

/** One speaker, as the reading layer compares people's names (titles aside), or one body named alike. */
function sameSpeaker(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b) || compareSpeakerNames(a, b) !== false;
}
