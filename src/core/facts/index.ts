import type { Article } from '../types.js';
import { CURRENT, type Analysis, type AnalysisContext, type Compared, type Evidence } from '../analysis/contract.js';
import { plural } from '../analysis/markdown.js';
import { factsMarkdown } from './markdown.js';
import { list, num, object, optional, text, type Schema } from '../analysis/schema.js';
import { articleSentences } from '../text/segment.js';
import { words } from '../text/tokens.js';
import { DEFAULT_ALIGNER, type AlignerOptions } from './align.js';
import { alignFacts, type FactSide, type UnitRef } from './cluster.js';
import { factUnits, type FactUnit } from './units.js';

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
  /** Most-supported first; facts reported by one outlet come after those reported by several. */
  omissions: Omission[];
  /** In the current article's reading order. */
  exclusives: Exclusive[];
}

export function factFeatures(article: Article): FactFeatures {
  return { units: factUnits(articleSentences(article).map((s) => s.text)) };
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
  const sides: FactSide[] = articles.map((a, i) => ({
    id: i === 0 ? CURRENT : a.id,
    units: validUnits(a),
    countsForOmissions: i > 0 && (a.relation ?? 'same-event') === 'same-event',
  }));
  const { missing, unsupported } = alignFacts(sides, context.idfOf, options);
  const outlets = others.filter((o) => (o.relation ?? 'same-event') === 'same-event').map((o) => o.id);
  const unitOf = (ref: UnitRef): FactUnit | undefined => sides[ref.side]?.units[ref.unit];

  const omissions = missing
    .map((cluster) => {
      // Members come best-aligned first: each outlet's first member is its clearest statement of the fact.
      const members = cluster.members;
      const evidence: Evidence[] = [];
      const texts: string[] = [];
      for (const side of cluster.sides) {
        const first = members.find((m) => m.side === side);
        const unit = first && unitOf(first);
        const sentence = unit && articles[side]?.sentences[unit.sentence];
        const text = unitText(articles[side], unit);
        if (sentence === undefined || text === undefined) continue;
        evidence.push({ articleId: sides[side]?.id ?? '', sentence });
        texts.push(text);
      }
      // Earlier in an article usually means more central to its report.
      const position = Math.min(...members.map((m) => relativePosition(articles[m.side], unitOf(m))));
      return { summary: summarise(texts), reportedBy: evidence.map((e) => e.articleId), evidence, position };
    })
    .filter((o) => o.evidence.length > 0 && o.summary.length > 0)
    .sort((a, b) => b.reportedBy.length - a.reportedBy.length || a.position - b.position)
    .map(({ summary, reportedBy, evidence }) => ({ summary, reportedBy, evidence }));

  // One exclusive per sentence: the clauses of it that nothing else states.
  const bySentence = new Map<number, FactUnit[]>();
  for (const index of unsupported) {
    const unit = sides[0]?.units[index];
    if (!unit) continue;
    bySentence.set(unit.sentence, [...(bySentence.get(unit.sentence) ?? []), unit]);
  }
  const exclusives: Exclusive[] = [...bySentence.entries()]
    .sort((a, b) => a[0] - b[0])
    .flatMap(([sentenceIndex, units]) => {
      const sentence = current.sentences[sentenceIndex];
      if (sentence === undefined) return [];
      const summary = summarise([units.map((u) => (unitText(current, u) ?? '').trim()).join(' ')]);
      return [{ summary, evidence: [{ articleId: CURRENT, sentence }] }];
    });

  return { outlets, omissions, exclusives };
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
  id: 'facts',
  title: 'Missing facts',
  features: factFeatures,
  schema: factFeaturesSchema,
  compare: (page, others, context) => compareFacts(page, others, context),
  // Facts at least two other outlets report; one outlet's word alone is listed but not counted here.
  summary: (section) => [{ key: 'missing', text: `${plural(section.omissions.filter((o) => o.reportedBy.length >= 2).length, 'fact', 'facts')} missing here` }],
  markdown: factsMarkdown,
};
