/**
 * Voices: whom an article quotes or cites, as the quotes analysis reads them
 * (its features' `voices`), and on whose side the text itself places them
 * ("Pakistan's defence minister", "a Kabul-based analyst"). Who speaks is the
 * attributor's answer; what is framing's own is the side.
 */
import { isOrgEnding, nameChunks, nameKey, namesNoParty, type NameChunk } from '../english/names.js';
import { isBareActor, isPersonName, ROLE_WORDS } from '../english/speakers.js';
import { accordingTo, type AttributedVoice } from '../english/speech.js';
import type { ArticleSentence } from '../text/segment.js';
import { foldedForGuard, holdsAny, type GuardedExpression } from '../text/guards.js';
import { isDemonymOf, isTitleWord, splitTitle } from '../english/titles.js';
import { isNewsOutletName, namesNewsMedium } from '../english/outlets.js';

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

const INDEPENDENT_WORDS = /\b(?:analysts?|experts?|fellow|lecturer|think[ -]tank|research(?:ers?)?|nonprofit|non-profit|professor|scholars?|academics?|institute|university|observers?|monitor(?:ing group)?)\b/iu;
// Guarded (text/guards.ts): its matches say "former", in any case.
const mayBeFormerOfficial = (text: string) => foldedForGuard(text).includes('former');
const FORMER_OFFICIAL = /\bformer\s+(?:[\p{L}-]+\s+){0,3}?(?:ambassadors?|envoys?|representatives?|diplomats?|officials?|officers?|advis[eo]rs?|spokes(?:man|woman|person))\b/iu;

const STATE_MEDIUM = /\b(?:state(?:-run|-owned|-controlled)?\s+(?:media|news|television|tv|radio|broadcaster|newspaper)|official\s+(?:news|newspaper|media))/iu;

/** The article's voices (the quotes analysis's), each with the side the text gives it. */
export function voiceSides(voices: readonly AttributedVoice[], sentences: readonly ArticleSentence[], paragraphs: readonly string[]): Voice[] {
  const isPlace = placeWords(paragraphs);
  return voices.map((v) => {
    const out: Voice = { speaker: v.speaker, direct: [...v.direct], indirect: [...v.indirect] };
    if (v.affiliation) out.affiliation = v.affiliation;
    const side = sideOf(v.speaker, v.affiliation, isPlace);
    // A source named bare ("according to the Express Tribune") does not speak for itself as a party.
    const ownName = side !== undefined && nameKey(side) === nameKey(v.speaker);
    if (side && !(ownName && citedFirst(v, sentences))) out.side = side;
    return out;
  });
}

// How far past "according to" the source's name may start ("according to data from the US Geological Survey").
const CITATION_REACH = 40;

/** Whether the voice's first sentence names it as a source, "according to" it ("according to the Express Tribune"). */
function citedFirst(v: AttributedVoice, sentences: readonly ArticleSentence[]): boolean {
  const text = sentences[Math.min(...v.direct, ...v.indirect)]?.text ?? '';
  const key = nameKey(v.speaker);
  return accordingTo(text).some(({ end }) => nameKey(text.slice(end, end + v.speaker.length + CITATION_REACH)).includes(key));
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

/**
 * The side the text gives a speaker: independent for analysts, experts, think
 * tanks and researchers; else the party named possessively ("Pakistan’s"), as
 * an adjective ("Pakistani officials") or after "of"/"for" ("spokesman for the
 * Afghan Taliban"). A place a body is merely based in ("an Islamabad-based
 * think tank") is not its side.
 */
export function sideOf(speaker: string, affiliation: string | undefined, isPlace: (word: string) => boolean = () => false): string | undefined {
  const side = sideAsWritten(speaker, affiliation, isPlace);
  // "Police sources", "House Resources Committee Chairman", "the Endangered Species Act": a generic noun, a chamber or a
  // law is no party (english/names.ts).
  return side !== undefined && side !== INDEPENDENT && namesNoParty(side) ? undefined : side;
}

function sideAsWritten(speaker: string, affiliation: string | undefined, isPlace: (word: string) => boolean): string | undefined {
  const text = [affiliation ?? '', speaker].join(' , ');
  if (INDEPENDENT_WORDS.test(text)) return INDEPENDENT;
  // "The South Korean newswire service Yonhap", "an AFP journalist": a news medium and its people report for no party,
  // unless the text makes the medium a state's.
  if ((namesNewsMedium(text) || isNewsOutletName(speaker)) && !STATE_MEDIUM.test(text)) return undefined;
  // "Anthony LaCalamita III, a Troy resident", "a resident of Bukit Sama village": where one person lives is no party they
  // speak for (not where the text gives them a role besides: "a Troy resident and city official").
  if (/\bresident\b/iu.test(text) && !ROLE_WORDS.test(text.replace(/\bresident\b/giu, ''))) return undefined;
  // "a former British ambassador": a diplomat or official out of office comments; they speak for no party now.
  if (mayBeFormerOfficial(text) && FORMER_OFFICIAL.test(text) && !/\bcurrent and former\b/iu.test(text)) return INDEPENDENT;
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
    // "the UN Relief and Works Agency": a body's name that runs on past "and" is read whole, not cut at it.
    const joined = new RegExp(String.raw`^\s+(?:and|&)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4})`, 'u').exec(after(c, 60));
    if (joined?.[1] && isOrgEnding(joined[1].split(/\s+/u).pop() ?? '') && !leadingOrganisation(c.text)) return `${c.text} and ${joined[1]}`;
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
  if (affiliation || !isBareActor(speaker)) return undefined;
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

/** The two US parties, as a side: what a politician's label ("R-Va.", "Republican Sen.", "a Democrat") states. */
export const REPUBLICANS = 'Republicans';
export const DEMOCRATS = 'Democrats';

const partyOf = (word: string): string => (/^(?:R|Republican)/u.test(word) ? REPUBLICANS : DEMOCRATS);

// "Bob Goodlatte (R-Va.)", "Trey Gowdy, R-S.C.,", "Adam Schiff (D-CA)": the party letter and the state, in the
// brackets or commas that follow a name. "Rick Tyler, a Republican political consultant", "Trump, a Republican,".
const PARTY_AFTER_NAME = /^\s*(?:\(\s*([RD])-\s?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\s*\)|,\s+([RD])-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?(?=[,;.)]|\s*$)|,\s+an?\s+(?:(?:former|longtime|fellow|moderate|conservative|liberal|centrist|veteran|senior|prominent|leading)\s+)?(Republican|Democrat(?:ic)?)\b)/u;
// "Republican Sen. Lindsey Graham", "Democratic Rep. Adam Schiff", "Republican Lindsey Graham": the party word and
// at most three title words ("House Minority Leader") right before the name.
const PARTY_AFTER_PARTS = ['R-', 'D-', 'Republican', 'Democrat'];
const PARTY_BEFORE_PARTS = ['Republican', 'Democratic'];
const mayNamePartyAfter = (text: string) => holdsAny(text, PARTY_AFTER_PARTS);
const mayNamePartyBefore = (text: string) => holdsAny(text, PARTY_BEFORE_PARTS);
const PARTY_BEFORE_NAME = /\b(Republican|Democratic)\s+((?:[\p{Lu}][\p{L}.-]*\s+){0,3})$/u;

/** The party a politician's label states around one mention of a name: `before` ends where the name starts, `after` starts where it ends. */
export function statedParty(before: string, after: string): string | undefined {
  // Guarded (text/guards.ts): a party after a name is written "R-", "D-", "Republican" or "Democrat".
  const a = mayNamePartyAfter(after) ? PARTY_AFTER_NAME.exec(after) : null;
  const word = a?.[1] ?? a?.[2] ?? a?.[3];
  if (word) return partyOf(word);
  const b = mayNamePartyBefore(before) ? PARTY_BEFORE_NAME.exec(before) : null;
  // The words between the party and the name must all be titles: "Republican National Committee Chairwoman" is a body's office.
  if (b && (b[2] ?? '').split(/\s+/).filter(Boolean).every((w) => isTitleWord(w) || /^(?:House|Senate|Minority|Majority|Leader|Whip|Speaker|Sen\.|Rep\.|Gov\.)$/u.test(w))) return partyOf(b[1] ?? '');
  return undefined;
}

/** One outlet's voices (with the side its own text gives, already named as the coverage names its actors) and its sentences. */
export interface OutletVoices {
  voices: readonly { speaker: string; affiliation?: string; side?: string }[];
  sentences: readonly string[];
}

/**
 * The side of each speaker as the whole same-event coverage states it, keyed by the speaker's name as the
 * coverage writes it in full (`canonical`: "Perez" -> "Tom Perez"; undefined for no person or group the coverage
 * names). A speaker's side is, first, their own camp: the person others in the coverage speak for ("Mr. Trump's
 * chief economic adviser" makes Donald Trump a side, so Trump's own words are that side's); else the one side
 * the outlets state for that speaker, in a voice's description ("Tom Perez, DNC Chair"), in a title run before a
 * mention of the name ("U.S. President Donald Trump", "Japanese Prime Minister Shinzo Abe"), in an apposition
 * ("Larry Kudlow, Mr. Trump's chief economic adviser,") or in a politician's party label ("Bob Goodlatte
 * (R-Va.)", "Republican Sen. Lindsey Graham"). Two different sides stated for one speaker leave it unread.
 * `sideName` names a raw side as the coverage names its actor (undefined when it is no party the coverage names).
 */
export function coverageSides(
  outlets: readonly OutletVoices[],
  canonical: (name: string) => string | undefined,
  sideName: (raw: string) => string | undefined,
  governmentOf: (person: string) => string | undefined = () => undefined,
): Map<string, string> {
  const people = new Set<string>();
  const held = new Map<string, Set<string>>();
  for (const o of outlets) {
    for (const v of o.voices) {
      const who = canonical(v.speaker);
      if (!who) continue;
      if (isPersonName(who)) people.add(who);
      if (v.side && v.side !== INDEPENDENT) held.set(v.side, new Set([...(held.get(v.side) ?? []), who]));
    }
  }
  const stated = new Map<string, Set<string>>();
  const state = (who: string, side: string | undefined) => {
    if (side) stated.set(who, new Set([...(stated.get(who) ?? []), side]));
  };
  for (const o of outlets) {
    const isPlace = placeWords(o.sentences);
    const chunks = new Map<number, NameChunk[]>();
    const chunksOf = (i: number, sentence: string) => chunks.get(i) ?? chunks.set(i, nameChunks(sentence)).get(i) ?? [];
    for (const v of o.voices) {
      const who = canonical(v.speaker);
      if (who && v.side) state(who, v.side);
    }
    for (const who of people) {
      for (const [i, sentence] of o.sentences.entries()) {
        for (let at = sentence.indexOf(who); at >= 0; at = sentence.indexOf(who, at + who.length)) {
          const before = sentence.slice(Math.max(0, at - 80), at);
          const after = sentence.slice(at + who.length);
          const party = statedParty(before, after);
          if (party) {
            state(who, party);
            continue;
          }
          // The title run the name ends: "U.S. President Donald Trump".
          const run = chunksOf(i, sentence).find((c) => c.start < at && c.end === at + who.length);
          const title = run ? sentence.slice(run.start, at).trim() : '';
          // An apposition that describes the person: ", Mr. Trump's chief economic adviser," (not a clause: "who", "which").
          // Cut where a clause or participle starts: "a watchdog group run by former Obama administration lawyers" is no Obama voice.
          // (The expression starts at a comma: not run, nor compiled, where none follows.)
          const apposition = ((after.startsWith(',') ? /^,\s+((?:an?|the|\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?['’]s)\s[^,;:“”"]{3,80}?)(?:,|\.$|$)/u.exec(after)?.[1] : undefined) ?? '').split(/\s(?:who|which|that|whose|run|founded|led|backed|funded|named|appointed|with)\s/u)[0] ?? '';
          for (const description of [title, apposition]) {
            if (!description || !ROLE_WORDS.test(description)) continue;
            const raw = sideOf(who, description, isPlace);
            if (raw) state(who, raw === INDEPENDENT ? INDEPENDENT : sideName(raw));
          }
        }
      }
    }
  }
  const sides = new Map<string, string>();
  for (const who of new Set([...people, ...stated.keys(), ...[...held.values()].flatMap((s) => [...s])])) {
    // A camp: others speak for this person, whose own words are then that side's.
    const camp = held.get(who);
    if (camp && [...camp].some((speaker) => speaker !== who)) {
      sides.set(who, who);
      continue;
    }
    const said = stated.get(who);
    const [only] = said ?? [];
    if (said?.size === 1 && only) sides.set(who, only);
    // "the Trump administration", joined to the United States by the coverage: its head speaks for that state.
    else if (!said && isPersonName(who)) {
      const government = governmentOf(who);
      if (government) sides.set(who, government);
    }
  }
  return sides;
}

/** The guarded expressions of this module with their guards (text/guards.ts), for the test that checks each guard on the corpora. */
export const VOICE_GUARDS: readonly GuardedExpression[] = [
  { expression: FORMER_OFFICIAL, mayMatch: mayBeFormerOfficial },
  { expression: PARTY_AFTER_NAME, mayMatch: mayNamePartyAfter },
  { expression: PARTY_BEFORE_NAME, mayMatch: mayNamePartyBefore },
];
