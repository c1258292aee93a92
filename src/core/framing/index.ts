/**
 * Framing and voices: the words each outlet uses for the same actors, whom it
 * lets speak and for which side, the judging and hedging words it uses, and
 * what its opening leads with.
 *
 * Follow-ups count like same-event coverage for labels, voices and words (the
 * same actors and sides recur across a story's developments); the one-sided
 * rule compares an outlet with every other outlet in the comparison, same
 * event and follow-up alike, because the balance of sides is a property of the
 * story's coverage rather than of one day's news.
 */
import type { Article } from '../types.js';
import type { Analysis, AnalysisContext, ArticleReading, Compared } from '../analysis/contract.js';
import { CURRENT } from '../analysis/contract.js';
import { articleSentences } from '../text/segment.js';
import { words as wordTokens } from '../text/tokens.js';
import { PackError, bool, list, num, object, oneOf, optional, text, type Schema } from '../analysis/schema.js';
import { actorFeatures, displayName, groupActors, placeTest, usable, resolveActors, type ActorFeatures, type ActorLabel, type KeyResolver } from './actors.js';
import { quoteSpans, insideAny } from './spans.js';
import { compareNames, isSentenceCase, nameKey, namesNoParty, skeleton } from '../english/names.js';
import { readDateline } from '../english/datelines.js';
import { isDemonymOf, isStateAdjective, isTitleWord } from '../english/titles.js';
import { cuesIn, type CueKind } from './lexicon.js';
import { leadFeatures, leadFocus, type LeadFeatures } from './lead.js';
import { oneSided, sideTotals, ONE_SIDED_SHARE } from './onesided.js';
import { coverageSides, INDEPENDENT, voiceSides, type Voice } from './voices.js';
import { isPersonName } from '../english/speakers.js';
import { setAgainst, type SideTerms } from './contest.js';
import { framingPresentation } from './presentation.js';

export { ONE_SIDED_SHARE, MIN_QUOTED_SENTENCES } from './onesided.js';
export type { ActorLabel, ActorMention, ActorFeatures } from './actors.js';
export { actingForText, agentsOf, labelCountText, labelText, NO_SIDE, NO_VOICES } from './markdown.js';
export type { Voice } from './voices.js';
export type { LeadFeatures } from './lead.js';

export interface FramingCue {
  kind: CueKind;
  word: string;
  sentence: number;
  inQuote: boolean;
}

export interface FramingFeatures {
  actors: ActorFeatures;
  voices: Voice[];
  cues: FramingCue[];
  lead: LeadFeatures;
}

const MAX_CUES = 300;

/**
 * Per-article framing features. Who speaks comes from the quotes analysis, the only attributor, in
 * `reading.attributions` (the registry lists quotes before framing); framing adds the sides. Without it, no voices.
 */
export function framingFeatures(article: Article, reading: Partial<ArticleReading> = {}): FramingFeatures {
  const sentences = reading.sentences ?? articleSentences(article);
  // A headline written as a sentence ("Mike Pompeo, Trump's secretary of State pick, made top-secret visit ...") names
  // and describes its actors as the body does, first; one in title case ("Met With North Korean Leader") is read for
  // the lead only, its capitals being no names. It is read after the body and takes the index after its last
  // sentence, so that a label's first sentence stays the body's (the lead reads the first sentence's actors).
  const headline = isSentenceCase(article.title) ? [{ index: sentences.length, paragraph: article.paragraphs.length, start: 0, end: article.title.length, text: article.title }] : [];
  const actors = actorFeatures([...sentences, ...headline], [...article.paragraphs, article.title], quotedSpeakers(reading.attributions?.voices ?? []));
  const voices = voiceSides(reading.attributions?.voices ?? [], sentences, article.paragraphs);
  const cues: FramingCue[] = [];
  const spans = article.paragraphs.map(quoteSpans);
  for (const s of sentences) {
    for (const cue of cuesIn(s.text)) {
      if (cue.word.length > 60) continue;
      const offset = s.start + cue.at;
      cues.push({ kind: cue.kind, word: cue.word, sentence: s.index, inQuote: insideAny(offset, spans[s.paragraph] ?? []) });
    }
    if (cues.length >= MAX_CUES) break;
  }
  const titleActors = actorFeatures([{ index: 0, paragraph: 0, start: 0, end: article.title.length, text: article.title }], [article.title]).mentions;
  // The headline and first sentence without a dateline ("Alwaght- After a bloody week ...", a NewsWCL50 title "WEST PALM
  // BEACH, Fla. — President Trump ..."): where the report was filed, or by whom, is no lead word. (A headline in title
  // case, "AMD Acquires SeaMicro - Big Bet on ...", has capitals before any dash: its words stay.)
  const withoutDateline = (text: string) => text.slice(readDateline(text)?.length ?? 0);
  const leadTitle = isSentenceCase(article.title) ? withoutDateline(article.title) : article.title;
  const firstText = withoutDateline(sentences[0]?.text ?? '');
  const lead = leadFeatures(
    leadTitle,
    firstText !== leadTitle ? firstText : '',
    // Headline capitals say little ("Strike Interim Peace Deal"): only actors the body names count.
    titleActors.filter((m) => actors.mentions.some((b) => b.key === m.key)),
    actors.mentions.filter((m) => m.sentence === 0),
  );
  return { actors, voices, cues: cues.slice(0, MAX_CUES), lead };
}

/** Per sentence, the one speaker whose words it quotes directly (none where two voices share a sentence). */
function quotedSpeakers(voices: readonly { speaker: string; direct: readonly number[] }[]): Map<number, string> {
  const by = new Map<number, string | undefined>();
  for (const v of voices) for (const i of v.direct) by.set(i, by.has(i) && by.get(i) !== v.speaker ? undefined : v.speaker);
  return new Map([...by].filter((e): e is [number, string] => e[1] !== undefined));
}

// ---------------------------------------------------------------------------
// Schema

const LIMITS = { sentences: 5000, mentions: 600, links: 200, voices: 60, cues: 300, chars: 300 };
const index = num({ integer: true, min: 0, max: LIMITS.sentences });
const label = text(LIMITS.chars);

export const framingFeaturesSchema: Schema<FramingFeatures> = object({
  actors: object({
    mentions: list(object({ label, key: label, kind: oneOf('name', 'acronym', 'description'), sentence: index, inQuote: bool, count: num({ integer: true, min: 1, max: 100000 }), atStart: optional(bool) }), LIMITS.mentions),
    links: list(pair(label), LIMITS.links),
  }),
  voices: list(
    object({ speaker: label, affiliation: optional(label), side: optional(label), direct: list(index, 500), indirect: list(index, 500) }),
    LIMITS.voices,
  ),
  cues: list(object({ kind: oneOf('loaded', 'doubt', 'weight', 'hedge'), word: text(60), sentence: index, inQuote: bool }), LIMITS.cues),
  lead: object({ actors: list(label, 6), words: list(text(60), 40) }),
});

function pair(item: Schema<string>): Schema<[string, string]> {
  const two = list(item, 2);
  return (data, where) => {
    const values = two(data, where);
    if (values.length !== 2) throw new PackError(`${where} must hold two entries`);
    return [values[0] ?? '', values[1] ?? ''];
  };
}

// ---------------------------------------------------------------------------
// The report section

export interface FramingActor {
  actor: string;
  /** Per outlet, the labels it uses, each marked whether it stands inside a quotation the outlet reports. */
  labels: Record<string, ActorLabel[]>;
}

export interface FramingVoice {
  speaker: string;
  affiliation?: string;
  /** The party the text ties the speaker to (an actor's name as most outlets write it), or "independent". */
  side?: string;
  /** Sentences that give the speaker's words, quoted or reported. */
  count: number;
  /** Of those, sentences that quote them directly. */
  direct: number;
}

export type FramingFlagKind = 'one-sided' | 'loaded' | 'hedged';

export interface FramingFlag {
  articleId: string;
  kind: FramingFlagKind;
  detail: string;
  /** The sentence, as it stands in the article. */
  sentence?: string;
}

export interface FramingLead {
  /** Actors the headline and first paragraph put first. */
  actors: string[];
  /** Their rarest words: what the opening is about. */
  focus: string[];
}

export interface FramingSection {
  actors: FramingActor[];
  voices: Record<string, FramingVoice[]>;
  flags: FramingFlag[];
  leads?: Record<string, FramingLead>;
}

const MAX_WORD_FLAGS_PER_OUTLET = 10;

export function compareFraming(
  current: Compared<FramingFeatures>,
  others: readonly Compared<FramingFeatures>[],
  context: AnalysisContext,
): FramingSection {
  const all = [{ ...current, id: CURRENT }, ...others];
  const articles = all.map((a) => ({ id: a.id, actors: a.features.actors }));
  const resolver = resolveActors(articles);
  const actors = groupActors(articles, resolver).map((g) => ({ actor: g.actor, labels: g.labels }));
  const names = displayNames(articles, resolver, openingCapitals(all.flatMap((a) => a.sentences)));

  // Keyed by article ids, which come from imported packs: no prototype, so that an id such as "__proto__" stays a key.
  const voices: Record<string, FramingVoice[]> = Object.create(null);
  const totals = new Map<string, Map<string, number>>();
  // The sentences in which each shown voice is quoted directly (for the check that a flag agrees with its page).
  const directAt = new WeakMap<FramingVoice, readonly number[]>();
  for (const a of all) {
    const table = a.features.voices
      .map((v) => {
        const out: FramingVoice = { speaker: v.speaker, count: v.direct.length + v.indirect.length, direct: v.direct.length };
        if (v.affiliation) out.affiliation = v.affiliation;
        const side = v.side === INDEPENDENT ? INDEPENDENT : v.side ? names.sideName(v.side) : undefined;
        if (side) out.side = side;
        directAt.set(out, v.direct);
        return out;
      })
      .filter((v) => v.count > 0)
      .sort((x, y) => y.count - x.count);
    voices[a.id] = table;
  }
  // A speaker whose side this outlet's text leaves unsaid takes the side the rest of the coverage states for them.
  const canonical = (speaker: string): string | undefined => {
    if (!isPersonName(speaker) && !/^\p{Lu}[\p{L}’'-]+$/u.test(speaker)) return undefined;
    const named = names.sideName(speaker);
    // "Jumaane D. Williams" is not "Makaeo Williams", nor "Mark Feldstein" "Mark Felt": a full name is written in full
    // by the coverage only under the same first and last names.
    if (named && isPersonName(speaker) && isPersonName(named) && !compareNames(speaker, named)) return speaker;
    return named ?? (isPersonName(speaker) ? speaker : undefined);
  };
  const stated = coverageSides(all.map((a) => ({ voices: voices[a.id] ?? [], sentences: a.sentences })), canonical, names.sideName, names.governmentOf);
  for (const a of all) {
    const table = voices[a.id] ?? [];
    for (const v of table) {
      const who = v.side ? undefined : canonical(v.speaker);
      const side = who ? stated.get(who) : undefined;
      if (side) v.side = side;
    }
    totals.set(a.id, sideTotals(table, INDEPENDENT));
  }

  const flags: FramingFlag[] = [];
  for (const a of all) {
    const own = totals.get(a.id) ?? new Map<string, number>();
    const rest = all.filter((o) => o.id !== a.id).map((o) => totals.get(o.id) ?? new Map<string, number>());
    // Named people quoted directly whose side is not read ("Brad Parscale, campaign manager of Donald J"), also where
    // the attribution ran on past the name ("Ali Akbar Salehi was quoted by Iranian").
    const unreadVoices = (voices[a.id] ?? []).filter((v) => !v.side && v.direct > 0 && (PERSON_FIRST.test(v.speaker) || SURNAME.test(v.speaker)));
    const unread = unreadVoices.reduce((n, v) => n + v.direct, 0);
    const result = oneSided(a.id, own, rest, unread);
    if (result) {
      // The flag must agree with the page: a side one of its directly quoted voices names is not unheard.
      const words = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
      const quotedText = (voices[a.id] ?? []).filter((v) => v.direct > 0).map((v) => words(`${v.speaker} ${v.affiliation ?? ''}`));
      result.unheard = result.unheard.filter((side) => !quotedText.some((t) => t.includes(words(side))));
      // An unread voice quoted in a sentence that names an unheard side (or its people: "quoted by Iranian state television")
      // may speak for it: the page may quote that side after all, so no flag.
      const near = unreadVoices.flatMap((v) => (directAt.get(v) ?? []).flatMap((i) => [a.sentences[i - 1] ?? '', a.sentences[i] ?? '']));
      if (result.unheard.some((side) => near.some((t) => namesSide(t, side)))) continue;
      // The party left unheard must be one the coverage sets against the flagged side: quoted side by side is no contest.
      const terms = (side: string): SideTerms => ({ name: side, speakers: all.flatMap((o) => (voices[o.id] ?? []).filter((v) => v.side === side).map((v) => v.speaker)) });
      const everySentence = all.flatMap((o) => o.sentences);
      result.unheard = result.unheard.filter((other) => setAgainst(everySentence, terms(result.side), terms(other)));
      if (result.unheard.length === 0) continue;
      const percent = (n: number) => `${Math.round(n * 100)}%`;
      const unheard = result.unheard.length > 0 ? `; no direct quote from ${result.unheard.join(', ')}, whom other outlets quote` : '';
      flags.push({
        articleId: a.id,
        kind: 'one-sided',
        detail: `${percent(result.share)} of ${result.quoted} directly quoted partisan sentences come from ${result.side} (other outlets: ${percent(result.othersShare)}; threshold ${percent(ONE_SIDED_SHARE)})${unheard}`,
      });
    }
  }
  for (const a of all) flags.push(...wordFlags(a.id, a.features.cues, a.sentences));

  const leads: Record<string, FramingLead> = Object.create(null);
  for (const a of all) {
    leads[a.id] = {
      // Only actors the coverage names: a key no outlet writes as a name ("joint:places:afghanistan|pakistan" for "the two
      // countries") is the analysis's own, never a reader's word.
      actors: a.features.lead.actors.map((k) => names.actorName(k)).filter((n, i, xs): n is string => n !== undefined && xs.indexOf(n) === i),
      focus: leadFocus(a.features.lead, context.idfOf),
    };
  }
  return { actors, voices, flags, leads };
}

/**
 * Words the coverage writes capitalised only where a sentence opens them: in lower case more often than capitalised
 * inside a sentence ("will", "unlike", "once"; not "North", which names a place wherever it stands).
 */
function openingCapitals(sentences: readonly string[]): (word: string) => boolean {
  const lower = new Map<string, number>();
  const inner = new Map<string, number>();
  for (const sentence of sentences) {
    for (const [i, w] of wordTokens(sentence).entries()) {
      if (/^\p{Ll}/u.test(w.surface)) lower.set(w.surface, (lower.get(w.surface) ?? 0) + 1);
      else if (i > 0 && /^\p{Lu}\p{Ll}/u.test(w.surface)) inner.set(w.surface, (inner.get(w.surface) ?? 0) + 1);
    }
  }
  return (word) => /^\p{Lu}\p{Ll}/u.test(word) && (lower.get(word.toLowerCase()) ?? 0) > (inner.get(word) ?? 0);
}

/**
 * A speaker named by one capitalised word, as articles name a person after the first mention ("Pigeon", "Hiller",
 * "Feldman"): unread like a full name. Not initials written in capitals ("ACLED"), which name bodies.
 */
const SURNAME = /^\p{Lu}\p{Ll}[\p{L}’'-]+$/u;

/** A speaker phrase that opens with a person's name: "Tom Perez", "Ali Akbar Salehi was quoted by Iranian". */
const PERSON_FIRST = /^(?:\p{Lu}[\p{L}’'.-]+\s+){1,3}\p{Lu}[\p{L}’'.-]+(?:\s+\p{Ll}.*)?$/u;

/** Whether a sentence names a side, or a word of its name by the demonym ("Iranian" for Iran). */
function namesSide(sentence: string, side: string): boolean {
  const names = side.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w));
  const words = wordTokens(sentence).map((w) => w.surface).filter((w) => /^\p{Lu}/u.test(w));
  return names.some((n) => words.some((w) => w === n || isDemonymOf(w, n)));
}

function wordFlags(articleId: string, cues: readonly FramingCue[], sentences: readonly string[]): FramingFlag[] {
  const bySentence = new Map<string, FramingCue[]>();
  for (const c of cues) {
    const kind: FramingFlagKind = c.kind === 'loaded' || c.kind === 'weight' ? 'loaded' : 'hedged';
    const id = `${c.sentence}:${kind}`;
    const list = bySentence.get(id) ?? [];
    list.push(c);
    bySentence.set(id, list);
  }
  const flags: FramingFlag[] = [];
  const perKind = new Map<FramingFlagKind, number>();
  for (const [id, list] of bySentence) {
    const kind = id.endsWith(':loaded') ? 'loaded' : 'hedged';
    if ((perKind.get(kind) ?? 0) >= MAX_WORD_FLAGS_PER_OUTLET) continue;
    perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    const sentence = sentences[list[0]?.sentence ?? -1];
    const parts = list.map((c) => {
      const what = c.kind === 'loaded' ? 'judging word' : c.kind === 'weight' ? 'lends weight' : c.kind === 'doubt' ? 'casts doubt' : 'hedge';
      return `${what} “${c.word}”${c.inQuote ? ' (in a quotation)' : ''}`;
    });
    const flag: FramingFlag = { articleId, kind, detail: parts.join('; ') };
    if (sentence !== undefined) flag.sentence = sentence;
    flags.push(flag);
  }
  return flags;
}

/** How to show a key or a voice's side: the name most outlets use for its actor group. */
function displayNames(articles: readonly { id: string; actors: ActorFeatures }[], resolver: KeyResolver, openingCapital: (word: string) => boolean = () => false) {
  const counts = new Map<string, Map<string, number>>();
  // Which outlets name each actor: a side is a party the coverage itself names, in more than one outlet.
  const outlets = new Map<string, Set<string>>();
  for (const a of articles) {
    for (const m of usable(a.actors.mentions, articles)) {
      const named = resolver.groups.find(resolver.normalise(m.key));
      outlets.set(named, new Set([...(outlets.get(named) ?? []), a.id]));
      if (m.kind === 'description') continue;
      const key = resolver.normalise(m.key);
      if (m.kind === 'name' && !m.key.includes(' ') && ((key !== m.key && !key.includes(' ')) || isStateAdjective(m.key))) continue; // a demonym
      const root = resolver.groups.find(key);
      const c = counts.get(root) ?? new Map<string, number>();
      c.set(m.label, (c.get(m.label) ?? 0) + m.count);
      counts.set(root, c);
    }
  }
  const best = (root: string): string | undefined => {
    const c = counts.get(root);
    const name = c ? displayName(c, placeTest(resolver)) : undefined;
    if (!c || !name) return name;
    // "Will Intel", "Unlike Apple", "Once Microsoft": a word capitalised only where it opens a sentence or a headline is
    // no part of the name; the name is the rest, where the outlets also write the rest alone for the same actor.
    let words = name.split(' ');
    while (words.length > 1 && openingCapital(words[0] ?? '') && c.has(words.slice(1).join(' '))) words = words.slice(1);
    return words.join(' ');
  };
  const rootOf = (name: string) => resolver.groups.find(resolver.normalise(nameKey(name)));
  return {
    /** The name most outlets use for the key's actor; undefined where no outlet names it (a key of the analysis's own). */
    actorName: (key: string): string | undefined => best(resolver.groups.find(resolver.normalise(key))),
    /**
     * The state a person's government is, where the coverage joins it to one ("the Trump administration" in the
     * United States row): the name most outlets use for that state. Undefined where the government is no state's.
     */
    governmentOf: (person: string): string | undefined => {
      const words = nameKey(person).split(' ');
      for (const key of [words.join(' '), words[words.length - 1] ?? '']) {
        const gov = resolver.normalise(`gov:${key}`);
        const root = resolver.groups.find(gov);
        // (Not a government placed by its head's seat alone: the text never gives the person the state's office.)
        if (root === gov || root.startsWith('gov:') || resolver.seatGovernments.has(gov) || (outlets.get(root)?.size ?? 0) < 2) continue;
        const name = best(root);
        if (name) return name;
      }
      return undefined;
    },
    /**
     * The side as most outlets name its actor, or undefined when it is no party the coverage names:
     * a title or a fragment ("Donald J", "Managing", "Commerce"), or an actor one outlet alone mentions.
     */
    sideName: (side: string): string | undefined => {
      const named = sideNamed(side);
      // A chamber, a law or a generic noun named for the side ("House", "Endangered Species Act") is no party (english/names.ts).
      return named !== undefined && namesNoParty(named) ? undefined : named;
    },
  };

  /** The side as most outlets name its actor (sideName, before its last test). */
  function sideNamed(side: string): string | undefined {
    const party = (root: string) => ((outlets.get(root)?.size ?? 0) >= 2 && !isTitleWord(side.split(/\s+/).pop() ?? '') ? best(root) : undefined);
    const whole = party(rootOf(side));
    if (whole) return whole;
    const words = side.split(/\s+/).filter(Boolean);
    while (words.length > 1 && /^(?:of|for|and|the)$/u.test(words[words.length - 1] ?? '')) words.pop();
    // "Donald J. Trump for President": the person the name ends with, written in full by the coverage.
    const last = words[words.length - 1] ?? '';
    const person = words.length >= 2 ? party(rootOf(last)) : undefined;
    if (person && person.includes(' ') && person.endsWith(` ${last}`)) return person;
    const first = words[0] ?? side;
    if (first === side) return undefined;
    const byFirst = party(rootOf(first));
    if (byFirst) return byFirst;
    // "campaign manager of Donald J" (a cut name): the one full name of the coverage that begins with it.
    const begun = [...counts.keys()].map((root) => party(root)).filter((n): n is string => !!n && n.startsWith(`${first} `) && n.split(' ').length >= 2);
    return new Set(begun).size === 1 ? begun[0] : undefined;
  }
}

/** How each outlet names the actors, whom it lets speak and for which side, and its loaded or hedging words. */
export const framingAnalysis: Analysis<FramingFeatures, FramingSection, 'framing'> = {
  ...framingPresentation,
  features: framingFeatures,
  schema: framingFeaturesSchema,
  compare: compareFraming,
  takesFollowUps: true,
};
