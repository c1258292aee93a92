// The facts analysis alone over the seed pages, many reports in one process: CPU time per report
// (matching included). Steadier than per-page medians on a shared machine.
//   node scripts/run.mjs scripts/facts/time-facts.ts [reports per page]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../src/extract/article-from-document.js';
import { parsePackJson } from '../../src/core/corpus/load.js';
import { indexPack } from '../../src/core/match/related.js';
import { buildReport } from '../../src/core/report.js';
import { factsAnalysis } from '../../src/core/facts/index.js';
import bundled from '../../src/corpus/bundled.json';
const root = process.cwd();
const index = indexPack(parsePackJson(readFileSync(join(root, 'dist', bundled.pack), 'utf8')));
const pagesDir = join(root, 'tests/fixtures/seed-pages');
const pages = readdirSync(pagesDir).filter((n) => !n.includes(".")).sort().map((name) => {
  const dom = new JSDOM(readFileSync(join(pagesDir, name, 'page.html'), 'utf8'), { url: `http://127.0.0.1/${name}.html`, virtualConsole: new VirtualConsole() });
  const e = extractArticle(dom.window.document, `http://127.0.0.1/${name}.html`);
  if (e.kind !== 'article') throw new Error(name);
  return e.article;
});
const N = Number(process.argv[2] ?? 30);
const t0 = process.cpuUsage();
for (let i = 0; i < N; i++) for (const p of pages) buildReport(p, index, undefined, [factsAnalysis]);
const t = process.cpuUsage(t0);
console.log(`cpu per report (match+facts) ${((t.user + t.system) / 1000 / N / pages.length).toFixed(2)} ms`);
