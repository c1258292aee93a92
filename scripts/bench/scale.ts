// The matcher at 10,000 articles, next to MiniSearch (BM25 over title and text) on the
// same corpus in the same run. The corpus is ECB+'s 982 articles, each copied under new
// ids until there are 10,000: term statistics stay those of real news, and every term's
// posting list is as long as it would be in a corpus ten times the size.
import MiniSearch from 'minisearch';
import { articleFromPlainText } from '../../src/core/article.js';
import { buildPack, PACK_FORMAT, PACK_VERSION, withNeighbours } from '../../src/core/corpus/pack.js';
import { parsePackJson } from '../../src/core/corpus/load.js';
import { findRelated, indexPack } from '../../src/core/match/related.js';
import { NEIGHBOURS } from '../../src/core/match/neighbours.js';
import { ecbRecords } from '../../tests/helpers.js';
import { liveHeapMiB as heapMiB, median, queryPasses } from './measure.js';

const SIZE = 10_000;
const QUERIES = 200;
const MINISEARCH_QUERIES = 40;



export function benchScale(): void {
  const records = ecbRecords();
  const articles = records.map((r) => articleFromPlainText(`${r.title}\n\n${r.text}`));
  const base = buildPack('ECB+', records.map((r, i) => ({ id: r.id, article: articles[i]! })));
  const documentFrequency: Record<string, number> = Object.create(null);
  const copies = Math.ceil(SIZE / base.articles.length);
  for (const [term, df] of Object.entries(base.documentFrequency)) documentFrequency[term] = df * copies;
  let started = performance.now();
  const large = withNeighbours({
    format: PACK_FORMAT,
    version: PACK_VERSION,
    name: 'ECB+ x10',
    documentFrequency,
    articles: Array.from({ length: SIZE }, (_, i) => ({ ...base.articles[i % base.articles.length]!, id: `${base.articles[i % base.articles.length]!.id}#${Math.floor(i / base.articles.length)}` })),
    neighbours: [],
  });
  const neighboursMs = performance.now() - started;
  const json = JSON.stringify(large);

  const heapBefore = heapMiB();
  started = performance.now();
  const index = indexPack(parsePackJson(json));
  const crosscheckBuild = performance.now() - started;
  const crosscheckHeap = heapMiB() - heapBefore;

  const queries = Array.from({ length: QUERIES }, (_, q) => articles[(q * 37) % articles.length]!);
  // Warm (the passes after the first) and the first pass apart: one fresh pass measures mostly V8 compiling the matcher.
  const crosscheck = queryPasses(queries, (article) => void findRelated(article, index), 3, () => performance.now());

  const miniHeapBefore = heapMiB();
  started = performance.now();
  const search = new MiniSearch<{ id: number; title: string; text: string }>({ fields: ['title', 'text'], idField: 'id' });
  search.addAll(large.articles.map((a, id) => ({ id, title: a.title, text: a.paragraphs.join('\n') })));
  const miniBuild = performance.now() - started;
  const miniHeap = heapMiB() - miniHeapBefore;
  const miniTimes = queries.slice(0, MINISEARCH_QUERIES).map((article) => {
    const t = performance.now();
    search.search(`${article.title} ${article.paragraphs.join(' ')}`);
    return performance.now() - t;
  });

  const crosscheckMedian = crosscheck.warmMs;
  const miniMedian = median(miniTimes);
  console.log(`\nScale: ${SIZE.toLocaleString('en')} articles (ECB+ copied ${copies} times under new ids); the same full article as the query for both`);
  console.log(`${'matcher'.padEnd(12)}${'match ms (warm)'.padStart(19)}${'queries'.padStart(9)}${'index build ms'.padStart(16)}${'heap MiB'.padStart(10)}${'pack bytes/article'.padStart(20)}`);
  console.log(`${'crosscheck'.padEnd(12)}${crosscheckMedian.toFixed(2).padStart(19)}${String(QUERIES).padStart(9)}${crosscheckBuild.toFixed(0).padStart(16)}${crosscheckHeap.toFixed(0).padStart(10)}${Math.round(json.length / SIZE).toString().padStart(20)}  (build = parse + validate + index the pack; first pass ${crosscheck.firstMs.toFixed(2)} ms)`);
  console.log(`${'minisearch'.padEnd(12)}${miniMedian.toFixed(2).padStart(19)}${String(MINISEARCH_QUERIES).padStart(9)}${miniBuild.toFixed(0).padStart(16)}${miniHeap.toFixed(0).padStart(10)}${'-'.padStart(20)}  (build = addAll of title and text; one pass)`);
  console.log(`crosscheck's pack build also finds each article's ${NEIGHBOURS} nearest neighbours: ${(neighboursMs / 1000).toFixed(1)} s for ${SIZE.toLocaleString('en')} articles, once, when the pack is built`);
  console.log('match ms: wall time per query, median; crosscheck\'s warm = its second and third passes over the queries, its first pass apart');
  // MiniSearch is timed in one pass, so it is set against crosscheck's first pass (both include the JIT's first work).
  console.log(`crosscheck is ${(miniMedian / crosscheck.firstMs).toFixed(1)}x faster per query (first passes); R-precision on ECB+ is in npm run eval`);
}
