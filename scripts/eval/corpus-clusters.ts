// How far corpus articles group into their events by the neighbour graph alone (stop 26: a collective relation
// decision would take the page's cluster as its event). For each corpus, links between two articles each in the
// other's neighbourhood (as many as a neighbourhood holds in that corpus, `neighbourhoodSize`), under several
// readings of a strong link, then clusters as the connected components of those links; tune half's articles only:
//   link P: share of links joining two articles of one event;
//   cluster P / R: pairwise precision and recall of "same cluster" against "same event".
//   node scripts/run.mjs scripts/eval/corpus-clusters.ts [corpus name ...]
import { cohesion } from '../../src/core/match/related.js';
import { neighbourhood } from '../../src/core/match/neighbours.js';
import { evaluationCorpora, halfOf, packOf } from './relations.js';

const wanted = process.argv.slice(2);
for (const { name, corpus } of evaluationCorpora()) {
  if (wanted.length > 0 ? !wanted.includes(name) : name === 'seeds') continue;
  const index = packOf(name, corpus);
  const n = corpus.length;
  const { size, listStarts, listArticles, listSimilarities } = index.graph;
  const tune = (i: number) => halfOf(corpus)(corpus[i]!.event) === 0;
  const hoods = Array.from({ length: n }, (_, i) => neighbourhood(index.graph, i));
  const similarity = (i: number, j: number) => {
    for (let k = listStarts[i]!; k < listStarts[i + 1]!; k++) if (listArticles[k] === j) return listSimilarities[k]!;
    return 0;
  };
  const shared = (i: number, j: number) => hoods[i]!.filter((x) => hoods[j]!.includes(x)).length;
  const coh = Array.from({ length: n }, (_, i) => cohesion(index, i));
  const readings: Record<string, (i: number, j: number) => boolean> = {
    'mutual neighbours': () => true,
    'and above the lower cohesion': (i, j) => similarity(i, j) >= Math.min(coh[i]!, coh[j]!),
    'and above the mean cohesion': (i, j) => similarity(i, j) >= (coh[i]! + coh[j]!) / 2,
    'and above both cohesions': (i, j) => similarity(i, j) >= Math.max(coh[i]!, coh[j]!),
    'and sharing half the neighbourhood': (i, j) => shared(i, j) >= Math.ceil((size - 1) / 2),
    'and sharing two thirds of it': (i, j) => shared(i, j) >= Math.ceil((2 * (size - 1)) / 3),
  };
  for (const [reading, strong] of Object.entries(readings)) {
    const parent = Array.from({ length: n }, (_, i) => i);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
    let links = 0, right = 0;
    for (let i = 0; i < n; i++) {
      if (!tune(i)) continue;
      for (const j of hoods[i]!) {
        if (j < i || !tune(j) || !hoods[j]!.includes(i) || !strong(i, j)) continue;
        links++;
        if (corpus[i]!.event === corpus[j]!.event) right++;
        parent[find(i)] = find(j);
      }
    }
    let together = 0, togetherRight = 0, sameEvent = 0;
    const sizes = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      if (!tune(i)) continue;
      sizes.set(find(i), (sizes.get(find(i)) ?? 0) + 1);
      for (let j = i + 1; j < n; j++) {
        if (!tune(j)) continue;
        const same = corpus[i]!.event === corpus[j]!.event;
        if (same) sameEvent++;
        if (find(i) === find(j)) (together++, same && togetherRight++);
      }
    }
    const f = (x: number) => x.toFixed(3);
    console.log(`${name.padEnd(26)} size ${String(size).padStart(2)}  ${reading.padEnd(36)} links ${String(links).padStart(5)}  link P ${f(right / Math.max(1, links))}  cluster P ${f(togetherRight / Math.max(1, together))}  R ${f(togetherRight / Math.max(1, sameEvent))}  clusters ${sizes.size}, largest ${Math.max(...sizes.values())}`);
  }
}
