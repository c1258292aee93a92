// The first report of a process against the ones after it: what a service worker's first press
// after a restart pays for code that runs for the first time (regular expressions compiled on
// first use, tables built on first call, functions not yet optimised). Run it in a fresh process:
//   node scripts/run.mjs scripts/bench/cold-analysis.ts PACK [PAGE] [WARM_RUNS]
// PACK is a small pack (e.g. `crosscheck corpus build` of the ECB+ fixture); PAGE is `ecb:N` or
// `wcl:N`, a record of ECB+ or NewsWCL50 (default ecb:0, the page chromium-press.ts presses first),
// reported against the pack as `compare` does. Prints one JSON line: ms per
// stage of the first report ("cold") and the median of WARM_RUNS reports after it ("warm"), each
// on a fresh copy of the same page (no per-article cache reused).
import { existsSync, readFileSync } from 'node:fs';
import { articleFromPlainText, articleFromRecord } from '../../src/core/article.js';
import { buildReport, indexPack, matchFeatures, preparingPage, type Article, type PreparedPage } from '../../src/core/index.js';
import { runToEnd } from '../../src/core/corpus/pack.js';
import { warmingUp } from '../../src/core/warm-up.js';
import { readPackFile } from '../../src/cli/read-pack.js';
import { ecbRecords, wclRecords } from '../../tests/helpers.js';
import { median } from './measure.js';

// CPU time, not wall time: on a shared, busy machine a wall clock mostly measures the others. On Linux the
// main thread's own (its run time in /proc, in ns), as press-cpu.ts counts the worker's thread: the process's
// CPU (process.cpuUsage) also counts V8's compiles and collections on helper threads, which run beside the
// main thread and vary from run to run (about half of a cold report's process CPU). The kernel brings the thread's
// figure up to date at its clock ticks (4 ms here), so a stage's time is within a tick; totals are what to compare.
// CLOCK=process for the process's CPU.
const THREAD_CLOCK = `/proc/self/task/${process.pid}/schedstat`;
const threadClock = process.env.CLOCK !== 'process' && existsSync(THREAD_CLOCK);
const now = (): number => {
  if (threadClock) return Number(readFileSync(THREAD_CLOCK, 'utf8').split(' ')[0]) / 1e6;
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const [packPath, pageArg, warmArg] = process.argv.slice(2);
if (!packPath) throw new Error('usage: cold-analysis.ts PACK [ecb:N|wcl:N] [WARM_RUNS]');
const [set, at] = (pageArg ?? 'ecb:0').split(':');
// A NewsWCL50 record carries its headline and outlet (read as `corpus build` reads it); ECB+'s title is its first line.
const page = (): Article => {
  if (set === 'wcl') return articleFromRecord(wclRecords()[Number(at)]!);
  const record = ecbRecords()[Number(at)]!;
  return articleFromPlainText(`${record.title}\n\n${record.text}`);
};
const warmRuns = Number(warmArg ?? 5);


const loadStart = now();
const index = indexPack(await readPackFile(packPath));
const loadMs = now() - loadStart;

function oneReport(article = page()): Record<string, number> {
  const times: Record<string, number> = {};
  const start = now();
  let at = start;
  const features = matchFeatures(article);
  times.matchFeatures = now() - at;
  const steps = preparingPage(article, undefined, features);
  let prepared: PreparedPage;
  for (;;) {
    at = now();
    const next = steps.next();
    const ms = now() - at;
    if (next.done) {
      prepared = next.value;
      break;
    }
    times[`page.${next.value}`] = ms;
  }
  at = now();
  buildReport(article, index, { now: () => now(), record: (stage, ms) => (times[`report.${stage}`] = (times[`report.${stage}`] ?? 0) + ms) }, undefined, undefined, prepared);
  times.reportAll = now() - at;
  times.total = now() - start;
  return times;
}


const round = (times: Record<string, number>) => Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(v * 10) / 10]));
// WARM_UP=1: the extension's warm-up report (core/warm-up.ts) first, as the worker runs it while it waits for the tab.
let warmUpMs: number | undefined;
if (process.env.WARM_UP) {
  const start = now();
  runToEnd(warmingUp());
  warmUpMs = now() - start;
}
// A name of its own, for a CPU profile to single the first report of the page out.
const coldReport = (): Record<string, number> => oneReport();
const cold = coldReport();
const warms = Array.from({ length: warmRuns }, oneReport);
const warm = Object.fromEntries(Object.keys(cold).map((k) => [k, median(warms.map((w) => w[k] ?? 0))]));
console.log(JSON.stringify({ loadMs: Math.round(loadMs), ...(warmUpMs !== undefined ? { warmUpMs: Math.round(warmUpMs) } : {}), cold: round(cold), warm: round(warm) }));
