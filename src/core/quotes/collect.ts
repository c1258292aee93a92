/**
 * One article's quotes with their speakers, in reading order, so that "he
 * said" and "Mr. Doe" can be resolved against the speakers named before them.
 */
import type { Article } from '../types.js';
import { articleSentences, type ArticleSentence } from '../text/segment.js';
import { attributeAfter, attributeBefore, attributeIndirect, isDocumentRole, isSpelledOutName, pronounReferent, rememberReferent, sentenceSubject, type Referent } from '../english/attribution.js';
import type { Attribution } from '../english/speech.js';
import { cleanQuoteText, opensWithQuote, quoteSpans, type QuoteSpan } from '../english/quote-marks.js';
import { personForRole, roleFits, roleTerms } from './speakers.js';
import type { ExtractedQuote, QuoteFeatures, SpeakerMention } from './types.js';
import { QUOTE_LIMITS } from './limits.js';
import { articleVoices } from './voices.js';
import { compareNames, isOrgName, isTitleCase, nameChunks, nameTokens } from '../english/names.js';
import { splitTitle, withoutHonorific } from '../english/titles.js';

// Where an attribution is looked for around a quotation, in characters either side.
const WINDOW = 600;

interface State {
  /** Who a later "he" or "she" may mean (english/attribution.ts). */
  speakers: Referent[];
  mentions: Map<string, SpeakerMention>;
  /** Multi-word person names met so far in the text, latest last, for surname-only mentions. */
  fullNames: { name: string; sentence: number }[];
  /** Names the text gives with a title in front ("President Donald Trump"), for a later "the president" to resolve to. */
  titled: { name: string; title: string }[];
  /** The title words the text gives a surname alone ("President Trump": trump -> presid), honorifics aside. */
  surnameTitles: Map<string, Set<string>>;
  /** Each surname of surnameTitles as the text writes it ("Trump"). */
  surnameWritten: Map<string, string>;
}

export function collectQuotes(article: Pick<Article, 'paragraphs'>): QuoteFeatures {
  const sentences = articleSentences(article);
  const byParagraph = new Map<number, ArticleSentence[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s);
    byParagraph.set(s.paragraph, list);
  }
  const state: State = { speakers: [], mentions: new Map(), fullNames: [], titled: [], surnameTitles: new Map(), surnameWritten: new Map() };
  const quotes: ExtractedQuote[] = [];
  const noted = new Set<number>();
  // Sentences whose words were given a speaker: that speaker, not the sentence's subject, is who "he" means next.
  const attributedSentences = new Set<number>();
  // A quote left open at the end of a paragraph, to be continued by the next one's opening quote.
  let runOn: { quote: ExtractedQuote; attributed: boolean } | undefined;

  article.paragraphs.forEach((paragraph, p) => {
    const paragraphSentences = byParagraph.get(p) ?? [];
    const spans = quoteSpans(paragraph);
    const continuing = runOn && opensWithQuote(paragraph) ? runOn : undefined;
    runOn = undefined;
    let previousAttribution: { attribution: Attribution; speaker: ResolvedSpeaker; viaAfter: boolean } | undefined;
    const handled = new Set<number>();
    const handleSpan = (span: QuoteSpan, k: number): void => {
      if (quotes.length >= QUOTE_LIMITS.quotes) return;
      const first = sentenceAt(paragraphSentences, span.textStart);
      const last = sentenceAt(paragraphSentences, Math.max(span.textStart, span.textEnd - 1));
      if (!first || !last) return;
      for (let i = first.index; i <= last.index; i++) handled.add(i);
      for (let i = first.index; i <= last.index; i++) {
        const s = sentences[i];
        if (s && !noted.has(i)) {
          noted.add(i);
          noteNames(state, s);
        }
      }
      const previousSpan = spans[k - 1];
      const beforeStart = Math.max(first.start, previousSpan && previousSpan.close <= span.open ? previousSpan.close : first.start);
      // An attribution sits close to its quote; a bounded window keeps long sentences linear.
      const before = paragraph.slice(Math.max(beforeStart, span.open - WINDOW), span.open);
      const nextSpan = spans[k + 1];
      const afterEnd = Math.min(last.end, nextSpan ? nextSpan.open : last.end);
      const after = span.close <= afterEnd ? paragraph.slice(span.close, Math.min(afterEnd, span.close + WINDOW)) : '';
      const afterAttribution = attributeAfter(after);
      const attribution = afterAttribution ?? attributeBefore(before);
      let speaker = attribution ? resolve(attribution, state, first.index) : undefined;
      let channel = attribution?.channel;
      const onlyPunctuation = !/[\p{L}\p{N}]/u.test(before);
      // “...,” she said. “...”: the second part is the same speaker's.
      if (!attribution && previousAttribution?.viaAfter && k > 0 && (onlyPunctuation || /[.!?:]\s*$/u.test(before))) {
        speaker = previousAttribution.speaker;
        channel = previousAttribution.attribution.channel;
      }
      const text = cleanQuoteText(paragraph.slice(span.textStart, span.textEnd)).slice(0, QUOTE_LIMITS.quoteChars);
      // The run-on convention: a paragraph that opens with a quote continues the previous paragraph's open quote.
      if (k === 0 && continuing && onlyPunctuation) {
        const q = continuing.quote;
        q.text = `${q.text} ${text}`.slice(0, QUOTE_LIMITS.quoteChars);
        const spanned = new Set([...(q.sentences ?? [q.sentence])]);
        for (let i = first.index; i <= last.index; i++) spanned.add(i);
        q.sentences = [...spanned].sort((a, b) => a - b);
        if (!q.speaker && speaker?.name) q.speaker = speaker.name;
        if (!q.channel && channel) q.channel = channel;
        if (continuing.attributed && !speaker) {
          previousAttribution = undefined;
        } else if (speaker && attribution) previousAttribution = { attribution, speaker, viaAfter: afterAttribution !== undefined };
        if (span.open_ended) runOn = { quote: q, attributed: continuing.attributed || speaker !== undefined };
        return;
      }
      const quote: ExtractedQuote = { sentence: first.index, text, indirect: false };
      if (last.index > first.index) quote.sentences = range(first.index, last.index);
      if (speaker?.name) quote.speaker = speaker.name;
      else if (speaker?.role) quote.role = speaker.role;
      if (channel && speaker) quote.channel = channel;
      quotes.push(quote);
      if (speaker?.name) attributedSentences.add(last.index);
      if (speaker && attribution) previousAttribution = { attribution, speaker, viaAfter: afterAttribution !== undefined };
      else if (!speaker) previousAttribution = undefined;
      if (span.open_ended && k === spans.length - 1) runOn = { quote, attributed: speaker !== undefined };
    };
    // Sentence by sentence, so that "he" and "she" see the people named before them and no later.
    const firstSentence = spans.map((span) => sentenceAt(paragraphSentences, span.textStart)?.index ?? -1);
    let k = 0;
    for (const s of paragraphSentences) {
      while (k < spans.length && (firstSentence[k] ?? -1) <= s.index) {
        const span = spans[k];
        if (span) handleSpan(span, k);
        k++;
      }
      if (handled.has(s.index) && !attributedSentences.has(s.index)) {
        // A quote the sentence leaves unattributed, in a sentence someone reports ("..., the spokeswoman Jane Doe said."):
        // the reporter is who a later "she" means, though the quoted words stay unattributed.
        const reporter = attributeIndirect(s.text.replace(/["“”«»„]/gu, ''));
        if (reporter && reporter.attribution.subject.kind === 'name') {
          resolve(reporter.attribution, state, s.index);
          attributedSentences.add(s.index);
        }
      }
      if (!handled.has(s.index)) {
        if (!noted.has(s.index)) {
          noted.add(s.index);
          noteNames(state, s);
        }
        // Reported speech in a sentence that holds no quote marks.
        if (quotes.length < QUOTE_LIMITS.quotes && !/["“”«»„]/u.test(s.text)) {
          const indirect = attributeIndirect(s.text);
          const speaker = indirect ? resolve(indirect.attribution, state, s.index) : undefined;
          if (indirect && speaker?.name) {
            const quote: ExtractedQuote = { sentence: s.index, text: indirect.clause.slice(0, QUOTE_LIMITS.quoteChars), indirect: true, speaker: speaker.name };
            if (indirect.attribution.channel) quote.channel = indirect.attribution.channel;
            quotes.push(quote);
            // A body's words ("As Iran warned that ..., Mr. Trump threatened it"): no "he" or "she" means the body, so the
            // person the sentence is about stays who a later pronoun means.
            if (!state.mentions.get(speaker.name)?.org) attributedSentences.add(s.index);
          }
        }
      }
      if (!attributedSentences.has(s.index)) noteSubject(state, s);
    }
  });
  quotes.sort((a, b) => a.sentence - b.sentence);
  // Within the pack schema's caps, whatever the page.
  for (const q of quotes) {
    if (q.sentences && q.sentences.length > QUOTE_LIMITS.spanned) q.sentences = q.sentences.slice(0, QUOTE_LIMITS.spanned);
    if (q.speaker) q.speaker = q.speaker.slice(0, QUOTE_LIMITS.nameChars);
    if (q.role) q.role = q.role.slice(0, QUOTE_LIMITS.nameChars);
    if (q.channel) q.channel = q.channel.slice(0, QUOTE_LIMITS.nameChars);
  }
  const speakers = [...state.mentions.values()].slice(0, QUOTE_LIMITS.speakers).map((m) => ({ ...m, name: m.name.slice(0, QUOTE_LIMITS.nameChars) }));
  // Who speaks, sentence by sentence: these statements' speakers, and the groups and bodies they leave out.
  const voices = articleVoices(sentences, article.paragraphs, quotes, speakers);
  return { quotes, speakers, voices };
}

interface ResolvedSpeaker {
  name?: string;
  role?: string;
}

function resolve(attribution: Attribution, state: State, sentence: number): ResolvedSpeaker | undefined {
  const subject = attribution.subject;
  if (subject.kind === 'pronoun') {
    const candidate = pronounReferent(state.speakers, subject.gender, sentence);
    if (!candidate) return undefined;
    if (candidate.role) return { role: candidate.name };
    candidate.lastSentence = sentence;
    return { name: candidate.name };
  }
  if (subject.kind === 'role') {
    const people = [...state.mentions.values()].filter((m) => !m.org);
    // A document ("the lawsuit") is nobody's title, whatever a person's description says of it.
    const name = isDocumentRole(subject.role) ? undefined : (personForRole(subject.role, people) ?? titledPerson(subject.role, state) ?? titledSurname(subject.role, state));
    if (name) {
      remember(state, name, false, sentence, undefined);
      return { name };
    }
    // A document ("the suit") is nobody a later "he" or "she" means.
    remember(state, subject.role, isDocumentRole(subject.role), sentence, undefined);
    const entry = state.speakers[state.speakers.length - 1];
    if (entry) entry.role = true;
    return { role: subject.role };
  }
  let name = subject.name;
  const gender = subject.honorific === 'male' || subject.honorific === 'female' ? subject.honorific : undefined;
  if (!subject.org) name = fullNameFor(name, state, gender);
  remember(state, name, subject.org, sentence, gender);
  const mention = state.mentions.get(name) ?? { name, descriptions: [] };
  for (const d of subject.descriptions) if (d && !mention.descriptions.includes(d) && mention.descriptions.length < QUOTE_LIMITS.descriptions) mention.descriptions.push(d.slice(0, QUOTE_LIMITS.nameChars));
  if (subject.org) mention.org = true;
  state.mentions.set(name, mention);
  return { name };
}

function remember(state: State, name: string, org: boolean, sentence: number, gender: 'male' | 'female' | undefined): void {
  rememberReferent(state.speakers, name, org, sentence, gender);
}

/**
 * "Doe" or "Mr. Doe" after "Jane Doe": the full name the article gave earlier (the latest speaker that fits, else the
 * latest name). When the article has named two people of that surname ("Donald Trump", "Melania Trump"), the surname
 * alone could be either: it stays as written, unless the honorific's gender leaves one of them.
 */
function fullNameFor(name: string, state: State, gender?: 'male' | 'female'): string {
  const tokens = nameTokens(name);
  const bare = withoutHonorific(name);
  // Only a surname alone is completed; a full name stays as the article gives it.
  if (tokens.length !== 1) return bare;
  const candidates: { name: string; gender?: 'male' | 'female' }[] = [];
  for (let i = state.speakers.length - 1; i >= 0; i--) {
    const known = state.speakers[i];
    if (!known || known.org || known.unnamed || known.role || nameTokens(known.name).length <= tokens.length) continue;
    if (compareNames(name, known.name)) candidates.push(known.gender ? { name: known.name, gender: known.gender } : { name: known.name });
  }
  for (let i = state.fullNames.length - 1; i >= 0; i--) {
    const known = state.fullNames[i];
    if (!known || nameTokens(known.name).length <= tokens.length) continue;
    if (compareNames(name, known.name)) candidates.push({ name: known.name });
  }
  // "President Trump" is not "Melania Trump": a surname the text gives a title of its own is completed only by a full name
  // it gives that title too ("President Donald Trump").
  const titles = state.surnameTitles.get(tokens[0] ?? '');
  if (titles) {
    const titledSo = (person: string) => state.titled.some((t) => compareNames(t.name, person) === 'same' && roleTerms(t.title).some((w) => titles.has(w)));
    for (let i = candidates.length - 1; i >= 0; i--) if (!titledSo(candidates[i]?.name ?? '')) candidates.splice(i, 1);
  }
  const first = candidates[0];
  if (!first) return bare;
  const people = candidates.filter((c, i) => candidates.findIndex((d) => compareNames(d.name, c.name) === 'same') === i);
  if (people.length === 1) return first.name;
  // Two people of one surname: the one the honorific's gender fits, when the text has told the others apart.
  const genderOf = (person: string) => candidates.find((c) => c.gender && compareNames(c.name, person) === 'same')?.gender;
  const fitting = people.filter((c) => {
    const known = genderOf(c.name);
    return !known || known === gender;
  });
  return gender && fitting.length === 1 ? (fitting[0]?.name ?? bare) : bare;
}

/** The person a sentence is about becomes the nearest candidate for a later "he" or "she". */
function noteSubject(state: State, sentence: ArticleSentence): void {
  const subject = sentenceSubject(sentence.text);
  if (subject?.kind === 'role') {
    // Someone unnamed is the nearest person now; a "she said" next is theirs, so it stays unknown.
    remember(state, `\u0000${sentence.index}`, false, sentence.index, undefined);
    const entry = state.speakers[state.speakers.length - 1];
    if (entry) entry.unnamed = true;
    return;
  }
  if (subject?.kind !== 'name') return;
  const name = fullNameFor(subject.name, state, subject.honorific === 'male' || subject.honorific === 'female' ? subject.honorific : undefined);
  // A lone word that names an organisation is not who "he" or "she" means.
  if (nameTokens(name).length < 2 && !subject.honorific && isOrgName(name)) return;
  const existing = state.speakers.find((s) => s.name === name);
  const gender = subject.honorific === 'male' || subject.honorific === 'female' ? subject.honorific : existing?.gender;
  remember(state, name, false, sentence.index, gender);
}

/**
 * The one person the text has so far named with a title that fits a title-only mention ("the president" after "President
 * Donald Trump"); none when two people fit ("South Korean President Moon Jae-in" too) or nobody does.
 */
function titledPerson(role: string, state: State): string | undefined {
  // "The former president" is not the president the article names as such, nor the reverse.
  const former = (text: string) => /\bformer\b/iu.test(text);
  const fits = state.titled.filter((t) => roleFits(role, t.title) && former(role) === former(t.title));
  const first = fits[0]?.name;
  if (!first) return undefined;
  return fits.every((t) => compareNames(t.name, first) === 'same' || compareNames(t.name, first) === 'surname') ? first : undefined;
}

/**
 * The one person the text has so far named by title and surname alone that fits a title-only mention ("the president"
 * after "President Trump", in an article that never writes his given name), completed to a full name where the text
 * gives one; none when two surnames fit ("President Moon" too), or for a former holder (titles keep no "former").
 */
function titledSurname(role: string, state: State): string | undefined {
  if (/\bformer\b/iu.test(role)) return undefined;
  const wanted = roleTerms(role);
  if (wanted.length === 0) return undefined;
  const fits = [...state.surnameTitles].filter(([, titles]) => wanted.every((w) => titles.has(w))).map(([surname]) => surname);
  const written = fits.length === 1 ? state.surnameWritten.get(fits[0] ?? '') : undefined;
  // Nor when a person named in full holds the title too ("President Moon Jae-in" beside "President Trump").
  if (written && state.titled.some((t) => roleFits(role, t.title) && !/\bformer\b/iu.test(t.title) && !compareNames(t.name, written))) return undefined;
  // A surname spelled out ("Trump"), not an initial ("Judge I.").
  return written && /^\p{Lu}\p{Ll}+$/u.test(written) ? fullNameFor(written, state, undefined) : undefined;
}

/** Multi-word person names in a sentence (the reading layer's name runs), remembered for later surname-only mentions. */
function noteNames(state: State, sentence: ArticleSentence): void {
  // A headline in title case capitalises every word: its runs of capitals are no names to complete a surname with.
  if (isTitleCase(sentence.text)) return;
  for (const chunk of nameChunks(sentence.text)) {
    const { role: title, name: titledName } = splitTitle(chunk.text, 'name', 'last');
    if (title && titledName && /^\p{Lu}/u.test(title) && isSpelledOutName(titledName)) {
      state.titled.push({ name: titledName, title });
      if (state.titled.length > 400) state.titled.shift();
      // "French President Emmanuel Macron": the name after the title is a full name too, for a later "Macron".
      state.fullNames.push({ name: titledName, sentence: sentence.index });
      if (state.fullNames.length > 400) state.fullNames.shift();
    }
    const surname = titledName && !titledName.includes(' ') ? nameTokens(titledName)[0] : undefined;
    const terms = title && surname ? roleTerms(title) : [];
    if (surname && terms.length > 0 && state.surnameTitles.size < 400) {
      state.surnameTitles.set(surname, new Set([...(state.surnameTitles.get(surname) ?? []), ...terms]));
      if (titledName) state.surnameWritten.set(surname, titledName);
    }
    // A name of capitalised words only ("Center for Research" is a body); titles in front are not the name ("Defence Minister Jane Doe").
    const run = splitTitle(chunk.text, 'speaker').name ?? '';
    if (!isSpelledOutName(run)) continue;
    const name = run.replace(/(?<=\p{L}{2})\.$/u, '');
    state.fullNames.push({ name, sentence: sentence.index });
    if (state.fullNames.length > 400) state.fullNames.shift();
  }
}

function sentenceAt(sentences: readonly ArticleSentence[], offset: number): ArticleSentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  let found: ArticleSentence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s && s.start <= offset) {
      found = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

export type { QuoteSpan };
