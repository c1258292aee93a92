// The siblings a page is not shown at all (issue 15's recall side), each page left out of its corpus as in the relation
// table; tune half by default (--held-out: the other half). Per corpus:
//   sorts of the unlisted siblings: (a) little shared (cosine under NEIGHBOUR_FLOOR); (b) under the threshold by
//     relatedness and by cosine alike; (c) the neighbourhood blend pushes it down (cosine at or over the threshold,
//     relatedness under it); (d) relatedness over the threshold and removed as the page itself (isSameArticle).
//   bands: unlisted articles at or above each relatedness and each cosine, siblings / other-event articles (what
//     listing the band would add);
//   splits of unlisted articles with cosine and relatedness NEIGHBOUR_FLOOR or more, siblings / other events: by how
//     many items the page shows as the same event and whether the article is direct evidence of the page's event
//     (isEventEvidence); whether it holds the page in its own neighbourhood; whether half or more (two or more) of the
//     page's same-event items hold it among their closest (the closeToCoverage bar); by the dates' gap.
//   --pairs: every unlisted sibling, tab-separated: page, sibling, sort, cosine, relatedness, the blend's overlap share,
//     its place among all corpus articles by cosine, the particulars' similarity and the first shared ones.
//   node scripts/run.mjs scripts/eval/unlisted-siblings.ts [--held-out] [--pairs] [corpus name ...]
import { cohesion, NEIGHBOURHOOD_WEIGHT, RELATED_THRESHOLD, relatedFromScores, relatedness, similarityToCorpus, type MatchIndex } from '../../src/core/match/related.js';
import { NEIGHBOUR_FLOOR } from '../../src/core/match/neighbours.js';
import { directEvidence, isEventEvidence, particulars, publishedSameDay } from '../../src/core/match/relation.js';
import { figuresDisagreeWithCorpus, particularsWithCorpus } from '../../src/core/match/corpus-particulars.js';
import { articleDate, daysApart } from '../../src/core/match/dates.js';
import { evaluationCorpora, halfOf, packOf } from './relations.js';

const heldOut = process.argv.includes('--held-out');
const showPairs = process.argv.includes('--pairs');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const DEFAULT_CORPORA = ['ECB+', 'ECB+ two per event', 'ECB+ three per event', 'mix 2008-2025', 'NewsWCL50 two per event', 'NewsWCL50 three per event'];
const RELATEDNESS_BANDS = [0.1, 0.15, 0.18, 0.2];
const COSINE_BANDS = [0.15, 0.18, 0.22, 0.26, 0.3];

function sortOf(cosine: number, score: number): string {
  if (score >= RELATED_THRESHOLD) return 'd removed as the page';
  if (cosine < NEIGHBOUR_FLOOR) return 'a little shared';
  if (cosine >= RELATED_THRESHOLD) return 'c blend pushes down';
  return 'b under the threshold';
}

/** Counts of siblings against other-event articles, by key. */
class Split {
  readonly counts = new Map<string, [number, number]>();
  add(key: string, sibling: boolean): void {
    const count = this.counts.get(key) ?? [0, 0];
    count[sibling ? 0 : 1]++;
    this.counts.set(key, count);
  }
}

/** Whether corpus article j holds the page (cosine `toPage`) within its own neighbourhood, the page `p` left out of its list. */
function holdsPage(index: MatchIndex, j: number, p: number, toPage: number): boolean {
  const { listStarts, listArticles, listSimilarities, size } = index.graph;
  let rank = 0;
  for (let k = listStarts[j]!; k < listStarts[j + 1]!; k++) {
    if (listArticles[k] === p) continue;
    if (rank++ >= size) return false;
    if (toPage >= listSimilarities[k]!) return true;
  }
  return rank < size;
}

/** How many of `items` hold j among their neighbourhood at least as close as their cohesion or the page is (as closeToCoverage counts). */
function heldCloseBy(index: MatchIndex, items: readonly number[], j: number, p: number, cosine: ArrayLike<number>): number {
  const { listStarts, listArticles, listSimilarities, size } = index.graph;
  let held = 0;
  for (const a of items) {
    const bar = Math.min(cohesion(index, a, p), cosine[a]!);
    let rank = 0;
    for (let k = listStarts[a]!; k < listStarts[a + 1]!; k++) {
      if (listArticles[k] === p) continue;
      if (rank++ >= size || listSimilarities[k]! < bar) break;
      if (listArticles[k] === j) held++;
    }
  }
  return held;
}

for (const { name, corpus } of evaluationCorpora()) {
  if (!(wanted.length > 0 ? wanted.includes(name) : DEFAULT_CORPORA.includes(name))) continue;
  const index = packOf(name, corpus);
  const half = halfOf(corpus);
  const placeOf = new Map(index.pack.articles.map((a, i) => [a.id, i]));
  const sorts = new Map<string, number>();
  const relatednessBands = RELATEDNESS_BANDS.map(() => [0, 0]);
  const cosineBands = COSINE_BANDS.map(() => [0, 0]);
  const splits = new Split();
  let unlisted = 0;
  index.pack.articles.forEach((page, p) => {
    if (half(corpus[p]!.event) !== (heldOut ? 1 : 0)) return;
    const cosine = similarityToCorpus(page.features, index);
    const scores = relatedness(page.features, index, p, cosine);
    const related = relatedFromScores(page, page.features, index, scores, p, cosine);
    const listed = new Set(related.map((r) => r.id));
    const shownSame = related.filter((r) => r.relation === 'same-event').map((r) => placeOf.get(r.id)!);
    const shown = shownSame.length >= 2 ? 'shown 2+' : `shown ${shownSame.length}`;
    const pageDate = articleDate(page);
    const byCosine = showPairs ? [...cosine.keys()].filter((j) => j !== p).sort((a, b) => cosine[b]! - cosine[a]!) : [];
    corpus.forEach((c, j) => {
      if (j === p || listed.has(c.id)) return;
      const sibling = c.event === corpus[p]!.event;
      const cos = cosine[j]!;
      const score = scores[j]!;
      RELATEDNESS_BANDS.forEach((b, k) => score >= b && relatednessBands[k]![sibling ? 0 : 1]!++);
      COSINE_BANDS.forEach((b, k) => cos >= b && cosineBands[k]![sibling ? 0 : 1]!++);
      if (cos >= NEIGHBOUR_FLOOR && score >= NEIGHBOUR_FLOOR) {
        const date = articleDate(index.pack.articles[j]!);
        const gap = daysApart(pageDate, date);
        const direct = directEvidence(cos, cohesion(index, j, p), particularsWithCorpus(index, page.features.terms, j, false).similarity);
        const evidence = isEventEvidence(direct, gap !== undefined, figuresDisagreeWithCorpus(index, page.features.terms, j), publishedSameDay(pageDate, date)) ? 'evidence' : 'not evidence';
        const band = score >= 0.18 ? 'relatedness 0.18+' : score >= 0.15 ? 'relatedness 0.15+' : 'relatedness 0.10+';
        splits.add(`${shown}, ${band}, ${evidence}`, sibling);
        splits.add(`${shown}, ${evidence}`, sibling);
        splits.add(`${shown}, holds the page ${holdsPage(index, j, p, cos) ? 'yes' : 'no'}, ${evidence}`, sibling);
        if (shownSame.length >= 2) {
          const held = heldCloseBy(index, shownSame, j, p, cosine);
          splits.add(`held close by half the same-event items ${held >= 2 && 2 * held >= shownSame.length ? 'yes' : 'no'}`, sibling);
        }
        const when = gap === undefined ? 'a date unknown' : gap.most <= 1 ? 'within a day' : gap.least <= 3 ? '2-3 days' : 'over 3 days';
        splits.add(`dated ${when}, ${shown}`, sibling);
      }
      if (!sibling) return;
      unlisted++;
      const sort = sortOf(cos, score);
      sorts.set(sort, (sorts.get(sort) ?? 0) + 1);
      if (showPairs) {
        const { similarity, shared } = particulars(page.features.terms, index.pack.articles[j]!.features.terms, index.idfOf);
        const share = (score - (1 - NEIGHBOURHOOD_WEIGHT) * cos) / NEIGHBOURHOOD_WEIGHT;
        console.log([corpus[p]!.id, c.id, sort[0], cos.toFixed(3), score.toFixed(3), share.toFixed(2), `rank ${byCosine.indexOf(j) + 1}`, similarity.toFixed(2), shared.slice(0, 5).join(' ')].join('\t'));
      }
    });
  });
  console.log(`${name}, ${heldOut ? 'held-out' : 'tune'} half: ${unlisted} siblings not listed`);
  for (const [sort, n] of [...sorts].sort()) console.log(`  ${sort.padEnd(24)} ${n}`);
  console.log(`  not listed, relatedness at least: ${RELATEDNESS_BANDS.map((b, k) => `${b}: ${relatednessBands[k]![0]} / ${relatednessBands[k]![1]}`).join('   ')}  (siblings / other events)`);
  console.log(`  not listed, cosine at least:      ${COSINE_BANDS.map((b, k) => `${b}: ${cosineBands[k]![0]} / ${cosineBands[k]![1]}`).join('   ')}`);
  for (const [key, [siblings, others]] of [...splits.counts].sort()) console.log(`  ${key.padEnd(58)} ${siblings} / ${others}`);
}
