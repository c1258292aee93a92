// `npm run bench`: medians over repeated runs in one process, so that the figures can be
// read against each other (ratios), not as absolute promises.
//   corpus load: parsing, validating and indexing the bundled pack, as the background does once;
//   per seed page: extraction (Readability in jsdom), then each stage of the report: matching,
//     and each analysis (the page's own features plus the comparison with its related coverage;
//     the corpus side was analysed when the pack was built);
//   numbers extraction per 1,000 words over the seeds and ECB+;
//   scale: the matcher at 10,000 articles next to MiniSearch;
//   pack table: packs of 1,000 / 10,000 / 100,000 articles, their bytes by part, build, load and compare (alone: --packs);
//   click to render: in headless Chromium, from the toolbar press to the panel's complete report;
//   hostile pages: time on the page's own thread for each page that breaks naive code;
//   pack from feeds: build time per 100 articles, with the outlets' sites served locally.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/extract/article-from-document.js';
import { parsePackJson } from '../src/core/corpus/load.js';
import { indexPack } from '../src/core/match/related.js';
import { buildReport, type ReportStage } from '../src/core/report.js';
import { articleFromPlainText } from '../src/core/article.js';
import { numberFeatures } from '../src/core/numbers/index.js';
import { countWords } from '../src/core/text/normalize.js';
import { ecbRecords, seedInputs } from '../tests/helpers.js';
import { benchScale } from './bench/scale.js';
import { benchClickToRender } from './bench/click-to-render.js';
import { benchHostile } from './bench/hostile.js';
import { benchFeeds } from './bench/feeds.js';
import bundled from '../src/corpus/bundled.json';

import { benchPacks } from './bench/packs.js';
import { median } from './bench/measure.js';

// `npm run bench -- --packs`: the pack table alone.
if (process.argv.includes('--packs')) {
  benchPacks();
  process.exit(0);
}

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const root = process.cwd();
const packText = readFileSync(join(root, 'dist', bundled.pack), 'utf8');
const pagesDir = join(root, 'tests/fixtures/seed-pages');
const pages = readdirSync(pagesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const STAGES: ReportStage[] = ['match', 'numbers', 'quotes', 'facts', 'framing'];


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

console.log(`Crosscheck benchmark: median of ${RUNS} runs, Node ${process.version}, ${pages.length} seed pages`);
console.log(`corpus load (parse + validate + index ${index.pack.articles.length} articles, ${(packText.length / 1024).toFixed(0)} KiB): ${median(loadTimes).toFixed(2)} ms\n`);
const header = ['page'.padEnd(24), 'words'.padStart(6), 'extract'.padStart(9), ...STAGES.map((s) => s.padStart(9)), 'report'.padStart(9), 'report/extract'.padStart(15)];
console.log(`${header.join('')}   (ms)`);
for (const name of pages) {
  const html = readFileSync(join(pagesDir, name, 'page.html'), 'utf8');
  const extractTimes: number[] = [];
  const reportTimes: number[] = [];
  const stageTimes = new Map<ReportStage, number[]>(STAGES.map((s) => [s, []]));
  let words = 0;
  for (let i = 0; i < RUNS; i++) {
    const dom = new JSDOM(html, { url: `http://127.0.0.1/${name}.html`, virtualConsole: new VirtualConsole() });
    const [extraction, extractMs] = time(() => extractArticle(dom.window.document, `http://127.0.0.1/${name}.html`));
    dom.window.close();
    if (extraction.kind !== 'article') throw new Error(`${name}: ${extraction.reason}`);
    const run = new Map<ReportStage, number>();
    const [report, reportMs] = time(() =>
      buildReport(extraction.article, index, { now: () => performance.now(), record: (stage, ms) => run.set(stage, (run.get(stage) ?? 0) + ms) }),
    );
    for (const stage of STAGES) stageTimes.get(stage)!.push(run.get(stage) ?? 0);
    extractTimes.push(extractMs);
    reportTimes.push(reportMs);
    words = report.article.wordCount;
  }
  const extract = median(extractTimes);
  const report = median(reportTimes);
  console.log(
    [
      name.padEnd(24),
      String(words).padStart(6),
      extract.toFixed(2).padStart(9),
      ...STAGES.map((s) => median(stageTimes.get(s)!).toFixed(2).padStart(9)),
      report.toFixed(2).padStart(9),
      (report / extract).toFixed(2).padStart(15),
    ].join(''),
  );
}

// Numbers extraction speed over many real articles, not only the seeds.
const articles = [...seedInputs().map((s) => s.article), ...ecbRecords().map((r) => articleFromPlainText(`${r.title}\n\n${r.text}`))];
const totalWords = articles.reduce((n, a) => n + countWords(a.paragraphs), 0);
const numberTimes: number[] = [];
let figures = 0;
for (let i = 0; i < Math.max(3, Math.floor(RUNS / 3)); i++) {
  const [count, ms] = time(() => articles.reduce((n, a) => n + numberFeatures(a).figures.length, 0));
  figures = count;
  numberTimes.push(ms);
}
const perThousand = (median(numberTimes) / totalWords) * 1000;
console.log(
  `\nnumbers extraction: ${articles.length} articles, ${totalWords.toLocaleString('en')} words, ${figures.toLocaleString('en')} figures; ${perThousand.toFixed(3)} ms per 1,000 words`,
);

benchScale();
benchPacks();
await benchFeeds();

await benchClickToRender();
await benchHostile();
