import type { Measure } from './figures.js';
import type { NumberFigure } from './index.js';
import { DEAL, STOLEN, isActivity, isStay, isKnownClass, isOutcome, isPopulation, isThingClass, type Subject } from './subject.js';
import { wordTable } from '../text/word-table.js';

/** One figure of one article, as the grouping sees it. */
export interface PlacedFigure extends NumberFigure {
  articleId: string;
  /** Whom the figure's sentence attributes it to (capitalised words, lower case). */
  names: string[];
}

export type Verdict = 'diverges' | 'update' | 'consistent' | 'different-subject';

export interface FigureGroup {
  subject: string;
  verdict: Verdict;
  figures: PlacedFigure[];
  /** Figures of two developments: see NumberGroup.timeline. */
  timeline?: true;
}

/** Intervals this close (relative to their size) still touch: rounding in unit conversion and the like. */
const TOUCH = 1e-6;

export function overlaps(a: Pick<PlacedFigure, 'low' | 'high'>, b: Pick<PlacedFigure, 'low' | 'high'>): boolean {
  const slack = TOUCH * Math.max(1, Math.abs(a.high), Math.abs(b.high));
  return a.low <= b.high + slack && b.low <= a.high + slack;
}

type Relation = 'same' | 'different-subject' | 'none';

/** Letters of a side's name that must agree: "Briton" and "British", "Pakistani" and "Pakistan" meet. */
const SIDE_LETTERS = 4;

function sidesMeet(a?: string, b?: string): boolean {
  if (!a || !b) return true;
  const [x, y] = [a.slice(0, SIDE_LETTERS), b.slice(0, SIDE_LETTERS)];
  return x.startsWith(y) || y.startsWith(x);
}

/**
 * Whether two figures count the same thing. Everything that makes a figure what it
 * is must agree: measure and unit, what is counted, the thing measured, the period
 * and the side. Whose toll it is may differ in one way only: one figure names a
 * group ("security forces") and the other counts everyone; that is a different
 * subject, and it is shown only when the two share a source or a period, the
 * sign that a reader could take one for the other.
 */
export function relationOf(a: PlacedFigure, b: PlacedFigure): Relation {
  if (a.measure !== b.measure || a.unit !== b.unit) return 'none';
  if (a.relative || b.relative || a.unit === 'weekday') return 'none';
  const s = a.subject;
  const t = b.subject;
  if (!s.what || s.what !== t.what) return 'none';
  if ((s.thing ?? '') !== (t.thing ?? '')) return 'none';
  if ((a.measure === 'date' || a.measure !== 'count') && !s.thing) return 'none';
  if ((s.period ?? '') !== (t.period ?? '')) return 'none';
  if (!sidesMeet(s.side, t.side)) return 'none';
  if ((s.place ?? '') !== (t.place ?? '') || (s.scope ?? '') !== (t.scope ?? '')) return 'none';
  if ((s.who ?? '') === (t.who ?? '')) return 'same';
  if (s.who && t.who) return 'none';
  // An offer whose maker the sentence does not name is not a wider group of another maker's offer.
  if (s.thing === DEAL) return 'none';
  const sharedSource = a.names.some((n) => b.names.includes(n));
  return s.period || sharedSource ? 'different-subject' : 'none';
}

/**
 * Whether a disagreement on this subject is a contradiction. Only subjects pinned
 * down by the lexicon of what news counts (tolls, attacks, borders, ceasefires,
 * talks...) qualify: a stemmed noun of its own ("times", "games", "seasons")
 * is counted for many things in one story, and "dozens killed" with no side,
 * group or period may be two different tolls. Such groups are shown only where
 * their figures agree.
 */
export function isSpecific(s: Subject, measure: Measure): boolean {
  if (measure === 'date') return isKnownClass(s.what) && isKnownClass(s.thing);
  // "Last year, a 6. 4-magnitude quake rocked Sumatra": a magnitude told with a past period is another quake's, the background,
  // and two articles' background quakes need not be one.
  if (measure === 'magnitude' && s.period) return false;
  // The price of an offer is one figure per maker ("the Red Sox offered ... $200MM"); an offer the sentence names no maker for may be anyone's.
  if (measure === 'money' && s.thing === DEAL) return Boolean(s.who);
  if (measure !== 'count') return isKnownClass(s.thing);
  if (isOutcome(s.what)) return s.scope !== 'incident' && Boolean(s.who || s.side || s.period || s.place);
  if (isPopulation(s)) return true;
  // Things news counts ("attacks", "bombs"); a count of people with nothing happening to them ("12 children", "thousands of residents") is told of many groups in one story.
  return isThingClass(s.what);
}

/** How far into an article a measure is its story's own (the quake's magnitude, the border's length): the first sentences. */
const MEASURE_LEAD = 3;

/**
 * The lead figures of a measure when every article that gives one there gives one (the leads' figures can all be true
 * at once in each article), two articles at least do, and two leads are apart. Undefined otherwise: a lead with two
 * magnitudes tells of two quakes.
 */
function measuresInLeads(lists: PlacedFigure[][]): PlacedFigure[] | undefined {
  const leads = lists.map((l) => l.filter((f) => f.sentence < MEASURE_LEAD)).filter((l) => l.length > 0);
  if (leads.length < 2) return undefined;
  const claims = leads.map(claimOf);
  if (claims.some((c) => c === undefined)) return undefined;
  return claims.some((a, i) => claims.some((b, j) => j > i && !overlaps(a!, b!))) ? leads.flat() : undefined;
}

/** A haul ("made off with $102 million in jewelry"): a theft's toll, told in the lead; further down, as likely another theft. */
function isHaul(f: PlacedFigure): boolean {
  return f.measure === 'money' && f.subject.thing === STOLEN;
}

/**
 * A plain toll ("killed two people", "50 were injured") told in the articles' leads: the articles' tolls of one event, so a
 * disagreement is one. News gives the event's own toll in its lead; further down, a toll is as likely another incident or the
 * background, so only lead figures are compared, and an article that gives none there is left out. Each article's lead must
 * make one claim (its figures can all be true at once: "at least 50 injured" and "50 were injured"), two articles at least
 * make one, and two of the claims must be apart. A toll of one incident counts too: when the outlets give a single
 * incident's toll in their leads ("a suicide bombing killed 59 people"), the incident is the story. Returns the lead
 * figures that diverge, or undefined.
 */
function leadTolls(first: PlacedFigure, lists: PlacedFigure[][]): PlacedFigure[] | undefined {
  if (!isHaul(first) && (first.measure !== 'count' || !isOutcome(first.subject.what))) return undefined;
  const leads = lists.map((l) => l.filter((f) => f.sentence < LEAD_SENTENCES)).filter((l) => l.length > 0);
  if (leads.length < 2) return undefined;
  const claims = leads.map(claimOf);
  if (claims.some((c) => c === undefined)) return undefined;
  const apart = claims.some((a, i) => claims.some((b, j) => j > i && !overlaps(a!, b!)));
  return apart ? leads.flat() : undefined;
}

/**
 * Counts of a noun of its own below this are not compared: a story counts many small sets of one noun
 * ("nine games", "two life sentences", "three banks"), while a large count is a statistic outlets cite.
 */
export const OWN_NOUN_MIN = 12;

/** Nouns that count occasions or amounts, not a thing of the story: "three times", "two ways". */
const NOT_A_THING = new Set(['time', 'way', 'thing', 'part', 'side', 'other', 'one', 'peopl', 'person', 'year', 'day', 'week', 'month', 'hour', 'minut', 'point', 'percent']);

/** A count of a noun of the story's own: the articles' headlines and leads name it (a third of them, two at least). */
function isStoryNoun(first: PlacedFigure, leads: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  // Shares and sums of a noun of their own differ by poll, by contract, by date: only counts are compared.
  if (first.measure !== 'count') return false;
  const noun = first.subject.what;
  if (!noun || NOT_A_THING.has(noun) || noun.length < 3) return false;
  const naming = [...leads.values()].filter((lead) => lead.has(noun)).length;
  return naming >= 2 && naming * 3 >= leads.size;
}

/**
 * A counted noun of its own ("the 448-page report", "100,000 secret files", "16 tests in 2017") is told of
 * one thing when it is what the story is about (a noun of the articles' headlines and leads, `leads`)
 * and every article states it exactly once: then the articles give one count each of the same
 * noun, and two counts that cannot meet are a disagreement. An article that counts the noun twice tells
 * of two things, and generic nouns ("times", "people", "countries") are counted for many things at once.
 */
function statedOnceEach(first: PlacedFigure, lists: PlacedFigure[][], leads: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  if (!isStoryNoun(first, leads)) return false;
  if (lists.some((l) => l.some((f) => f.high < OWN_NOUN_MIN))) return false;
  return lists.filter((l) => l.length === 1).length >= 2 && lists.every((l) => l.length <= 2);
}

/**
 * A small count of the story's own noun told in the leads ("two boats were closing in", "the pirates, in three boats"): the
 * articles' counts of one thing of the event, so two leads that cannot meet disagree. Below OWN_NOUN_MIN a noun is counted for
 * many small sets in one story, so only lead figures are compared (the first LEAD_SENTENCES, as for plain tolls), each
 * article's lead must make one claim, and the noun must be the story's (named in a third of the leads, two at least, as
 * `statedOnceEach` asks). A noun the coverage also counts for a period ("In January, five cables ... were cut") is counted
 * for more than one occasion: an undated count of it may be the earlier one's, so it is left out. Only the leads' counts must be
 * small: a larger count further down ("houses in about 15 villages" beside the leads' "seven villages") is not compared here,
 * and left the noun in neither rule before (`statedOnceEach` takes no small count). A large count in a lead ("an estimated
 * 1,500 pirates" in Somalia against the 23 captured) still leaves the noun out. Returns the lead figures that diverge, or
 * undefined.
 */
function smallCountsInLeads(first: PlacedFigure, lists: PlacedFigure[][], leads: ReadonlyMap<string, ReadonlySet<string>>, datedNouns: ReadonlySet<string>): PlacedFigure[] | undefined {
  if (!isStoryNoun(first, leads) || datedNouns.has(first.subject.what)) return undefined;
  const inLeads = lists.map((l) => l.filter((f) => f.sentence < LEAD_SENTENCES)).filter((l) => l.length > 0);
  if (inLeads.length < 2 || inLeads.some((l) => l.some((f) => f.high >= OWN_NOUN_MIN))) return undefined;
  const claims = inLeads.map(claimOf);
  if (claims.some((c) => c === undefined)) return undefined;
  return claims.some((a, i) => claims.some((b, j) => j > i && !overlaps(a!, b!))) ? inLeads.flat() : undefined;
}

/** A figure whose top is more than VAGUE_RATIO times its bottom ("dozens", "hundreds"): no reader sees it contradicted. */
function isVague(f: PlacedFigure): boolean {
  return f.high > VAGUE_RATIO * Math.max(1, f.low);
}

/**
 * Counts of one key that two outlets attribute to one source ("Police said 12 people were injured in the riots" against "Police
 * said 18 people had been injured in the violence"), where the gates before leave them uncompared (a noun of the story's own
 * that the leads do not name, a plain toll outside the leads): a source gives one count of one thing, so two that cannot meet
 * disagree, or the source's count changed between the reports. Every other reason a count is told for two things still holds:
 * each of the two articles makes one claim for the key; no article gives both values; the coverage counts no such noun for a
 * period (another occasion); neither figure is vague; and the two sentences do not part on another figure of one key as well
 * ("13 homers and 43 RBIs in 54 games" against "33 homers and 121 RBIs": a season and part of it). Measures are left out, as
 * for nouns of their own: shares, sums and spans differ by poll, by contract, by date. Returns the figures of such pairs, or
 * undefined.
 */
function oneSourceApart(lists: PlacedFigure[][], inSentence: (f: PlacedFigure) => readonly PlacedFigure[], datedNouns: ReadonlySet<string>): PlacedFigure[] | undefined {
  const first = lists[0]![0]!;
  if (first.measure !== 'count' || datedNouns.has(first.subject.what)) return undefined;
  const bothTold = (a: PlacedFigure, b: PlacedFigure) => lists.some((l) => l.some((f) => overlaps(f, a)) && l.some((f) => overlaps(f, b)));
  const apartElsewhere = (a: PlacedFigure, b: PlacedFigure) =>
    inSentence(a).some((x) => x !== a && x.subject.what && inSentence(b).some((y) => y !== b && relationOf(x, y) === 'same' && !overlaps(x, y)));
  const single = lists.filter((l) => claimOf(l) !== undefined);
  const found = new Set<PlacedFigure>();
  for (let i = 0; i < single.length; i++) {
    for (let j = i + 1; j < single.length; j++) {
      for (const a of single[i]!) {
        for (const b of single[j]!) {
          if (overlaps(a, b) || isVague(a) || isVague(b) || !a.names.some((n) => b.names.includes(n))) continue;
          if (bothTold(a, b) || apartElsewhere(a, b)) continue;
          found.add(a);
          found.add(b);
        }
      }
    }
  }
  return found.size > 0 ? [...found] : undefined;
}

/** News gives the event's own toll in its lead; a toll further down is as likely another incident or the background. */
export const LEAD_SENTENCES = 5;

/**
 * Figures that can all be true at once, from two articles or more. Intervals that
 * overlap pairwise share a point, so each cluster is the figures through one point:
 * the lowest upper end not yet used, then the next.
 */
function sharedValueClusters(figures: PlacedFigure[], minArticles = 2): PlacedFigure[][] {
  const left = [...figures].sort((a, b) => a.high - b.high);
  const clusters: PlacedFigure[][] = [];
  while (left.length > 0) {
    const point = left[0]!.high;
    const slack = TOUCH * Math.max(1, Math.abs(point));
    const cluster = left.filter((f) => f.low <= point + slack && f.high >= point - slack);
    for (const f of cluster) left.splice(left.indexOf(f), 1);
    if (byArticle(cluster).size >= minArticles) clusters.push(figures.filter((f) => cluster.includes(f)));
  }
  return clusters;
}

/**
 * What an article claims for a subject when all its figures for it can be true at once: what they say together, the
 * intersection of their intervals ("at least 50 injured" and "50 were injured" claim 50). Undefined when its figures tell
 * of two things.
 */
function claimOf(figures: PlacedFigure[]): { low: number; high: number } | undefined {
  if (sharedValueClusters(figures, 1).length !== 1) return undefined;
  return { low: Math.max(...figures.map((f) => f.low)), high: Math.min(...figures.map((f) => f.high)) };
}

/**
 * Articles agree when what one claims overlaps what the other claims. An article that gives two figures for one subject
 * that cannot both be true is telling of two incidents, and either may be the other outlet's: then some figure of one
 * overlapping some figure of the other is agreement.
 */
function articlesAgree(a: PlacedFigure[], b: PlacedFigure[]): boolean {
  const [x, y] = [claimOf(a), claimOf(b)];
  if (x && y) return overlaps(x, y);
  return a.some((f) => b.some((g) => overlaps(f, g)));
}

function byArticle(figures: PlacedFigure[]): Map<string, PlacedFigure[]> {
  const map = new Map<string, PlacedFigure[]>();
  for (const f of figures) {
    const list = map.get(f.articleId) ?? [];
    list.push(f);
    map.set(f.articleId, list);
  }
  return map;
}

/**
 * Whether the coverage tells one incident's toll apart from another toll of the same outcome: some article gives a toll of one
 * incident ("Some 30 people were killed when three artillery shells landed at the perimeter of a school") and another toll of
 * that outcome that cannot meet it (the war's, two schools' together). Only then (or when a lead toll is vague: `vagueLeadTolls`)
 * is the incident a key of its own; otherwise "A suicide bombing killed 59 people" and "A suicide bomber killed 58 people" are
 * two outlets' tolls of one attack, the story.
 */
function scopesApart(figures: readonly PlacedFigure[]): boolean {
  const tolls = figures.filter(isToll);
  return tolls.some((f) => f.subject.scope === 'incident' && tolls.some((g) => g.articleId === f.articleId && g.subject.what === f.subject.what && g.subject.scope !== 'incident' && !overlaps(f, g)));
}

/** A count of what was done to people ("killed", "injured"), not of what they did ("marched"). */
function isToll(f: PlacedFigure): boolean {
  return f.measure === 'count' && isOutcome(f.subject.what) && !isActivity(f.subject.what) && !f.relative;
}

/** An interval whose top is more than this many times its bottom is a vague figure: "dozens", "hundreds", "several". */
const VAGUE_RATIO = 2;

/**
 * Whether a lead toll of the coverage is vague ("Dozens of people died"): a vague toll of the whole and an exact toll of one
 * strike ("A strike killed eight people") may be two scopes that no article sets side by side, so the incident stays a key.
 */
function vagueLeadTolls(figures: readonly PlacedFigure[]): boolean {
  return figures.some((f) => isToll(f) && f.sentence < LEAD_SENTENCES && f.high > VAGUE_RATIO * Math.max(1, f.low));
}

/** Whether the leads name every part of a place key ("persi,gulf,islan"), as `isStoryNoun` asks of a noun: a third of them, two at least. */
function isStoryPlace(place: string, leads: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const parts = place.split(',');
  const naming = [...leads.values()].filter((lead) => parts.every((p) => [...lead].some((w) => w.startsWith(p)))).length;
  return naming >= 2 && naming * 3 >= leads.size;
}

/**
 * Figures whose place is where the story is ("injured three people in the Persian Gulf Island of Qeshm" in coverage of the
 * Qeshm quake) keyed as figures with no place, when no figure of the same count names another place: the story's place adds
 * nothing to what is counted, and another outlet's "injured two people" counts the same people. A count that names two places
 * in the coverage ("20,000 marched in Thessaloniki", "200,000 in Athens") keeps them apart; a population keeps its place, the
 * place being what it counts.
 */
function withoutStoryPlaces(figures: readonly PlacedFigure[], leads: ReadonlyMap<string, ReadonlySet<string>>): PlacedFigure[] {
  const countKey = (f: PlacedFigure) => `${f.measure}\u0000${f.subject.what}`;
  const placesOf = new Map<string, Set<string>>();
  for (const f of figures) {
    if (f.subject.place && f.subject.what) placesOf.set(countKey(f), (placesOf.get(countKey(f)) ?? new Set()).add(f.subject.place));
  }
  const story = new Map<string, boolean>();
  const isStory = (place: string) => story.get(place) ?? story.set(place, isStoryPlace(place, leads)).get(place)!;
  return figures.map((f) => {
    const place = f.subject.place;
    if (!place || !f.subject.what || isPopulation(f.subject) || placesOf.get(countKey(f))!.size > 1 || !isStory(place)) return f;
    const { place: _place, ...subject } = f.subject;
    return { ...f, subject };
  });
}

function withoutScope(f: PlacedFigure): PlacedFigure {
  if (!f.subject.scope) return f;
  const { scope: _scope, ...subject } = f.subject;
  return { ...f, subject };
}

/**
 * Groups the figures of articles that report one development and gives each group
 * its verdict. Only groups with figures from two articles or more are returned.
 */
export function groupFigures(given: readonly PlacedFigure[], leads: ReadonlyMap<string, ReadonlySet<string>> = new Map()): FigureGroup[] {
  const scoped = scopesApart(given) || vagueLeadTolls(given) ? given : given.map(withoutScope);
  const figures = withoutStoryPlaces(scoped, leads);
  const groups: PlacedFigure[][] = [];
  for (const f of figures) {
    if (!f.subject.what || f.relative) continue;
    const home = groups.find((g) => g.every((m) => relationOf(m, f) === 'same'));
    if (home) home.push(f);
    else groups.push([f]);
  }
  const result: FigureGroup[] = [];
  const shown = new Set<PlacedFigure[]>();
  const datedNouns = new Set(figures.filter((f) => f.measure === 'count' && f.subject.period && f.subject.what).map((f) => f.subject.what));
  const bySentence = new Map<string, PlacedFigure[]>();
  for (const f of figures) {
    const key = `${f.articleId}\u0000${f.sentence}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), f]);
  }
  const inSentence = (f: PlacedFigure) => bySentence.get(`${f.articleId}\u0000${f.sentence}`) ?? [];
  for (const g of groups) {
    const articles = byArticle(g);
    if (articles.size < 2) continue;
    const first = g[0]!;
    // A count of something outside the lexicon ("three times", "two children") agrees or not by coincidence: not shown,
    // unless every article states it once (below).
    const ownNoun = !isSpecific(first.subject, first.measure) && !(first.measure === 'count' && isOutcome(first.subject.what)) && !isHaul(first);
    const small = ownNoun ? smallCountsInLeads(first, [...articles.values()], leads, datedNouns) : undefined;
    if (small) {
      result.push({ subject: labelOf(first), verdict: 'diverges', figures: small });
      shown.add(g);
      continue;
    }
    if (ownNoun && !statedOnceEach(first, [...articles.values()], leads)) {
      const alike = oneSourceApart([...articles.values()], inSentence, datedNouns);
      if (alike) {
        result.push({ subject: labelOf(first), verdict: 'diverges', figures: alike });
        shown.add(g);
      }
      continue;
    }
    const lists = [...articles.values()];
    let agree = true;
    for (let i = 0; i < lists.length && agree; i++) {
      for (let j = i + 1; j < lists.length && agree; j++) agree = articlesAgree(lists[i]!, lists[j]!);
    }
    // Only articles that make one claim (all their figures for the subject can be true at once) can contradict another:
    // an article with two different figures tells of two things, and either may be the other outlet's.
    const claims = lists.filter((l) => sharedValueClusters(l, 1).length === 1);
    if (!agree && !claims.some((a, i) => claims.some((b, j) => j > i && !articlesAgree(a, b)))) agree = true;
    // A count has parts ("four bombs ... two fell on an airstrip"), a measure has none: an article that gives two magnitudes,
    // lengths or sums for the subject ("one of the quakes, a 7.3 ... the first 7.6-magnitude quake") tells of two things, so the
    // subject is plural in this coverage and the other articles' single figures may each be of a different one.
    // Unless the articles' leads each give one: a magnitude further down is an aftershock or the background ("it was followed
    // by a 2.0-magnitude quake"), and the leads' own measures disagree.
    const leadMeasures = !agree && first.measure !== 'count' && first.measure !== 'date' && claims.length < lists.length && isSpecific(first.subject, first.measure) ? measuresInLeads(lists) : undefined;
    if (leadMeasures) {
      result.push({ subject: labelOf(first), verdict: 'diverges', figures: leadMeasures });
      shown.add(g);
      continue;
    }
    // An offer's price is one maker's for one thing, as a count is: an article that gives two (the first offer and a raised one,
    // two reports of it) is left out as making no one claim, and the others' single prices are compared.
    const pricesOneOffer = first.measure === 'money' && first.subject.thing === DEAL;
    if (!agree && first.measure !== 'count' && !pricesOneOffer && claims.length < lists.length) agree = true;
    if (!agree && (isSpecific(first.subject, first.measure) || ownNoun)) {
      result.push({ subject: labelOf(first), verdict: 'diverges', figures: g });
      shown.add(g);
      continue;
    }
    const tolls = !agree && !isSpecific(first.subject, first.measure) ? leadTolls(first, lists) ?? oneSourceApart(lists, inSentence, datedNouns) : undefined;
    if (tolls) {
      result.push({ subject: labelOf(first), verdict: 'diverges', figures: tolls });
      shown.add(g);
      continue;
    }
    // Agreement is shown figure by figure: the figures that share a value, from two articles or more. An article's other figures
    // for the subject (another incident, the background) and a generic subject's disagreements are left out.
    for (const cluster of sharedValueClusters(g)) {
      result.push({ subject: labelOf(cluster[0]!), verdict: 'consistent', figures: cluster });
      shown.add(g);
    }
  }
  // Different subjects: a figure no other article matches, next to another article's figure on the same source or period that counts a wider or narrower group.
  for (const g of groups) {
    if (shown.has(g) || byArticle(g).size > 1) continue;
    const partners = figures.filter((o) => o.articleId !== g[0]!.articleId && g.some((m) => relationOf(m, o) === 'different-subject'));
    if (partners.length === 0) continue;
    const labels = [...new Set([g[0]!, ...partners].map(labelOf))];
    result.push({ subject: labels.join(' / '), verdict: 'different-subject', figures: [...g, ...partners] });
    for (const other of groups) if (other.some((m) => partners.includes(m)) && byArticle(other).size === 1) shown.add(other);
    shown.add(g);
  }
  return result;
}

const WHO_LABELS: Record<string, string> = wordTable({ forces: 'security forces', fighters: 'fighters', civilians: 'civilians', police: 'police', children: 'children' });
const WHAT_LABELS: Record<string, string> = wordTable({ killed: 'killed', injured: 'injured', missing: 'missing', arrested: 'arrested', abducted: 'abducted', displaced: 'displaced', rescued: 'rescued', marched: 'marched', sheltering: 'sheltering' });
const EVENT_LABELS: Record<string, string> = wordTable({ begin: 'began', end: 'ended', meet: 'met', announce: 'announced', agree: 'agreed', attack: 'attacked', killed: 'killed', arrest: 'arrests', elect: 'elected', release: 'released', resign: 'resigned', scheduled: 'scheduled' });
const MEASURE_LABELS: Record<string, string> = wordTable({ length: 'length', weight: 'weight', duration: 'duration', percent: 'share', money: 'amount' });

/** A short description of what a group counts, from its first figure's subject: "Pakistani security forces killed (past year)". */
export function labelOf(f: PlacedFigure): string {
  const s = f.subject;
  const side = s.sideName ? `${s.sideName} ` : '';
  const period = s.period ? ` (${s.period})` : '';
  if (f.measure === 'date') return `when the ${s.thing ?? 'event'} ${EVENT_LABELS[s.what] ?? s.what}`;
  if (f.measure === 'money' && s.thing === DEAL) return `${s.sideName ? `${s.sideName} ` : ''}offer ${MEASURE_LABELS[f.measure]}${period}`.trim();
  // "time in custody" says it is a duration.
  if (f.measure === 'duration' && s.thing && isStay(s.thing)) return `${s.thing}${period}`;
  if (f.measure !== 'count') return `${side}${s.thing ?? s.phrase} ${MEASURE_LABELS[f.measure] ?? f.measure}${period}`.trim();
  if (WHAT_LABELS[s.what]) {
    // "nine Britons": the people named by their country are the label.
    if (s.who === 'nationals' && s.sideName && /s$/.test(s.sideName)) return `${s.sideName} ${WHAT_LABELS[s.what]}${period}`;
    const who = s.who ? WHO_LABELS[s.who] ?? surfaceOf(s.who, s.phrase) : 'people';
    return `${side}${who} ${WHAT_LABELS[s.what]}${period}`;
  }
  const what = WHO_LABELS[s.what] ?? (s.phrase.split(' ').pop() || s.what);
  return `${side}${what}${period}`.replace(/\s+/g, ' ').trim();
}

/** The word of the counted phrase a stem came from ("pirat" -> "pirates"), for display. */
function surfaceOf(stemmed: string, phrase: string): string {
  return phrase.split(' ').find((w) => w.startsWith(stemmed)) ?? stemmed;
}

/**
 * Tolls on a timeline: the page's development (`here`: the page and its same-event coverage) against the
 * follow-ups (`there`), whose `developmentOf` says whether they report an earlier or a later development.
 * A toll of the same people (the same outcome, group and side) that the two developments give apart is
 * an update when the later figure is higher (tolls rise as bodies are counted) and a disagreement when it
 * is lower: a later report of the same past fighting with fewer dead contradicts the earlier one. Tolls
 * that overlap, follow-ups of unknown order and articles with two figures for the toll are left out.
 */
export function timelineGroups(here: readonly PlacedFigure[], there: readonly PlacedFigure[], developmentOf: (articleId: string) => 'earlier' | 'later' | undefined): FigureGroup[] {
  // Crowds ("20,000 people marched") are not on a timeline: a later march is another crowd, not a recount of the first.
  const tolls = (list: readonly PlacedFigure[]) => list.filter((f) => isToll(f) && isSpecific(f.subject, f.measure));
  const result: FigureGroup[] = [];
  const used = new Set<PlacedFigure>();
  for (const later of tolls(there)) {
    if (used.has(later)) continue;
    const order = developmentOf(later.articleId);
    if (!order) continue;
    const mine = tolls(there).filter((f) => f.articleId === later.articleId && relationOf(f, later) === 'same');
    if (sharedValueClusters(mine, 1).length !== 1) continue;
    const matched = tolls(here).filter((f) => relationOf(f, later) === 'same' && !used.has(f));
    const single = [...byArticle(matched).values()].filter((l) => sharedValueClusters(l, 1).length === 1).flat();
    const apart = single.filter((f) => !overlaps(f, later));
    if (apart.length === 0 || apart.length < single.length) continue;
    // Which figure is the later one: the follow-up's when it reports a later development, else the page's coverage's.
    const laterIsHigher = order === 'later' ? apart.every((f) => later.low > f.high) : apart.every((f) => f.low > later.high);
    const laterIsLower = order === 'later' ? apart.every((f) => later.high < f.low) : apart.every((f) => f.high < later.low);
    if (!laterIsHigher && !laterIsLower) continue;
    for (const f of [...apart, ...mine]) used.add(f);
    result.push({ subject: labelOf(later), verdict: laterIsHigher ? 'update' : 'diverges', figures: [...apart, ...mine], timeline: true });
  }
  return result;
}
