/**
 * Voices: whom an article quotes or cites, how often, and on whose side the
 * text itself places them ("Pakistan's defence minister", "a Kabul-based
 * analyst"). A voice is a speaker whose words the article gives, in quotation
 * marks (direct) or reported with a speech verb or "according to" (indirect).
 * A country, capital or group named bare ("Pakistan accused Kabul...",
 * "Islamabad claims...") is an actor taking a position, not a cited source:
 * it counts as a voice only when the article gives its words in quotation marks.
 */
import type { ArticleSentence } from '../text/segment.js';
import { quoteSpans, type Span } from './spans.js';
import { initials, nameChunks, nameKey, skeleton, type NameChunk } from '../english/names.js';
import { isDemonymOf, isTitleWord, splitAtLastTitle, splitTitle } from '../english/titles.js';
import { stem } from '../text/tokens.js';
import { accordingTo, REPORTING_VERBS, SPEECH_VERBS } from '../english/speech.js';

export interface Voice {
  /** The fullest form of the speaker's name the article gives, or the description when it names none ("a Pakistani military official"). */
  speaker: string;
  /** What the article says the speaker is, as written ("Pakistan’s Defence Minister"). */
  affiliation?: string;
  /** The party the text ties the speaker to, as written ("Pakistan", "Afghan Taliban"), or "independent" for analysts, experts, think tanks and researchers. */
  side?: string;
  /** Sentences (indexes) that give the speaker's words in quotation marks. */
  direct: number[];
  /** Sentences that report the speaker's words without quotation marks. */
  indirect: number[];
}

export const INDEPENDENT = 'independent';

const alternatives = (forms: ReadonlySet<string>) => [...forms].sort((x, y) => y.length - x.length).join('|');
const VERB = new RegExp(String.raw`\b(?:${alternatives(REPORTING_VERBS)})\b`, 'giu');
const SOURCE_DOC = /^(?:(?:a|an|the)\s+)?(?:(?:recent|new|joint|separate|written|official)\s+)?(?:statement|report|post|data|study|survey|figures|tally|assessment|analysis|voice note|video|message)(?:\s+(?:released|published|issued|posted|shared))?\s+(?:\p{L}+ly\s+)?(?:by|from)\s+/iu;

const INDEPENDENT_WORDS = /\b(?:analysts?|experts?|fellow|lecturer|think[ -]tank|research(?:ers?)?|nonprofit|non-profit|professor|scholars?|academics?|institute|university|observers?|monitor(?:ing group)?)\b/iu;
const PRONOUN = /^(?:he|she|they|we)$/iu;
const FORMER_OFFICIAL = /\bformer\s+(?:[\p{L}-]+\s+){0,3}?(?:ambassadors?|envoys?|representatives?|diplomats?|officials?|officers?|advis[eo]rs?|spokes(?:man|woman|person))\b/iu;
const ROLE_WORDS = /\b(?:spokes(?:man|woman|person)|minister|ministry|officials?|officer|chief|general|president|secretary|ambassador|envoy|diplomats?|analysts?|experts?|fellow|researchers?|professor|statement|report|mission|agency|government|army|military|office|commission|council|institute|cent(?:er|re)|project|foundation|police|leaders?|representatives?|commander|sources?|observers?|witness(?:es)?|residents?|mediators?|delegations?|think[ -]tank|nonprofit|group|data|people|critics|activists|lawmakers|legislators|prosecutors?|investigators?|authorities|doctors?|neighbou?rs?|fans|scientists?|environmentalists?|lawyers?|attorneys?|judges?|troops|soldiers|aides?|allies|opponents|supporters|members|relatives?|family|friends?|colleagues|teammates|players?|coach|manager|owners?|staff|employees|workers|students|teachers|negotiators|delegates|organi[sz]ers|campaigners|protesters|rebels|militants|insurgents|villagers|locals|citizens|voters|unions?|compan(?:y|ies)|firm|agencies|ministries|governments|parties|team|club|league|court|jury|department|administration|committee|spokespeople|presidency|palace|embassy|board|panel|service)\b/iu;
// One trailing word at a time (the loop that strips it repeats until nothing changes): a repeated group
// "(?:\s+(?:also|is|...))+$" retries from every word of a long run of them, quadratic on "is is is ... !".
// (?<!\s): a match starts only where a run of spaces does, not again inside it.
const ADVERB_TAIL = /(?<!\s)\s+(?:publicly|further|also|later|then|consistently|repeatedly|reportedly|previously|earlier|recently|once|again|has|have|had|was|were|is|are|would|will|explicitly|separately|in\s+turn)$/iu;

interface SpeakerCandidate {
  speaker: string;
  affiliation?: string;
  verbAt: number;
  /** Only a quotation makes this a voice (a position verb, or a bare actor as subject). */
  needsQuote: boolean;
  /** Named as a source ("according to X"): a source's own name is not a side. */
  cited?: boolean;
}

interface VoiceDraft extends Voice {
  key: string[];
  person: boolean;
}

/** Returned when a hostile text names more speakers than any article does. */
const NO_ROOM: VoiceDraft = { speaker: '', direct: [], indirect: [], key: [], person: false };

const MAX_VOICES = 60;
const MAX_DRAFTS = 200;
const SUBJECT_REACH = 300;
const MAX_ATTRIBUTIONS_PER_SENTENCE = 12;
const MAX_QUOTES_PER_SENTENCE = 30;
const INTRODUCTION_REACH = 40;
const MAX_TEXT = 300;

export function voiceFeatures(sentences: readonly ArticleSentence[], paragraphs: readonly string[]): Voice[] {
  const drafts: VoiceDraft[] = [];
  const isPlace = placeWords(paragraphs);
  const quotesByParagraph = paragraphs.map(quoteSpans);
  let last: VoiceDraft | undefined;
  let lastSentence = -10;
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

  for (const s of sentences) {
    const text = s.text;
    const spans: (Span & { id: string })[] = (quotesByParagraph[s.paragraph] ?? [])
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
      if (PRONOUN.test(a.speaker) || /^(?:the\s+)?statement$/iu.test(a.speaker)) {
        if (last && s.index - lastSentence <= 3) voice = last;
      } else {
        voice = findOrAdd(drafts, introduced(a, sentences, s.index), isPlace);
      }
      if (voice === NO_ROOM) voice = undefined;
      // "According to X" cites X as a source, whatever X is.
      if (voice) resolved.push({ voice, at: a.verbAt, needsQuote: a.needsQuote || (isBareActor(voice) && !a.cited) });
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
        last = voice;
        lastSentence = s.index;
      }
    }
    if (!spans.every((q) => spanSpeaker.has(q.id))) pendingSpans.push({ sentence: s, spanIds: spans.map((q) => q.id) });
    for (const r of resolved) {
      if (assigned.has(r.voice)) continue;
      if (r.needsQuote) continue;
      record(r.voice, s.index, false);
      last = r.voice;
      lastSentence = s.index;
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
    .slice(0, MAX_VOICES)
    .map((d) => {
      const v: Voice = { speaker: d.speaker, direct: d.direct.sort((a, b) => a - b), indirect: d.indirect.sort((a, b) => a - b) };
      if (d.affiliation) v.affiliation = d.affiliation;
      if (d.side) v.side = d.side;
      return v;
    });
}

/** Speakers of the sentence: subjects of speech verbs and "according to" sources. */
function findAttributions(text: string, quotes: readonly Span[], inQuote: (offset: number) => boolean): SpeakerCandidate[] {
  const found: SpeakerCandidate[] = [];
  for (const { start: at, end } of accordingTo(text)) {
    if (inQuote(at)) continue;
    const rest = text.slice(end, end + SUBJECT_REACH).split(/[;:](?:\s|$)|[“"]|(?<!\b\p{Lu})\.(?:\s|$)/u)[0] ?? '';
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
  for (const m of text.matchAll(VERB)) {
    const at = m.index ?? 0;
    if (inQuote(at)) continue;
    const verb = m[0];
    if (verb === 'States') continue;
    // "was reported killed", "was reiterated": a passive names no speaker.
    if (/\b(?:was|were|been|being|is|are|be)\s+(?:\p{L}+ly\s+)?$/iu.test(text.slice(Math.max(0, at - 24), at))) continue;
    // "what it said were armed groups", "which Afghanistan claimed": relative clauses report positions, not sources.
    const subject = subjectBefore(text, at, quotes);
    let parsed = subject ? parseSpeaker(subject) : undefined;
    if (!parsed) {
      // "“...,” said Ahmed Khan, an analyst at ..." after a quotation.
      const after = /^\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})(?:,\s+((?:a|an|the)\s[^,;.]{2,100}))?/u.exec(text.slice(at + verb.length, at + verb.length + SUBJECT_REACH));
      const closesQuote = quotes.some((q) => q.end <= at && at - q.end <= 4);
      if (after?.[1] && closesQuote) {
        const apposition = after[2] && ROLE_WORDS.test(after[2]) ? `, ${after[2]}` : '';
        parsed = parseSpeaker(`${after[1]}${apposition}`);
      }
    }
    if (!parsed) continue;
    found.push({ ...parsed, verbAt: at, needsQuote: !SPEECH_VERBS.has(verb.toLowerCase()) });
    if (found.length >= MAX_ATTRIBUTIONS_PER_SENTENCE) break;
  }
  return found.filter((f) => f.speaker.length <= MAX_TEXT && (f.affiliation ?? '').length <= MAX_TEXT);
}

const CLAUSE_BREAK = /[;:]|—|\b(?:while|whereas|but|which|who|whom|that|what|when|after|before|because|although|though|since|if|where)\b|,\s+and\b/giu;

/** The words before a verb that can be its subject: back to the clause's start, adverbs and auxiliaries dropped. */
function subjectBefore(text: string, verbAt: number, quotes: readonly Span[]): string | undefined {
  // A subject sits within a few hundred characters of its verb; looking no further keeps long sentences linear.
  let start = Math.max(0, verbAt - SUBJECT_REACH);
  for (const q of quotes) if (q.end <= verbAt) start = Math.max(start, q.end);
  let clause = text.slice(start, verbAt);
  let cutAt = -1;
  for (const m of clause.matchAll(CLAUSE_BREAK)) cutAt = (m.index ?? 0) + m[0].length;
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
  const pieces = phrase
    .replace(SOURCE_DOC, '')
    .replace(/(?<!\s)\s*\((?:\p{Lu}\.?){2,8}\)/gu, '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .filter((p) => !/^(?:speaking|writing|citing|referring|led|who|as|in|on|at|during|after|before|following|with|including)\b/iu.test(p));
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
  if (PRONOUN.test(main)) return { speaker: main.toLowerCase() };
  if (/^(?:it|this|that|these|those|there|which|what|who)\b/iu.test(main)) return undefined;
  // "a charge the Taliban denies": a relative clause, not a speaker.
  if (/^(?:a|an|the)\s+\p{Ll}+\s+(?:the\s+)?\p{Lu}/u.test(main) && !ROLE_WORDS.test(main.split(/\s+/)[1] ?? '')) return undefined;
  if (/^(?:rumou?rs?|reports?|data|media|sources say)$/iu.test(main)) return undefined;
  // A subject ends in a name or a noun for people or bodies, not in a verb or adverb.
  // The head noun comes before any phrase that places it ("diplomats from Afghanistan and Western nations").
  const lastWord = main.split(/(?<!\s)\s+(?:from|of|at|with|in|for|on|based)\s+/u)[0]?.split(/\s+/).pop() ?? '';
  if (/^\p{Ll}/u.test(lastWord) && !ROLE_WORDS.test(lastWord)) return undefined;
  if (/^\p{Ll}/u.test(main) && !/^(?:the|a|an|some|several|many|both|other|two|three|local|senior|former|western|independent|\p{Ll}+s)\b/iu.test(main) && !PRONOUN.test(main)) return undefined;
  if (PRONOUN.test(main)) return { speaker: main.toLowerCase() };
  // A title run before a name: "Pakistan’s Army Chief General Asim Munir".
  const chunks = nameChunks(main).filter((c) => !/^(?:Mr|Mrs|Ms|Dr)\.?$/u.test(c.text));
  const lastChunk = chunks[chunks.length - 1];
  if (lastChunk && lastChunk.end >= main.replace(/(?<![.\s])[.\s]+$/u, '').length - 1) {
    const { role, name } = splitAtLastTitle(lastChunk.text);
    const onlyArticle = /^(?:the)\s*$/iu.test(main.slice(0, lastChunk.start));
    if (name && isPersonName(name) && !onlyArticle && (role || lastChunk.start > 0)) {
      const before = main.slice(0, lastChunk.start).trim();
      const title = [before, role].filter(Boolean).join(' ').trim();
      if (title && !affiliation) affiliation = title;
      return { speaker: name, ...(affiliation ? { affiliation } : {}) };
    }
  }
  const speaker = main.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/u, '');
  return { speaker, ...(affiliation ? { affiliation } : {}) };
}

/**
 * A speaker named by surname alone ("a voice note from Mehsud") whom the
 * article introduced earlier in full ("Noor Wali Mehsud, leader of the
 * Pakistan Taliban"): the full name, and the apposition as affiliation.
 */
function introduced(a: SpeakerCandidate, sentences: readonly ArticleSentence[], before: number): SpeakerCandidate {
  if (!/^\p{Lu}\p{L}+$/u.test(a.speaker) || a.affiliation) return a;
  for (let i = before; i >= 0 && i >= before - INTRODUCTION_REACH; i--) {
    const text = sentences[i]?.text ?? '';
    for (const chunk of nameChunks(text)) {
      const { name, role } = splitTitle(chunk.text);
      if (!name || !isPersonName(name) || !name.endsWith(` ${a.speaker}`) || /[‐‑-]/.test(name)) continue;
      const apposition = /^,\s+([^,.;]{3,80}?)(?:,|\.|;|$)/u.exec(text.slice(chunk.end));
      const affiliation = apposition?.[1] && ROLE_WORDS.test(apposition[1]) ? apposition[1] : role;
      // Only a name the article introduced as a person (with a title or a role) stands behind a bare surname.
      if (!affiliation) continue;
      return { ...a, speaker: name, ...(affiliation ? { affiliation } : {}) };
    }
  }
  return a;
}

const MAX_PLACE_WORDS = 2000;

/** Words the article also writes as a demonym ("Pakistan" where "Pakistani" occurs): places, not people. */
function placeWords(paragraphs: readonly string[]): (word: string) => boolean {
  const capitalised = new Set<string>();
  for (const p of paragraphs) {
    for (const m of p.matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)) {
      capitalised.add(m[0]);
      if (capitalised.size >= MAX_PLACE_WORDS) break;
    }
  }
  const places = new Set<string>();
  const byPrefix = new Map<string, string[]>();
  for (const w of capitalised) {
    const key = w.slice(0, 4).toLowerCase();
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), w]);
  }
  for (const group of byPrefix.values()) {
    for (const a of group) for (const b of group) if (a !== b && isDemonymOf(a, b) && !(isDemonymOf(b, a) && a.length < b.length)) places.add(b);
  }
  return (word) => places.has(word);
}

/** Two or more capitalised words none of which is a title: "Khawaja Asif". */
function isPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words[0] !== 'The' && words.every((w) => /^\p{Lu}/u.test(w) && !isTitleWord(w)) && !ROLE_WORDS.test(name);
}

function hasPersonName(text: string): boolean {
  return nameChunks(text).some((c) => {
    const { name } = splitTitle(c.text);
    return !!name && (isPersonName(name) || /^(?:Mr|Mrs|Ms|Dr)\.?\s/u.test(text.slice(Math.max(0, c.start - 4))));
  }) || /\b(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}/u.test(text);
}

/** A speaker with no role and no person's name: a country, capital or group named bare. */
function isBareActor(v: VoiceDraft): boolean {
  if (v.person || v.affiliation) return false;
  const words = v.speaker.replace(/^the\s+/iu, '').split(/\s+/);
  return words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|both|the|of)$/iu.test(w)) && !ROLE_WORDS.test(v.speaker);
}

const KEY_STOP = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'its', 'their', 'affairs', 'mr', 'mrs', 'ms', 'dr', 'some', 'several', 'many', 'other', 'various', 'most']);

function keyWords(text: string): string[] {
  return nameKey(text)
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !KEY_STOP.has(w))
    .map((w) => stem(w));
}

/** The same speaker again: a surname ("Mujahid"), a spelling variant, or a description the article gave them ("the Kabul-based analyst"). */
function findOrAdd(drafts: VoiceDraft[], a: SpeakerCandidate, isPlace: (word: string) => boolean): VoiceDraft {
  const speaker = a.speaker.replace(/['’]s\s+(?:statement|report|post)$/iu, '').replace(/(?<!\s)\s+(?:statement|report)$/iu, '');
  const person = isPersonName(speaker) || (/^\p{Lu}\p{L}+$/u.test(speaker) && drafts.some((d) => d.person && lastWordMatches(d.speaker, speaker)));
  const key = keyWords(speaker);
  let match: VoiceDraft | undefined;
  for (let i = drafts.length - 1; i >= 0 && !match; i--) {
    const d = drafts[i];
    if (!d) continue;
    if (d.person && (lastWordMatches(d.speaker, speaker) || lastWordMatches(speaker, d.speaker))) match = d;
    else if (!d.person && !person && sameSet(d.key, key)) match = d;
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
    if (!match.affiliation && a.affiliation) {
      match.affiliation = a.affiliation;
      const side = sideOf(match.speaker, a.affiliation, isPlace);
      if (side) match.side = side;
    }
    if (person && speaker.split(/\s+/).length > match.speaker.split(/\s+/).length) match.speaker = speaker;
    return match;
  }
  if (drafts.length >= MAX_DRAFTS) return NO_ROOM;
  const draft: VoiceDraft = { speaker, direct: [], indirect: [], key, person };
  if (a.affiliation) draft.affiliation = a.affiliation;
  const side = sideOf(speaker, a.affiliation, isPlace);
  const ownName = side !== undefined && nameKey(side) === nameKey(speaker);
  if (side && !(a.cited && ownName)) draft.side = side;
  drafts.push(draft);
  return draft;
}

function lastWordMatches(full: string, part: string): boolean {
  const last = full.split(/\s+/).pop() ?? '';
  const partLast = part.split(/\s+/).pop() ?? '';
  if (/^\p{Lu}/u.test(last) && last.toLowerCase() === partLast.toLowerCase()) return true;
  const a = skeleton(last);
  return a.length >= 2 && a === skeleton(partLast) && last.slice(0, 2).toLowerCase() === partLast.slice(0, 2).toLowerCase();
}

function sameWord(a: string, b: string): boolean {
  return a === b || isDemonymOf(a, b) || isDemonymOf(b, a);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || a.length !== b.length) return false;
  return b.every((w) => a.some((x) => sameWord(x, w))) && a.every((w) => b.some((x) => sameWord(x, w)));
}

/**
 * The side the text gives a speaker: independent for analysts, experts, think
 * tanks and researchers; else the party named possessively ("Pakistan’s"), as
 * an adjective ("Pakistani officials") or after "of"/"for" ("spokesman for the
 * Afghan Taliban"). A place a body is merely based in ("an Islamabad-based
 * think tank") is not its side.
 */
export function sideOf(speaker: string, affiliation: string | undefined, isPlace: (word: string) => boolean = () => false): string | undefined {
  const text = [affiliation ?? '', speaker].join(' , ');
  if (INDEPENDENT_WORDS.test(text)) return INDEPENDENT;
  // "a former British ambassador": a diplomat or official out of office comments; they speak for no party now.
  if (FORMER_OFFICIAL.test(text) && !/\bcurrent and former\b/iu.test(text)) return INDEPENDENT;
  const named = isPersonName(speaker) || /^\p{Lu}[\p{L}’'-]+$/u.test(speaker);
  const own = new Set(named ? speaker.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)) : []);
  const usable = nameChunks(text)
    // A person is not their own side: drop chunks made of the speaker's own name.
    .filter((c) => !c.text.split(/\s+/).every((w) => own.has(w)))
    .filter((c) => !/^[‐‑-]\s*based/u.test(text.slice(c.end, c.end + 8)) && !/[‐‑-]based/u.test(text.slice(c.end, c.end + 7)))
    .filter((c) => !/\b(?:in|from|at|to|against|with|such\s+as|like)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, c.start - 10), c.start)))
    // "diplomats from Afghanistan and Western nations": where a group comes from is not whose side it speaks for.
    .filter((c) => !/\bfrom\b/iu.test(text.slice(0, c.start)) || /['’]s?\b/u.test(text.slice(c.end, c.end + 2)));
  const after = (c: NameChunk, n: number) => text.slice(c.end, c.end + n);
  const before = (c: NameChunk, n: number) => text.slice(Math.max(0, c.start - n), c.start);
  const party = (c: NameChunk | undefined): string | undefined => {
    if (!c) return undefined;
    const name = leadingOrganisation(c.text) ?? splitTitle(c.text).name;
    if (!name) return undefined;
    // "Qatari Ministry of Foreign Affairs": the party is the adjective in front of the institution.
    const institution = /^(\p{Lu}\p{L}+)\s+(?:Ministry|Foreign|Army|Military|Government|Embassy|Office|Police|Defen[cs]e|Security)\b/u.exec(name);
    return institution?.[1] ?? name;
  };
  // 1. "Pakistan’s defence minister", "Islamabad’s government".
  const possessive = usable.find((c) => /^['’]s?\b/u.test(after(c, 2)));
  if (possessive) return party(possessive);
  // 2. An institution or title run: "the Qatari Ministry of Foreign Affairs", "California Highway Patrol Officer".
  const titled = usable.find((c) => /\s(?:Ministry|Army|Military|Government|Embassy|Police)\b/u.test(c.text) || leadingOrganisation(c.text) !== undefined);
  if (titled) return party(titled);
  // 3. "spokesman for the Afghan Taliban", "foreign minister of Pakistan".
  const ofFor = usable.find((c) => /\b(?:of|for)\s+(?:the\s+)?$/iu.test(before(c, 12)) && ROLE_WORDS.test(text.slice(0, c.start)));
  if (ofFor) return party(ofFor);
  // 4. A name used as an adjective before a role: "a Taliban spokesperson", "Pakistani officials", "An NFL spokesman".
  const adjective = usable.find((c) => ROLE_WORDS.test(/^\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+)/u.exec(after(c, 40))?.[1] ?? ''));
  if (adjective) return party(adjective);
  // 5. A country or group quoted bare ("Pakistan demanded ...", "The Afghan Taliban pledged ..."): a single
  // word only where the article also has its demonym (Pakistan/Pakistani), so that a surname ("Ford") is not a side.
  if (affiliation || !isBareActor({ speaker, person: isPersonName(speaker) } as VoiceDraft)) return undefined;
  const bare = speaker.replace(/^the\s+/iu, '');
  const words = bare.split(/\s+/);
  if (words.length === 1) return isPlace(bare) ? bare : undefined;
  return words.some((w) => isPlace(w) || /^the\s/iu.test(speaker)) ? bare : undefined;
}

/** "California Highway Patrol Officer": the organisation in front of a title. */
function leadingOrganisation(chunk: string): string | undefined {
  const words = chunk.split(/\s+/);
  const firstTitle = words.findIndex((w) => isTitleWord(w));
  if (firstTitle <= 0) return undefined;
  return words.slice(0, firstTitle).join(' ');
}
