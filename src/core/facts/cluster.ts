import { canonicalTerms, DEFAULT_ALIGNER, prepareUnit, termWeigher, unitSimilarity, type AlignerOptions, type PreparedUnit } from './align.js';
import type { FactUnit } from './units.js';

/** One article's side of a fact comparison. */
export interface FactSide {
  id: string;
  units: readonly FactUnit[];
  /** Whether this article's facts can be missing from the current one (same-event coverage) or only make a current fact not exclusive (a follow-up). */
  countsForOmissions: boolean;
}

/** A unit by where it is: side (0 = the current article) and unit index. */
export interface UnitRef {
  side: number;
  unit: number;
}

interface Link extends UnitRef {
  score: number;
}

/** A fact the current article does not report: aligned units of other outlets. */
export interface FactCluster {
  /** The unit the others agree with first, then the others, best-aligned first. */
  members: UnitRef[];
  /** Distinct sides (other than the current) whose units are members. */
  sides: number[];
}

export interface FactAlignment {
  /** Facts of other same-event outlets with no unit in the current article. */
  missing: FactCluster[];
  /** Current-article units that no other article (same-event or follow-up) states. */
  unsupported: number[];
  /** Current-article units aligned with a unit of a same-event outlet (not only a follow-up's). */
  pairedWithOutlet: number[];
}

/**
 * Aligns every unit with every unit of the other articles and groups what the
 * current article (side 0) lacks. Units aligned with a current unit are
 * covered; the uncovered units of same-event outlets are grouped into facts by
 * their alignments with one another.
 */
export function alignFacts(
  sides: readonly FactSide[],
  idfOf: (term: string) => number,
  options: AlignerOptions = DEFAULT_ALIGNER,
  /** Term forms already merged over (at least) these units' terms, to spare merging them again. */
  merged?: ReadonlyMap<string, string>,
): FactAlignment {
  const allTerms: string[] = [];
  for (const side of sides) for (const unit of side.units) for (const term of unit.terms) allTerms.push(term);
  const canonical = options.variants ? (merged ?? canonicalTerms(allTerms, idfOf)) : null;
  const weigh = termWeigher(sentenceTerms(sides), canonical, idfOf, options);
  const prepared: PreparedUnit[][] = sides.map((side) => side.units.map((unit) => prepareUnit(unit, canonical, weigh)));

  // Edges between units of different articles that state the same fact.
  const neighbours: Link[][][] = sides.map((side) => side.units.map(() => []));
  for (let s = 0; s < sides.length; s++) {
    for (let t = s + 1; t < sides.length; t++) {
      const left = prepared[s] ?? [];
      const right = prepared[t] ?? [];
      // Only pairs that share enough terms can align: find them through an index of the right side's terms.
      const byTerm = new Map<string, number[]>();
      right.forEach((b, j) => {
        for (const term of b.weights.keys()) {
          const list = byTerm.get(term);
          if (list) list.push(j);
          else byTerm.set(term, [j]);
        }
      });
      const sharedCount = new Array<number>(right.length).fill(0);
      left.forEach((a, i) => {
        const touched: number[] = [];
        for (const term of a.weights.keys()) {
          for (const j of byTerm.get(term) ?? []) {
            if (sharedCount[j] === 0) touched.push(j);
            sharedCount[j] = (sharedCount[j] ?? 0) + 1;
          }
        }
        for (const j of touched) {
          const enough = (sharedCount[j] ?? 0) >= options.minShared;
          sharedCount[j] = 0;
          const b = right[j];
          if (!enough || !b) continue;
          const score = unitSimilarity(a, b, options);
          if (score < options.threshold) continue;
          neighbours[s]?.[i]?.push({ side: t, unit: j, score });
          neighbours[t]?.[j]?.push({ side: s, unit: i, score });
        }
      });
    }
  }

  const unsupported = (neighbours[0] ?? []).flatMap((list, i) => (list.length === 0 ? [i] : []));
  const pairedWithOutlet = (neighbours[0] ?? []).flatMap((list, i) => (list.some((n) => sides[n.side]?.countsForOmissions) ? [i] : []));

  const eligible = (ref: UnitRef) =>
    ref.side !== 0 && (sides[ref.side]?.countsForOmissions ?? false) && !(neighbours[ref.side]?.[ref.unit] ?? []).some((n) => n.side === 0);
  // Star clusters: the unit that agrees most strongly with others, plus its direct neighbours.
  // Following alignments transitively would chain different facts about the same actors.
  const candidates: UnitRef[] = [];
  for (let s = 1; s < sides.length; s++) (sides[s]?.units ?? []).forEach((_, i) => eligible({ side: s, unit: i }) && candidates.push({ side: s, unit: i }));
  const key = (ref: UnitRef) => `${ref.side}:${ref.unit}`;
  const assigned = new Set<string>();
  const free = (ref: UnitRef) =>
    (neighbours[ref.side]?.[ref.unit] ?? []).filter((n) => n.score >= options.supportThreshold && eligible(n) && !assigned.has(key(n)));
  const strength = new Map(candidates.map((c) => [key(c), free(c).reduce((sum, n) => sum + n.score, 0)]));
  const order = [...candidates].sort((a, b) => (strength.get(key(b)) ?? 0) - (strength.get(key(a)) ?? 0) || a.side - b.side || a.unit - b.unit);
  const missing: FactCluster[] = [];
  for (const seed of order) {
    if (assigned.has(key(seed))) continue;
    const members: UnitRef[] = [seed, ...free(seed).sort((a, b) => b.score - a.score).map(({ side, unit }) => ({ side, unit }))];
    for (const m of members) assigned.add(key(m));
    missing.push({ members, sides: [...new Set(members.map((m) => m.side))].sort((a, b) => a - b) });
  }
  return { missing, unsupported, pairedWithOutlet };
}

/** Each sentence's terms (the union of its units'), the population for within-coverage rarity. */
function sentenceTerms(sides: readonly FactSide[]): string[][] {
  const result: string[][] = [];
  for (const side of sides) {
    const bySentence = new Map<number, Set<string>>();
    for (const unit of side.units) {
      const set = bySentence.get(unit.sentence) ?? new Set<string>();
      for (const term of unit.terms) set.add(term);
      bySentence.set(unit.sentence, set);
    }
    for (const set of bySentence.values()) result.push([...set]);
  }
  return result;
}
