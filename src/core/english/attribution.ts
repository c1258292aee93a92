/**
 * Who said it: the subject of a reporting verb next to a quote, read from the
 * words around it ("“...,” said Jane Doe", "Jane Doe, the mayor, said: “...”",
 * "According to Jane Doe, ..."). Only the local grammar of the sentence is
 * used; when it does not name someone the speaker stays unknown.
 *
 * The statement reader: it gives a `Subject` (a name with its titles and appositions, a pronoun with
 * its gender, or a role), which the quotes analysis resolves across sentences ("he said", "Mr. Doe").
 * speakers.ts reads the same kind of phrase for voices, as a speaker and an affiliation.
 */
import { STOPWORDS } from '../text/stopwords.js';
import { TOKEN_PATTERNS, tokensOf, type TextToken } from '../text/tokens.js';
import { foldedForGuard, holdsAny, type GuardedExpression } from '../text/guards.js';
import { COMMON_NOUN_SUBJECTS, HONORIFICS, NAME_PARTICLES, NOT_A_NAME, isOrgEnding } from './names.js';
import { BETWEEN_SUBJECT_AND_VERB, ROLE_WORDS } from './speakers.js';
import { isRoleHead, isSpeakerTitle, NOT_A_STOP, withoutHonorificAtEnd } from './titles.js';
import { stateNames } from './capitals.js';
import { isNewsMediumNoun } from './outlets.js';
import { accordingTo, CLAUSE_VERBS as INDIRECT_VERBS, NOUN_LIKE_VERBS as NOUN_LIKE, REPORTING_PARTICIPLES as PARTICIPLES, QUOTING_VERBS as VERBS, LISTENER_VERBS, THAT_ONLY_VERBS, WRITTEN_VERBS, type Attribution, type Subject } from './speech.js';

/** A title or description of a speaker, as this reader takes it (titles.ts). */
const isTitle = isSpeakerTitle;

// Nouns for a document whose words are quoted ("the lawsuit states", "the announcement concluded").
const DOCUMENT_HEADS = new Set(['lawsuit', 'suit', 'complaint', 'filing', 'indictment', 'statement', 'announcement', 'communique', 'communiqué', 'memo', 'memorandum', 'letter', 'report', 'ruling', 'order', 'resolution', 'declaration']);

/** A document named as the speaker: a determiner, at most two more words, a document noun ("the suit", "the White House statement" is not: it names who issued it). */
export function isDocumentRole(text: string): boolean {
  const words = text.trim().toLowerCase().split(/\s+/u);
  const head = words[words.length - 1] ?? '';
  // The determiner may open the sentence ("The lawsuit alleged that ..."); the other words are lower case.
  const rest = text.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  return DOCUMENT_HEADS.has(head) && ['the', 'its', 'their', 'a', 'an'].includes(words[0] ?? '') && words.length <= 4 && /^[\p{Ll}\s'’-]+$/u.test(rest);
}

const ORG_LINKS = new Set(['of', 'for', '&', 'and', 'on']);
const PREPOSITIONS = new Set(['of', 'from', 'for', 'at', 'with', 'by', 'to', 'in', 'on', 'about', 'against', 'like', 'near', 'among', 'between', 'into', 'over', 'under', 'than', 'toward', 'towards', 'via']);
// Between a subject and its verb: the words both speaker readers step over, and sentence adverbs (speakers.ts says why not one list).
const ADVERBS = new Set([...BETWEEN_SUBJECT_AND_VERB, 'still', 'too', 'in', 'turn', 'yet', 'now', 'even', 'however', 'meanwhile']);
const CLAUSE_WORDS = new Set(['while', 'but', 'as', 'after', 'because', 'when', 'although', 'though', 'whereas', 'where', 'so', 'since', 'before', 'until', 'if', 'unless', 'whilst', 'yet', 'and', 'or', 'that', 'which', 'who']);

type Token = TextToken;

/** Words (with inner hyphens and apostrophes, a trailing dot for "Mr." and initials) or single punctuation marks. */
export function tokenize(text: string): Token[] {
  return tokensOf(text, TOKEN_PATTERNS.clause);
}

function bare(word: string): string {
  return word.replace(/\.$/u, '').toLowerCase();
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function isPossessive(word: string): boolean {
  return /['’]s?$/u.test(word) && /[\p{L}]['’]/u.test(word);
}

function isVerb(word: string): boolean {
  // Reporting verbs are written in lower case; "States", "Post" are names.
  return !isCapitalised(word) && VERBS.has(bare(word));
}

/** The reporting verbs among the tokens, with their positions; nouns like "reports" only count when no article precedes them. */
function verbPositions(tokens: readonly Token[]): number[] {
  const at: number[] = [];
  tokens.forEach((token, i) => {
    const word = bare(token.text);
    if (!VERBS.has(word) && !PARTICIPLES.has(word)) return;
    if (isCapitalised(token.text)) return; // "Post", "Times", "States": names
    const before = i > 0 ? bare(tokens[i - 1]?.text ?? '') : '';
    if (NOUN_LIKE.has(word) && ['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'in', 'of', 'to'].includes(before)) return;
    // "He was said to have ...", "it is claimed": the passive reports nobody's words.
    if (['was', 'were', 'is', 'are', 'been', 'be', 'being'].includes(before)) return;
    at.push(i);
  });
  return at;
}

/**
 * The speaker of a quote from the words after it, up to the end of its
 * sentence: “...,” Jane Doe said / said Jane Doe, the mayor / he added.
 */
export function attributeAfter(after: string): Attribution | undefined {
  // “...,” according to Jane Doe: the words are hers, whoever the sentence before the quote says passed them on.
  const according = accordingTo(after.slice(0, 40))[0];
  if (according && /^[\s,]*$/u.test(after.slice(0, according.start))) {
    const rest = after.slice(according.end);
    const comma = rest.indexOf(',');
    const subject = parseSubject(untilClauseEnd(comma >= 0 ? rest.slice(0, comma) : rest), 'according');
    if (subject) return withChannel(subject, channelIn(rest));
  }
  const tokens = tokenize(after);
  // The attribution follows the quote closely; further on, a verb belongs to another clause.
  const limit = Math.min(tokens.length, 18);
  for (let v = 0; v < limit; v++) {
    const token = tokens[v];
    if (!token || !isVerb(token.text) || PARTICIPLES.has(bare(token.text))) continue;
    if (NOUN_LIKE.has(bare(token.text)) && v > 0 && ['a', 'an', 'the', 'its', 'his', 'her', 'their'].includes(bare(tokens[v - 1]?.text ?? ''))) continue;
    const channel = channelIn(after.slice(token.start));
    if (v === 0) {
      // Inverted: “...,” said Jane Doe, the mayor.
      const rest = after.slice(token.end).replace(/\([^()]{0,200}\)/gu, ' ');
      const subject = parseSubject(untilClauseEnd(rest, true), 'inverted');
      return subject ? withChannel(subject, channel) : undefined;
    }
    const subjectText = after.slice(0, token.start);
    // The subject sits between the quote and the verb; after a full stop the quote's sentence is over (the dot of "Mr." ends none).
    if (SENTENCE_STOP.test(subjectText)) return undefined;
    const lastSegment = subjectText.slice(subjectText.replace(/(?<![,\s])[,\s]+$/u, '').lastIndexOf(',') + 1);
    if (tokenize(lastSegment).some((t) => CLAUSE_WORDS.has(t.text.toLowerCase()) && t.text.toLowerCase() !== 'and')) return undefined;
    // The subject follows the quote at once (“...,” Jane Doe, the mayor, said); a clause in between means the verb is another's.
    const segments = subjectText.split(/[,—–]/u).map((x) => x.trim()).filter(Boolean);
    if (segments.slice(1).some((x) => !looksAppositive(x))) return undefined;
    // "... but did not elaborate, the paper reported": the first words after the quote must already be the subject.
    const firstWord = bare(tokenize(segments[0] ?? '')[0]?.text ?? '');
    if (segments.length > 1 && (CLAUSE_WORDS.has(firstWord) || !tokenize(segments[0] ?? '').some((t) => isCapitalised(t.text)))) return undefined;
    const subject = parseSubject(subjectText, 'before-verb');
    return subject ? withChannel(subject, channel) : undefined;
  }
  return undefined;
}

/**
 * The speaker of a quote from the words before it in its sentence:
 * Jane Doe, the mayor, said: “...” / Jane Doe said the plan was “...” /
 * According to Jane Doe, “...”.
 */
export function attributeBefore(before: string): Attribution | undefined {
  const lastAccording = accordingTo(before).pop()?.end ?? -1;
  const tokens = tokenize(before);
  const verbs = verbPositions(tokens);
  const lastVerb = verbs[verbs.length - 1];
  const verbToken = lastVerb === undefined ? undefined : tokens[lastVerb];
  if (lastAccording >= 0 && (verbToken === undefined || verbToken.start < lastAccording)) {
    const rest = before.slice(lastAccording);
    const subject = parseSubject(untilClauseEnd(rest), 'according');
    return subject ? withChannel(subject, channelIn(before)) : undefined;
  }
  if (!verbToken || lastVerb === undefined) return undefined;
  // Between the verb and the quote only a short clause may stand ("said the truce was"), not another sentence.
  const between = before.slice(verbToken.end);
  // (The dot of "U.S." or "Mr." ends no sentence.)
  if (new RegExp(String.raw`${NOT_A_STOP}\s|[!?;]\s`, 'u').test(between)) return undefined;
  const betweenTokens = tokenize(between);
  if (betweenTokens.length > 12) return undefined;
  if (betweenTokens.some((t) => ['which', 'who', 'whom', 'where', 'when', 'while', 'whose'].includes(bare(t.text)))) return undefined;
  let subjectText = before.slice(0, verbToken.start);
  if (PARTICIPLES.has(bare(verbToken.text))) {
    // "Jane Doe welcomed the deal, saying ...": the participle's subject is the main clause's.
    subjectText = subjectText.replace(/(?<![,\s])[,\s]+$/u, '');
    const comma = subjectText.lastIndexOf(',');
    // "Jane Doe welcomed the deal, saying ...": without an apposition the main clause is all of it, when its verb shows.
    // "Responding on Twitter, Wikileaks said ..., saying": a clause that opens on an "-ing" word says how, not who; the
    // subject is after it.
    const opensOnParticiple = comma >= 0 && /^\s*\p{Lu}\p{Ll}+ing\s[^,]*,$/u.test(subjectText.slice(0, comma + 1));
    const main = comma < 0 || opensOnParticiple ? subjectText.slice(opensOnParticiple ? comma + 1 : 0) : subjectText.slice(0, comma + 1);
    const mainTokens = tokenize(main);
    const firstVerb = mainTokens.findIndex((t, i) => i > 0 && /^\p{Ll}{3,}ed$/u.test(t.text) && !isTitle(t.text));
    if (comma < 0 && firstVerb <= 0) return undefined;
    const head = firstVerb > 0 ? main.slice(0, mainTokens[firstVerb]?.start ?? 0) : main;
    const subject = parseSubject(head, 'before-verb');
    return subject ? withChannel(subject, channelIn(before)) : undefined;
  }
  // "Jane Doe took to Twitter to say": the subject stands before "took".
  const tookTo = TOOK_TO.exec(subjectText);
  const subject = parseSubject(tookTo ? subjectText.slice(0, tookTo.index) : subjectText, 'before-verb');
  const channel = tookTo ? `on ${(tookTo[1] ?? '').replace(/\s+/gu, ' ')}` : undefined;
  return subject ? withChannel(subject, channel ?? channelIn(before.slice(verbToken.start)) ?? channelIn(subjectText)) : undefined;
}

/**
 * Reported speech in a sentence without quote marks: "Jane Doe said that the
 * plan would fail" gives the speaker and the reported clause.
 */
export function attributeIndirect(sentence: string): { attribution: Attribution; clause: string } | undefined {
  if (sentence.length > MAX_INDIRECT_CHARS) return undefined;
  const according = accordingTo(sentence)[0];
  if (according) {
    const prefix = sentence.slice(0, according.start);
    const rest = sentence.slice(according.end);
    const comma = rest.indexOf(',');
    const subject = parseSubject(untilClauseEnd(comma >= 0 ? rest.slice(0, comma) : rest), 'according');
    // "The plan failed, according to Jane Doe." or "According to Jane Doe, the plan failed."
    const clause = /,\s*$/u.test(prefix) && prefix.split(/\s+/u).length > 4 ? trimClause(prefix) : prefix.length < 60 && comma >= 0 ? trimClause(rest.slice(comma + 1)) : undefined;
    if (subject && clause) {
      // "Trump told reporters that ..., according to CNN": the one who relays a statement is not who made it.
      // Only where the relayed words plainly start ("said that", "told reporters ... that", "said"), not after a verb
      // with an object ("admitted herself to the clinic") or a listener the reader cannot bound ("told Judge James R. Dabney").
      const relayed = clause.length < sentence.length ? attributeIndirect(clause) : undefined;
      const opening = relayed ? clause.slice(0, Math.max(0, clause.indexOf(relayed.clause))).trim() : '';
      if (relayed && relayed.attribution.subject.kind === 'name' && /\b(?:that|said|says)$/iu.test(opening)) return relayed;
      return { attribution: withChannel(subject, channelIn(sentence)), clause };
    }
    if (subject) return undefined;
  }
  const tokens = tokenize(sentence);
  const verbs = verbPositions(tokens);
  // A sentence that ends ", Jane Doe said." is hers, whatever verbs come earlier in it.
  const lastVerb = verbs[verbs.length - 1];
  if (lastVerb !== undefined && lastVerb > 0 && /^\s*(?:[.!?]\s*)?$/u.test(sentence.slice(tokens[lastVerb]?.end ?? 0)) && sentence.lastIndexOf(',', tokens[lastVerb]?.start ?? 0) > 0) {
    verbs.splice(0, verbs.length - 1);
  }
  for (const v of verbs) {
    const token = tokens[v];
    if (!token || v === 0) continue;
    const word = bare(token.text);
    if (PARTICIPLES.has(word) || NOUN_LIKE.has(word)) continue;
    if (!INDIRECT_VERBS.has(word)) continue;
    // "The bridge will reopen, said Jane Doe, the mayor." (unless a subject stands before: "Jane Doe, the mayor, said ...")
    if (tokens[v - 1]?.text === ',') {
      const rest = sentence.slice(token.end).replace(/\([^()]{0,200}\)/gu, ' ');
      const subject = parseSubject(untilClauseEnd(rest, true), 'inverted');
      const clause = trimClause(sentence.slice(0, tokens[v - 1]?.start ?? 0));
      if (subject?.kind === 'name' && clause && endsAfterName(rest, subject.name)) {
        return { attribution: withChannel(subject, channelIn(sentence.slice(token.start))), clause };
      }
      if (!parseSubject(sentence.slice(0, token.start), 'before-verb')) return undefined;
    }
    // "The bridge, Jane Doe said, will reopen."
    const nextToken = tokens[v + 1];
    const commaBefore = sentence.lastIndexOf(',', token.start);
    if (nextToken?.text === ',' && commaBefore > 0) {
      const subject = parseSubject(sentence.slice(commaBefore + 1, token.start), 'before-verb');
      const clause = trimClause(`${sentence.slice(0, commaBefore)} ${sentence.slice(nextToken.end)}`);
      if (subject && subject.kind !== 'role' && clause) return { attribution: withChannel(subject, undefined), clause };
      return undefined;
    }
    // "The bridge will reopen, Jane Doe said."
    if (commaBefore > 0 && /^\s*(?:[.!?]\s*)?$/u.test(sentence.slice(token.end))) {
      const subject = parseSubject(sentence.slice(commaBefore + 1, token.start), 'before-verb');
      const clause = trimClause(sentence.slice(0, commaBefore));
      if (subject && subject.kind !== 'role' && clause) return { attribution: withChannel(subject, undefined), clause };
      return undefined;
    }
    // "he said" reports speech only as the main clause ("He said ...", "Later, she said ..."), not inside one ("after she told him ...").
    const lead = sentence.slice(0, token.start).trim();
    if (/^(?:he|she)$/iu.test(lead.split(/[\s,]+/u).pop() ?? '') && !/^(?:(?:but|and|then|later|now|also|still)\s+)?(?:he|she)$/iu.test(lead) && !/,\s*(?:he|she)$/iu.test(lead)) continue;
    // "... including whether Mr. Trump told Mr. Sessions ...": a question about what someone said reports no speech.
    if (/\bwhether(?:\s+\S+){1,5}$/iu.test(lead)) continue;
    // "added" and "noted" report speech only with "that" ("added 16 points").
    if (THAT_ONLY_VERBS.has(word) && !/^\s*(?:,\s*)?that\b/iu.test(sentence.slice(token.end))) continue;
    // "wrote" and "tweeted" report speech only with "that", perhaps after where ("wrote in a Facebook post that ..."); "wrote a letter" does not.
    if (WRITTEN_VERBS.has(word) && !/^\s*(?:(?:on|in)\s[^,.;:]{0,50}?\s)?that\b/iu.test(sentence.slice(token.end))) continue;
    const subject = parseSubject(sentence.slice(0, token.start), 'before-verb');
    if (!subject) return undefined;
    let rest = sentence.slice(token.end);
    // "told reporters that", "told Al Jazeera that": the listener is not what was said.
    if (LISTENER_VERBS.has(word)) rest = rest.replace(/^\s*(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}|^\s*(?:the\s+)?\p{Ll}+\s+/u, ' ');
    rest = rest.replace(/^\s*(?:(?:on|in|at)\s+(?:\p{Lu}\p{L}*|a|an|the)[^,]{0,40},\s*)?/u, '');
    // "said at practice on Wednesday that ...", "told reporters that ...", "said publicly that ...": the words start after "that".
    const preamble = /^\s*((?:on|in|at|during|after|before|today|yesterday|earlier|later|publicly|privately|repeatedly|also|recently|again|reporters|journalists|media|\p{Lu})[^,.;:]{0,60}?)\s+that\s+/u.exec(rest);
    if (preamble && (preamble[1] ?? '').split(/\s+/u).length <= 7) rest = rest.slice(preamble[0].length);
    rest = rest.replace(/^\s*that\s+/iu, '');
    const clause = trimClause(rest);
    if (!clause) return undefined;
    return { attribution: withChannel(subject, channelIn(sentence.slice(token.start))), clause };
  }
  return undefined;
}

/** Whether the name closes the sentence but for appositions, a channel or a time ("said Jane Doe, the mayor, in a statement."). */
function endsAfterName(rest: string, name: string): boolean {
  const at = rest.indexOf(name);
  if (at < 0) return false;
  return /^\s*(?:[,.;:!?]|$|(?:in|on|at|during|to|from|via|who)\b)/u.test(rest.slice(at + name.length));
}

function trimClause(text: string): string | undefined {
  const clause = text.replace(/\s+/gu, ' ').replace(/^[\s,:]+/u, '').replace(/(?<![\s.,:])[\s.,:]+$/u, '');
  if (clause.split(/\s+/u).length < 4) return undefined;
  const channel = channelIn(clause);
  if (channel && clause.length - channel.length < 20) return undefined;
  // A question word or a colon leaves the words themselves out ("explained how she sees her role:").
  if (/^(?:how|why|what|whether|when|where|who)\b/iu.test(clause) && clause.split(/\s+/u).length < 8) return undefined;
  return clause;
}

function withChannel(subject: Subject, channel: string | undefined): Attribution {
  return channel ? { subject, channel } : { subject };
}

function untilClauseEnd(text: string, keepAnd = false): string {
  // A full stop after an initial or a short title ("Jane Q. Doe", "Sgt. Doe") does not end the clause.
  const stop = (keepAnd ? CLAUSE_END_KEEP_AND : CLAUSE_END).exec(text);
  return stop ? text.slice(0, stop.index) : text;
}

/** A full stop, question or exclamation mark that ends a sentence, not the dot of an initial or a title ("Mr. Doe", "U.S."). */
const SENTENCE_STOP = new RegExp(String.raw`${NOT_A_STOP}\s|[!?]\s`, 'u');
const CLAUSE_END = new RegExp(String.raw`${NOT_A_STOP}|[;:!?—–]|\s(?:and|but|while|as|after|when|because|who|which)\s`, 'u');
// After "said", "and" joins titles ("businessman and blogger Jane Doe").
const CLAUSE_END_KEEP_AND = new RegExp(String.raw`${NOT_A_STOP}|[;:!?—–]|\s(?:but|while|as|after|when|because|who|which)\s`, 'u');

const CHANNEL_NOUNS = ['post', 'tweet', 'statement', 'interview', 'speech', 'message', 'video', 'conference', 'briefing', 'letter', 'address', 'broadcast', 'media', 'podcast', 'blog', 'op-ed', 'column', 'email', 'memo', 'release', 'remarks', 'hearing', 'session'];
const CHANNEL_PLATFORMS = String.raw`X|Twitter|Facebook|Instagram|Telegram|TikTok|YouTube|Threads|Bluesky|social\s+media|television|radio|state\s+TV`;
/**
 * Three ways of naming a channel ("in a post on X", "on Twitter", "told Al Jazeera") as three expressions,
 * each with the plain words one of its matches must hold (a guard, text/guards.ts): the first, with its bounded
 * repeats and Unicode classes, was the dearest expression of a report to compile (11 to 37 ms at a worker's first
 * press), and is compiled only where a channel noun stands. One expression `A|B|C` gives the match that starts
 * first, and at one start the first of A, B, C that matches: channelIn keeps the earliest, the first on a tie.
 */
const CHANNEL_WAYS: readonly { expression: RegExp; parts: readonly string[] }[] = [
  {
    expression: new RegExp(
      String.raw`\b(?:in|on|via|through|during|at)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?(?:(?:[\p{Lu}][\p{L}]*|social\s+media|televised|written|joint|press|news|radio|tv|video|official|separate|recorded|brief|later)\s+){0,3}(?:${CHANNEL_NOUNS.join('|')})\b(?:\s+(?:on|to|with)\s+[\p{Lu}][\p{L}]*(?:\.[\p{L}]+)*(?:\s+[\p{Lu}][\p{L}]*){0,2})?`,
      'u',
    ),
    parts: CHANNEL_NOUNS,
  },
  { expression: new RegExp(String.raw`\bon\s+(?:${CHANNEL_PLATFORMS})\b`, 'u'), parts: CHANNEL_PLATFORMS.split('|').map((platform) => platform.split(String.raw`\s+`)[0]!) },
  // The listener's words may hold dots ("told Mr. Comey", "told U.S. Senators"): an abbreviation's, not the sentence's end.
  { expression: /\btold\s+(?:the\s+)?[\p{Lu}][\p{L}]*(?:\.[\p{L}]+)*\.?(?:\s+[\p{Lu}][\p{L}]*(?:\.[\p{L}]+)*\.?){0,3}/u, parts: ['told'] },
];

/** The first match of CHANNEL_WAYS in `text`, as the one expression of the three would give it. */
function channelMatch(text: string): RegExpExecArray | undefined {
  let first: RegExpExecArray | undefined;
  for (const { expression, parts } of CHANNEL_WAYS) {
    if (!holdsAny(text, parts)) continue;
    const m = expression.exec(text);
    if (m && (!first || m.index < first.index)) first = m;
  }
  return first;
}

const CHANNEL_STOP = new RegExp(`${NOT_A_STOP}$`, 'u');

/** Where the words were said, when the attribution says ("in a post on X", "told Al Jazeera"). */
export function channelIn(text: string): string | undefined {
  const near = text.slice(0, 400);
  const m = channelMatch(near);
  // A full stop that ends the sentence is no part of the channel ("told Reuters."); "U.S." and "Mr." keep theirs.
  if (m) return m[0].replace(/\s+/gu, ' ').trim().replace(CHANNEL_STOP, '');
  // The verb says where: "tweeted", "took to Twitter to say".
  const platform = mayTakeTo(near) ? TOOK_TO.exec(near)?.[1] : undefined;
  if (platform) return `on ${platform.replace(/\s+/gu, ' ')}`;
  return /\btweet(?:ed|s|ing)?\b/u.test(near) ? 'on Twitter' : undefined;
}

const PLATFORMS = String.raw`X|Twitter|Facebook|Instagram|Telegram|TikTok|YouTube|Threads|Bluesky|Truth\s+Social|social\s+media`;
/** "a statement by", "his post on": a document's words speak for whoever the rest names (guarded, text/guards.ts). */
const DOCUMENT_BY = /^(?:\s*(?:to\s+)?(?:a|an|the|his|her|its|their)\s+(?:\p{Ll}+\s+){0,2}(?:statement|post|report|tweet|message|letter|video|release)\s+(?:\p{Ll}+\s+)?(?:by|from|of)\s+)/iu;
const mayNameDocument = (text: string) => holdsAny(foldedForGuard(text), ['statement', 'post', 'report', 'tweet', 'message', 'letter', 'video', 'release']);
const TAKING_WORDS = ['took', 'tak'];
const mayTakeTo = (text: string) => holdsAny(text, TAKING_WORDS);
/** "took to Twitter to say": the platform, before the verb of saying (guarded by TAKING_WORDS). */
const TOOK_TO = new RegExp(String.raw`\b(?:took|takes|take|taking)\s+to\s+(${PLATFORMS})\s+to\s*(?:\p{Ll}+\s*)?$`, 'u');

type Mode = 'before-verb' | 'inverted' | 'according';

const MAX_SUBJECT_CHARS = 400;
// Reported speech is looked for in sentences of ordinary length only.
const MAX_INDIRECT_CHARS = 3000;

const INVERTED_STOPS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'via', 'with', 'from', 'to', 'while', 'when', 'who', 'as', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'told']);

/** Reads a subject noun phrase: a name with its titles and appositions, a pronoun, or a title alone. */
export function parseSubject(text: string, mode: Mode): Subject | undefined {
  // A subject is a few words next to its verb; a bounded window keeps any input linear.
  const near = mode === 'before-verb' ? text.slice(-MAX_SUBJECT_CHARS) : text.slice(0, MAX_SUBJECT_CHARS);
  let clean = near.replace(/\([^()]{0,200}\)/gu, ' ').replace(/\s+/gu, ' ');
  // Adverbs between the subject and its verb ("Jane Doe, the mayor, publicly stated").
  if (mode === 'before-verb') {
    for (;;) {
      const m = /(?<!\s)\s*\b(\p{Ll}+)\s*$/u.exec(clean);
      if (!m || !(ADVERBS.has(m[1] ?? '') || /ly$/u.test(m[1] ?? ''))) break;
      clean = clean.slice(0, m.index);
    }
  }
  // A statement or report by someone speaks for them.
  if (mayNameDocument(clean)) clean = clean.replace(DOCUMENT_BY, '');
  const trailingComma = /,\s*$/u.test(clean);
  let segments = clean.split(/[,—–]/u).map((s) => s.trim());
  if (mode === 'inverted' || mode === 'according') {
    const core = segments.find((s) => s.length > 0);
    if (!core) return undefined;
    const descriptions = segments.slice(segments.indexOf(core) + 1).filter((s) => s && looksAppositive(s));
    return readCore(core, descriptions, mode);
  }
  if (trailingComma) segments = segments.slice(0, -1);
  const descriptions: string[] = [];
  let i = segments.length - 1;
  if (trailingComma) {
    // After a plain name, a lower-case segment is its apposition too ("Jane Doe, controller of drama, said").
    while (i > 0 && (looksAppositive(segments[i] ?? '') || isParticipleClause(segments[i] ?? '') || (/^\p{Ll}/u.test(segments[i] ?? '') && isPlainName(segments[i - 1] ?? '')))) {
      // "The president, sitting next to Japanese Prime Minister Shinzo Abe, said": what the speaker was doing, not who they are.
      if (!isParticipleClause(segments[i] ?? '')) descriptions.unshift(segments[i] ?? '');
      i--;
    }
  }
  const core = segments[i];
  if (!core) return undefined;
  // "in Golden, Colo.": a state after a place is not a subject.
  if (tokenize(core).length === 1 && /\b(?:in|at|near|from|of)\s+\p{Lu}[\p{L}.]*$/u.test(segments[i - 1] ?? '')) return undefined;
  // A title in the segment just before the name is an apposition too ("Pakistan's defence minister, Jane Doe,"), and so is
  // a body's noun ("a South Korean newspaper, Munhwa Ilbo,").
  const previous = segments[i - 1];
  if (previous && trailingComma && looksAppositive(previous) && (hasTitleWord(previous) || describesBody(previous))) descriptions.unshift(previous);
  return readCore(core, descriptions, mode);
}

/** A clause of what someone was doing, set off by commas ("sitting next to Jane Doe", "speaking to reporters"): a lower-case "-ing" word first, a dozen words at most. */
function isParticipleClause(segment: string): boolean {
  const tokens = tokenize(segment);
  return tokens.length >= 2 && tokens.length <= 12 && /^\p{Ll}{2,}ing$/u.test(tokens[0]?.text ?? '');
}

/** A capitalised name of two to four words, nothing else. */
function isPlainName(segment: string): boolean {
  const tokens = tokenize(segment);
  return tokens.length >= 1 && tokens.length <= 4 && tokens.every((t) => isCapitalised(t.text) && !isPossessive(t.text) && !isTitle(t.text) && !STOPWORDS.has(bare(t.text)));
}

function hasTitleWord(text: string): boolean {
  return tokenize(text).some((t) => isTitle(bare(t.text).replace(/['’]s?$/u, '')));
}

/** An apposition starts with a determiner, a possessive or a lower-case word, or is made of titles only. */
function looksAppositive(segment: string): boolean {
  const tokens = tokenize(segment);
  const first = tokens[0];
  if (!first) return true;
  const word = bare(first.text);
  if (['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'who', 'one', 'himself', 'herself', 'now', 'then'].includes(word)) return true;
  // "CEO of Acme", "D-Texas": a title or a party and state.
  if (/^[DRI]-\p{Lu}/u.test(first.text)) return true;
  // Degrees and suffixes: "Jane Doe, MD, said".
  if (/^(?:MD|M\.D\.?|PhD|Ph\.D\.?|Jr\.?|Sr\.?|Esq\.?|DDS|RN|QC|KC|MP|OBE|CBE|MBE|III|II)$/u.test(segment.trim())) return true;
  if (isTitle(word) && !(word in HONORIFICS) && tokens.some((t) => !isCapitalised(t.text))) return true;
  // Lower-case appositions start with a title or an age ("spokesman for ...", "18", "former director").
  if (!isCapitalised(first.text)) return isTitle(word) || /^\d/u.test(word) || /-year-old$/u.test(word);
  if (isPossessive(first.text)) return true;
  return tokens.every((t) => isTitle(bare(t.text)) || isPossessive(t.text) || ['and', 'of', 'for', 'the'].includes(bare(t.text)));
}

function readCore(coreText: string, descriptions: string[], mode: Mode): Subject | undefined {
  let tokens = tokenize(coreText);
  // The subject starts after the last clause boundary ("..., while Jane Doe said").
  if (mode !== 'according') {
    for (let i = tokens.length - 1; i >= 0; i--) {
      const word = bare(tokens[i]?.text ?? '');
      if (CLAUSE_WORDS.has(word) && word !== 'and') {
        tokens = tokens.slice(i + 1);
        break;
      }
      if (word === 'and' && i > 0 && !isTitle(bare(tokens[i - 1]?.text ?? ''))) {
        // "Jane Doe and John Roe said": several speakers, not one.
        if (isCapitalised(tokens[i - 1]?.text ?? '') && tokens.slice(i + 1).every((t) => isCapitalised(t.text))) return undefined;
        // "Defence Minister and Foreign Minister Jane Doe" keeps its "and"; "the talks ended and Jane Doe said" does not.
        tokens = tokens.slice(i + 1);
        break;
      }
    }
  }
  // Adverbs between subject and verb ("Jane Doe further confirmed", "publicly stated").
  while (tokens.length > 0) {
    const last = tokens[tokens.length - 1];
    if (!last) break;
    const word = bare(last.text);
    if (!isCapitalised(last.text) && (ADVERBS.has(word) || /ly$/u.test(word) || ['also', 'later', 'once', 'again'].includes(word))) tokens = tokens.slice(0, -1);
    else break;
  }
  if (mode === 'inverted') {
    // "said Jane Doe on Sunday": the name stops where lower-case words begin.
    // Lower-case titles may come first ("said prison spokesman Jane Doe").
    const firstCap = tokens.findIndex((t) => isCapitalised(t.text));
    // Only a title, perhaps with modifiers ("prison spokesman", "local businessman"), may come before the name.
    const lead = tokens.slice(0, firstCap);
    if (firstCap < 0 || (lead.length > 0 && (!isTitle(bare(lead[lead.length - 1]?.text ?? '')) || lead.length > 4))) return undefined;
    // The name ends the noun phrase, before a time or place ("said IDC analyst Jane Doe on Monday").
    const stop = tokens.findIndex((t, i) => i > firstCap && INVERTED_STOPS.has(t.text));
    if (stop > 0) tokens = tokens.slice(0, stop);
    while (tokens.length > 1 && !isCapitalised(tokens[tokens.length - 1]?.text ?? '')) tokens = tokens.slice(0, -1);
  }
  // "Jane Doe of the City Church", "Jane Doe at Acme": the person comes before the preposition.
  const personPrep = tokens.findIndex((t, i) => i > 0 && ['of', 'at', 'from', 'with'].includes(bare(t.text)) && isCapitalised(tokens[i - 1]?.text ?? '') && !isTitle(tokens[i - 1]?.text ?? '') && !isOrgEnding(tokens[i - 1]?.text ?? '') && (isCapitalised(tokens[i + 1]?.text ?? '') || (bare(tokens[i + 1]?.text ?? '') === 'the' && isCapitalised(tokens[i + 2]?.text ?? ''))));
  // The appositions after "Jane Doe of Acme, a trade group" describe Acme, not her.
  let describesWhatFollows = false;
  if (personPrep > 0) {
    const before = tokens.slice(0, personPrep);
    if (!before.some((t) => isOrgEnding(t.text))) {
      tokens = before;
      describesWhatFollows = true;
    }
  }
  if (tokens.length === 0) return undefined;
  if (tokens.length === 1) {
    const word = bare(tokens[0]?.text ?? '');
    if (word === 'he') return { kind: 'pronoun', gender: 'male' };
    if (word === 'she') return { kind: 'pronoun', gender: 'female' };
  }
  if (tokens.length > 14) return undefined;
  const coreStart = tokens[0]?.start ?? 0;
  const coreEnd = tokens[tokens.length - 1]?.end ?? 0;
  const written = coreText.slice(coreStart, coreEnd).trim();
  // The name ends the subject: a run of capitalised words (with name particles) up to the verb.
  let runStart = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]?.text ?? '';
    const word = bare(t);
    if (isCapitalised(t)) {
      runStart = i;
      continue;
    }
    const nextCap = i + 1 < tokens.length && isCapitalised(tokens[i + 1]?.text ?? '');
    const prevCap = i > 0 && isCapitalised(tokens[i - 1]?.text ?? '');
    if (nextCap && prevCap && (NAME_PARTICLES.has(word) || ORG_LINKS.has(word) || /^(?:al|el)-/u.test(t))) {
      runStart = i;
      continue;
    }
    break;
  }
  // Capitalised function words open sentences, not names ("But Jane Doe said", "In Paris").
  while (runStart < tokens.length && STOPWORDS.has(bare(tokens[runStart]?.text ?? '')) && !(bare(tokens[runStart]?.text ?? '') in HONORIFICS) && bare(tokens[runStart]?.text ?? '') !== 'the') runStart++;
  if (runStart >= tokens.length) {
    // "the suit claims", "the statement said": a document speaks for whoever issued it, and is not who a later "he" means.
    if (isDocumentRole(written)) return { kind: 'role', role: written.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) };
    if (isRoleHead(bare(tokens[tokens.length - 1]?.text ?? '')) && hasTitleWord(written) && !/^(?:some|many|several|other|two|three|four|officials?)\b/iu.test(written) && !/s$/u.test(bare(tokens[tokens.length - 1]?.text ?? '')))
      return { kind: 'role', role: written };
    return undefined;
  }
  // "a friend of Jane Doe said": the speaker is the friend, whom the article does not name.
  const beforeRun = runStart > 0 ? bare(tokens[runStart - 1]?.text ?? '') : '';
  if (PREPOSITIONS.has(beforeRun)) return undefined;
  // A name inside a prepositional phrase is not the subject ("a document filed in nearby Creston", "a man outside the store").
  if (mode !== 'according' || runStart > 0) {
    if (tokens.slice(0, runStart).some((t) => PREPOSITIONS.has(bare(t.text)) || ['outside', 'inside', 'behind', 'beside', 'across', 'filed', 'near', 'nearby'].includes(bare(t.text)))) return undefined;
  }
  const run = tokens.slice(runStart);
  const lastWord = bare(run[run.length - 1]?.text ?? '').replace(/['’]s?$/u, '');
  const ofAt = run.findIndex((t) => bare(t.text) === 'of');
  const orgBeforeOf = ofAt > 0 && isOrgEnding(run[ofAt - 1]?.text ?? '');
  if (isOrgEnding((run[run.length - 1]?.text ?? '').replace(/['’]$/u, '')) || orgBeforeOf) {
    let orgStart = 0;
    while (orgStart < run.length - 1 && /-based$/iu.test(run[orgStart]?.text ?? '')) orgStart++;
    const name = coreText.slice(run[orgStart]?.start ?? 0, run[run.length - 1]?.end ?? 0).replace(/^(?:The|A)\s+/u, '');
    if (run.length === 1 && COMMON_NOUN_SUBJECTS.has(lastWord)) return undefined;
    if (run.length === 1 && runStart === 0 && !/^\p{Lu}{2,}$/u.test(run[0]?.text ?? '')) return undefined;
    return { kind: 'name', name, descriptions: [...descriptions], org: true };
  }
  // "Jane Doe of Springfield": the person is before the "of".
  const personOf = run.findIndex((t, i) => i > 0 && bare(t.text) === 'of' && !isTitle(bare(run[i - 1]?.text ?? '')));
  if (personOf > 0) {
    run.splice(personOf);
    describesWhatFollows = true;
  }
  // Titles and possessives in front of the name describe the person: "Pakistan's Defence Minister Jane Doe".
  let nameStart = run.length;
  for (let i = run.length - 1; i >= 0; i--) {
    const t = run[i]?.text ?? '';
    const word = bare(t);
    if (isPossessive(t) || isTitle(word)) break;
    if (word === 'and' || word === 'of' || word === 'for' || word === 'on' || word === '&') break;
    nameStart = i;
  }
  // An honorific directly before the name: "Mr. Doe", "Dr. Jane Doe".
  let honorific: 'male' | 'female' | 'neutral' | undefined;
  const honorificToken = nameStart > 0 ? bare(run[nameStart - 1]?.text ?? '') : '';
  if (honorificToken in HONORIFICS) honorific = HONORIFICS[honorificToken];
  const nameTokens = run.slice(nameStart);
  if (nameTokens.length === 0) return { kind: 'role', role: written };
  const name = coreText
    .slice(nameTokens[0]?.start ?? 0, nameTokens[nameTokens.length - 1]?.end ?? 0)
    .replace(/['’]s$/u, '')
    // A lookbehind, not a capture: "(\p{L}{2,})\.$" rescans a long run of letters from every start.
    .replace(/(?<=\p{L}{2})\.$/u, '');
  // "The Angels said": a name with an article is an organisation or a team, not a person.
  if (/^the$/iu.test(bare(run[nameStart - 1]?.text ?? '')) || /^The\s/u.test(name)) {
    return { kind: 'name', name: name.replace(/^The\s+/u, ''), descriptions: [...descriptions], org: true };
  }
  if (!plausibleName(nameTokens.map((t) => t.text), runStart + nameStart === 0)) {
    return hasTitleWord(written) && nameTokens.length === 0 ? { kind: 'role', role: written } : undefined;
  }
  const prefix = coreText.slice(coreStart, nameTokens[0]?.start ?? coreStart).trim();
  const prefixTokens = tokenize(prefix).filter((t) => !(bare(t.text) in HONORIFICS));
  const allDescriptions = [...descriptions];
  if (prefixTokens.length > 0 && hasTitleWord(prefix)) allDescriptions.unshift(withoutHonorificAtEnd(prefix).trim());
  // "a South Korean newspaper, Munhwa Ilbo, reported": a name the text calls a body is no person a later "he" means.
  // A state ("As Iran warned ...") speaks through its government: a body, not who a later "he" means.
  const body = isState(name) || (!describesWhatFollows && allDescriptions.length > 0 && allDescriptions.every(describesBody));
  const subject: Subject = { kind: 'name', name, descriptions: allDescriptions.filter(Boolean), org: body };
  if (honorific) subject.honorific = honorific;
  return subject;
}

let states: ReadonlySet<string> | undefined;
/** Whether a name is a state's ("Iran", "North Korea"), as capitals.ts lists them. */
function isState(name: string): boolean {
  states ??= new Set(stateNames());
  return states.has(name.toLowerCase());
}


/** Whether a description's head noun (its last word before a preposition or a clause) is a body's: "a South Korean newspaper", not "the director of the Project". */
function describesBody(description: string): boolean {
  const words = tokenize(description).map((t) => t.text);
  // A noun phrase of its own ("a Russian state site"), not a phrase that places a person ("from the fire service").
  if (!/^(?:a|an|the|its)$/iu.test(words[0] ?? '') && !isPossessive(words[0] ?? '')) return false;
  const end = words.findIndex((w, i) => i > 0 && (PREPOSITIONS.has(bare(w)) || CLAUSE_WORDS.has(bare(w)) || w === ','));
  const head = words[(end < 0 ? words.length : end) - 1] ?? '';
  if (!/^\p{Ll}/u.test(head)) return false;
  // A news medium's noun (outlets.ts), or a body's besides (ORG_NAME_ENDINGS: "agency", "network").
  return isNewsMediumNoun(head) || isOrgEnding(head);
}

/**
 * A person's full name spelled out in plain words, as a later surname alone refers back to it: two to four
 * words, each a capital then a lower-case letter (no initial, no acronym: "Jane Doe", not "John W. Henry"),
 * none a title as this reader takes it, no apostrophe inside ("O'Connor" is not taken).
 * speakers.ts `isPersonName` answers a looser question for voices (initials and apostrophes pass, the name
 * splitter's titles and ROLE_WORDS are what it rules out). Resolving surnames with that one instead moves the
 * speakers of 23 of 1037 seed, ECB+ and NewsWCL50 articles ("Henry" -> "John W. Henry", but "Tony DiLeo" ->
 * "DiLeo", "AMD" -> "Chipmaker AMD"): a change of accuracy, to be judged as one, not a merge.
 */
export function isSpelledOutName(text: string): boolean {
  const run = text.split(/\s+/u);
  return run.length >= 2 && run.length <= 4 && run.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isTitle(w) && !/['’]/u.test(w.slice(0, -2)));
}

function plausibleName(words: readonly string[], atSentenceStart: boolean): boolean {
  if (words.length === 0 || words.length > 6) return false;
  const lower = words.map((w) => bare(w).replace(/['’]s$/u, ''));
  if (lower.some((w) => NOT_A_NAME.has(w))) return false;
  if (words.length === 1) {
    const w = lower[0] ?? '';
    if (STOPWORDS.has(w) || COMMON_NOUN_SUBJECTS.has(w) || isTitle(w) || isOrgEnding(words[0] ?? '')) return false;
    if (atSentenceStart && /s$/u.test(w) && w.length > 4 && !/(?:ss|is|us|as|es)$/u.test(w)) return false; // "Witnesses", "Residents"
  }
  if (lower.every((w) => STOPWORDS.has(w))) return false;
  return true;
}

// Sentence adverbs a sentence may open with before its subject ("However, one Mac customer ...").
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(['however', 'meanwhile', 'still', 'but', 'instead', 'later', 'earlier']);

// Conjunctions that open a clause before the main one ("As ..., Mr. Trump threatened").
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'when', 'while', 'after', 'before', 'because', 'although', 'though', 'since', 'if', 'once', 'until', 'whereas']);

const SUBJECT_VERB = /^(?:\p{Ll}+(?:ed|s)|is|was|has|had|will|would|could|can|did|does|told|said|says|wrote|spoke|took|made|went|came|saw|gave|got|became|began|broke|led|met|ran|won|lost|left|paid|sent|thought|knew|felt|heard|held|kept|brought|stood|sat|put|read|set|let)$/u;

/**
 * Nouns for one person whom a sentence may open with ("Her mother said", "A witness told"): a later "she" may
 * mean them. Kin and everyday roles, singular; speakers.ts ROLE_WORDS holds offices, groups and bodies instead.
 */
const PERSON_NOUNS = new Set(
  `mother father wife husband son daughter sister brother friend neighbour neighbor woman man boy girl witness resident
   official spokesman spokeswoman officer source relative teacher student lawyer attorney worker employee victim suspect
   driver pastor doctor cousin uncle aunt grandmother grandfather parent child colleague partner fan owner manager customer`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The person a sentence is about, when it opens a clause with a name and a
 * verb ("Jane Doe said ...", "In an interview, Mr. Doe guessed ..."): later
 * "he"/"she" most likely means them.
 */
export function sentenceSubject(sentence: string): Subject | undefined {
  const tokens = tokenize(sentence.slice(0, 300));
  // "Her mother said ...", "A witness told ...": someone unnamed, whom a later "she" may well mean.
  // ("However, one Mac customer from the show floor was sceptical": past a sentence adverb, and a place phrase after the noun.)
  const first = SENTENCE_ADVERBS.has(bare(tokens[0]?.text ?? '')) && tokens[1]?.text === ',' ? 2 : 0;
  const opening = tokens.slice(first, first + 5).map((t) => bare(t.text).replace(/['’]s?$/u, ''));
  const personAt = opening.findIndex((w) => PERSON_NOUNS.has(w) || PERSON_NOUNS.has(w.replace(/s$/u, '')));
  const place = personAt > 0 && /^(?:from|at|in|on)$/u.test(tokens[first + personAt + 1]?.text ?? '') ? tokens.slice(first + personAt + 2, first + personAt + 7).findIndex((t) => SUBJECT_VERB.test(t.text)) : -1;
  const verbAt = first + personAt + 1 + (place >= 0 ? place + 1 : 0);
  if (personAt > 0 && personAt < 4 && SUBJECT_VERB.test(tokens[verbAt]?.text ?? '')) {
    const head = tokens.slice(first, first + personAt).map((t) => t.text);
    if (head.some((w) => /^(?:a|an|the|one|his|her|their|its)$/iu.test(w) || isPossessive(w))) return { kind: 'role', role: head.concat(tokens[first + personAt]?.text ?? '').join(' ') };
  }
  const starts = [0];
  // After an opening phrase ("In an interview with the paper, ...") the clause starts past the comma.
  const comma = tokens.findIndex((t) => t.text === ',');
  // ("As Iran warned on Tuesday that it might resume ... if the United States does pull out, Mr. Trump threatened it":
  // a clause that opens on a conjunction of time or cause runs to its comma, however long; the main clause follows.)
  const clauseFirst = CLAUSE_OPENERS.has(bare(tokens[0]?.text ?? ''));
  if (comma > 0 && (comma < 12 || (clauseFirst && comma < 40))) starts.push(comma + 1);
  for (let i of starts) {
    while (i < tokens.length && STOPWORDS.has(bare(tokens[i]?.text ?? '')) && !(bare(tokens[i]?.text ?? '') in HONORIFICS)) i++;
    const t = tokens[i];
    if (!t || !isCapitalised(t.text)) continue;
    let j = i;
    while (j + 1 < tokens.length && (isCapitalised(tokens[j + 1]?.text ?? '') || (NAME_PARTICLES.has(bare(tokens[j + 1]?.text ?? '')) && isCapitalised(tokens[j + 2]?.text ?? '')))) j++;
    // "in which the North agreed", "the Post reported": a name written with an article is a body or a place, not a
    // person ("The Boston Herald's Michael Silverman wrote" is the person after the possessive).
    if (i > 0 && bare(tokens[i - 1]?.text ?? '') === 'the' && !tokens.slice(i, j).some((x) => isPossessive(x.text))) continue;
    let k = j + 1;
    // What the sentence says the person is, beside the name.
    let description: string | undefined;
    // "A professor of economics at the University of Athens, Yanis Varoufakis, did not go to work": the name is an
    // apposition to the noun phrase the sentence opens with, and the subject of the verb after it.
    if (i === comma + 1 && tokens[k]?.text === ',' && /^(?:a|an|the)$/iu.test(tokens[0]?.text ?? '') && SUBJECT_VERB.test(tokens[k + 1]?.text ?? '')) {
      description = sentence.slice(0, tokens[comma]?.start ?? 0);
      k++;
    }
    // "Jane Doe, the mayor, said": step over one apposition.
    else if (tokens[k]?.text === ',') {
      const close = tokens.findIndex((x, n) => n > k && x.text === ',');
      const apposition = sentence.slice(tokens[k + 1]?.start ?? 0, tokens[close]?.start ?? 0);
      if (close > 0 && close - k < 22 && looksAppositive(apposition)) {
        description = apposition;
        k = close + 1;
      }
    }
    while (k < tokens.length && ['also', 'later', 'then', 'again', 'never', 'still', 'recently', 'previously', 'once', 'first', 'finally', 'quickly', 'publicly'].includes(tokens[k]?.text ?? '')) k++;
    const next = tokens[k];
    if (next && SUBJECT_VERB.test(next.text) && !isPossessive(tokens[j]?.text ?? '')) {
      const subject = readCore(sentence.slice(t.start, tokens[j]?.end ?? t.end), description ? [description.trim()] : [], 'before-verb');
      if (subject?.kind === 'name' && !subject.org) return subject;
    }
  }
  return undefined;
}

/**
 * Words quoted from a record rather than said to the outlet: a recording, a journal, a diary, a transcript, read out or
 * played by others ("On the tape, ...", "In describing the session in his journal later, Jeffs said", "Jeffs is heard
 * saying", "The FBI agent also read from a priesthood record, in which Jeffs allegedly wrote"). The record's nouns in
 * lower case ("the Wall Street Journal" is an outlet); a letter or a post is the writer's own statement, so not here.
 */
const FROM_RECORD = /\b(?:[Oo]n|[Ii]n|[Ff]rom)\s+(?:the|a|an|his|her|their|one\s+of\s+the|\p{L}+['’]s?)\s+(?:\p{Ll}+\s+)?(?:tapes?|recordings?|journals?|diary|diaries|transcripts?|wiretaps?)\b|\b(?:is|was|are|were|be)\s+heard\s+(?:saying|telling)\b|\bread\s+(?:from|excerpts?|aloud)\b|\b(?:journals?|diary|diaries|transcripts?|recordings?|tapes?)\s+(?:said|says|read|reads)\b/u;
const mayCiteRecord = (text: string) => holdsAny(text, ['tape', 'record', 'journal', 'diar', 'transcript', 'wiretap', 'heard', 'read']);

/**
 * Whether a sentence's quoted words come from a record (FROM_RECORD), said in the sentence or, for words it says were
 * written ("..., Jeffs wrote"), in the one before ("Hanna read excerpts of Jeffs' journal ...").
 */
export function quotesFromRecord(sentence: string, previous = ''): boolean {
  if (mayCiteRecord(sentence) && FROM_RECORD.test(sentence)) return true;
  return /\b(?:wrote|writes|written)\b/u.test(sentence) && mayCiteRecord(previous) && FROM_RECORD.test(previous);
}

/** The guarded expressions of this module with their guards (text/guards.ts), for the test that checks each guard on the corpora. */
export const ATTRIBUTION_GUARDS: readonly GuardedExpression[] = [
  ...CHANNEL_WAYS.map(({ expression, parts }) => ({ expression, mayMatch: (text: string) => holdsAny(text, parts) })),
  { expression: TOOK_TO, mayMatch: mayTakeTo },
  { expression: DOCUMENT_BY, mayMatch: mayNameDocument },
  { expression: FROM_RECORD, mayMatch: mayCiteRecord },
];

/**
 * Someone a later "he" or "she" may mean, as a reader keeps them in mind: the speakers quoted and the people sentences
 * open with, latest last. An unnamed person ("her mother") or a title alone ("the Secretary-General") is kept too: a
 * "she said" next is theirs.
 */
export interface Referent {
  name: string;
  org: boolean;
  gender?: 'male' | 'female';
  /** The latest sentence that spoke of them. */
  lastSentence: number;
  /** A person the text speaks of without a name ("her mother"), who stops a pronoun reaching further back. */
  unnamed?: boolean;
  /** Known only by a title ("the Secretary-General"). */
  role?: boolean;
}

/** A pronoun reaches back this many sentences for its person; further back it is a guess. */
export const PRONOUN_REACH = 8;

/**
 * Whether a speaker is a group, nobody a "he" or "she" means: a title or description whose last word is a plural
 * ("Experts", "the aides", "Pakistani officials"; not "boss", "status"), or, for a name (`named`), a single word that is
 * a plural noun for people or bodies ("Aides", capitalised as a sentence's first word; not "Jones", nor "Tom Jones").
 */
export function namesGroup(speaker: string, named: boolean): boolean {
  const words = speaker.split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  if (!/\p{Ll}s$/u.test(last) || /(?:ss|us|is)$/u.test(last)) return false;
  if (!named) return true;
  return words.length === 1 && (COMMON_NOUN_SUBJECTS.has(last.toLowerCase()) || ROLE_WORDS.test(last));
}

/** Someone spoke or was spoken of in a sentence: they become the nearest candidate for a later pronoun. */
export function rememberReferent(referents: Referent[], name: string, org: boolean, sentence: number, gender?: 'male' | 'female'): Referent {
  const existing = referents.findIndex((r) => r.name === name);
  const entry: Referent = (existing >= 0 ? referents.splice(existing, 1)[0] : undefined) ?? { name, org, lastSentence: sentence };
  entry.lastSentence = sentence;
  if (gender) entry.gender = gender;
  referents.push(entry);
  return entry;
}

/**
 * Whom "he" or "she" in a sentence means: the nearest person before it whose gender, if known, fits, within `reach`
 * sentences (PRONOUN_REACH for the statement reader); nobody when the nearest is unnamed; a title alone when that is
 * who the text spoke of last. A person so meant is from then on known by the pronoun's gender ("she said" after Dana
 * Tamir: a later "he said" is not hers). The statement reader (quotes/collect.ts) credits its quotes by it, and the
 * voice reader (quotes/voices.ts) its "he said" and "she said".
 */
export function pronounReferent(referents: readonly Referent[], gender: 'male' | 'female', sentence: number, reach = PRONOUN_REACH): Referent | undefined {
  for (let i = referents.length - 1; i >= 0; i--) {
    const candidate = referents[i];
    if (!candidate || candidate.org) continue;
    if (sentence - candidate.lastSentence > reach) break;
    if (candidate.unnamed) return undefined;
    // "Aides said ...", "Experts warned ...": a group is nobody a "he" or "she" means.
    if (namesGroup(candidate.name, !candidate.role)) continue;
    if (candidate.role) return candidate;
    if (candidate.gender && candidate.gender !== gender) continue;
    candidate.gender = gender;
    return candidate;
  }
  return undefined;
}
