/**
 * The one-sided rule. Of the sentences in which an outlet quotes a party in
 * its own words (direct quotation; independent analysts, think tanks and
 * sources with no stated side left out), count the share given to the
 * best-quoted side. An outlet is one-sided when that share is at least
 * ONE_SIDED_SHARE while the other outlets on the same story, taken together,
 * give that same side less than ONE_SIDED_SHARE: the imbalance is the outlet's,
 * not the story's (a story in which only one side speaks to anyone flags nobody).
 * Paraphrase does not balance quotation: giving one side's words and only
 * reporting the other's is the imbalance the rule looks for.
 */

/** The share of quoted partisan sentences at or above which one side dominates. */
export const ONE_SIDED_SHARE = 0.8;
/** Fewer quoted partisan sentences than this are too few to call a balance. */
export const MIN_QUOTED_SENTENCES = 4;

export interface SideCount {
  side: string;
  direct: number;
}

export interface OneSidedResult {
  articleId: string;
  side: string;
  share: number;
  quoted: number;
  othersShare: number;
  /** Sides the other outlets quote that this one does not. */
  unheard: string[];
}

export function sideTotals(voices: readonly { side?: string; direct: number }[], independent: string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const v of voices) {
    if (!v.side || v.side === independent || v.direct === 0) continue;
    totals.set(v.side, (totals.get(v.side) ?? 0) + v.direct);
  }
  return totals;
}

/**
 * `unread`: sentences the outlet quotes directly from named people whose side the text does not let us
 * read. They may speak for the other party, so they count against the share: a flag must agree with the page.
 */
export function oneSided(articleId: string, own: Map<string, number>, others: readonly Map<string, number>[], unread = 0): OneSidedResult | undefined {
  const quoted = sum(own.values());
  if (quoted < MIN_QUOTED_SENTENCES) return undefined;
  const [side, top] = [...own.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const share = top / (quoted + unread);
  if (share < ONE_SIDED_SHARE) return undefined;
  const pooled = new Map<string, number>();
  for (const o of others) for (const [s, n] of o) pooled.set(s, (pooled.get(s) ?? 0) + n);
  const othersQuoted = sum(pooled.values());
  if (othersQuoted < MIN_QUOTED_SENTENCES) return undefined;
  const othersShare = (pooled.get(side) ?? 0) / othersQuoted;
  if (othersShare >= ONE_SIDED_SHARE) return undefined;
  const unheard = [...pooled.entries()].filter(([s, n]) => s !== side && n > 0 && !own.has(s)).sort((a, b) => b[1] - a[1]).map(([s]) => s);
  return { articleId, side, share, quoted, othersShare, unheard };
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
