import { calendarDatesIn, dateNumbersIn, dayOf, parseDay, type Day } from '../english/dates.js';
import { MONTHS, WEEKDAYS } from '../english/numerals.js';
import { accordingTo, REPORTING_VERBS } from '../english/speech.js';
import { outsideQuotes } from './statements.js';
import { TOKEN_PATTERNS, tokensOf } from '../text/tokens.js';
import type { FactUnit } from './units.js';

/**
 * How much a fact matters in the story, so that "missing here" and "only here" read as short
 * ranked lists rather than every unaligned sentence. A fact matters when it concerns the
 * story's main actors (names most of its articles use) and its subject (terms most articles
 * use), carries a figure, a claim or quotation, or a consequence (someone killed, charged,
 * sued, a deal agreed, a visit announced), comes early in its article, and, when missing, is
 * carried by several outlets. Background and context (what "has long" been so, the 1990s, an
 * attack in 2014 told in a story of 2025) is what no one else needs to repeat: it is never
 * "exclusive reporting" and ranks low when missing.
 */

/** What the story's coverage says is central: names and terms most of its articles use. */
export interface StoryCentre {
  mainNames: ReadonlySet<string>;
  centralTerms: ReadonlySet<string>;
  /** The story's present: the latest year most of its articles mention, when they mention one. */
  latestYear?: number;
  /** The latest publication date of the story's articles (ISO), when they have one. */
  present?: string;
}

/** A name or term is central when at least this share of the story's articles (two at least) use it. */
export const CENTRAL_SHARE = 0.5;

/** The centre of a story from each article's fact units (canonical forms through `canonical`). */
export function storyCentre(articles: readonly (readonly FactUnit[])[], canonical: ReadonlyMap<string, string>, published: readonly (string | undefined)[] = []): StoryCentre {
  const nameCount = new Map<string, number>();
  const termCount = new Map<string, number>();
  const latest: number[] = [];
  for (const units of articles) {
    const names = new Set<string>();
    const terms = new Set<string>();
    let year = 0;
    for (const unit of units) {
      for (const n of unit.names) names.add(canonical.get(n) ?? n);
      for (const t of unit.terms) terms.add(canonical.get(t) ?? t);
      for (const n of unit.numbers) {
        const value = Number(n);
        if (Number.isInteger(value) && value >= 1900 && value <= 2100) year = Math.max(year, value);
      }
    }
    for (const n of names) nameCount.set(n, (nameCount.get(n) ?? 0) + 1);
    for (const t of terms) termCount.set(t, (termCount.get(t) ?? 0) + 1);
    if (year > 0) latest.push(year);
  }
  // With the page alone, its own words are the story's.
  const needed = Math.min(articles.length, Math.max(2, Math.ceil(CENTRAL_SHARE * articles.length)));
  const central = (counts: Map<string, number>) => new Set([...counts].filter(([, c]) => c >= needed).map(([k]) => k));
  latest.sort((a, b) => a - b);
  const centre: StoryCentre = { mainNames: central(nameCount), centralTerms: central(termCount) };
  const median = latest[Math.floor(latest.length / 2)];
  if (median !== undefined) centre.latestYear = median;
  const present = published.filter((d): d is string => parseDay(d) !== undefined).sort().pop();
  if (present) {
    centre.present = present;
    // The year the articles were published is the story's present: the latest year an article names is
    // often its history ("since Kim Il-Sung founded the state in 1948", "the 1950-53 Korean War").
    centre.latestYear = parseDay(present)!.year;
  }
  return centre;
}

// Context told as such. Fixed phrases only, so the expression stays linear.
const BACKGROUND_CUE =
  /\b(?:has|have|had) long\b|\bhistorically\b|\blong-?standing\b|\bfor (?:many )?(?:years|decades)\b|\bsince (?:its|their) (?:founding|inception|creation)\b|\bin the (?:late |early |mid-)?(?:19|20)\d0s\b|\bwas founded\b|\bdates back\b|\btraditionally\b|\bonce (?:a|an|the) (?:key |major |close )?(?:ally|allies|supporter|backer|patron)s?\b/i;
// A trend told over recent months or years ("Tensions ... have eased in recent months", "attacks ... have surged in
// recent years") is context, unless it ranks the news against them ("the worst bout of violence in recent years").
const RECENT_TREND = /\b(?:in|over) (?:recent|the (?:past|last)(?: few| several)?) (?:months|years|decades)\b/i;
const RANKED_AGAINST_RECENT = /\b(?:worst|deadliest|biggest|largest|highest|lowest|most|least|best|first|only)\b[^.!?]{0,60}\b(?:in|over) (?:recent|the (?:past|last))\b/i;

/** Years at least this far before the story's present make a sentence about them context. */
export const BACKGROUND_YEARS = 3;

/** Whether a sentence gives background: a context cue, or only years well before the story's present. */
export function isBackground(sentence: string, numbers: readonly string[], centre: StoryCentre): boolean {
  if (BACKGROUND_CUE.test(sentence)) return true;
  if (RECENT_TREND.test(sentence) && !RANKED_AGAINST_RECENT.test(sentence)) return true;
  if (centre.present && datedBefore(outsideQuotes(sentence), centre.present)) return true;
  if (centre.latestYear === undefined) return false;
  // A year the sentence sets its account in ("In 1947, a small group moved ...", "renounced polygamy in 1890"): the
  // nineteenth century is history as much as the twentieth.
  const years = numbers.map(Number).filter((n) => Number.isInteger(n) && n >= 1800 && n <= 2100);
  return years.length > 0 && Math.max(...years) <= centre.latestYear - BACKGROUND_YEARS && /\bin (?:\w+ )?(?:18|19|20)\d\d\b/i.test(sentence);
}

/** An undated sentence this close after a sentence of history (in sentences) carries it on. */
export const BACKGROUND_CARRY = 2;

// Words that set a sentence in the story's present, though it gives no date.
const PRESENT_CUE = new RegExp(
  `\\b(?:now|today|tonight|yet|still|so far|currently|this (?:week|month|year|morning|afternoon|evening)|past year|last (?:week|night)|yesterday|on (?:${Object.keys(WEEKDAYS).join('|')}))\\b`,
  'i',
);

/**
 * The undated sentences of an article that carry on a passage of history: an explainer's account of
 * earlier indictments dates its first sentence ("indicted on Oct. 27, 2017") and not the next ("After
 * the plea, Mueller moved to drop the charges"). Such a sentence is background when the last sentence
 * before it (at most `BACKGROUND_CARRY` back) that tells its time is background. A sentence that gives
 * a date, a year or a present cue ("now", "on Monday") tells its own time and ends the passage.
 */
export function carriedBackground(sentences: readonly string[], centre: StoryCentre): string[] {
  return readOncePerPresent(carriedCache, sentences, centre, readCarried);
}

const carriedCache: PresentCache = new WeakMap();

type PresentCache = WeakMap<readonly string[], { key: string; carried: string[] }>;

/** A corpus article's sentence list is the same array at every report (report.ts): read once per story present. */
function readOncePerPresent(cache: PresentCache, sentences: readonly string[], centre: StoryCentre, read: (sentences: readonly string[], centre: StoryCentre) => string[]): string[] {
  const key = `${centre.present ?? ''} ${centre.latestYear ?? ''}`;
  const known = cache.get(sentences);
  if (known?.key === key) return known.carried;
  const carried = read(sentences, centre);
  cache.set(sentences, { key, carried });
  return carried;
}

/** The time a sentence tells: history (background), the present, or none (no date, year or present cue). */
function timeTold(sentence: string, centre: StoryCentre): 'past' | 'present' | undefined {
  const numbers = (sentence.match(/\b(?:19|20)\d\d\b/g) ?? []) as string[];
  if (numbers.length === 0 && !PRESENT_CUE.test(sentence) && datesIn(sentence, centre.present) === 0) return undefined;
  return isBackground(sentence, numbers, centre) ? 'past' : 'present';
}

function readCarried(sentences: readonly string[], centre: StoryCentre): string[] {
  const carried: string[] = [];
  let lastPast = -Infinity;
  sentences.forEach((sentence, i) => {
    const time = timeTold(sentence, centre);
    if (time !== undefined) lastPast = time === 'past' ? i : -Infinity;
    else if (i - lastPast <= BACKGROUND_CARRY) carried.push(sentence);
  });
  return carried;
}

/**
 * The sentences of an explainer's sections that tell history: an explainer set out under the writer's
 * own questions ("Has anyone been charged?") answers some with the story's past (the earlier
 * indictments, one by one), and a sentence of such a section that gives no date of its own ("Deputy
 * Attorney Gen. Rod Rosenstein said, ...", three sentences after the last date) or a recent one is
 * that past too. A section is history when most of its sentences that tell their time (a date, a
 * year, a present cue) are background; a section of the story's present ("What do we know about the
 * ceasefire?") is not.
 */
export function historySections(sentences: readonly string[], centre: StoryCentre): string[] {
  return readOncePerPresent(sectionsCache, sentences, centre, readHistorySections);
}

const sectionsCache: PresentCache = new WeakMap();

/** A heading in the writer's voice: a question of its own, not a quotation. */
function isWritersQuestion(sentence: string): boolean {
  const trimmed = sentence.trim();
  return /\?$/u.test(trimmed) && !/^["“‘'«]/u.test(trimmed) && !/["”’»]/u.test(trimmed);
}

function readHistorySections(sentences: readonly string[], centre: StoryCentre): string[] {
  const carried: string[] = [];
  let section: string[] | undefined;
  const close = () => {
    if (!section) return;
    const times = section.map((sentence) => timeTold(sentence, centre));
    const told = times.filter((t) => t !== undefined);
    if (told.filter((t) => t === 'past').length * 2 <= told.length) return;
    // In such a section a sentence is that history unless it sets itself in the present ("now", "on
    // Monday"); a recent date ("In April 2018, he was sentenced") is part of the account. An undated
    // sentence is, unless the next sentence that tells its time tells the present (an analyst's closing
    // quotation "... will it work now?").
    let next: string | undefined;
    for (let i = section.length - 1; i >= 0; i--) {
      const sentence = section[i]!;
      if (times[i] !== undefined) next = times[i];
      if (times[i] === undefined ? next !== 'present' : !PRESENT_CUE.test(sentence)) carried.push(sentence);
    }
  };
  for (const sentence of sentences) {
    if (isWritersQuestion(sentence)) {
      close();
      section = [];
    } else section?.push(sentence);
  }
  close();
  return carried;
}

/** How many calendar dates (with or without a year) and months with a year a text gives. */
function datesIn(text: string, present: string | undefined): number {
  const now = parseDay(present);
  return calendarDatesIn(text, now).length + monthsIn(text).length;
}

/** Dates at least this many days before the story's latest publication date are its history. */
export const BACKGROUND_DAYS = 45;

// Sentences are asked about again and again in one comparison (each clause, each ranking): read once.
const datedCache = new Map<string, boolean>();
const DATED_CACHE_SIZE = 4000;

/** Whether the writer dates what the sentence tells, and every date is well before the story's present. */
function datedBefore(text: string, present: string): boolean {
  const key = `${present} ${text}`;
  const known = datedCache.get(key);
  if (known !== undefined) return known;
  if (datedCache.size >= DATED_CACHE_SIZE) datedCache.clear();
  const answer = readDatedBefore(text, present);
  datedCache.set(key, answer);
  return answer;
}

function readDatedBefore(text: string, present: string): boolean {
  const now = parseDay(present);
  if (!now) return false;
  const dates = [...calendarDatesIn(text, now), ...monthsIn(text)];
  return dates.length > 0 && dates.every((d) => d.epoch <= now.epoch - BACKGROUND_DAYS);
}

// "in May 2017": a month by its full name with its year and no day ("May 2, 2017" is a calendar date, read above).
const FULL_MONTHS = Object.keys(MONTHS).filter((m) => !Object.keys(MONTHS).some((o) => MONTHS[o] === MONTHS[m] && o.length > m.length));
const MONTH_YEAR = new RegExp(`\\b(${FULL_MONTHS.map((m) => `${m[0]!.toUpperCase()}${m.slice(1)}`).join('|')})\\s((?:19|20)\\d\\d)\\b`, 'gu');

/** Months a writer gives with their year, each as its last day (so only a month wholly past counts as past). */
function monthsIn(text: string): Day[] {
  const days: Day[] = [];
  for (const m of text.matchAll(MONTH_YEAR)) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month === undefined) continue;
    const next = month === 12 ? dayOf(+m[2]! + 1, 1, 1) : dayOf(+m[2]!, month + 1, 1);
    if (next) days.push({ ...next, epoch: next.epoch - 1 });
  }
  return days;
}

/** Whether a sentence carries a claim: a quotation, "according to", or a reporting verb (the reading layer's one list). */
function isClaim(sentence: string): boolean {
  if (/["“”]/.test(sentence) || accordingTo(sentence).length > 0) return true;
  return tokensOf(sentence.toLowerCase(), TOKEN_PATTERNS.letters).some((word) => REPORTING_VERBS.has(word.text));
}

// Stems (as `termsOf` gives them) of what happened to whom: the consequences a reader looks for.
const CONSEQUENCE = new Set([
  'kill', 'dead', 'death', 'die', 'injur', 'injury', 'wound', 'arrest', 'charg', 'indict', 'convict', 'sentenc',
  'ban', 'suspend', 'resign', 'fir', 'clos', 'cancel', 'postpon', 'delay', 'approv', 'reject', 'sign', 'agre',
  'agreement', 'sue', 'su', 'lawsuit', 'tariff', 'sanction', 'withdraw', 'halt', 'stop', 'launch', 'attack',
  'strik', 'strike', 'airstrik', 'meet', 'meeting', 'visit', 'announc', 'exempt', 'exemption', 'deal', 'ceasefir',
  'truce', 'vote', 'elect', 'win', 'lost', 'destroy', 'evacuat', 'rescu', 'releas', 'seiz', 'raid', 'protest',
]);

/** How much a fact matters in its story; about 0 (off-topic context) to 4 (a central, quoted, counted event). */
export function salience(unit: FactUnit, sentence: string, position: number, centre: StoryCentre, canonical: ReadonlyMap<string, string>): number {
  const terms = unit.terms.map((t) => canonical.get(t) ?? t);
  const names = unit.names.map((n) => canonical.get(n) ?? n);
  const central = terms.filter((t) => centre.centralTerms.has(t)).length;
  let score = 0;
  if (names.some((n) => centre.mainNames.has(n))) score += 1;
  score += 0.6 * Math.min(1, (2 * central) / Math.max(1, terms.length));
  if (central === 0) score -= 1;
  const dates = dateNumbersIn(sentence);
  if (unit.numbers.some((n) => Number(n) >= 10 && !(Number(n) >= 1900 && Number(n) <= 2100) && !dates.has(n))) score += 0.5;
  if (isClaim(sentence)) score += 0.5;
  if (unit.terms.some((t) => CONSEQUENCE.has(t))) score += 0.5;
  if (isBackground(sentence, unit.numbers, centre)) score -= 1.2;
  score += 0.4 * (1 - Math.min(1, Math.max(0, position)));
  return score;
}

/** What the other articles on the story name and count: what the page adds is what is not in here. */
export interface Elsewhere {
  /** Their terms, in the forms of the "already said" test (`sayingTerm`: word forms, peoples, rewordings merged). */
  terms: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  /** A term of the page in those forms ("truce" as "ceasefire", "Summit" as "meeting"); as written when absent. */
  formOf?: (term: string) => string;
}

const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;

/**
 * How much a page statement no other article aligns with is the page's own reporting. The
 * story's central facts are what every outlet tells, so an unaligned statement made of the
 * story's common words is most likely one of them in other words; what an outlet adds shows
 * as a person or place no one else names, a figure no one else gives, a quotation or claim,
 * a consequence. Statements with nothing of the story in them (a video blurb about another
 * story) and background are not exclusive reporting.
 */
export function exclusiveWeight(
  unit: FactUnit,
  sentence: string,
  position: number,
  centre: StoryCentre,
  canonical: ReadonlyMap<string, string>,
  elsewhere: Elsewhere,
): number {
  const terms = unit.terms.map((t) => canonical.get(t) ?? t);
  const names = unit.names.map((n) => canonical.get(n) ?? n);
  const central = terms.filter((t) => centre.centralTerms.has(t)).length;
  if (isBackground(sentence, unit.numbers, centre)) return -Infinity;
  const usedElsewhere = (term: string) => elsewhere.terms.has(elsewhere.formOf ? elsewhere.formOf(term) : (canonical.get(term) ?? term));
  let novelty = NEW_TERMS_WEIGHT * (unit.terms.filter((t) => !usedElsewhere(t)).length / Math.max(1, terms.length));
  if (unit.names.some((n) => !usedElsewhere(n))) novelty += NEW_NAME_WEIGHT;
  // A figure is a count or an amount: the day of a date ("on March 22") is when, not what.
  const dates = dateNumbersIn(sentence);
  if (unit.numbers.some((n) => !isYear(Number(n)) && Number(n) >= 2 && !elsewhere.numbers.has(n) && !dates.has(n))) novelty += NEW_FIGURE_WEIGHT;
  let score = novelty;
  if (isClaim(sentence)) score += 0.4;
  if (unit.terms.some((t) => CONSEQUENCE.has(t))) score += 0.3;
  // Common words weigh against a statement less when it names or counts something no one else does.
  score -= (novelty >= NEW_NAME_WEIGHT ? 0.5 : 1) * COMMON_WORDS_PENALTY * (central / Math.max(1, terms.length));
  // Nothing of the story's words or actors: likely about something else (a video blurb, a sidebar).
  if (central === 0 && !names.some((n) => centre.mainNames.has(n))) score -= OFF_STORY_PENALTY;
  score += 0.3 * (1 - Math.min(1, Math.max(0, position)));
  return score;
}

/** Penalty for a statement that shares no term or main actor with the story. */
export const OFF_STORY_PENALTY = 0.3;
/** Weight of the share of a statement's terms that no other article on the story uses. */
export const NEW_TERMS_WEIGHT = 1;
/** Weight of a name no other article on the story uses (a source, a place, a person of its own). */
export const NEW_NAME_WEIGHT = 1;
/** Weight of a figure no other article on the story gives. */
export const NEW_FIGURE_WEIGHT = 1;
/** Penalty for a statement made wholly of the story's common terms (scaled by their share). */
export const COMMON_WORDS_PENALTY = 1;
