import type { Article } from '../types.js';
import { articleSentences } from '../text/segment.js';
import { CURRENT, type Analysis, type AnalysisContext, type Compared } from '../analysis/contract.js';
import { list, num, object, oneOf, optional, text, bool, type Schema } from '../analysis/schema.js';
import { tokenize } from './tokens.js';
import { STOPWORDS } from '../text/stopwords.js';
import { isNotAName } from '../english/names.js';
import { accordingTo, CLAIMANT_VERBS, FIGURE_SOURCE_VERBS, isVerbForm } from '../english/speech.js';
import { readFigures, type Measure } from './figures.js';
import { openingPeriod, sideOf, subjectOf, type Subject } from './subject.js';
import { CALENDAR_WORDS } from '../english/numerals.js';
import { groupFigures, timelineGroups, type PlacedFigure, type Verdict } from './group.js';
import { stem, words } from '../text/tokens.js';
import { holdsAny, type GuardedExpression } from '../text/guards.js';
import { numbersPresentation } from './presentation.js';

export { OPEN_BOUND_FACTOR, APPROX, ROUND_TOLERANCE, ODD_FACTOR, readFigures } from './figures.js';
export { LEAD_SENTENCES } from './group.js';
export { formatFigureValue, plotScale } from './display.js';
export type { Subject } from './subject.js';

/** One figure of an article, as a pack stores it: the sentence by index, the figure's own words, its interval and what it counts. */
export interface NumberFigure {
  /** Index into `articleSentences(article)`. */
  sentence: number;
  /** The figure as written: qualifier, number and unit ("at least 23", "2,600km (1,600-mile)", "October 10"). */
  text: string;
  measure: Measure;
  /** Base unit of low/high; '' for plain counts. See RawFigure.unit. */
  unit: string;
  low: number;
  high: number;
  /** A date that could not be resolved (a weekday without a publication date): kept, never compared. */
  relative?: boolean;
  subject: Subject;
}

export interface NumberFeatures {
  figures: NumberFigure[];
}

/** The most figures kept per article; a pack article with more is cut in reading order. */
export const MAX_FIGURES = 400;

/** Figures of every body sentence, each with what it counts. Deterministic; the headline is not read (analysers cite body sentences only). */
export function numberFeatures(article: Article): NumberFeatures {
  const figures: NumberFigure[] = [];
  const options = article.publishedAt ? { publishedAt: article.publishedAt } : {};
  let told: string | undefined;
  for (const sentence of articleSentences(article)) {
    const { tokens, figures: raw } = readFigures(sentence.text, options);
    let previous: Subject | undefined;
    // A sentence that opens on a past period ("In April last year an 8. 6-magnitude quake struck ...") tells the background; the
    // sentence after it goes on with that story ("Five people died and seven were injured in Aceh in the quake"), so its figures
    // with no period of their own are of that period, not of the event the article reports.
    const background = told;
    told = openingPeriod(tokens);
    if (told && !PAST_PERIOD.test(told)) told = undefined;
    for (const f of raw) {
      let subject = datedPeriod(subjectOf(tokens, f, previous), article.publishedAt);
      if (background && !subject.period && f.measure === 'count' && subject.what) subject = { ...subject, period: background };
      previous = subject;
      const figure: NumberFigure = {
        sentence: sentence.index,
        text: sentence.text.slice(f.start, f.end),
        measure: f.measure,
        unit: f.unit,
        low: f.low,
        high: f.high,
        subject,
      };
      if (f.relative) figure.relative = true;
      if (!fitsSchema(figure)) continue;
      figures.push(figure);
      if (figures.length >= MAX_FIGURES) return { figures };
    }
  }
  return { figures };
}

/** Periods that place a story before the article's event: "in April", "in 2004", "last year", "in April 2012". */
const PAST_PERIOD = new RegExp(String.raw`^(?:in (?:${CALENDAR_WORDS.slice(7).join('|')}|\d{4})|last \w+|in \w+ \d{4})$`);

/** "last year" and "this year" as the calendar year they are, where the publication date tells: "last year" in April 2018 is "in 2017". */
function datedPeriod(subject: Subject, publishedAt: string | undefined): Subject {
  const year = publishedAt ? Number(/^(\d{4})-/.exec(publishedAt)?.[1]) : NaN;
  if (!subject.period || !Number.isFinite(year)) return subject;
  // "The past year" is the twelve months before publication, not a calendar year: left as written.
  const calendar = subject.period === 'last year' ? year - 1 : subject.period === 'this year' ? year : undefined;
  return calendar === undefined ? subject : { ...subject, period: `in ${calendar}` };
}

const word = text(200);
const subjectSchema: Schema<Subject> = object({
  what: text(100),
  who: optional(text(100)),
  side: optional(text(20)),
  period: optional(text(200)),
  thing: optional(text(100)),
  phrase: word,
  sideName: optional(text(100)),
  place: optional(text(200)),
  scope: optional(oneOf('incident')),
});

const figureSchema: Schema<NumberFigure> = object({
  sentence: num({ integer: true, min: 0, max: 100_000 }),
  text: text(300),
  measure: oneOf('count', 'length', 'weight', 'duration', 'percent', 'money', 'magnitude', 'date'),
  unit: text(20),
  low: num(),
  high: num(),
  relative: optional(bool),
  subject: subjectSchema,
});

export const numberFeaturesSchema: Schema<NumberFeatures> = object({
  figures: list(figureSchema, MAX_FIGURES),
});

/**
 * Whether a figure stays inside the schema's sizes. Hostile text reads as absurd figures
 * ("twenty-three" two hundred times over is one 2,600-character number); a figure the
 * pack could not hold is dropped, so that every pack the builder writes loads again.
 */
function fitsSchema(figure: NumberFigure): boolean {
  try {
    figureSchema(figure, 'figure');
    return true;
  } catch {
    return false;
  }
}

/** One figure in the report: its article, its words, its full sentence, and the interval it stands for. */
export interface NumberFigureEvidence {
  articleId: string;
  text: string;
  sentence: string;
  low?: number;
  high?: number;
  /** Base unit of low/high: 'km', 'kg', 'day', 'percent', 'pp', a currency code, 'date' (days since 1970-01-01), 'month-day' (day of a leap year); absent for plain counts. */
  unit?: string;
  /** Whose figure the sentence says it is ("the Taliban" for "the latter reported 58", "CRSS" for "according to the CRSS"), as written. */
  claimedBy?: string;
  /** On a timeline: whether the figure's article reports an earlier or a later development than the page's. */
  development?: 'earlier' | 'later';
}

/** What outlets count, each with the figures they give and whether those can all be true at once. */
export interface NumberGroup {
  subject: string;
  verdict: Verdict;
  figures: NumberFigureEvidence[];
  /**
   * Set when the figures come from different developments (the page's coverage and a follow-up): a timeline,
   * not a side-by-side comparison. 'update' then means the later figure is a higher toll; 'diverges' means
   * the later coverage gives a lower toll or another count of the same past moment.
   */
  timeline?: true;
}

export type NumbersSection = NumberGroup[];

const VERDICT_ORDER: Record<Verdict, number> = { diverges: 0, update: 1, 'different-subject': 2, consistent: 3 };

/**
 * The numbers section. Figures are compared within one development only: the
 * page's article with its same-event coverage, and its follow-ups among
 * themselves. A later development legitimately changes figures (tolls rise,
 * the next meeting gets a date), so a difference between developments is not a
 * contradiction; follow-ups are compared with each other because, seen from the
 * page, they are the other development (in the seeds, the Doha coverage seen
 * from the Istanbul article). Groups may leave the page's own article out: a
 * disagreement between two other outlets is worth knowing too. The context's
 * rarity measure is not needed: subjects meet through the counting lexicon and
 * attribution, not through shared vocabulary.
 */
export function compareNumbers(current: Compared<NumberFeatures>, others: readonly Compared<NumberFeatures>[], _context: AnalysisContext): NumbersSection {
  const same = [current, ...others.filter((o) => (o.relation ?? 'same-event') === 'same-event')];
  const followUps = others.filter((o) => o.relation === 'follow-up');
  const ties = sideTies([current, ...others]);
  const here = commonDates(placed(same, current, ties));
  const there = commonDates(placed(followUps, current, ties));
  // Follow-ups are compared among themselves only with those on the same side of the page in time: an earlier and a later one are weeks apart.
  const groups = groupFigures(here, leadNouns(same, current));
  for (const side of ['earlier', 'later', undefined] as const) {
    const these = followUps.filter((f) => f.development === side);
    if (these.length < 2) continue;
    const ids = new Set(these.map((f) => f.id));
    groups.push(...groupFigures(there.filter((f) => ids.has(f.articleId)), leadNouns(these, current)));
  }
  const developmentOf = new Map(followUps.map((f) => [f.id, f.development]));
  groups.push(...timelineGroups(here, there, (id) => developmentOf.get(id)));
  const involvesCurrent = (g: { figures: PlacedFigure[] }) => (g.figures.some((f) => f.articleId === CURRENT) ? 0 : 1);
  groups.sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || involvesCurrent(a) - involvesCurrent(b) || b.figures.length - a.figures.length);
  const sentenceOf = new Map<string, readonly string[]>([current, ...others].map((c) => [c.id === current.id ? CURRENT : c.id, c.sentences]));
  const readers = new Map<string, (figureText: string) => string | undefined>();
  const claimant = (articleId: string, index: number, sentence: string, figureText: string) => {
    const key = `${articleId}\u0000${index}`;
    let reader = readers.get(key);
    if (!reader) {
      reader = claimantsIn(sentence);
      readers.set(key, reader);
    }
    return reader(figureText);
  };
  return groups.map((g) => {
    const group: NumberGroup = {
      subject: g.subject,
      verdict: g.verdict,
      figures: g.figures.map((f) => {
        const sentence = sentenceOf.get(f.articleId)?.[f.sentence] ?? '';
        const evidence: NumberFigureEvidence = { articleId: f.articleId, text: f.text, sentence };
        evidence.low = f.low;
        evidence.high = f.high;
        if (f.unit) evidence.unit = f.unit;
        const claimedBy = claimant(f.articleId, f.sentence, sentence, f.text);
        if (claimedBy) evidence.claimedBy = claimedBy;
        const development = developmentOf.get(f.articleId);
        if (g.timeline && development) evidence.development = development;
        return evidence;
      }),
    };
    if (g.timeline) group.timeline = true;
    return group;
  });
}

/**
 * Ties between the names sides go by, where the text makes them: "Afghanistan's Taliban government"
 * (the Taliban side is Afghanistan's), "Kabul, the Afghan capital" and "the Qatari capital, Doha" (a
 * capital is its country). Keys and values are side keys as `sideOf` makes them.
 */
export function sideTies(articles: readonly Compared<NumberFeatures>[]): Map<string, string> {
  const ties = new Map<string, string>();
  const tie = (name: string, owner: string) => {
    const [a, b] = [sideOf(name), sideOf(owner)];
    if (a && b && a !== b && !ties.has(a)) ties.set(a, b);
  };
  for (const article of articles) {
    for (const sentence of article.sentences) {
      // Guarded (text/guards.ts): most sentences name no government and no capital.
      if (mayNameGovernment(sentence)) for (const m of sentence.matchAll(GOVERNMENT_OF)) tie(m[2]!, m[1]!);
      if (!mayNameCapital(sentence)) continue;
      for (const m of sentence.matchAll(CAPITAL_AFTER)) tie(m[1]!, m[2]!);
      for (const m of sentence.matchAll(CAPITAL_BEFORE)) tie(m[2]!, m[1]!);
    }
  }
  return ties;
}

// Bounded repetitions only: page text reaches these, and each must stay linear.
const NAME = String.raw`(\p{Lu}\p{L}{1,30})`;
const GOVERNMENT_WORDS = ['government', 'regime', 'administration', 'authorities', 'forces', 'army', 'military'];
const GOVERNMENT_OF = new RegExp(String.raw`${NAME}['’]s ${NAME} (?:${GOVERNMENT_WORDS.join('|')})\b`, 'gu');
const CAPITAL_AFTER = new RegExp(String.raw`${NAME}, the ${NAME} capital\b`, 'gu');
const CAPITAL_BEFORE = new RegExp(String.raw`the ${NAME} capital, ${NAME}`, 'gu');
const mayNameGovernment = (text: string) => holdsAny(text, GOVERNMENT_WORDS);
const mayNameCapital = (text: string) => text.includes(' capital');

/** The guarded expressions of this module with their guards (text/guards.ts), for the test that checks each guard on the corpora. */
export const NUMBER_GUARDS: readonly GuardedExpression[] = [
  { expression: GOVERNMENT_OF, mayMatch: mayNameGovernment },
  { expression: CAPITAL_AFTER, mayMatch: mayNameCapital },
  { expression: CAPITAL_BEFORE, mayMatch: mayNameCapital },
];

/** A side key through the text's ties, at most a few steps ("Talib" -> "Afgha"). */
function tiedSide(side: string, ties: ReadonlyMap<string, string>): string {
  let s = side;
  for (let i = 0; i < 3 && ties.has(s); i++) s = ties.get(s)!;
  return s;
}

/** How far into an article its lead runs for `leadNouns`: the headline and the first two sentences. */
const STORY_LEAD = 2;

/**
 * The stemmed words of each article's headline and first STORY_LEAD sentences, by article id (CURRENT for
 * the page). A count of a noun the leads name ("100,000 secret files" in a story of seized files) is the
 * story's own; a count of a noun met once in passing ("three rifles", "352 yards") is not.
 */
export function leadNouns(articles: readonly Compared<NumberFeatures>[], current: Compared<NumberFeatures>): Map<string, Set<string>> {
  return new Map(
    articles.map((article) => {
      const lead = [article.title, ...article.sentences.slice(0, STORY_LEAD)].join(' ');
      // "448-page" names pages: each part of a hyphenated word counts.
      const parts = words(lead).flatMap((w) => w.surface.toLowerCase().split(/[-‐‑]/));
      return [article === current ? CURRENT : article.id, new Set(parts.map(stem))];
    }),
  );
}

function placed(articles: readonly Compared<NumberFeatures>[], current: Compared<NumberFeatures>, ties: ReadonlyMap<string, string>): PlacedFigure[] {
  const result: PlacedFigure[] = [];
  for (const article of articles) {
    const articleId = article === current ? CURRENT : article.id;
    const namesBySentence = new Map<number, string[]>();
    for (const f of article.features.figures) {
      let names = namesBySentence.get(f.sentence);
      if (!names) {
        names = sourcesOf(article.sentences[f.sentence] ?? '');
        namesBySentence.set(f.sentence, names);
      }
      const subject = f.subject.side && ties.has(f.subject.side) ? { ...f.subject, side: tiedSide(f.subject.side, ties) } : f.subject;
      const p: PlacedFigure = { articleId, sentence: f.sentence, text: f.text, measure: f.measure, unit: f.unit, low: f.low, high: f.high, subject, names };
      if (f.relative) p.relative = true;
      result.push(p);
    }
  }
  return result;
}

/** Where a clause ends for attribution: "X claims N, while the latter reported M" gives each figure its own claimant. */
const CLAUSE_JOINS = new Set(['while', 'whereas', 'but', 'although', 'though']);

/**
 * Whose figure a sentence says it is: the name before a reporting verb in the figure's own clause
 * ("Islamabad claims its army have killed more than 200"), "the latter"/"the former" resolved to the
 * sentence's last or first capitalised name before it ("while the latter reported 58": the Taliban), or
 * the name after "according to" anywhere in the sentence. Undefined when the sentence names no one.
 */
export function claimantOf(sentence: string, figureText: string): string | undefined {
  return claimantsIn(sentence)(figureText);
}

/**
 * The sentence read once for attribution; the function it returns names the claimant of one figure of it.
 * Linear in the sentence: each clause's claimant is found once, and a figure looks its clause up.
 */
export function claimantsIn(sentence: string): (figureText: string) => string | undefined {
  const tokens = tokenize(sentence);
  const isJoin = (i: number) => tokens[i]!.text === ';' || (CLAUSE_JOINS.has(tokens[i]!.lower) && tokens[i - 1]?.text === ',');
  // Clause number of each token, and the claimant each clause names.
  const clauseOf: number[] = [];
  const clauseClaimant: (string | undefined)[] = [];
  const names: string[] = [];
  let clause = 0;
  let clauseStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && isJoin(i - 1)) {
      clause += 1;
      clauseStart = i;
    }
    clauseOf.push(clause);
    const t = tokens[i]!;
    if (t.kind === 'word' && isVerbForm(CLAIMANT_VERBS, t.text, i === 0) && clauseClaimant[clause] === undefined) {
      const before = tokens[i - 1];
      if ((before?.lower === 'latter' || before?.lower === 'former') && tokens[i - 2]?.lower === 'the') {
        const named = before.lower === 'latter' ? names[names.length - 1] : names[0];
        if (named) clauseClaimant[clause] = `the ${named}`;
      } else {
        clauseClaimant[clause] = capitalisedRunBefore(tokens, i, clauseStart);
      }
    }
    if (t.kind === 'word' && i > 0 && /^\p{Lu}/u.test(t.text) && !STOPWORDS.has(t.lower) && names.length < 50) names.push(t.text.replace(/['’]s$/, ''));
  }
  let according: string | undefined;
  for (const { end } of accordingTo(sentence)) {
    const run: string[] = [];
    const rest = tokens.filter((t) => t.start >= end);
    let from = rest[0] && /^(?:a|an)$/.test(rest[0].lower) ? 1 : 0; // "according to a CNN count"
    // "according to a report by the Armed Conflict Location & Event Data Project": the report's author.
    if (from === 1 && /^\p{Ll}/u.test(rest[1]?.text ?? '') && /^(?:by|from)$/.test(rest[2]?.lower ?? '')) from = 3;
    for (let j = from; j < rest.length && run.length < 10; j++) {
      const t = rest[j]!;
      if (t.kind === 'word' && (/^\p{Lu}/u.test(t.text) || (run.length > 0 && NAME_CONNECTORS.test(t.lower)) || (run.length === 0 && t.lower === 'the'))) run.push(t.text);
      else if (t.text === '&' && run.length > 0) run.push(t.text);
      else break;
    }
    while (run.length > 0 && /^(?:of|for|and|in|&|the)$/i.test(run[run.length - 1]!)) run.pop();
    if (run.some((w) => /^\p{Lu}/u.test(w))) {
      according = run.join(' ');
      break;
    }
  }
  return (figureText: string) => {
    const at = sentence.indexOf(figureText);
    if (at < 0) return undefined;
    // Binary search: the first token at or after the figure.
    let [lo, hi] = [0, tokens.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= tokens.length) return undefined;
    return clauseClaimant[clauseOf[lo]!] ?? according;
  };
}

/** The capitalised words right before a reporting verb ("the Center for Research and Security Studies (CRSS) reported"), within the clause. */
function capitalisedRunBefore(tokens: ReturnType<typeof tokenize>, verb: number, from: number): string | undefined {
  const run: string[] = [];
  let j = verb - 1;
  // An acronym in brackets right before the verb repeats the name before it: "(CRSS) reported".
  if (tokens[j]?.text === ')') {
    for (let k = j - 1; k >= Math.max(from, j - 4); k--) {
      if (tokens[k]!.text !== '(') continue;
      j = k - 1;
      break;
    }
  }
  for (; j >= from && run.length < 10; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && (t.text === '(' || t.text === ')')) continue;
    if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !STOPWORDS.has(t.lower) && !/-based$/i.test(t.text)) run.unshift(t.text.replace(/['’]s$/, ''));
    else if (run.length > 0 && ((t.kind === 'word' && NAME_CONNECTORS.test(t.lower)) || t.text === '&')) run.unshift(t.text);
    else break;
  }
  while (run.length > 0 && /^(?:of|for|and|in|&)$/.test(run[0]!)) run.shift();
  return run.length > 0 ? run.join(' ') : undefined;
}

/**
 * Small words inside an organisation's name: "the Center for Research and Security Studies", "the United
 * Nations Assistance Mission in Afghanistan", "Armed Conflict Location & Event Data Project". Without "in"
 * and "&", the name is cut to its last part and a mission in Afghanistan is read as Afghanistan's claim.
 */
const NAME_CONNECTORS = /^(?:of|for|and|in)$/;

/**
 * Whom a sentence attributes its figures to: the capitalised words after "according
 * to" and before a reporting verb ("the Center for Research and Security Studies
 * (CRSS) reported"). Two figures with a shared source are the same count or a
 * deliberate part of it, never a coincidence of wording.
 */
export function sourcesOf(sentence: string): string[] {
  const tokens = tokenize(sentence);
  const found = new Set<string>();
  const take = (i: number): boolean => {
    const t = tokens[i];
    if (!t) return false;
    if (t.kind === 'punct') return t.text === '(' || t.text === ')' || t.text === '-' || t.text === '&';
    if (t.kind !== 'word') return false;
    if (/^\p{Lu}/u.test(t.text) && !isNotAName(t.lower)) found.add(t.lower);
    return true;
  };
  const sourceStarts = new Set(accordingTo(sentence).map((a) => a.end));
  tokens.forEach((t, i) => {
    if (sourceStarts.has(t.start)) {
      for (let j = i; j < tokens.length && j < i + 12 && take(j); j++);
    } else if (isVerbForm(FIGURE_SOURCE_VERBS, t.text, i === 0)) {
      for (let j = i - 1; j >= 0 && j > i - 12 && take(j); j--);
    }
  });
  return [...found];
}

/**
 * Dates on one footing: when some articles have no publication date, their
 * "October 10" has no year, so the others' resolved dates are compared by month
 * and day too (one development spans days, not years).
 */
function commonDates(figures: PlacedFigure[]): PlacedFigure[] {
  if (!figures.some((f) => f.unit === 'month-day') || !figures.some((f) => f.unit === 'date')) return figures;
  return figures.map((f) => {
    if (f.unit !== 'date') return f;
    const d = new Date(f.low * 86_400_000);
    const day = (Date.UTC(2000, d.getUTCMonth(), d.getUTCDate()) - Date.UTC(2000, 0, 1)) / 86_400_000 + 1;
    return { ...f, unit: 'month-day', low: day, high: day };
  });
}

/** Figures the outlets give for the same thing counted, diverging groups first. */
export const numbersAnalysis: Analysis<NumberFeatures, NumbersSection, 'numbers'> = {
  ...numbersPresentation,
  features: numberFeatures,
  schema: numberFeaturesSchema,
  compare: compareNumbers,
  takesFollowUps: true,
};
