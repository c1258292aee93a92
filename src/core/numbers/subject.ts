import type { RawFigure } from './figures.js';
import { isDash, type Token } from './tokens.js';
import { stem } from '../text/tokens.js';
import { STOPWORDS } from '../text/stopwords.js';
import { CALENDAR_WORDS, numberWordValue } from '../english/numerals.js';
import { wordTable } from '../text/word-table.js';
import { placeName } from '../english/place-names.js';

/**
 * What a figure counts, normalised so that different outlets' wordings meet:
 * "23 Pakistani soldiers dead", "58 Pakistani military casualties" and "Pakistani
 * troops killed" all become {what: 'killed', who: 'forces', side: 'pakis'}.
 */
export interface Subject {
  /** The counted thing: an outcome ('killed', 'injured'...), a class of things ('attacks', 'border'...) or a stemmed noun; for dates, the event ('begin', 'meet'...). '' when nothing is counted. */
  what: string;
  /** Whose outcome: a class of people ('forces', 'fighters', 'civilians'...) or a stemmed noun; absent for people in general. */
  who?: string;
  /** The side or place the counted people or things belong to: a capitalised modifier, cut to its first letters so that "Pakistani" and "Pakistan" meet. */
  side?: string;
  /** The time span the figure covers ("past year", "first three quarters of this year"), lower case. */
  period?: string;
  /** For dates and measures: the thing the event or measure is about ('conflict', 'border', 'ceasefire'...). */
  thing?: string;
  /** The counted phrase as written, lower case: for display. */
  phrase: string;
  /** The side as written ("Pakistani"), for display. */
  sideName?: string;
  /** Where the counted people or things are, when the sentence says ("in Aceh"): canonical names joined by commas, or a place noun. */
  place?: string;
  /** 'incident': a toll told of one incident within the event, not of the whole. */
  scope?: 'incident';
}

/** Outcomes that news counts, by the words outlets use for them. "Casualties" is read as the dead: conflict reporting uses it so, and outlets' tolls are compared as such. */
const OUTCOMES: Record<string, string> = Object.create(null);
function addClass(table: Record<string, string>, name: string, list: string): void {
  for (const word of list.split(/\s+/).filter(Boolean)) table[word] = name;
}
addClass(OUTCOMES, 'killed', `killed kill kills killing dead deaths death died die dies dying fatalities fatality casualties casualty
  slain perished toll murdered massacred lives`);
addClass(OUTCOMES, 'injured', `injured injuring injures injuries injury wounded wounding wounds hurt hospitalised hospitalized`);
addClass(OUTCOMES, 'missing', `missing unaccounted`);
addClass(OUTCOMES, 'arrested', `arrested arrests arrest detained detentions detainees jailed captured`);
addClass(OUTCOMES, 'abducted', `abducted kidnapped hostages`);
addClass(OUTCOMES, 'displaced', `displaced evacuated evacuees homeless`);
addClass(OUTCOMES, 'rescued', `rescued`);

/**
 * What counted people do, for crowds news counts: "20,000 people marched", "tens of thousands of union members rallied",
 * "350 people were taking shelter". Read only right after counted people (never before a figure: "marched 20 miles"), and
 * keyed by the doing, not the noun: the people who marched are the marchers, whatever the outlet calls them.
 */
const ACTIVITIES: Record<string, string> = Object.create(null);
addClass(ACTIVITIES, 'marched', `marched marching protested protesting demonstrated demonstrating rallied rallying`);
addClass(ACTIVITIES, 'sheltering', `sheltering sheltered`);
/** What people join that makes them marchers: "joined the city's demonstrations" (a strike or walkout is not a march). */
const PROTEST_NOUNS = new Set(`protest protests demonstration demonstrations march marches rally rallies`.split(/\s+/));
/** How far after "joined" its protest noun is looked for: "joined the city's demonstrations". */
const JOINED_REACH = 4;
const TAKING = new Set(['took', 'take', 'takes', 'taking', 'sought', 'seek', 'seeking']);

/**
 * A doing of counted people at k, with the token after it: "marched", "were taking shelter", "took to the streets", "sought
 * refuge", "joined the city's demonstrations". "Took to Twitter" and "joined a walkout" are no march.
 */
function activityAt(tokens: Token[], k: number): { what: string; end: number } | undefined {
  const w = tokens[k]?.kind === 'word' ? tokens[k]!.lower : '';
  if (ACTIVITIES[w]) return { what: ACTIVITIES[w]!, end: k + 1 };
  const next = tokens[k + 1]?.lower ?? '';
  if (TAKING.has(w) && (next === 'shelter' || next === 'refuge')) return { what: 'sheltering', end: k + 2 };
  if (TAKING.has(w) && next === 'to' && tokens[k + 2]?.lower === 'the' && tokens[k + 3]?.lower === 'streets') return { what: 'marched', end: k + 4 };
  if (w === 'joined' || w === 'joining') {
    for (let j = k + 1; j < tokens.length && j <= k + JOINED_REACH; j++) {
      const t = tokens[j]!;
      if (t.kind !== 'word') return undefined;
      if (PROTEST_NOUNS.has(t.lower)) return { what: 'marched', end: j + 1 };
    }
  }
  return undefined;
}

/** Whether a class is a doing of counted people ("marched"), not something done to them: whose doing it is is no part of its key. */
export function isActivity(name: string | undefined): boolean {
  return name !== undefined && ACTIVITY_CLASSES.has(name);
}

/** Classes of people news counts; a noun outside them stands for itself (stemmed). */
const PEOPLE: Record<string, string> = Object.create(null);
addClass(PEOPLE, 'forces', `soldier soldiers troop troops serviceman servicemen servicemembers forces paratroopers marines airmen`);
addClass(PEOPLE, 'police', `police policemen policeman policewomen cops constables`);
addClass(PEOPLE, 'fighters', `fighter fighters militant militants insurgent insurgents rebel rebels guerrilla guerrillas jihadist
  jihadists terrorist terrorists gunman gunmen combatants attackers extremists`);
addClass(PEOPLE, 'civilians', `civilian civilians resident residents villagers bystanders noncombatants non-combatants`);
addClass(PEOPLE, 'children', `children child kids minors`);
addClass(PEOPLE, 'staff', `staff staffers employees employee workers personnel`);
addClass(PEOPLE, 'nationals', `nationals national citizens citizen`);
const GENERIC_PEOPLE = new Set(['people', 'persons', 'person', 'individuals', 'others', 'victims', 'men', 'women', 'man', 'woman']);
/** Modifiers that say whose toll it is ("military casualties", "security forces", "civilian deaths") only before a toll or a group of people. */
const PEOPLE_MODIFIERS: Record<string, string> = wordTable({ military: 'forces', army: 'forces', security: 'forces', police: 'police', civilian: 'civilians' });
/** Nouns that name a place without naming it ("in the province"). */
const PLACE_NOUNS = new Set(`country countries province provinces region regions city cities state states district districts area areas
  village villages town towns camp capital county island islands world nation continent`.split(/\s+/));
const PLACE_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'around', 'at', 'near', 'inside']);

/** Classes of things news counts or measures, so that "border" and "frontier", "clashes" and "fighting" meet. */
const THINGS: Record<string, string> = Object.create(null);
addClass(THINGS, 'attacks', `attack attacks assault assaults raid raids airstrike airstrikes bombings bombardments
  ambushes ambush incursions shelling`);
addClass(THINGS, 'explosions', `explosion explosions blast blasts bombs bomb missiles missile rockets rocket shells`);
addClass(THINGS, 'border', `border borders frontier frontiers boundary`);
addClass(THINGS, 'ceasefire', `ceasefire ceasefires truce truces armistice`);
addClass(THINGS, 'conflict', `clashes clash fighting violence confrontations confrontation hostilities war conflict battles battle
  skirmishes unrest flareup escalation`);
addClass(THINGS, 'talks', `talks negotiations meeting meetings summit`);
addClass(THINGS, 'earthquake', `earthquake quake tremor temblor`);

/** Where a stay is spent, by the noun that names it: custody (prison, jail) or hospital. */
const STAY_PLACES: Record<string, string> = wordTable({ prison: 'time in custody', jail: 'time in custody', custody: 'time in custody', hospital: 'time in hospital' });
/**
 * Verbs of a stay that name its place: "hospitalized for four weeks". Not "jailed for" or "imprisoned for": "He was jailed for 12
 * years" (ECB+ 26plus) tells the sentence handed down, as British news writes it, not the time served.
 */
const STAYED: Record<string, string> = wordTable({ hospitalized: 'time in hospital', hospitalised: 'time in hospital' });
/** Event verbs for dates, by class. */
const EVENTS: Record<string, string> = Object.create(null);
addClass(EVENTS, 'begin', `erupted began begun begin begins started start starts broke flared ignited commenced sparked`);
addClass(EVENTS, 'end', `ended ends ceased halted concluded expired collapsed`);
addClass(EVENTS, 'meet', `met meet meets convened convene gathered hosted held hold`);
addClass(EVENTS, 'announce', `announced declared unveiled`);
addClass(EVENTS, 'agree', `agreed signed reached struck`);
addClass(EVENTS, 'attack', `attacked bombed shelled raided targeted hit`);
addClass(EVENTS, 'killed', `died killed`);
addClass(EVENTS, 'arrest', `arrested detained charged`);
addClass(EVENTS, 'elect', `elected voted`);
addClass(EVENTS, 'release', `released freed`);
addClass(EVENTS, 'resign', `resigned quit`);
addClass(EVENTS, 'scheduled', `scheduled slated`);

const TIME_NAMES = new Set([...CALENDAR_WORDS, 'today', 'yesterday', 'tonight']);

/** Words between a count and its outcome that change nothing ("were reportedly killed"). */
const LINKS = new Set(`were was have has had been be being are is reportedly reported confirmed feared believed also all later
  already now left found said thought to`.split(/\s+/));
const DETERMINERS = new Set(['the', 'its', 'their', 'these', 'those', 'his', 'her', 'our', 'whom', 'which']);
const VERB_BEFORE_TOLL = new Set(['suffered', 'sustained', 'lost', 'saw', 'had', 'took', 'recorded', 'reported', 'counted', 'registered']);
const PERIOD_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'hours', 'quarter', 'quarters', 'half', 'weekend', 'century', 'season', 'seasons']);
const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '"', '“', '”', '—', '–']);

const CLASS_NAMES = new Set([...Object.values(OUTCOMES), ...Object.values(PEOPLE), ...Object.values(THINGS), ...Object.values(EVENTS), ...Object.values(STAY_PLACES)]);
const OUTCOME_CLASSES = new Set([...Object.values(OUTCOMES), ...Object.values(ACTIVITIES)]);
const ACTIVITY_CLASSES = new Set(Object.values(ACTIVITIES));
const THING_CLASSES = new Set(Object.values(THINGS));

/** Whether a subject's `what` or `thing` is one of the lexicon's classes of things news counts (not a stemmed noun of its own). */
export function isKnownClass(name: string | undefined): boolean {
  return name !== undefined && CLASS_NAMES.has(name);
}

export function isThingClass(name: string | undefined): boolean {
  return name !== undefined && THING_CLASSES.has(name);
}

/** A count of the people who live in a named place ("Qeshm island, home to 120,000 people"): one figure per place, so two that cannot meet disagree. */
export function isPopulation(s: Subject): boolean {
  return s.what === 'population' && Boolean(s.place);
}

export function isOutcome(name: string): boolean {
  return OUTCOME_CLASSES.has(name);
}


function compoundAt(tokens: Token[], i: number): { word: string; surface: string; next: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  let word = t.lower;
  let surface = t.text;
  let next = i + 1;
  // "cease-fire", "cross-border", "Indian-controlled": one word.
  while (isDash(tokens[next]) && !tokens[next]!.gap && tokens[next + 1]?.kind === 'word' && !tokens[next + 1]!.gap) {
    word += tokens[next + 1]!.lower;
    surface += `-${tokens[next + 1]!.text}`;
    next += 2;
  }
  return { word, surface, next };
}

/** A side's or a place's key: its first letters, from the name every listed name of the place stands for ("Salonika": "thess"). */
export function sideOf(surface: string): string {
  const letters = placeName(surface.replace(/['’]s$/, '')).toLowerCase().replace(/[^\p{L}]/gu, '');
  return letters.slice(0, 5);
}

function isCapitalised(surface: string): boolean {
  return /^\p{Lu}/u.test(surface);
}

function thingOf(word: string): string {
  return THINGS[word] ?? stem(word);
}

interface NounPhrase {
  words: { word: string; surface: string }[];
  next: number;
  outcome?: string;
  /** The token after a doing of the counted people ("marched" in "20,000 people marched through Athens"): where its place is read. */
  activityEnd?: number;
}

/** A known head noun (a class of things or people) within the next few words: "intense and deadly clashes". */
function headWithin(tokens: Token[], from: number, reach: number): boolean {
  let j = from;
  for (let n = 0; n < reach; n++) {
    const c = compoundAt(tokens, j);
    if (!c || STOPWORDS.has(c.word)) return false;
    if (THINGS[c.word] || PEOPLE[c.word] || GENERIC_PEOPLE.has(c.word)) return true;
    j = c.next;
  }
  return false;
}

/** The noun phrase after a figure: modifiers and head, up to a function word, a verb of outcome or punctuation. */
function nounPhraseAt(tokens: Token[], i: number): NounPhrase {
  let j = i;
  if (tokens[j]?.lower === 'of') {
    j += 1;
    if (DETERMINERS.has(tokens[j]?.lower ?? '')) j += 1;
  }
  const words: { word: string; surface: string }[] = [];
  while (j < tokens.length && words.length < 4) {
    const c = compoundAt(tokens, j);
    if (!c) break;
    if (OUTCOMES[c.word] && words.length > 0 && !/(?:ies|ths|ties|s)$/.test(c.word)) break; // "soldiers dead": the outcome follows the head
    // "intense and deadly clashes": adjectives joined before their noun.
    if ((c.word === 'and' || c.word === 'or') && words.length > 0 && !isHead(words[words.length - 1]!.word) && !THINGS[words[words.length - 1]!.word] && headWithin(tokens, c.next, 2)) {
      j = c.next;
      continue;
    }
    if (STOPWORDS.has(c.word) || LINKS.has(c.word) || c.word === 'since' || c.word === 'until') break;
    if (TIME_NAMES.has(c.word)) break;
    // A participle after the noun is the verb ("officers suffered injuries"); before it, an adjective ("wounded soldiers").
    if (words.length > 0 && /(?:ed|ing)$/.test(c.word) && !OUTCOMES[c.word] && !PEOPLE[c.word] && !THINGS[c.word]) break;
    words.push({ word: c.word, surface: c.surface });
    j = c.next;
    const following = compoundAt(tokens, j)?.word ?? '';
    const knownHead = (w: string) => PEOPLE[w] !== undefined || GENERIC_PEOPLE.has(w) || THINGS[w] !== undefined || (OUTCOMES[w] !== undefined && /s$/.test(w));
    if (OUTCOMES[c.word] || THINGS[c.word] || PEOPLE[c.word] || GENERIC_PEOPLE.has(c.word)) {
      // A head noun ends the phrase unless another head follows ("security forces", "civilian deaths", "military casualties"),
      // or it is a singular noun before a plural one: a modifier ("missile tests", "bomb attacks").
      const continues = knownHead(following) || (isPlural(following) && !isPlural(c.word) && !OUTCOMES[c.word]);
      if (!continues || STOPWORDS.has(following)) break;
    } else if (isPlural(c.word) && !knownHead(following) && following !== '' && !isCapitalised(tokens[j]?.text ?? '')) {
      // A plural noun is the head; a plain word after it is the verb ("100,000 secret files prove it").
      break;
    }
  }
  // An outcome after the phrase: "soldiers were killed", "hundreds wounded", "fighters were reported killed"; past the people
  // named again between commas or dashes: "at least three people, a man and two women, were killed".
  let k = appositiveEnd(tokens, j, words) ?? j;
  let steps = 0;
  while (k < tokens.length && steps < 4 && tokens[k]?.kind === 'word' && LINKS.has(tokens[k]!.lower)) {
    k += 1;
    steps += 1;
  }
  const last = words[words.length - 1]?.word ?? '';
  // "99 alleged Sicilian Mafia members seized on Tuesday": after people, "seized" takes them into custody ("seized 2 tons" is no arrest).
  const custody = CUSTODY_AFTER_PEOPLE.has(tokens[k]?.lower ?? '') && (isPlural(last) || PEOPLE[last] !== undefined || GENERIC_PEOPLE.has(last)) && !THINGS[last];
  const after = tokens[k]?.kind === 'word' ? OUTCOMES[tokens[k]!.lower] ?? (custody ? 'arrested' : undefined) : undefined;
  const phrase: NounPhrase = { words, next: j };
  // "a man with dozens of children was arrested": a plural noun is not the subject of "was"; the verb is another's.
  const singularVerb = tokens.slice(j, k).some((t) => t.lower === 'was' || t.lower === 'has' || t.lower === 'is');
  const pluralHead = isPlural(last) || PLURAL_PEOPLE.has(last);
  if (after && !/^(?:toll|lives|bodies)$/.test(tokens[k]!.lower) && !(singularVerb && pluralHead)) phrase.outcome = after;
  // "20,000 people marched", "tens of thousands who marched through Athens": what counted people do, when people are counted.
  const people = words.length === 0 || pluralHead || PEOPLE[last] !== undefined || GENERIC_PEOPLE.has(last);
  const doing = !after && people && !THINGS[last] && !singularVerb ? activityAt(tokens, tokens[k]?.lower === 'who' ? k + 1 : k) : undefined;
  if (doing) {
    phrase.outcome = doing.what;
    phrase.activityEnd = doing.end;
  }
  return phrase;
}

/** How many tokens an appositive after counted people may hold: "a man and two women", "one of them a pregnant woman". */
const APPOSITIVE_REACH = 8;

/**
 * The token after an appositive that names counted people again, between commas or dashes, right after them ("three
 * people, a man and two women, were"); undefined when there is none. Only words and numbers inside, and no clause word
 * ("five people, who were ..." is a clause of its own), and the people must be people.
 */
function appositiveEnd(tokens: Token[], j: number, words: { word: string }[]): number | undefined {
  const open = tokens[j];
  const last = words[words.length - 1]?.word ?? '';
  if (!open || !(open.text === ',' || isDash(open)) || !(PEOPLE[last] !== undefined || GENERIC_PEOPLE.has(last))) return undefined;
  for (let k = j + 1; k < tokens.length && k <= j + APPOSITIVE_REACH; k++) {
    const t = tokens[k]!;
    if (t.text === open.text || (isDash(open) && isDash(t))) return k > j + 1 ? k + 1 : undefined;
    if ((t.kind !== 'word' && t.kind !== 'num') || CLAUSE_WORDS.has(t.lower) || LINKS.has(t.lower) || OUTCOMES[t.lower]) return undefined;
  }
  return undefined;
}

/** Plural nouns of people with no final "s". */
const PLURAL_PEOPLE = new Set(['children', 'people', 'men', 'women', 'police']);

/** Verbs that take people into custody only when people are what they take: "members seized", "children apprehended". */
const CUSTODY_AFTER_PEOPLE = new Set(['seized', 'apprehended']);
/** Verbs right before counted people that take them into custody: "removed 439 children" (child welfare's word), "seized 12 crew members". */
const CUSTODY_BEFORE_PEOPLE = new Set(['removed', 'seized', 'apprehended']);

/** An outcome just before a figure: "killed eight", "killing more than 130", "the deaths of 26". */
function outcomeBefore(tokens: Token[], first: number): string | undefined {
  let j = first - 1;
  let steps = 0;
  while (j >= 0 && steps < 3) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return undefined;
    // "missing four games" is a verb of its own; "killed eight", "injuring 40" are tolls.
    if (OUTCOMES[t.lower] && t.lower !== 'lives' && t.lower !== 'missing') return OUTCOMES[t.lower];
    if (!(t.lower === 'of' || t.lower === 'the' || LINKS.has(t.lower) || t.lower === 'another' || t.lower === 'least' || t.lower === 'at')) return undefined;
    j -= 1;
    steps += 1;
  }
  return undefined;
}

const TOLL_LINKS = new Set(`rose risen rises climbed climbs reached reaches stands stood hit increased jumped grew is was has had now to at of
  further already`.split(/\s+/));

/** "The death toll rose to 57", "the number of dead climbed to 80": a toll named before the figure. */
function tollBefore(tokens: Token[], first: number): string | undefined {
  for (let j = first - 1; j >= 0 && j >= first - 7; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return undefined;
    if (OUTCOMES[t.lower] && t.lower !== 'missing') return OUTCOMES[t.lower];
    if (!TOLL_LINKS.has(t.lower) && t.lower !== 'number' && t.lower !== 'the') return undefined;
  }
  return undefined;
}

/** "Pakistani security forces suffered over 2,400 fatalities": whose toll, named before the verb. */
function ownerBefore(tokens: Token[], first: number): { who?: string; side?: string } {
  const verb = tokens[first - 1];
  if (!verb || verb.kind !== 'word' || !VERB_BEFORE_TOLL.has(verb.lower)) return {};
  let j = first - 2;
  let who: string | undefined;
  let side: string | undefined;
  let steps = 0;
  while (j >= 0 && steps < 4) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    if (PEOPLE[t.lower] && who === undefined) who = PEOPLE[t.lower];
    else if (isCapitalised(t.text) && !STOPWORDS.has(t.lower) && who !== undefined) side = t.text.replace(/['’]s$/, '');
    else if (who === undefined && !PEOPLE[t.lower]) break;
    j -= 1;
    steps += 1;
  }
  const owner: { who?: string; side?: string } = {};
  if (who) owner.who = who;
  if (side) owner.side = side;
  return owner;
}

const CLAUSE_WORDS = new Set(['when', 'while', 'which', 'who', 'where', 'after', 'before', 'but', 'whereas', 'because', 'that', 'whom', 'although', 'though']);

function isClauseBreak(t: Token): boolean {
  if (t.kind === 'punct') return t.text === ',' || CLAUSE_BREAKS.has(t.text);
  return t.kind === 'word' && CLAUSE_WORDS.has(t.lower);
}

/** How far a clause is followed from its figure: clauses are rarely longer, and the bound keeps long run-on text linear. */
const CLAUSE_REACH = 40;

/** The span of time a figure covers: the period phrase nearest to it within its own clause. */
export function periodNear(tokens: Token[], figure: RawFigure): string | undefined {
  let left = figure.first;
  while (left > 0 && left > figure.first - CLAUSE_REACH && !isClauseBreak(tokens[left - 1]!)) left -= 1;
  let right = figure.last;
  while (right < tokens.length && right < figure.last + CLAUSE_REACH && !isClauseBreak(tokens[right]!)) right += 1;
  let best: { text: string; distance: number } | undefined;
  for (let k = left; k < right; k++) {
    if (k >= figure.first && k < figure.last) continue;
    const found = periodAt(tokens, k);
    if (!found || found.end > right) continue;
    // "$184 million or $23 million per season": a rate is the figure's right before it, not one past another number.
    if (found.text.startsWith('per ') && tokens.slice(figure.last, k).some((t) => t.kind === 'num')) continue;
    const distance = k < figure.first ? figure.first - found.end : k - figure.last;
    if (!best || distance < best.distance) best = { text: found.text, distance };
  }
  if (best) return best.text;
  // "With the conflict now having taken more than 600 lives": the whole war's toll so far, not the event's.
  if (runningTotalBefore(tokens, left, figure.first)) return 'since the start';
  // "In February, a gunman killed three", "Since its founding in 2007, the group...": a period in the phrase that opens the sentence covers all of it.
  const opening = openingPeriod(tokens, figure.first, true);
  if (opening) return opening;
  // A year in the figure's clause, or in the clause a participle hangs on ("the quake of Oct. 10, 2002, killing three"), dates what it tells.
  let from = left;
  if (/ing$/.test(tokens[left]?.lower ?? '') && left > 0) {
    from = left - 1;
    const stop = Math.max(0, left - CLAUSE_REACH);
    while (from > stop && !isClauseBreak(tokens[from - 1]!)) from -= 1;
  }
  for (let k = from; k < right; k++) {
    const t = tokens[k]!;
    if (k >= figure.first && k < figure.last) continue;
    if (t.kind === 'num' && /^(?:19|20)\d\d$/.test(t.text)) return `in ${t.text}`;
  }
  return undefined;
}

/** Names of a whole war, not one of its incidents: "the conflict", "the war", "the offensive". */
const WHOLE_CONFLICT = new Set(['war', 'conflict', 'offensive', 'campaign', 'insurgency', 'uprising']);
const PERFECT = new Set(['has', 'have', 'having']);
const TOLL_TAKING = new Set(['taken', 'killed', 'cost']);

/**
 * A toll the whole war has taken so far: "With the conflict now having taken more than 600 lives", "the war has killed more
 * than 1,000 people". The war ("the conflict", not "the fighting", which is as often the event itself) as the subject of a
 * perfect verb of taking lives, right before the figure in its clause: a running total from the start, like "since the
 * conflict began". ("Claimed" lives is left out: the word is a reporting verb of english/speech.ts, and the layer test keeps
 * reporting verbs listed there only.)
 */
function runningTotalBefore(tokens: Token[], left: number, first: number): boolean {
  let j = first - 1;
  if (!TOLL_TAKING.has(tokens[j]?.lower ?? '')) return false;
  j -= 1;
  if (tokens[j]?.lower === 'now' || tokens[j]?.lower === 'already') j -= 1;
  if (!PERFECT.has(tokens[j]?.lower ?? '')) return false;
  j -= 1;
  if (tokens[j]?.lower === 'now' || tokens[j]?.lower === 'already') j -= 1;
  return j >= left && WHOLE_CONFLICT.has(tokens[j]?.lower ?? '') && tokens[j - 1]?.lower === 'the';
}

const OPENING_PHRASE = 8;

/**
 * The period a sentence opens with: "In April last year an 8. 6-magnitude quake struck"; with `comma`, only one in a phrase
 * a comma sets off ("In February, a gunman killed three"). Only tokens before `before` are read.
 */
export function openingPeriod(tokens: Token[], before = tokens.length, comma = false): string | undefined {
  for (let k = 0; k < tokens.length && k < OPENING_PHRASE; k++) {
    if (tokens[k]!.text === ',' || k >= before) break;
    const opening = periodAt(tokens, k);
    if (!opening) continue;
    if (!comma || tokens.slice(opening.end, OPENING_PHRASE + 1).some((t) => t.text === ',')) return opening.text;
  }
  return undefined;
}

function periodAt(tokens: Token[], k: number): { text: string; end: number } | undefined {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return undefined;
  const w = t.lower;
  const words: string[] = [];
  const take = (from: number, to: number): string => tokens.slice(from, to).map((x) => x.lower).join(' ');
  if (w === 'past' || w === 'last' || w === 'previous' || w === 'first' || w === 'this' || w === 'next' || w === 'coming') {
    let j = k + 1;
    // "the past three years", "the first three quarters of this year"
    while (j < tokens.length && j < k + 3 && !PERIOD_UNITS.has(tokens[j]!.lower) && (tokens[j]!.kind === 'num' || /^(?:two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|24|48)$/.test(tokens[j]!.lower))) j += 1;
    if (!PERIOD_UNITS.has(tokens[j]?.lower ?? '')) return undefined;
    let end = j + 1;
    if (tokens[end]?.lower === 'of' && (tokens[end + 1]?.lower === 'this' || tokens[end + 1]?.lower === 'last') && PERIOD_UNITS.has(tokens[end + 2]?.lower ?? '')) end += 3;
    words.push(take(k, end));
    return { text: words.join(' '), end };
  }
  // "above 680 since the conflict began", "since the offensive was launched": a running total from the start of the whole, not one incident's toll.
  if (w === 'since') {
    const started = startedWithin(tokens, k + 1);
    if (started !== undefined) return { text: 'since the start', end: started };
  }
  // "By Saturday, at least 6,000 Web sites had been infected": a count at a moment, not the final one.
  const moment = momentAt(tokens, k);
  if (moment) return moment;
  if (w === 'since' || w === 'in' || w === 'during') {
    const n = tokens[k + 1];
    if (n?.kind === 'num' && /^\d{4}$/.test(n.text)) return { text: `${w} ${n.text}`, end: k + 2 };
    if (n && /^\p{Lu}/u.test(n.text) && /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/.test(n.lower) && tokens[k + 2]?.kind !== 'num') {
      return { text: `${w} ${n.lower}`, end: k + 2 };
    }
    if (n && /^\p{Lu}/u.test(n.text) && /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/.test(n.lower) && /^\d{4}$/.test(tokens[k + 2]?.text ?? '')) {
      return { text: `${w} ${n.lower} ${tokens[k + 2]!.text}`, end: k + 3 };
    }
  }
  if ((w === 'per' || w === 'each' || w === 'every' || w === 'a') && /^(?:year|month|week|day|season)$/.test(tokens[k + 1]?.lower ?? '') && k > 0 && tokens[k - 1]?.kind !== 'punct') {
    return { text: `per ${tokens[k + 1]!.lower}`, end: k + 2 };
  }
  if (w === 'annually' || w === 'yearly') return { text: 'per year', end: k + 1 };
  return undefined;
}

/** Words that say a span begins: "since the conflict began", "since the outbreak of fighting". */
const START_WORDS = new Set(['began', 'begun', 'started', 'start', 'erupted', 'launched', 'beginning', 'outbreak', 'onset']);
/** How far after "since" its start word is looked for: "since the Israelis launched their assault" (three words between). */
const SINCE_REACH = 6;

/** The token after the start word when "since" opens a span from the start of something, within its clause; else undefined. */
function startedWithin(tokens: Token[], from: number): number | undefined {
  for (let j = from; j < tokens.length && j < from + SINCE_REACH; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' || (t.kind === 'word' && CLAUSE_WORDS.has(t.lower))) return undefined;
    if (t.kind === 'word' && START_WORDS.has(t.lower)) return j + 1;
  }
  return undefined;
}

/** Parts of a day after a weekday: "By Sunday afternoon". */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * A count at a stated moment: "By Saturday, at least 6,000 Web sites had been infected", "by Sunday afternoon". A count that
 * grows (sites infected, people crossing) stated at one moment is not another outlet's count at another. Only before a day's
 * or a month's name: "killed by police" is an agent.
 */
function momentAt(tokens: Token[], k: number): { text: string; end: number } | undefined {
  if (tokens[k]!.lower !== 'by') return undefined;
  const n = tokens[k + 1];
  if (!n || n.kind !== 'word' || !/^\p{Lu}/u.test(n.text) || !TIME_NAMES.has(n.lower)) return undefined;
  const end = DAY_PARTS.has(tokens[k + 2]?.lower ?? '') ? k + 3 : k + 2;
  return { text: tokens.slice(k, end).map((t) => t.lower).join(' '), end };
}

/** The event and the thing a date figure is about: "the border violence first erupted on October 10" -> begin / conflict. */
function eventOf(tokens: Token[], figure: RawFigure): { what: string; thing?: string } {
  let verbAt = -1;
  let what = '';
  for (let j = figure.first - 1; j >= 0 && j >= figure.first - 8; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && (CLAUSE_BREAKS.has(t.text) || t.text === ',')) break;
    if (t.kind !== 'word') continue;
    if (EVENTS[t.lower]) {
      what = EVENTS[t.lower]!;
      verbAt = j;
      break;
    }
  }
  if (verbAt < 0) {
    for (let j = figure.last; j < tokens.length && j < figure.last + 8; j++) {
      const t = tokens[j]!;
      if (t.kind === 'punct' && (CLAUSE_BREAKS.has(t.text) || t.text === '.')) break;
      if (t.kind === 'word' && EVENTS[t.lower]) {
        what = EVENTS[t.lower]!;
        verbAt = j;
        break;
      }
    }
  }
  if (verbAt < 0) return { what: '' };
  // The thing: the nearest counted-thing noun before the verb in its clause, else right after it ("signed the truce").
  for (let j = verbAt - 1; j >= 0 && j >= verbAt - 6; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && (CLAUSE_BREAKS.has(t.text) || t.text === ',')) break;
    if (t.kind === 'word' && THINGS[t.lower]) return { what, thing: THINGS[t.lower]! };
  }
  for (let j = verbAt + 1; j < tokens.length && j <= verbAt + 4; j++) {
    const c = compoundAt(tokens, j);
    if (c && THINGS[c.word]) return { what, thing: THINGS[c.word]! };
  }
  return { what };
}

/** What one figure counts, from its sentence's tokens. `previous` is the subject of the figure before it in the same sentence ("killed eight, including three players"). */
export function subjectOf(tokens: Token[], figure: RawFigure, previous?: Subject): Subject {
  const period = figure.measure === 'date' ? undefined : periodNear(tokens, figure);
  const withPeriod = (s: Subject): Subject => (period ? { ...s, period } : s);
  if (figure.measure === 'date') {
    const event = eventOf(tokens, figure);
    const s: Subject = { what: event.what, phrase: event.thing ? `${event.thing} ${event.what}` : event.what };
    if (event.thing) s.thing = event.thing;
    const place = placeAround(tokens, figure);
    if (place) s.place = place;
    return s;
  }
  const np = nounPhraseAt(tokens, figure.last);
  const phrase = np.words.map((w) => w.word).join(' ');
  const head = np.words[np.words.length - 1];
  if (figure.measure !== 'count') {
    // A measure: what it measures is its noun ("2,600km border", "a week of clashes", "40 percent of exports").
    const s: Subject = { what: figure.measure, phrase };
    if (head) s.thing = thingOf(head.word);
    // "made off with $137-million of diamonds", "gems worth 85 million euros were stolen": a sum taken is the haul, whatever it bought.
    if (figure.measure === 'money' && theftNear(tokens, figure)) s.thing = STOLEN;
    // "the Red Sox offered Teixeira an eight-year, $200MM deal": the price of an offer, keyed by who makes it.
    else if (figure.measure === 'money' && dealAt(tokens, figure, np) !== undefined) {
      s.thing = DEAL;
      const maker = makerOf(tokens, dealAt(tokens, figure, np)!, figure);
      if (maker) {
        s.who = sideOf(maker.split(' ').pop()!);
        s.sideName = maker;
      }
    }
    // "He served four months in federal prison", "had been in hospital for three weeks": how long someone stayed in custody or in hospital.
    else if (figure.measure === 'duration' && stayOf(tokens, figure) !== undefined) s.thing = stayOf(tokens, figure);
    // "For almost two weeks, both nations engaged in military confrontations": a span with no noun of its own measures what the sentence tells of.
    else if (figure.measure === 'duration' && figure.first < OPENING_PHRASE && tokens[figure.last]?.text === ',') {
      const told = thingAfter(tokens, figure.last, CLAUSE_REACH);
      if (told) s.thing = told;
    }
    const side = np.words.find((w, idx) => idx < np.words.length - 1 && isCapitalised(w.surface));
    if (side) {
      s.side = sideOf(side.surface);
      s.sideName = side.surface;
    }
    return withPeriod(s);
  }
  // "two women and one man died": the second of a list of people is a part of the toll, not the toll.
  if (afterPeopleCount(tokens, figure.first) && GENERIC_PEOPLE.has(tokens[figure.last]?.lower ?? '')) return { what: '', phrase: tokens[figure.last]!.lower };
  // "a mother of two died": the count is her children, and the outcome after it is hers.
  if (tokens[figure.first - 1]?.lower === 'of' && PARENTS.has(tokens[figure.first - 2]?.lower ?? '') && np.words.every((w) => OUTCOMES[w.word] !== undefined)) return { what: '', phrase };
  // "two of the bombs", "three of his eight children": a part of a set counted elsewhere.
  if (tokens[figure.last]?.lower === 'of' && DETERMINERS.has(tokens[figure.last + 1]?.lower ?? '')) return { what: '', phrase };
  // "four prior arrests", "two other victims", "another four people": not the event's own count.
  // After a verb of outcome, "other"/"another" adds the event's next toll to the one before it: "killing 10 persons and wounding other 70".
  const addedToll = /^(?:another|other)$/.test(tokens[figure.first - 1]?.lower ?? '') ? outcomeVerbAt(tokens, figure.first - 2) : undefined;
  if (addedToll && np.words.every((w) => GENERIC_PEOPLE.has(w.word) || PEOPLE[w.word] !== undefined)) return withPeriod({ what: addedToll, phrase: phrase || addedToll });
  // "Thessaloniki, where another 20,000 people marched": the place the clause names is where they are; "another" there is another
  // place's crowd beside the first, counted for its own place.
  const where = placeBeforeWhere(tokens, figure.first);
  const anotherPlace = where !== undefined && np.outcome !== undefined;
  if (np.words.some((w) => NOT_THIS_EVENT.has(w.word)) || (!anotherPlace && /^(?:another|other)$/.test(tokens[figure.first - 1]?.lower ?? ''))) return { what: '', phrase };
  // "Qeshm island, home to 120,000 people", "Manokwari, a city of 160,000 people": how many live in a named place.
  const population = populationOf(tokens, figure, np);
  if (population) return population;
  // "the 448-page report": the figure counts the noun joined to it (pages), of the thing named after it (the report).
  const joined = compoundCount(tokens, figure.last);
  if (joined) return withPeriod(joined);
  let outcome: string | undefined;
  let who: string | undefined;
  let modifierWho: string | undefined;
  let side: string | undefined;
  let thing: string | undefined;
  let generic = false;
  // "12 Somali and 11 Yemeni": an adjective standing for its noun; a toll of them is theirs, but alone it counts nothing known.
  let elliptical = false;
  for (const [idx, w] of np.words.entries()) {
    const isHeadWord = idx === np.words.length - 1;
    if (OUTCOMES[w.word] && isHeadWord) outcome = OUTCOMES[w.word];
    else if (PEOPLE[w.word]) who = PEOPLE[w.word];
    else if (PEOPLE_MODIFIERS[w.word] && !isHeadWord) modifierWho = PEOPLE_MODIFIERS[w.word];
    else if (GENERIC_PEOPLE.has(w.word)) generic = true;
    else if (isCapitalised(w.surface) && side === undefined && !isHeadWord) side = w.surface.replace(/['’]s$/, '');
    else if (isHeadWord && isCapitalised(w.surface) && isPlural(w.word) && side === undefined) {
      // "nine Britons", "three Americans": a people named by their country are its nationals.
      who = 'nationals';
      side = w.surface;
    } else if (isHeadWord) {
      thing = thingOf(w.word);
      elliptical = isCapitalised(w.surface);
    }
  }
  // "19 employees of U.N.-affiliated organizations died": the group after "of" says whose, and the outcome may follow it.
  const ofGroup = who || generic ? ofPhrase(tokens, np.next) : undefined;
  if (ofGroup?.side && side === undefined) side = ofGroup.side;
  if (modifierWho && !who && (outcome || generic)) who = modifierWho;
  // "killed 40 Palestinians seeking shelter": what was done to them before the count is the toll; their doing after it is an aside.
  const doneBefore = isActivity(np.outcome) ? outcomeBefore(tokens, figure.first) : undefined;
  outcome ??= doneBefore ?? np.outcome ?? ofGroup?.outcome ?? outcomeBefore(tokens, figure.first) ?? (np.words.length === 0 ? tollBefore(tokens, figure.first) : undefined);
  // "Texas officials ... removed 439 children": right before counted people, "removed", "seized", "apprehended" take them into
  // custody, as after them ("children were apprehended"); before anything else they take things ("seized two small boats").
  if (!outcome && (who || generic) && CUSTODY_BEFORE_PEOPLE.has(tokens[figure.first - 1]?.lower ?? '')) outcome = 'arrested';
  const before = tokens[figure.first - 1]?.lower;
  if (!outcome && previous && (before === 'including' || before === 'among')) outcome = previous.what;
  if (outcome && !who) {
    const owner = ownerBefore(tokens, figure.first);
    if (owner.who) who = owner.who;
    if (owner.side && !side) side = owner.side;
  }
  if (outcome && thing && !who) {
    // "130 students killed": an unlisted head noun is whose toll it is. The people an arrest verb follows are named by what they
    // are held for ("99 alleged Mafia members seized", "89 people were arrested"): one sweep's arrests, whatever noun the outlet
    // gives them. Before the count the verb may take anything ("arrested five buildings away", "arrested seven times").
    if (outcome !== 'arrested' || !np.outcome) who = thing;
    thing = undefined;
  }
  // "The 150 migrants", "the 22 students": a definite count of a noun of its own refers back to a count told before it, it claims nothing new;
  // "(52-3, 46 KOs)": a count in a bracketed record is an aside.
  if (!outcome && !who && elliptical) return { what: '', phrase };
  if (!outcome && !who && thing && !THINGS[head?.word ?? ''] && (DETERMINERS.has(tokens[figure.first - 1]?.lower ?? '') || inRecord(tokens, figure.first))) return { what: '', phrase };
  let what: string;
  if (outcome) what = outcome;
  else if (who) what = who; // "5,000 protesters", "200 soldiers": the people themselves are counted
  else what = thing ?? (generic ? 'people' : '');
  const s: Subject = { what, phrase: np.outcome ? `${phrase} ${np.outcome}`.trim() : phrase };
  // "union members rallied", "people marched": the marchers are one crowd whatever the outlet calls them.
  if (outcome && who && !isActivity(outcome)) s.who = who;
  if (side) {
    s.side = sideOf(side);
    s.sideName = side;
  }
  // "19 employees of U.N.-affiliated organizations in Gaza": the place follows the group named after "of".
  const place = where ?? (np.activityEnd !== undefined ? placeOfActivity(tokens, np.activityEnd) : undefined) ?? placeAfter(tokens, np.next) ?? (ofGroup ? placeAfter(tokens, ofGroup.next) : undefined);
  if (place) s.place = place;
  if (outcome && !isActivity(outcome) && isIncident(tokens, figure.first, np.next)) s.scope = 'incident';
  return withPeriod(s);
}

/** Nouns of a parent, whose "of <count>" counts children: "a mother of two". */
const PARENTS = new Set(['mother', 'father', 'parent', 'parents', 'mom', 'dad', 'grandmother', 'grandfather']);

/** Whether "<count> <people> and" comes right before `first`: "two women and" before "one man". */
function afterPeopleCount(tokens: Token[], first: number): boolean {
  if (tokens[first - 1]?.lower !== 'and' || !GENERIC_PEOPLE.has(tokens[first - 2]?.lower ?? '')) return false;
  const count = tokens[first - 3];
  return count !== undefined && (count.kind === 'num' || numberWordValue(count.lower) !== undefined);
}

/** The thing of a sum that prices an offer or a deal: who makes the offer (`who`) is part of its key. */
export const DEAL = 'deal price';
/** Nouns of an offer or agreement a sum prices: "an eight-year, $200 million offer", "a deal worth $184 million". */
const DEAL_NOUNS = new Set(`offer offers deal deals contract contracts bid bids proposal proposals`.split(/\s+/));
/** Verbs whose subject makes the offer: "the Red Sox offered", "the Nationals made Teixeira an eight-year, $160 million offer". */
const OFFER_VERBS = new Set(`offered offer offers offering made make makes making proposed bid submitted tabled`.split(/\s+/));
/** Words between an offer verb and its subject that change nothing: "the Red Sox have reportedly made". */
const OFFER_AUXILIARIES = new Set(`have has had reportedly also already`.split(/\s+/));
/** How far before a sum its deal noun is read: "an eight-year offer to Teixeira in excess of $160 million", "the Boston offer to be as high as $184 million". */
const DEAL_REACH = 6;
/** How far an offer verb and its subject are looked for from the deal noun, and how far after it "from"/"by" names its maker. */
const MAKER_REACH = 15;
const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥']);

/**
 * The token of the deal noun a sum prices, or undefined: the noun right after the sum ("$200 million offer"); for a sum with no
 * noun of its own, one before it in
 * its clause with no other number between ("a deal worth $184 million"), or the sentence's only deal noun when the sum is the
 * first after it ("Reports of the Red Sox offer varied, though WCVB-TV claims it was eight years and $184 million"). A rate ("$22
 * million per season") is keyed by its period, not priced here differently: the deal's total and its rate never meet anyway.
 */
function dealAt(tokens: Token[], figure: RawFigure, np: NounPhrase): number | undefined {
  const head = np.words[np.words.length - 1];
  if (head && DEAL_NOUNS.has(head.word)) return np.next - 1;
  // "the $550 billion technology-services market", "a $23 million average annual value": a sum with a noun of its own prices that.
  if (head) return undefined;
  for (let j = figure.first - 1; j >= 0 && j >= figure.first - DEAL_REACH; j--) {
    const t = tokens[j]!;
    if (isClauseBreak(t) || t.kind === 'num' || CURRENCY_SIGNS.has(t.text)) break;
    if (DEAL_NOUNS.has(t.lower)) return j;
  }
  const deals = tokens.flatMap((t, j) => (t.kind === 'word' && DEAL_NOUNS.has(t.lower) ? [j] : []));
  if (deals.length !== 1 || deals[0]! > figure.first) return undefined;
  const sumBetween = tokens.slice(deals[0]! + 1, figure.first).some((t) => CURRENCY_SIGNS.has(t.text) || /^(?:euros?|dollars?|pounds?)$/.test(t.lower));
  return sumBetween ? undefined : deals[0];
}

/** Capitalised words ending right before `end` (not a function word, not a date): a name, as written. */
function nameBefore(tokens: Token[], end: number, from = 0): string | undefined {
  const run: string[] = [];
  for (let j = end - 1; j >= from && run.length < 4; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || !isCapitalised(t.text) || STOPWORDS.has(t.lower) || TIME_NAMES.has(t.lower)) break;
    run.unshift(t.text.replace(/['’]s$/, ''));
  }
  return run.length > 0 ? run.join(' ') : undefined;
}

/**
 * Who makes the offer a deal noun at `at` names: a name right before it ("the Red Sox offer", "Microsoft's bid"), after "from"
 * or "by" following it ("offers by the Angels"), or the subject of an offer verb before it in its sentence ("the Boston Red Sox
 * have made ... an eight-year, $200 million offer"). Undefined when the sentence does not say: such a sum is compared with no
 * other maker's.
 */
function makerOf(tokens: Token[], at: number, figure: RawFigure): string | undefined {
  // After the sum, a name between it and the noun ("$200 million Red Sox offer"); never the sum's own letters ("$200MM").
  const modifier = nameBefore(tokens, at, at > figure.first ? figure.last : 0);
  if (modifier) return modifier;
  for (let j = at + 1; j < tokens.length && j <= at + MAKER_REACH; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text !== ',' && !CURRENCY_SIGNS.has(t.text)) break;
    if (t.kind === 'word' && CLAUSE_WORDS.has(t.lower)) break;
    if (t.lower !== 'from' && t.lower !== 'by') continue;
    let k = j + 1;
    if (tokens[k]?.lower === 'the') k += 1;
    let end = k;
    while (end < tokens.length && end < k + 4 && tokens[end]!.kind === 'word' && isCapitalised(tokens[end]!.text) && !STOPWORDS.has(tokens[end]!.lower)) end += 1;
    return end > k ? tokens.slice(k, end).map((x) => x.text.replace(/['’]s$/, '')).join(' ') : undefined;
  }
  // The deal noun may be the verb itself: "the Nationals reportedly have bid $160 million".
  for (let j = at < figure.first ? at : figure.first - 1; j >= 0 && j >= at - MAKER_REACH; j--) {
    const t = tokens[j]!;
    if ((t.kind === 'punct' && CLAUSE_BREAKS.has(t.text)) || (t.kind === 'word' && CLAUSE_WORDS.has(t.lower) && t.lower !== 'that')) break;
    if (t.kind !== 'word' || !OFFER_VERBS.has(t.lower)) continue;
    let k = j;
    while (k > 0 && OFFER_AUXILIARIES.has(tokens[k - 1]!.lower)) k -= 1;
    const subject = nameBefore(tokens, k);
    // The deal noun read as a verb names no one ("made an offer"): the verb before it is looked for.
    if (subject || j !== at) return subject;
  }
  return undefined;
}

/** Whether a duration's thing is a stay in custody or in hospital ("time in custody"). */
export function isStay(thing: string): boolean {
  return Object.values(STAY_PLACES).includes(thing);
}

/** Verbs of a completed stay right before its span: "served four months", "spent two weeks". */
const STAY_VERBS = new Set(['served', 'spent']);
/** How far before "for <span>" the stay's verb or place is looked for: "hospitalized in Los Angeles for four weeks". */
const STAY_REACH = 5;

/**
 * How long someone stayed in custody or in hospital, when the stay is over or told up to a past moment: "served four months in
 * federal prison", "spent two weeks in the hospital", "had been in hospital for three weeks", "was hospitalized in Los Angeles for
 * four weeks". A stay told as still going on ("has been in hospital for ten days") grows with each report and is left alone, as is
 * a sentence handed down ("sentenced to 12 years in prison"), which is not time served.
 */
function stayOf(tokens: Token[], figure: RawFigure): string | undefined {
  if (STAY_VERBS.has(tokens[figure.first - 1]?.lower ?? '') && tokens[figure.last]?.lower === 'in') {
    for (let j = figure.last + 1; j < tokens.length && j <= figure.last + 3; j++) {
      if (isClauseBreak(tokens[j]!)) break;
      const place = STAY_PLACES[tokens[j]!.lower];
      if (place) return place;
    }
    return undefined;
  }
  if (tokens[figure.first - 1]?.lower !== 'for') return undefined;
  for (let j = figure.first - 2; j >= 0 && j >= figure.first - 1 - STAY_REACH; j--) {
    const t = tokens[j]!;
    if (isClauseBreak(t)) return undefined;
    const inPlace = tokens[j - 1]?.lower === 'in' || (tokens[j - 1]?.lower === 'the' && tokens[j - 2]?.lower === 'in');
    const stay = STAYED[t.lower] ?? (inPlace ? STAY_PLACES[t.lower] : undefined);
    if (!stay) continue;
    const verbAt = STAYED[t.lower] ? j - 1 : tokens[j - 1]?.lower === 'in' ? j - 2 : j - 3;
    return pastStayVerb(tokens, verbAt) ? stay : undefined;
  }
  return undefined;
}

/** "was", "were", "had been" at k: a stay told as over or up to a past moment (not "has been", still going on). */
function pastStayVerb(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.lower;
  return w === 'was' || w === 'were' || (w === 'been' && tokens[k - 1]?.lower === 'had');
}

/** The thing of a sum taken in a theft: the haul. */
export const STOLEN = 'stolen';
const THEFT_VERBS = new Set(`stole stolen steal steals stealing snatched snatching looted robbed pilfered swiped grabbed`.split(/\s+/));
/** How far from a sum a verb of theft is read as taking it: "stole diamonds valued at 85 million euros" (four words between). */
const THEFT_REACH = 6;

/** A verb of theft in the sum's clause, within THEFT_REACH words before or after it, or "made off with" / "making off with" right before it. */
function theftNear(tokens: Token[], figure: RawFigure): boolean {
  for (let j = figure.first - 1; j >= 0 && j >= figure.first - THEFT_REACH; j--) {
    const t = tokens[j]!;
    if (isClauseBreak(t) && t.text !== ',') break;
    if (t.kind === 'word' && THEFT_VERBS.has(t.lower)) return true;
    if (t.lower === 'with' && tokens[j - 1]?.lower === 'off' && /^(?:made|make|makes|making)$/.test(tokens[j - 2]?.lower ?? '')) return true;
  }
  for (let j = figure.last; j < tokens.length && j < figure.last + THEFT_REACH; j++) {
    const t = tokens[j]!;
    if (isClauseBreak(t)) break;
    if (t.kind === 'word' && THEFT_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** A verb of outcome at j ("wounding", "killed"), as its class; "missing" is a verb of its own. */
function outcomeVerbAt(tokens: Token[], j: number): string | undefined {
  const t = tokens[j];
  if (!t || t.kind !== 'word' || t.lower === 'missing' || !/(?:ed|ing)$/.test(t.lower)) return undefined;
  return OUTCOMES[t.lower];
}

const RESIDENTS = new Set(['people', 'residents', 'inhabitants', 'persons']);
const SETTLEMENTS = new Set(['city', 'town', 'village', 'island', 'province', 'state', 'country', 'region', 'district', 'county', 'community']);

/**
 * How many live in a named place, where the sentence ties the count to the name: "<Name> ..., home to N people"
 * ("Qeshm island, home to 120,000 people"; "which is home to") and "<Name>, a city of N people". The place is
 * the name (its first letters, as sides are keyed), so two outlets' populations of one island meet.
 */
function populationOf(tokens: Token[], figure: RawFigure, np: NounPhrase): Subject | undefined {
  const head = np.words[np.words.length - 1]?.word;
  if (!head || !RESIDENTS.has(head) || np.words.length > 1) return undefined;
  let j = figure.first - 1;
  if (tokens[j]?.lower === 'to' && tokens[j - 1]?.lower === 'home') j -= 2;
  else if (tokens[j]?.lower === 'of' && SETTLEMENTS.has(tokens[j - 1]?.lower ?? '') && /^(?:a|an)$/.test(tokens[j - 2]?.lower ?? '')) j -= 3;
  else return undefined;
  // Back over "is", "which is", a comma and a settlement noun to the name.
  for (let steps = 0; steps < 4 && j >= 0; steps++, j--) {
    const t = tokens[j]!;
    // "Qeshm Island": the settlement noun, capitalised or not, is passed over to the name.
    if (t.kind === 'word' && isCapitalised(t.text) && !SETTLEMENTS.has(t.lower) && !STOPWORDS.has(t.lower) && !TIME_NAMES.has(t.lower)) {
      return { what: 'population', phrase: 'population', place: sideOf(t.text) };
    }
    if (!(t.text === ',' || /^(?:is|was|which|that)$/.test(t.lower) || SETTLEMENTS.has(t.lower))) return undefined;
  }
  return undefined;
}

/** Inside brackets that open with a score or record ("(52-3, 46 KOs)"). */
function inRecord(tokens: Token[], first: number): boolean {
  for (let j = first - 1; j >= 0 && j >= first - 6; j--) {
    const t = tokens[j]!;
    if (t.text === ')') return false;
    if (t.text === '(') return tokens[j + 1]?.kind === 'num' && isDash(tokens[j + 2]) && tokens[j + 3]?.kind === 'num';
  }
  return false;
}

/** The first counted-thing class within `reach` tokens after `from` ("military confrontations" -> conflict). */
function thingAfter(tokens: Token[], from: number, reach: number): string | undefined {
  for (let j = from; j < tokens.length && j < from + reach; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && (t.text === ';' || t.text === '.')) return undefined;
    if (t.kind === 'word' && THINGS[t.lower]) return THINGS[t.lower];
  }
  return undefined;
}

/** "448-page report", "12-member panel": a count joined by a hyphen to the noun it counts, before the thing it belongs to. */
function compoundCount(tokens: Token[], last: number): Subject | undefined {
  const dash = tokens[last];
  const noun = tokens[last + 1];
  if (!dash || !isDash(dash) || dash.gap || !noun || noun.kind !== 'word' || noun.gap || !/^\p{Ll}+$/u.test(noun.text)) return undefined;
  if (isDash(tokens[last + 2]) || PEOPLE[noun.lower] || OUTCOMES[noun.lower] || STOPWORDS.has(noun.lower)) return undefined; // "two-year-old", "three-time", "12-all game" (a score)
  const owner = compoundAt(tokens, last + 2);
  if (!owner || STOPWORDS.has(owner.word) || LINKS.has(owner.word)) return undefined;
  return { what: stem(noun.lower), thing: thingOf(owner.word), phrase: `${noun.lower} ${owner.word}` };
}

/** "of U.N.-affiliated organizations died": a capitalised modifier in an "of" phrase after the counted people, and an outcome right after it. */
function ofPhrase(tokens: Token[], from: number): { side?: string; outcome?: string; next: number } | undefined {
  if (tokens[from]?.lower !== 'of') return undefined;
  let j = from + 1;
  if (DETERMINERS.has(tokens[j]?.lower ?? '')) j += 1;
  const found: { side?: string; outcome?: string; next: number } = { next: j };
  // Up to four words; the dots and hyphens of "U.N.-affiliated" join them.
  for (let words = 0; words < 4 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') {
      if (t.text === '.' || isDash(t)) continue;
      break;
    }
    if (t.kind !== 'word' || STOPWORDS.has(t.lower) || LINKS.has(t.lower)) break;
    if (OUTCOMES[t.lower]) {
      found.outcome = OUTCOMES[t.lower];
      found.next = j + 1;
      return found;
    }
    if (isCapitalised(t.text) && found.side === undefined) found.side = t.text;
    words += 1;
  }
  found.next = j;
  while (j < tokens.length && tokens[j]?.kind === 'word' && LINKS.has(tokens[j]!.lower)) j += 1;
  const after = tokens[j];
  if (after?.kind === 'word' && OUTCOMES[after.lower] && after.lower !== 'missing') found.outcome = OUTCOMES[after.lower];
  return found;
}

const NOT_THIS_EVENT = new Set(`prior previous earlier former past other additional further similar separate`.split(/\s+/));

const INCIDENT_WORDS = new Set(`exploded separate`.split(/\s+/));
const INCIDENT_NOUNS = new Set(`attack assault raid strike airstrike bombing blast explosion bomb missile rocket shell ambush accident crash shooting
  stampede collapse`.split(/\s+/));
const SINGLE = new Set(['a', 'an', 'the', 'another', 'one', 'single', 'same']);

/**
 * A toll told of one incident ("killed in a suicide attack", "an air strike that
 * killed eight", "died in separate climbing accidents"), not of the whole event:
 * a singular incident noun after "a"/"the"/"another" in the figure's clause, or
 * "separate". Plural attacks ("raids that left 23 dead") are a campaign, the event itself.
 */
function isIncident(tokens: Token[], first: number, from: number): boolean {
  const isSingleIncident = (j: number): boolean => {
    const t = tokens[j]!;
    const w = t.lower;
    if (INCIDENT_WORDS.has(w)) return true;
    if (!INCIDENT_NOUNS.has(w)) return false;
    for (let k = j - 1; k >= 0 && k >= j - 7; k--) {
      if (SINGLE.has(tokens[k]!.lower)) return true;
      if (tokens[k]!.kind === 'punct' && tokens[k]!.text !== '.' && !isDash(tokens[k])) return false;
    }
    return false;
  };
  for (let j = from; j < tokens.length && j < from + 14; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && (t.text === ',' || t.text === ';' || CLAUSE_BREAKS.has(t.text))) break;
    if (isSingleIncident(j)) return true;
  }
  // Back over "that killed", "which left": the clause the figure ends.
  for (let j = first - 1; j >= 0 && j >= first - 8; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text !== '.' && !isDash(t)) break;
    if (isSingleIncident(j)) return true;
  }
  return false;
}

/** Where the counted people or things are: "in Aceh", "across Asia", "in Indonesia, Sri Lanka and India", "in the province". */
function placeAfter(tokens: Token[], from: number): string | undefined {
  for (let j = from; j < tokens.length && j < from + 5; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') return undefined;
    if (PLACE_PREPOSITIONS.has(t.lower)) return placeAt(tokens, j);
  }
  return undefined;
}

/** Words between "where" and its count: "where another 20,000", "where a further 20,000", "where approximately 50,000". */
const BEFORE_COUNT = new Set(`another a an further some approximately about around roughly nearly estimated more than at least as many up to over`.split(/\s+/));

/**
 * The place a "where" clause opens on, when the count is the clause's ("the northern city of Thessaloniki, where another 20,000
 * people marched", "Salonika where approximately 50,000 people marched"): the name right before "where", or a place noun.
 */
function placeBeforeWhere(tokens: Token[], first: number): string | undefined {
  let j = first - 1;
  while (j >= 0 && j >= first - 4 && tokens[j]!.kind === 'word' && BEFORE_COUNT.has(tokens[j]!.lower)) j -= 1;
  if (tokens[j]?.lower !== 'where') return undefined;
  j -= 1;
  if (tokens[j]?.text === ',') j -= 1;
  const t = tokens[j];
  if (!t || t.kind !== 'word') return undefined;
  if (isCapitalised(t.text) && !STOPWORDS.has(t.lower) && !TIME_NAMES.has(t.lower)) return sideOf(t.text);
  return PLACE_NOUNS.has(t.lower) ? stem(t.lower) : undefined;
}

/** Where a crowd did what it did: "took to the streets of Athens", "marched through Athens", "were sheltering in the school". */
function placeOfActivity(tokens: Token[], end: number): string | undefined {
  const t = tokens[end];
  if (!t || t.kind !== 'word') return undefined;
  if (t.lower === 'of' || t.lower === 'through' || PLACE_PREPOSITIONS.has(t.lower)) return placeAt(tokens, end);
  return undefined;
}

/** Where a dated event happened: the first place named after a place preposition in the date's clause ("talks in Istanbul on October 25"). */
function placeAround(tokens: Token[], figure: RawFigure): string | undefined {
  let left = figure.first;
  while (left > 0 && left > figure.first - 12 && !isClauseBreak(tokens[left - 1]!)) left -= 1;
  let right = figure.last;
  while (right < tokens.length && right < figure.last + 12 && !isClauseBreak(tokens[right]!)) right += 1;
  for (let j = left; j < right; j++) {
    if (j >= figure.first && j < figure.last) continue;
    if (!PLACE_PREPOSITIONS.has(tokens[j]!.lower)) continue;
    const place = placeAt(tokens, j);
    if (place) return place;
  }
  return undefined;
}

/** The place named after the preposition at j: capitalised names (a list of them), or a place noun. */
function placeAt(tokens: Token[], j: number): string | undefined {
  let k = j + 1;
  if (DETERMINERS.has(tokens[k]?.lower ?? '') || tokens[k]?.lower === 'a') k += 1;
  const names: string[] = [];
  while (k < tokens.length && names.length < 8) {
    const n = tokens[k]!;
    if (n.kind === 'word' && isCapitalised(n.text) && !STOPWORDS.has(n.lower) && !TIME_NAMES.has(n.lower)) {
      // "Indonesia's Aceh province": the later name is the place.
      if (/['’]s$/.test(n.text) && isCapitalised(tokens[k + 1]?.text ?? '')) {
        k += 1;
        continue;
      }
      names.push(sideOf(n.text));
    } else if (n.kind === 'word' && PLACE_NOUNS.has(n.lower) && names.length === 0) {
      return stem(n.lower);
    } else if (!(n.text === ',' || n.lower === 'and' || isDash(n)) || names.length === 0) break;
    k += 1;
  }
  return names.length > 0 ? names.join(',') : undefined;
}

/** A word that reads as a plural noun ("files", "tests"), not "various", "press" or "crisis". */
function isPlural(word: string): boolean {
  return word.length > 3 && /s$/.test(word) && !/(?:ss|us|is|ous)$/.test(word);
}

function isHead(word: string): boolean {
  return OUTCOMES[word] !== undefined || PEOPLE[word] !== undefined || GENERIC_PEOPLE.has(word);
}
