import type { Article } from '../types.js';
import { articleSentences } from '../text/segment.js';
import { CURRENT, type Analysis, type AnalysisContext, type Compared } from '../analysis/contract.js';
import { plural } from '../analysis/markdown.js';
import { numbersMarkdown } from './markdown.js';
import { list, num, object, oneOf, optional, text, bool, type Schema } from '../analysis/schema.js';
import { tokenize } from './tokens.js';
import { isNotAName } from '../english/names.js';
import { accordingTo, FIGURE_SOURCE_VERBS } from '../english/speech.js';
import { readFigures, type Measure } from './figures.js';
import { subjectOf, type Subject } from './subject.js';
import { groupFigures, type PlacedFigure, type Verdict } from './group.js';

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
  for (const sentence of articleSentences(article)) {
    const { tokens, figures: raw } = readFigures(sentence.text, options);
    let previous: Subject | undefined;
    for (const f of raw) {
      const subject = subjectOf(tokens, f, previous);
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
}

/** What outlets count, each with the figures they give and whether those can all be true at once. */
export interface NumberGroup {
  subject: string;
  verdict: Verdict;
  figures: NumberFigureEvidence[];
}

export type NumbersSection = NumberGroup[];

const VERDICT_ORDER: Record<Verdict, number> = { diverges: 0, 'different-subject': 1, consistent: 2 };

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
  const same = [current, ...others.filter((o) => o.relation !== 'follow-up')];
  const followUps = others.filter((o) => o.relation === 'follow-up');
  const groups = [...groupFigures(commonDates(placed(same, current))), ...groupFigures(commonDates(placed(followUps, current)))];
  const involvesCurrent = (g: { figures: PlacedFigure[] }) => (g.figures.some((f) => f.articleId === CURRENT) ? 0 : 1);
  groups.sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || involvesCurrent(a) - involvesCurrent(b) || b.figures.length - a.figures.length);
  const sentenceOf = new Map<string, readonly string[]>([current, ...others].map((c) => [c.id === current.id ? CURRENT : c.id, c.sentences]));
  return groups.map((g) => ({
    subject: g.subject,
    verdict: g.verdict,
    figures: g.figures.map((f) => {
      const evidence: NumberFigureEvidence = { articleId: f.articleId, text: f.text, sentence: sentenceOf.get(f.articleId)?.[f.sentence] ?? '' };
      evidence.low = f.low;
      evidence.high = f.high;
      if (f.unit) evidence.unit = f.unit;
      return evidence;
    }),
  }));
}

function placed(articles: readonly Compared<NumberFeatures>[], current: Compared<NumberFeatures>): PlacedFigure[] {
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
      const p: PlacedFigure = { articleId, sentence: f.sentence, text: f.text, measure: f.measure, unit: f.unit, low: f.low, high: f.high, subject: f.subject, names };
      if (f.relative) p.relative = true;
      result.push(p);
    }
  }
  return result;
}

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
    } else if (FIGURE_SOURCE_VERBS.has(t.lower)) {
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
  id: 'numbers',
  title: 'Numbers',
  features: numberFeatures,
  schema: numberFeaturesSchema,
  compare: compareNumbers,
  summary: (groups) => [{ key: 'figures', text: plural(groups.filter((g) => g.verdict === 'diverges').length, 'figure disagrees', 'figures disagree') }],
  markdown: numbersMarkdown,
};
