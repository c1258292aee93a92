/**
 * What a capitalised run of words is: a person's title ("Defence Minister"),
 * a name, or both ("Army Chief General Asim Munir"). The title words are
 * general English, not this story's.
 */
import { compareNames, HONORIFICS, SHORT_HONORIFICS } from './names.js';

/** A list written as words between spaces, as a set. */
const wordSet = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Offices, ranks and forms of address that every reader takes as a title in front of a name (and the short honorifics, names.ts). */
const TITLES = `minister ministers chief general president vice prime deputy foreign defense defence interior information
   acting spokesman spokesperson spokeswoman secretary ambassador envoy commander senator governor mayor king
   queen prince sheikh mullah gen lt col maj capt sgt judge justice attorney officer director head
   leader chairman chairwoman ceo rep sen representative special former army national finance home state senior
   professor lieutenant colonel major captain sergeant admiral chancellor premier emir manager coach detective
   inspector sheriff prosecutor superintendent constable owner governor-general chair`;

/**
 * Titles the name splitter (`splitTitle`, framing's actors and roles) reads as part of a role: the qualifiers of
 * an office of state ("Supreme Leader", "Crown Prince", "Cabinet Secretary", "Military Intelligence Chief") and a
 * few offices. The attribution reader does not take them: "Security", "Military", "Intelligence" open the names of
 * bodies it reads as speakers ("Security Council officials said"), and the rest have not been measured there.
 */
const ROLE_QUALIFIERS = `supreme military intelligence security crown cabinet adviser advisor chairperson qc counsel`;

/**
 * What the attribution reader also takes as a speaker's description ("said blogger Jane Doe", "the city's police
 * chief", "Congressman", "Members of"): occupations, plural and possessive forms, honorifics and levels of
 * government. The name splitter does not: as a capitalised word many open the names of places and things
 * ("City", "County", "Police", "Federal", "Star", "Guard", "Host"), and its name runs would lose their first word.
 */
const SPEAKER_DESCRIPTIONS = `presidents spokespeople official cfo princess pope undersheriff analyst
   police founder executive spokesmen publicist agent lawyer counsel marshal cpl corporal private minister's
   president-elect secretary-general director-general commissioner councillor councilman councilwoman assemblyman
   congressman congresswoman legislator lawmaker diplomat expert researcher fellow economist scientist editor
   correspondent reporter member members mp mla candidate nominee partner principal dean provost trooper
   firefighter pastor reverend rev bishop cardinal rabbi imam cleric ayatollah sultan general's army's junior
   federal regional provincial district county city insp gm coo coroner businessman businesswoman blogger
   activist campaigner actor actress singer doctor author writer producer filmmaker star host musician artist
   player quarterback striker goalkeeper pitcher forward guard centre center midfielder defender rapper comedian
   model designer photographer novelist poet`;

/** The name splitter's titles: with the short honorifics ("Mr", "Dr"). */
const TITLE_WORDS = new Set([...wordSet(`${TITLES} ${ROLE_QUALIFIERS}`), ...SHORT_HONORIFICS]);
/** The attribution reader's titles: with every honorific ("Sir", "Dame", "Prof" too, names.ts). */
const SPEAKER_TITLE_WORDS = new Set([...wordSet(`${TITLES} ${SPEAKER_DESCRIPTIONS}`), ...Object.keys(HONORIFICS)]);

/**
 * Every honorific (names.ts HONORIFICS) as written in front of a name, a pattern's alternatives: "Mr|Mrs|Ms|Miss|Dr|
 * Prof|Sir|Dame|Lady|Lord". The one list every reader that sets an honorific aside builds its pattern from.
 */
/**
 * A full stop that ends a sentence or a phrase, as an expression's source: not the dot of an initial or a title ("Donald J.
 * Trump", "Mr. Trump", "U.S."). Descriptions read up to a full stop ("the campaign manager for Mr. Trump's bid") use it.
 */
export const NOT_A_STOP = String.raw`(?<!(?:^|[\s.])(?:\p{Lu}|Jr|Sr|Sgt|Lt|Gen|Col|Capt|Maj|Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Prof|St|Const|Insp|Supt|Det|Cpl|Adm|Rev|Hon|Atty|Dist))\.`;
/** One character of a description that runs to a comma, a semicolon or a full stop: any other, or a dot that is no stop. */
export const DESCRIPTION_CHAR = String.raw`(?:[^,.;]|(?!${NOT_A_STOP})\.)`;

export const HONORIFIC = Object.keys(HONORIFICS).map((h) => `${h.charAt(0).toUpperCase()}${h.slice(1)}`).join('|');

/** Honorifics that are abbreviations, written with a full stop ("Mr.", "Dr."); the others are words ("Sir", "Miss"). */
const ABBREVIATED_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof']);

const HONORIFIC_FIRST = new RegExp(String.raw`^(?:${HONORIFIC})\.?\s+`, 'u');

/** A name with the honorific in front of it set aside: "Mr. Doe", "Dr Doe" give "Doe", "Sir Kim Darroch" "Kim Darroch". */
export function withoutHonorific(name: string): string {
  return name.replace(HONORIFIC_FIRST, '');
}

const HONORIFIC_LAST = new RegExp(String.raw`\b(?:${HONORIFIC})\.?\s*$`, 'u');

/** A title run with the honorific that ends it set aside: "Defence Secretary Dr." gives "Defence Secretary". */
export function withoutHonorificAtEnd(text: string): string {
  return text.replace(HONORIFIC_LAST, '');
}

/** Whether a name opens with an honorific ("Mr. Doe", "Miss Jenkin"). */
export function hasHonorific(name: string): boolean {
  return HONORIFIC_FIRST.test(name);
}

/** An honorific as a label writes it, whichever way the text did: "Mr." (from "Mr" or "Mr."), "Sir". */
export function honorificAsLabel(honorific: string): string {
  const bare = honorific.replace(/\.$/u, '');
  return ABBREVIATED_HONORIFICS.has(bare.toLowerCase()) ? `${bare}.` : bare;
}

/** Nouns that can head a mention of a person by title alone ("the foreign minister", "a Kabul-based analyst"). */
const ROLE_HEADS = wordSet(
  `minister president secretary spokesman spokeswoman spokesperson chief general director governor senator representative mayor
   ambassador envoy commander colonel captain lieutenant sergeant officer official chairman chairwoman chair ceo head leader king
   queen prince princess pope judge attorney prosecutor sheriff undersheriff coach manager analyst professor chancellor premier founder
   executive publicist agent lawyer counsel inspector superintendent constable detective marshal admiral commissioner
   councillor councilman councilwoman congressman congresswoman legislator lawmaker diplomat expert researcher fellow economist
   scientist editor correspondent reporter mp candidate nominee owner principal dean trooper firefighter pastor bishop cardinal
   rabbi imam cleric emir sultan rep spokesperson`,
);

/** Whether a lower-case word can head a mention of a person by title alone. */
export function isRoleHead(word: string): boolean {
  return ROLE_HEADS.has(word);
}

/** Title words that also open names of things ("General Motors", "King County", "Supreme Court"). */
const ADJECTIVAL_TITLES = wordSet(
  'general prince king queen major state national security senior special home crown premier supreme army military intelligence finance foreign interior information cabinet vice deputy acting head',
);

/** A title in front of a name, as the name splitter reads it ("Defence Minister", "Gen."). */
export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  // "State-designate", "President-elect": an office not yet taken is still a title.
  return TITLE_WORDS.has(w) || /^\p{L}+[-‐‑](?:designate|elect)$/u.test(w);
}

/**
 * A title or description of a quoted speaker, as the attribution reader reads it: also in the plural
 * ("Detectives") or as the last part of a compound ("Co-Founder").
 */
export function isSpeakerTitle(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/u, '');
  if (SPEAKER_TITLE_WORDS.has(w)) return true;
  if (w.endsWith('s') && SPEAKER_TITLE_WORDS.has(w.slice(0, -1))) return true;
  const last = w.split(/[-‐‑]/u).pop() ?? w;
  return last !== w && SPEAKER_TITLE_WORDS.has(last);
}

/**
 * How titles are read in front of a name. `name`, the name splitter's (framing's actors and roles, the names a
 * sentence gives): isTitleWord, and a run of titles alone is a role with no name ("Prime Minister"). `speaker`, a
 * speaker phrase's, as the attribution reader reads titles (isSpeakerTitle), with abbreviations in capitals ("ADA",
 * "EU", "NYPD") taken as titles too; its last word always stays, since a speaker phrase names someone ("the
 * Secretary-General" is compared by "Secretary-General").
 */
export type TitleReading = 'name' | 'speaker';

/** An abbreviation in capitals in front of a speaker's name ("ADA Fairman", "EU Commissioner Olli Rehn"). */
const CAPITALS_ABBREVIATION = /^\p{Lu}{2,5}$/u;

/**
 * Where the role ends. `leading`: after the run of title words the chunk opens with. `last`: after its last title
 * word, so that a body named in front of the title stays with the role ("California Highway Patrol Officer | Brad
 * Baehr"), when a full name (two words or more) follows it ("Commerce Secretary Gary Locke", not "General Motors");
 * otherwise as `leading`.
 */
export type TitleSplit = 'leading' | 'last';

/**
 * Splits title words off a name: "Army Chief General Asim Munir" gives role "Army Chief General", name "Asim
 * Munir"; read as a speaker's, "Professor Varoufakis" gives name "Varoufakis", "ADA Fairman" "Fairman". The one title
 * stripper of the reading layer: every reader that sets titles aside in front of a name calls it.
 */
export function splitTitle(chunk: string, reading: TitleReading = 'name', split: TitleSplit = 'leading'): { role?: string; name?: string } {
  const parts = chunk.trim().split(/\s+/u);
  const isTitle = reading === 'speaker' ? (w: string) => isSpeakerTitle(w) || CAPITALS_ABBREVIATION.test(w) : isTitleWord;
  if (split === 'last') {
    let last = parts.length - 1;
    while (last >= 0 && !isTitle(parts[last] ?? '')) last--;
    if (last >= 0 && parts.length - last - 1 >= 2) return { role: parts.slice(0, last + 1).join(' '), name: parts.slice(last + 1).join(' ') };
  }
  const end = reading === 'speaker' ? parts.length - 1 : parts.length;
  let i = 0;
  while (i < end && isTitle(parts[i] ?? '')) i++;
  // "Prime Minister and Foreign Minister": joiners between titles stay in the role.
  while (i < end - 1 && /^(?:and|of|for)$/i.test(parts[i] ?? '') && isTitle(parts[i + 1] ?? '')) {
    i++;
    while (i < end && isTitle(parts[i] ?? '')) i++;
  }
  // "General Motors", "Prince Edward Island": a single title word before a single name is part of the name.
  if (i === 1 && parts.length === 2 && ADJECTIVAL_TITLES.has((parts[0] ?? '').toLowerCase())) return { name: parts.join(' ') };
  const role = parts.slice(0, i).join(' ');
  const name = parts.slice(i).join(' ').replace(/^(?:of|for|and)\s+/i, '');
  return { ...(role ? { role } : {}), ...(name ? { name } : {}) };
}

/**
 * Two speakers' names compared as compareNames compares names (english/names.ts), their titles set aside first: a
 * speaker phrase keeps its title ("Professor Varoufakis", "Chief Craft"), which is not a given name.
 */
export function compareSpeakerNames(a: string, b: string): 'same' | 'surname' | false {
  return compareNames(splitTitle(a, 'speaker').name ?? '', splitTitle(b, 'speaker').name ?? '');
}

/**
 * Demonyms no suffix of the place's spelling gives ("French": France, "Greek": Greece, "Dutch": the Netherlands), for
 * states named in one word: public knowledge, as a suffix's reading is.
 */
const IRREGULAR_DEMONYMS = new Map(
  Object.entries({
    french: 'france', dutch: 'netherlands', swiss: 'switzerland', greek: 'greece', thai: 'thailand', filipino: 'philippines',
    danish: 'denmark', finnish: 'finland', norwegian: 'norway', spanish: 'spain', polish: 'poland', irish: 'ireland',
    portuguese: 'portugal', peruvian: 'peru', cypriot: 'cyprus', argentine: 'argentina', argentinian: 'argentina',
  }),
);

/** Whether the word is a demonym the suffixes do not give ("French", "Greek"), in any case. */
export function isIrregularDemonym(word: string): boolean {
  return IRREGULAR_DEMONYMS.has(word.toLowerCase());
}

/** Suffixes that turn a place into its people or adjective: Pakistan-i, Qatar-i, Afghan(istan), Turk-ish, India-n. */
const DEMONYM_ENDINGS = ['ian', 'ese', 'ish', 'an', 'i', 'n'];

/**
 * Whether `word` is the demonym of `place`, judged from the two spellings only
 * ("Afghan"/"Afghanistan", "Pakistani"/"Pakistan", "Qatari"/"Qatar", "Turkish"/"Turkey").
 */
export function isDemonymOf(word: string, place: string): boolean {
  const w = word.toLowerCase();
  const p = place.toLowerCase();
  // (Only where the two share their first four letters, as every pair below does: "Greek"/"Greece"; the readers look a
  // demonym up among the words that open as it does.)
  if (IRREGULAR_DEMONYMS.get(w) === p && w.slice(0, 4) === p.slice(0, 4)) return true;
  if (w === p || w.includes(' ') || p.includes(' ') || w.length < 4) return false;
  if (p.startsWith(w) && p.length - w.length >= 3 && p.length - w.length <= 5) return true;
  for (const ending of DEMONYM_ENDINGS) {
    if (!w.endsWith(ending)) continue;
    const root = w.slice(0, -ending.length);
    if (root.length >= 4 && p.startsWith(root) && p.length - root.length <= 3) return true;
  }
  return false;
}

/**
 * The two states English names in words that share no spelling with their formal names: "America",
 * "American(s)" are the United States, "Britain", "British", "Briton(s)" the United Kingdom (their
 * acronyms, "U.S." and "U.K.", are the formal names' initials). A fact of the language, as a demonym's
 * spelling is: no other state's everyday name hides its formal one.
 */
const STATES_BY_EVERYDAY_NAME = new Map(
  Object.entries({ 'united states': 'america american americans', 'united kingdom': 'britain british briton britons' }).flatMap(([formal, names]) => names.split(' ').map((n) => [n, formal] as const)),
);

/** The formal name ("united states") of a state's everyday name or demonym, in lower case ("america", "american"). */
export function formalStateName(word: string): string | undefined {
  return STATES_BY_EVERYDAY_NAME.get(word.toLowerCase());
}

/**
 * States called by the initials of a formal name that shares no word with their everyday one ("DPRK", the Democratic
 * People's Republic of Korea, is North Korea): public knowledge, as a state's everyday name is.
 */
const STATES_BY_FORMAL_INITIALS = new Map([
  ['dprk', 'north korea'],
  ['rok', 'south korea'],
  ['prc', 'china'],
]);

/** The everyday name ("north korea") of a state written with its formal name's initials ("DPRK", "D.P.R.K."). */
export function stateOfInitials(word: string): string | undefined {
  return STATES_BY_FORMAL_INITIALS.get(word.toLowerCase().replace(/\./gu, ''));
}

/** "American", "British": the adjective of such a state, a modifier rather than a name of it ("Americans" names its people). */
export function isStateAdjective(word: string): boolean {
  return /^(?:american|british)$/u.test(word.toLowerCase());
}

/** The continents: places no state governs, however their demonyms read ("Asian" makes "Asia" a place). */
const CONTINENTS = new Set(['africa', 'antarctica', 'asia', 'europe', 'oceania', 'americas']);

export function isContinent(word: string): boolean {
  return CONTINENTS.has(word.toLowerCase());
}
