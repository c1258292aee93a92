// The facts stage alone, per seed page, without the rest of `npm run bench` (extraction, scale,
// click to render): medians of the report's own stage timings, and a digest of the facts
// sections so a speed change can show it left the output alone.
//   node scripts/run.mjs scripts/facts/time-report.ts [runs]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../src/extract/article-from-document.js';
import { parsePackJson } from '../../src/core/corpus/load.js';
import { indexPack } from '../../src/core/match/related.js';
import { buildReport } from '../../src/core/report.js';
import bundled from '../../src/corpus/bundled.json';
import { cpuMs as cpuNow, median } from '../bench/measure.js';

const RUNS = Number(process.argv[2] ?? 15);
const root = process.cwd();
const index = indexPack(parsePackJson(readFileSync(join(root, 'dist', bundled.pack), 'utf8')));
const pagesDir = join(root, 'tests/fixtures/seed-pages');
const pages = readdirSync(pagesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const digest = createHash('sha256');
console.log(`${'page'.padEnd(24)}${'facts cpu'.padStart(10)}${'report wall'.padStart(12)}   (ms, median of ${RUNS})`);
for (const name of pages) {
  const html = readFileSync(join(pagesDir, name, 'page.html'), 'utf8');
  const dom = new JSDOM(html, { url: `http://127.0.0.1/${name}.html`, virtualConsole: new VirtualConsole() });
  const extraction = extractArticle(dom.window.document, `http://127.0.0.1/${name}.html`);
  dom.window.close();
  if (extraction.kind !== 'article') throw new Error(`${name}: ${extraction.reason}`);
  const facts: number[] = [];
  const reports: number[] = [];
  let section: unknown;
  for (let i = 0; i < RUNS; i++) {
    let ms = 0;
    const start = performance.now();
    const report = buildReport(extraction.article, index, { now: cpuNow, record: (stage, t) => { if (stage === 'facts') ms += t; } });
    reports.push(performance.now() - start);
    facts.push(ms);
    section = (report as unknown as { analyses?: Record<string, unknown>; sections?: Record<string, unknown> });
  }
  digest.update(JSON.stringify(section, (k, v) => (k === 'generatedAt' || k === 'timings' ? undefined : v)));
  console.log(`${name.padEnd(24)}${median(facts).toFixed(2).padStart(10)}${median(reports).toFixed(2).padStart(12)}`);
}
console.log(`report digest ${digest.digest('hex').slice(0, 16)}`);
