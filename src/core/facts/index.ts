import type { Article } from '../types.js';
import { CURRENT, type Analysis, type AnalysisContext, type Compared, type Evidence } from '../analysis/contract.js';
import { list, num, object, optional, text, type Schema } from '../analysis/schema.js';
import { articleSentences } from '../text/segment.js';
import { refersToReportedWords } from '../english/speech.js';
import { outletMention } from '../english/outlets.js';
import { termsOf, words } from '../text/tokens.js';
import { canonicalTerms, DEFAULT_ALIGNER, termWeigher, type AlignerOptions, type TermWeigher } from './align.js';
import { alignFacts, type FactSide, type UnitRef } from './cluster.js';
import { alreadySaid, coverageIn, covers, demonymForms, isTellingNumber, tellingFigures, sentencesHolding, profileSentence, wordRuns, profileStatement, RARE_NAME_SHARE, sayingTerm, titleForms, givenNameForms, type SayingForms, type SentenceProfile, type StatementProfile } from './said.js';
import { carriedBackground, exclusiveWeight, historySections, isBackground, salience, storyCentre, type Elsewhere, type StoryCentre } from './salience.js';
import { factUnits, numbersIn, placesFact, type FactUnit } from './units.js';
import { isWritersInference } from './statements.js';
import { factsPresentation } from './presentation.js';

export type { FactUnit } from './units.js';

/** What the fact analysis keeps of an article: its fact units, citing sentences by index. */
export interface FactFeatures {
  units: FactUnit[];
}

/** A fact other outlets covering the same event report and the current article does not. */
export interface Omission {
  /** A short statement of the fact, taken from one outlet's own words (never written anew). */
  summary: string;
  /** The same-event outlets that report it, in the order of `outlets`. */
  reportedBy: string[];
  /** One sentence from each outlet that reports it. */
  evidence: Evidence[];
}

/** A fact the current article reports and no other article on the story does. */
export interface Exclusive {
  summary: string;
  evidence: Evidence[];
}

export interface FactsSection {
  /** The same-event outlets compared with ("reported by 2 of 4": 4 is this list's length). Follow-ups are not among them. */
  outlets: string[];
  /** Most-supported first, then by salience; facts reported by one outlet come after those reported by several. */
  omissions: Omission[];
  /** What the current article adds, most telling first; at most a quarter of its sentences. */
  exclusives: Exclusive[];
}

export function factFeatures(article: Article): FactFeatures {
  return { units: factUnits(articleSentences(article).map((s) => s.text), article.title) };
}

const MAX_UNITS = 5000;
const termList = list(text(80), 400);

export const factFeaturesSchema: Schema<FactFeatures> = object({
  units: list(
    object({
      sentence: num({ integer: true, min: 0, max: 100_000 }),
      clause: optional(list(num({ integer: true, min: 0, max: 1_000_000 }), 2)),
      terms: termList,
      names: termList,
      numbers: list(text(40), 200),
    }),
    MAX_UNITS,
  ),
});

/** Summaries longer than this many characters are cut at a word boundary. */
export const SUMMARY_MAX_CHARS = 220;

/**
 * What other same-event outlets report that the current article leaves out,
 * and what only the current article reports.
 *
 * Follow-ups (coverage of a later or earlier development) do not count as
 * support for an omission: an article cannot leave out what had not happened
 * yet, nor be faulted for not repeating an earlier round it does not report.
 * They do count against exclusivity: a fact a follow-up also states is not
 * "only here".
 */
export function compareFacts(
  current: Compared<FactFeatures>,
  others: readonly Compared<FactFeatures>[],
  context: AnalysisContext,
  options: AlignerOptions = DEFAULT_ALIGNER,
): FactsSection {
  const articles = [current, ...others];
  const chrome = outletChrome(articles);
  const sides: FactSide[] = articles.map((a, i) => ({
    id: i === 0 ? CURRENT : a.id,
    units: validUnits(a).filter((u) => !chrome[i]?.has(u.sentence)),
    countsForOmissions: i > 0 && (a.relation ?? 'same-event') === 'same-event',
  }));
  const story = readStory(articles, sides, context, options);
  const { missing, unsupported, pairedWithOutlet } = alignFacts(sides, context.idfOf, options, story.canonical);
  const outlets = others.filter((o) => (o.relation ?? 'same-event') === 'same-event').map((o) => o.id);
  const unitOf = (ref: UnitRef): FactUnit | undefined => sides[ref.side]?.units[ref.unit];
  const statementOf = (ref: UnitRef): StatementProfile | undefined => {
    const unit = unitOf(ref);
    const text = unitText(articles[ref.side], unit);
    return unit && text !== undefined ? story.statement(unit, text) : undefined;
  };

  const relayed = relayedFrom(current, articles);
  const page = story.profiles[0] ?? [];
  const particularsOnPage = (statement: StatementProfile | undefined): boolean =>
    statement !== undefined &&
    [...statement.rareNames].every((n) => page.some((p) => p.terms.has(n))) &&
    [...statement.numbers].filter(isTellingNumber).every((n) => page.some((p) => p.numbers.has(n)));
  const omissions = missing
    .flatMap((cluster) => {
      // Already said here, in other words or over two sentences: not missing. Or the other way round: a
      // statement of the page that would count as support for the fact (said in its sentence, its
      // sentence covering part of the fact) says it, however much more the other outlet's sentence adds.
      if (cluster.members.some((m) => {
        const statement = statementOf(m);
        const sentence = story.profiles[m.side]?.[unitOf(m)?.sentence ?? -1];
        if (statement === undefined) return false;
        return alreadySaid(statement, story.profiles[0] ?? []) || (sentence !== undefined && supportedBy(statement, sentence, current, sides[0]?.units ?? [], 0, story));
      })) return [];
      // Another outlet's lede (its first statement) reports the event the page covers too: the page says it in its own
      // words, unless the lede gives a figure or a rare name (a source, a place) the page never gives.
      if (cluster.members.every((m) => isLede(sides[m.side], unitOf(m))) && cluster.members.some((m) => particularsOnPage(statementOf(m)))) return [];
      // Support must itself be the fact: a member whose sentence does not say the first one's statement is dropped.
      const [seed, ...rest] = cluster.members;
      const seedStatement = seed && statementOf(seed);
      if (!seed || !seedStatement) return [];
      const seedSentence = story.profiles[seed.side]?.[unitOf(seed)?.sentence ?? -1];
      const members = [seed, ...rest.filter((m) => {
        const sentence = story.profiles[m.side]?.[unitOf(m)?.sentence ?? -1];
        const statement = statementOf(m);
        return sentence !== undefined && seedSentence !== undefined && statement !== undefined && alreadySaid(seedStatement, [sentence]) && covers(statement, seedSentence, SUPPORT_BACK_COVERAGE) && givesFigureOf(seedStatement, sentence);
      })];
      // What another outlet relays from the page's own outlet ("The Times noted that ...") is the page's reporting.
      if (members.every((m) => relayed[m.side]?.has(unitOf(m)?.sentence ?? -1))) return [];
      const evidence: Evidence[] = [];
      const texts: string[] = [];
      for (const side of [...new Set(members.map((m) => m.side))].sort((x, y) => x - y)) {
        // Members come best-aligned first: each outlet's first member is its clearest statement of the fact.
        const first = members.find((m) => m.side === side);
        const unit = first && unitOf(first);
        const sentence = unit && articles[side]?.sentences[unit.sentence];
        const text = unitText(articles[side], unit);
        if (sentence === undefined || text === undefined) continue;
        evidence.push({ articleId: sides[side]?.id ?? '', sentence });
        texts.push(text);
      }
      const seedUnit = unitOf(seed)!;
      // Earlier in an article usually means more central to its report.
      const position = Math.min(...members.map((m) => relativePosition(articles[m.side], unitOf(m))));
      const seedText = articles[seed.side]?.sentences[seedUnit.sentence] ?? '';
      // One outlet's history is no omission, nor the undated sentences that carry it on ("After the plea, ..."),
      // nor an explainer's section of it.
      const background = isBackground(seedText, seedUnit.numbers, story.centre) || story.carried.has(seedText) || story.history.has(seedText);
      if (background && evidence.length < 2) return [];
      const weight = story.salience(seedUnit, articles[seed.side]?.sentences[seedUnit.sentence] ?? '', position) + OUTLET_WEIGHT * (evidence.length - 1);
      return [{ summary: summarise(texts), reportedBy: evidence.map((e) => e.articleId), evidence, weight }];
    })
    .filter((o) => o.evidence.length > 0 && o.summary.length > 0)
    .sort((a, b) => b.reportedBy.length - a.reportedBy.length || b.weight - a.weight)
    .map(({ summary, reportedBy, evidence }) => ({ summary, reportedBy, evidence }));

  // Only here: no other article on the story says it, however worded; not background; salient enough to single out.
  const otherProfiles = story.profiles.slice(1);
  const alone = others.length === 0;
  const bySentence = new Map<number, FactUnit[]>();
  const overlap = new Map<FactUnit, number>();
  for (const index of unsupported) {
    const unit = sides[0]?.units[index];
    const text = unitText(current, unit);
    if (!unit || text === undefined) continue;
    const statement = story.statement(unit, text);
    if (otherProfiles.some((profiles) => alreadySaid(statement, profiles))) continue;
    // The same two-way test as for a missing fact: another article's statement that would support this one says it.
    const pageSentence = story.profiles[0]?.[unit.sentence];
    if (pageSentence && sides.some((side, k) => k > 0 && supportedBy(statement, pageSentence, articles[k], side.units, k, story))) continue;
    overlap.set(unit, Math.max(0, ...otherProfiles.map((profiles) => coverageIn(statement, profiles))));
    bySentence.set(unit.sentence, [...(bySentence.get(unit.sentence) ?? []), unit]);
  }
  const lede = Math.min(...(sides[0]?.units ?? []).map((u) => u.sentence));
  const firstUnits = firstUnitOfSentence(sides[0]?.units ?? []);
  const mainClauseReported = mainClausesReported(firstUnits, sides[0]?.units ?? [], pairedWithOutlet);
  const exclusives: Exclusive[] = [...bySentence.entries()]
    .flatMap(([sentenceIndex, units]) => {
      const sentence = current.sentences[sentenceIndex];
      // An explainer's section of history is background, told for the reader who missed it.
      if (sentence === undefined || story.history.has(sentence)) return [];
      // A sentence whose first clause, its main claim, another same-event outlet reports is that outlet's fact
      // told on: what follows ("..., although he cautioned ...") is most often the same account in other words.
      if (mainClauseReported.has(sentenceIndex)) return [];
      // A reaction to words reported before ("denies the allegations", "dismissed the remarks") answers what the
      // others report: the reaction is most often theirs too, told in other words.
      if (outlets.length > 0 && refersToReportedWords(unitText(current, firstUnits.get(sentenceIndex)) ?? '')) return [];
      // The writer's own reading of the news ("The open-ended queries appear to be an attempt to ...") is no exclusive
      // reporting: another outlet reads the same news in its own words.
      if (isWritersInference(sentence)) return [];
      // The lede (the page's first statement) reports the event every same-event outlet covers: unaligned, it is that
      // event in other words ("struck a peace agreement ... in the Persian Gulf"), not the page's own reporting.
      if (sentenceIndex === lede && outlets.length > 0) return [];
      const position = current.sentences.length === 0 ? 1 : sentenceIndex / current.sentences.length;
      // With nothing to compare with, every statement is the page's own: rank them as facts of the story.
      const weight = alone
        ? Math.max(...units.map((u) => (isBackground(sentence, u.numbers, story.centre) ? -Infinity : story.salience(u, sentence, position))))
        : Math.max(...units.map((u) => story.exclusiveWeight(u, sentence, position) - OVERLAP_PENALTY * Math.max(0, (overlap.get(u) ?? 0) - OVERLAP_FLOOR)));
      if (weight < (alone ? -Infinity : EXCLUSIVE_MIN_WEIGHT) || weight === -Infinity) return [];
      const summary = summarise([units.map((u) => (unitText(current, u) ?? '').trim()).join(' ')]);
      return [{ summary, evidence: [{ articleId: CURRENT, sentence }], weight, sentenceIndex }];
    })
    .sort((a, b) => b.weight - a.weight || a.sentenceIndex - b.sentenceIndex)
    .slice(0, Math.max(EXCLUSIVES_FLOOR, Math.floor(EXCLUSIVES_SHARE * current.sentences.length)))
    .map(({ summary, evidence }) => ({ summary, evidence }));

  return { outlets, omissions, exclusives };
}

/**
 * Whether a sentence gives one of a statement's telling figures, when it has any: "58 Pakistani military casualties"
 * is not supported by "Pakistan refuted these civilian casualty reports". A figure given roughly is the figure
 * ("over 2,400 fatalities" for "at least 2,414 deaths"): the two agree to two significant digits.
 */
function givesFigureOf(statement: StatementProfile, sentence: SentenceProfile): boolean {
  const telling = tellingFigures(statement);
  if (telling.length === 0) return true;
  const given = [...sentence.numbers].map(Number).filter(Number.isFinite).map(roughly);
  // A time of day is given as its quarter-hour marks, already rough, and a day as itself.
  return telling.some((n) => (placesFact(n) ? sentence.numbers.has(n) : given.includes(roughly(Number(n)))));
}

/** A figure to two significant digits: 2,414 and "over 2,400" are one figure. */
function roughly(n: number): number {
  return n === 0 ? 0 : Number(n.toPrecision(2));
}

/**
 * Sentences whose first fact unit (the first clause) the aligner paired with a same-event outlet's statement.
 * `paired` indexes into the page's `units`.
 */
function mainClausesReported(firstUnits: ReadonlyMap<number, FactUnit>, units: readonly FactUnit[], paired: readonly number[]): Set<number> {
  const pairedUnits = new Set(paired.map((i) => units[i]));
  return new Set([...firstUnits].filter(([, unit]) => pairedUnits.has(unit)).map(([sentence]) => sentence));
}

/** Each sentence's first fact unit (its first clause that is a statement, or the whole sentence), by sentence index; `units` in sentence order. */
function firstUnitOfSentence(units: readonly FactUnit[]): Map<number, FactUnit> {
  const first = new Map<number, FactUnit>();
  for (const unit of units) if (!first.has(unit.sentence)) first.set(unit.sentence, unit);
  return first;
}

/** A sentence this close after one naming an outlet (in sentences) carries on what it relays from that outlet. */
export const RELAY_CARRY = 2;

/**
 * For each article, the sentences that relay the page's outlet's reporting: those naming the page's outlet ("The Times
 * noted that ...", "In response to the Times report") and the next `RELAY_CARRY` sentences, which carry the account on.
 * None for the page itself, an article of its own outlet, or a page whose outlet is not known.
 */
function relayedFrom(page: Compared<FactFeatures>, articles: readonly Compared<FactFeatures>[]): Set<number>[] {
  const mentions = page.source ? outletMention(page.source) : undefined;
  return articles.map((a, i) => {
    const relayed = new Set<number>();
    if (!mentions || i === 0 || a.source?.toLowerCase() === page.source?.toLowerCase()) return relayed;
    // Only a write-up of the outlet's report relays it: its headline or first sentence credits the outlet.
    if (!mentions(a.title) && !mentions(a.sentences[0] ?? '')) return relayed;
    a.sentences.forEach((s, j) => {
      if (mentions(s)) for (let k = j; k <= j + RELAY_CARRY && k < a.sentences.length; k++) relayed.add(k);
    });
    return relayed;
  });
}

/** Whether a unit is its article's first statement (the first clause of its lede). */
function isLede(side: FactSide | undefined, unit: FactUnit | undefined): boolean {
  return unit !== undefined && side?.units[0] === unit;
}

// One sentence as an article of its own, the same array each time, so that its term index is built once.
const aloneCache = new WeakMap<SentenceProfile, readonly SentenceProfile[]>();
function alone(sentence: SentenceProfile): readonly SentenceProfile[] {
  let list = aloneCache.get(sentence);
  if (!list) aloneCache.set(sentence, (list = [sentence]));
  return list;
}

/**
 * Whether a statement of one article (`side`: the page for a missing fact, another article for an
 * only-here one) would support a fact as another outlet's would (the same two-way test): that
 * statement is said in the fact's sentence, and its own sentence holds at least
 * `SUPPORT_BACK_COVERAGE` of the fact. The "already said" test asks for most of the fact's
 * statement; this finds a shorter statement of it inside the fact's longer sentence.
 */
function supportedBy(
  statement: StatementProfile,
  sentence: SentenceProfile,
  article: Compared<FactFeatures> | undefined,
  units: readonly FactUnit[],
  side: number,
  story: StoryReading,
): boolean {
  // Only sentences holding enough of the fact can: found through the article's term index.
  const holding = sentencesHolding(statement, story.profiles[side] ?? [], SUPPORT_BACK_COVERAGE);
  if (holding.size === 0) return false;
  for (const unit of units) {
    if (!holding.has(unit.sentence)) continue;
    const text = unitText(article, unit);
    if (text !== undefined && alreadySaid(story.statement(unit, text), alone(sentence))) return true;
  }
  return false;
}

/**
 * Share of a supporting statement that the first statement's sentence must cover as well: the
 * support says the fact, and not mostly something else that happens to contain its words.
 */
export const SUPPORT_BACK_COVERAGE = 0.3;

/**
 * Weight taken off an only-here statement per unit of its coverage (`coverageIn`) in the best other article:
 * half said elsewhere is often said there in other words. (Ranking missing facts by their coverage on the page
 * did not help on the tune events.)
 */
export const OVERLAP_PENALTY = 1;
/** Coverage below this is words any two articles on a story share, not the statement. */
export const OVERLAP_FLOOR = 0.2;

/** Ranking weight of each further outlet that carries a missing fact. */
export const OUTLET_WEIGHT = 0.8;
/** Weight (see `exclusiveWeight`) an unaligned page statement needs to be listed as only here. */
export const EXCLUSIVE_MIN_WEIGHT = 0.7;
/**
 * "Only here" singles out: at most this share of the page's sentences (or `EXCLUSIVES_FLOOR`
 * items, for a short article), the most salient first.
 */
export const EXCLUSIVES_SHARE = 0.25;
export const EXCLUSIVES_FLOOR = 3;

interface StoryReading {
  /** Spelling variants and word forms merged over every sentence of the story. */
  canonical: ReadonlyMap<string, string>;
  /** Each article's sentences, profiled for the "already said" test. */
  profiles: SentenceProfile[][];
  centre: StoryCentre;
  /** Undated sentences that carry on a passage of history (`carriedBackground`). */
  carried: ReadonlySet<string>;
  /** Sentences of an explainer's sections of history (`historySections`). */
  history: ReadonlySet<string>;
  statement(unit: FactUnit, text: string): StatementProfile;
  salience(unit: FactUnit, sentence: string, position: number): number;
  exclusiveWeight(unit: FactUnit, sentence: string, position: number): number;
}

/** What the comparison needs to know about the whole story: term forms and weights, every sentence profiled, its centre. */
/** What each sentence of an article gives the story reading, before term forms are merged. */
interface SentenceReading {
  terms: string[];
  numbers: string[];
  runs: ReadonlySet<string>;
}

// A corpus article's sentence list is the same array from one report to the next (report.ts caches it per
// loaded pack), so its sentences are read once, not once per page view.
const readingCache = new WeakMap<readonly string[], SentenceReading[]>();

function readSentences(sentences: readonly string[]): SentenceReading[] {
  let reading = readingCache.get(sentences);
  if (!reading) readingCache.set(sentences, (reading = sentences.map((s) => ({ terms: termsOf(s), numbers: numbersIn(s), runs: wordRuns(s) }))));
  return reading;
}

function readStory(articles: readonly Compared<FactFeatures>[], sides: readonly FactSide[], context: AnalysisContext, options: AlignerOptions): StoryReading {
  const readings = articles.map((a) => readSentences(a.sentences));
  const sentenceTerms = readings.map((list) => list.map((r) => r.terms));
  const flat = sentenceTerms.flat();
  const canonical = canonicalTerms(flat.flat(), context.idfOf);
  const weigh: TermWeigher = termWeigher(flat, canonical, context.idfOf, options);
  const forms: SayingForms = {
    canonical,
    places: demonymForms(sides.flatMap((s) => s.units.flatMap((u) => u.names.map((n) => canonical.get(n) ?? n)))),
    // One person's other words: a title the story gives them, and a given name written two ways (Rudy / Rudolph).
    titles: new Map([...givenNameForms(articles.map((a) => a.sentences)), ...titleForms(articles.map((a) => a.sentences))]),
  };
  const profiles = articles.map((a, i) => a.sentences.map((s, j) => profileSentence(readings[i]?.[j]?.terms ?? [], readings[i]?.[j]?.numbers ?? [], readings[i]?.[j]?.runs ?? wordRuns(s), forms)));
  // A headline says what it says: a fact in it is on the page (the title is not among the sentences).
  articles.forEach((a, i) => {
    if (a.title) profiles[i]?.push(profileSentence(termsOf(a.title), numbersIn(a.title), wordRuns(a.title), forms));
  });
  const sentenceCount = new Map<string, number>();
  for (const list of profiles) for (const p of list) for (const t of p.terms) sentenceCount.set(t, (sentenceCount.get(t) ?? 0) + 1);
  const total = Math.max(1, flat.length);
  const isRareName = (name: string) => (sentenceCount.get(name) ?? 0) / total <= RARE_NAME_SHARE;
  const inStory = articles.filter((_, i) => i === 0 || sides[i]?.countsForOmissions);
  const centre = storyCentre(sides.filter((s, i) => i === 0 || s.countsForOmissions).map((s) => s.units), canonical, inStory.map((a) => a.publishedAt));
  const carried = new Set(articles.flatMap((a) => carriedBackground(a.sentences, centre)));
  const history = new Set(articles.flatMap((a) => historySections(a.sentences, centre)));
  // Every other article's terms and numbers, gathered in one pass (not spread into arrays first).
  const elsewhereTerms = new Set<string>();
  const elsewhereNumbers = new Set<string>();
  for (const list of profiles.slice(1)) {
    for (const p of list) {
      for (const t of p.terms) elsewhereTerms.add(t);
      for (const n of p.numbers) elsewhereNumbers.add(n);
    }
  }
  // Salience reads a unit's own forms: a people's name is used elsewhere when its place's name is ("Chinese", "China").
  for (const [people, place] of forms.places ?? []) if (elsewhereTerms.has(place)) elsewhereTerms.add(people);
  const elsewhere: Elsewhere = {
    terms: elsewhereTerms,
    numbers: elsewhereNumbers,
    formOf: (term) => sayingTerm(term, forms),
  };
  const statements = new Map<FactUnit, StatementProfile>();
  return {
    canonical,
    profiles,
    centre,
    carried,
    history,
    exclusiveWeight: (unit, sentence, position) => exclusiveWeight(unit, sentence, position, centre, canonical, elsewhere),
    statement: (unit, text) => {
      // A unit's statement is looked for many times (against the page, each other article, as support): profiled once.
      let profile = statements.get(unit);
      if (!profile) statements.set(unit, (profile = profileStatement(unit, text, forms, weigh, isRareName)));
      return profile;
    },
    salience: (unit, sentence, position) => salience(unit, sentence, position, centre, canonical),
  };
}

/**
 * Sentences that an outlet prints in more than one of its articles here (an app prompt, a
 * newsletter line, a standing credit): chrome, by repetition. Wire copy carried by different
 * outlets is not chrome.
 */
function outletChrome(articles: readonly Compared<FactFeatures>[]): Set<number>[] {
  const bySource = new Map<string, number[]>();
  articles.forEach((a, i) => {
    if (!a.source) return;
    const key = a.source.toLowerCase();
    bySource.set(key, [...(bySource.get(key) ?? []), i]);
  });
  const result = articles.map(() => new Set<number>());
  for (const members of bySource.values()) {
    if (members.length < 2) continue;
    const seen = new Map<string, Set<number>>();
    for (const i of members) {
      articles[i]!.sentences.forEach((s) => {
        const key = s.toLowerCase().replace(/\s+/g, ' ').trim();
        seen.set(key, (seen.get(key) ?? new Set()).add(i));
      });
    }
    for (const i of members) {
      articles[i]!.sentences.forEach((s, j) => {
        if ((seen.get(s.toLowerCase().replace(/\s+/g, ' ').trim())?.size ?? 0) > 1) result[i]!.add(j);
      });
    }
  }
  return result;
}

/** Units whose sentence index and clause range fit the article's sentences (pack data is checked, not trusted). */
function validUnits(article: Compared<FactFeatures>): FactUnit[] {
  return article.features.units.filter((u) => {
    const sentence = article.sentences[u.sentence];
    if (sentence === undefined) return false;
    if (!u.clause) return true;
    const [start, end] = u.clause;
    return start !== undefined && end !== undefined && start >= 0 && start < end && end <= sentence.length;
  });
}

function unitText(article: Compared<FactFeatures> | undefined, unit: FactUnit | undefined): string | undefined {
  if (!article || !unit) return undefined;
  const sentence = article.sentences[unit.sentence];
  if (sentence === undefined) return undefined;
  const [start, end] = unit.clause ?? [0, sentence.length];
  return sentence.slice(start ?? 0, end ?? sentence.length);
}

function relativePosition(article: Compared<FactFeatures> | undefined, unit: FactUnit | undefined): number {
  if (!article || !unit || article.sentences.length === 0) return 1;
  return unit.sentence / article.sentences.length;
}

const LEADING_JOINER = /^(?:and|but|while|whereas|nor|although|though|yet|also|however|meanwhile)\b[,\s]*/i;

/**
 * The summary of a fact: the shortest of its statements that still reads as
 * one (six words or more), its joining word and trailing comma or semicolon
 * dropped, cut at a word boundary when long. Only the outlets' own words.
 */
// Trailing runs are trimmed with "(?<![x])[x]+$": without the lookbehind the engine rescans a long
// run from each of its characters before giving up where the text does not end in one.
export function summarise(texts: readonly string[]): string {
  const cleaned = texts
    .map((t) => t.trim().replace(LEADING_JOINER, '').replace(/(?<![\s,;:—–-])[\s,;:—–-]+$/u, '').trim())
    .filter((t) => t.length > 0);
  if (cleaned.length === 0) return '';
  const readable = cleaned.filter((t) => words(t).length >= 6);
  const pool = readable.length > 0 ? readable : cleaned;
  const shortest = pool.reduce((best, t) => (t.length < best.length ? t : best));
  const capitalised = shortest.charAt(0).toUpperCase() + shortest.slice(1);
  if (capitalised.length <= SUMMARY_MAX_CHARS) return capitalised;
  const cut = capitalised.slice(0, SUMMARY_MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_MAX_CHARS / 2 ? cut.slice(0, space) : cut).replace(/(?<![\s,;:])[\s,;:]+$/u, '')}…`;
}

/** Facts other same-event outlets report and this article does not, and what only this article reports. */
export const factsAnalysis: Analysis<FactFeatures, FactsSection, 'facts'> = {
  ...factsPresentation,
  features: factFeatures,
  schema: factFeaturesSchema,
  compare: (page, others, context) => compareFacts(page, others, context),
};
