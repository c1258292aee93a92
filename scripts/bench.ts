// `npm run bench`: median times of the spine's three steps for each seed page, over
// repeated runs in one process, so that the figures can be read against each other.
//   extraction: Readability and paragraph splitting on the saved page (jsdom in Node);
//   corpus load: parsing, validating and indexing the bundled pack, as the background does once;
//   matching:   the page's features and the related-coverage ranking (buildReport).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/extract/article-from-document.js';
import { parsePackJson } from '../src/core/corpus/load.js';
import { indexPack } from '../src/core/match/related.js';
import { buildReport } from '../src/core/report.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const root = process.cwd();
const packText = readFileSync(join(root, 'dist/corpus/seeds.pack.json'), 'utf8');
const pagesDir = join(root, 'tests/fixtures/seed-pages');
const pages = readdirSync(pagesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

const loadTimes: number[] = [];
let index = indexPack(parsePackJson(packText));
for (let i = 0; i < RUNS; i++) {
  const [value, ms] = time(() => indexPack(parsePackJson(packText)));
  index = value;
  loadTimes.push(ms);
}
const corpusLoad = median(loadTimes);

console.log(`Crosscheck spine benchmark: median of ${RUNS} runs, Node ${process.version}, ${pages.length} seed pages`);
console.log(`corpus load (parse + validate + index ${index.pack.articles.length} articles, ${(packText.length / 1024).toFixed(0)} KiB): ${corpusLoad.toFixed(2)} ms\n`);
console.log('page'.padEnd(24) + 'words'.padStart(7) + 'extract ms'.padStart(12) + 'match ms'.padStart(10) + 'match/extract'.padStart(15) + 'related'.padStart(9));
for (const name of pages) {
  const html = readFileSync(join(pagesDir, name, 'page.html'), 'utf8');
  const extractTimes: number[] = [];
  const matchTimes: number[] = [];
  let words = 0;
  let related = 0;
  for (let i = 0; i < RUNS; i++) {
    const dom = new JSDOM(html, { url: `http://127.0.0.1/${name}.html`, virtualConsole: new VirtualConsole() });
    const [extraction, extractMs] = time(() => extractArticle(dom.window.document, `http://127.0.0.1/${name}.html`));
    dom.window.close();
    if (extraction.kind !== 'article') throw new Error(`${name}: ${extraction.reason}`);
    const [report, matchMs] = time(() => buildReport(extraction.article, index));
    extractTimes.push(extractMs);
    matchTimes.push(matchMs);
    words = report.article.wordCount;
    related = report.related.length;
  }
  const extract = median(extractTimes);
  const match = median(matchTimes);
  console.log(
    name.padEnd(24) +
      String(words).padStart(7) +
      extract.toFixed(2).padStart(12) +
      match.toFixed(2).padStart(10) +
      (match / extract).toFixed(2).padStart(15) +
      String(related).padStart(9),
  );
}
