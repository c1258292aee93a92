// The pack table: packs of 1,000, 10,000 and 100,000 articles, built, measured and loaded.
// The real articles are ECB+'s and NewsWCL50's (about 1,000); beyond them come distinct synthetic
// articles made from them (synthetic.ts): copy c of a real article has its rare names and rare
// figures replaced by ones invented for copy c, shared by the copies of the same real event's
// articles and by no other copy, and a date of its own within a year, so that rare terms stay
// rare as in a year of real news (docs/benchmarks.md says how they differ from real news).
// Copies are round-robin, so that no two copies of an article sit within gzip's window. The
// matcher reads each synthetic text (its match features, reported apart from the build); the
// records keep their original's analysis features: the build's CPU time is that of everything
// but analysing, and the analysis of the real ones is given per article beside it.
// Run alone with `npm run bench -- --packs` (PACK_SIZES=1000,10000 to choose the sizes).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { ROOT } from '../../tests/helpers.js';
import { PACK_VERSION } from '../../src/core/corpus/header.js';

const SIZES = (process.env.PACK_SIZES ?? '1000,10000,100000').split(',').map(Number);

function child(...args: string[]): Record<string, number> {
  const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', join(ROOT, 'scripts/run.mjs'), join(ROOT, 'scripts/bench/pack-child.ts'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    maxBuffer: 1 << 24,
  });
  if (result.status !== 0) return { failed: 1, ...(result.stderr.includes('heap out of memory') ? { outOfMemory: 1 } : {}) };
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Record<string, number>;
}

/** Gzip size of a file, compressed a slice at a time (as a server would stream it). */
function gzipBytes(path: string, from: number, to: number): number {
  const buffer = readFileSync(path).subarray(from, to);
  let total = 0;
  const slice = 64 * 1024 * 1024;
  for (let at = 0; at < buffer.length; at += slice) total += gzipSync(buffer.subarray(at, at + slice)).length;
  return total;
}

const kb = (bytes: number, n: number) => (bytes / n / 1024).toFixed(2);
const pad = (cells: (string | number)[], widths: number[]) => cells.map((c, i) => String(c).padStart(widths[i]!)).join('');

export function benchPacks(): void {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-packs-'));
  const seedPage = join(ROOT, 'src/corpus/seeds', readdirSafe(join(ROOT, 'src/corpus/seeds'))[0]!);
  const cli = join(ROOT, 'dist/cli/crosscheck.mjs');
  console.log(`\nPack table (format version ${PACK_VERSION}): real ECB+ and NewsWCL50 articles, distinct synthetic ones made from them beyond (scripts/bench/synthetic.ts)`);
  const widths = [9, 9, 9, 9, 9, 9, 10, 10, 9, 9, 10, 9, 11, 9, 9, 9, 12];
  console.log(pad(['articles', 'index', 'idx gz', 'records', 'rec gz', 'total', 'build s', 'build s', 'ms/art', 'peak MiB', 'load s', 'heap MiB', 'match-ld s', 'heap MiB', 'match ms', 'match ms', 'compare s'], widths));
  console.log(pad(['', 'KB/art', 'KB/art', 'KB/art', 'KB/art', 'KB/art', 'CPU', 'per 1,000', 'analysis', 'build', 'all', 'all', 'index', 'index', 'warm', '1st pass', 'CPU/wall'], widths));
  try {
    for (const size of SIZES) {
      const pack = join(dir, `pack-${size}.json`);
      const build = child('build', String(size), pack);
      if (build.failed) {
        console.log(`${String(size).padStart(9)}  build failed${build.outOfMemory ? ' (out of memory)' : ''}`);
        continue;
      }
      const total = statSync(pack).size;
      const indexEnd = build.headerBytes! + build.indexBytes!;
      const indexGz = gzipBytes(pack, 0, indexEnd);
      const recordsGz = gzipBytes(pack, indexEnd, total);
      const full = child('load', pack);
      const matching = child('index', pack);
      let compare = '-';
      if (size <= 10_000) {
        const started = performance.now();
        const run = spawnSync(process.execPath, ['--require', join(ROOT, 'scripts/bench/report-cpu.cjs'), cli, 'compare', seedPage, '--corpus', pack, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
        const wall = (performance.now() - started) / 1000;
        const cpu = Number(/cpu-ms (\d+)/.exec(run.stderr)?.[1]) / 1000;
        compare = run.status === 0 ? `${cpu.toFixed(2)}/${wall.toFixed(1)}` : 'failed';
      }
      console.log(
        pad(
          [
            size,
            kb(indexEnd, size),
            kb(indexGz, size),
            kb(total - indexEnd, size),
            kb(recordsGz, size),
            kb(total, size),
            (build.buildCpuMs! / 1000).toFixed(1),
            (build.buildCpuMs! / size).toFixed(2),
            (build.analysisCpuMs! / build.reals!).toFixed(1),
            build.peakMiB!.toFixed(0),
            full.failed ? (full.outOfMemory ? 'OOM' : 'failed') : (full.loadCpuMs! / 1000).toFixed(2),
            full.failed ? '-' : full.heapMiB!.toFixed(0),
            (matching.loadCpuMs! / 1000).toFixed(2),
            matching.heapMiB!.toFixed(0),
            (full.failed ? matching.matchWarmMs! : full.matchWarmMs!).toFixed(2),
            (full.failed ? matching.matchFirstMs! : full.matchFirstMs!).toFixed(2),
            compare,
          ],
          widths,
        ),
      );
      if (size === 10_000) chromiumRow(pack);
      rmSync(pack, { force: true });
      rmSync(`${pack}.records`, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('Times are CPU time of the process measured (a busy machine\'s waiting left out); compare also gives wall time.');
  console.log('build s: CPU of the whole build (records written as it goes, neighbours through the inverted index) except making and analysing the synthetic articles;');
  console.log('  per 1,000: the same per 1,000 articles, equal from row to row when build time is linear in the article count;');
  console.log('  ms/art: CPU to analyse one real article, which a corpus of N distinct articles adds N times. peak: the build process\'s maximum RSS.');
  console.log('load all: header, index and every record read and checked, then indexed (`corpus update` reads a pack so); heap after it, in a fresh process.');
  console.log('match-ld index: header and match index only, read, checked and indexed as `compare` reads them (CPU): what matching needs.');
  console.log('match ms: findRelated per query (CPU) over 100 queries, three passes in one process: warm = median of the second and third passes (what the 2 ms bar');
  console.log('  at 10,000 means), 1st pass = median of the first (mostly V8 compiling the matcher as the queries first run), reported apart.');
  console.log('compare: `crosscheck compare SEED --corpus PACK --json`, wall time of the process, which reads the match index and the related articles\' records only (1,000 and 10,000).');
}

/** The 10,000-article pack imported in Chromium: import time, first press after a worker restart, a steady press, the worker's heap. */
function chromiumRow(pack: string): void {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/run.mjs'), join(ROOT, 'scripts/bench/chromium-press.ts'), pack], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 24 });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !last.startsWith('{')) {
    console.log(`   Chromium, 10,000 articles: failed (${run.stderr.trim().split('\n').slice(-1)[0] ?? ''})`);
    return;
  }
  const m = JSON.parse(last) as { importS: number; firstMs: number; steadyMs: number; heapMiB?: number };
  console.log(
    `   Chromium, 10,000 articles imported (options page, ${m.importS.toFixed(1)} s): first press after a worker restart ${m.firstMs.toFixed(0)} ms, ` +
      `steady press ${m.steadyMs.toFixed(0)} ms, worker heap ${m.heapMiB === undefined ? 'not measured' : `${m.heapMiB.toFixed(0)} MiB`}` +
      ' (worker clock, from the toolbar press to the report)',
  );
}

function readdirSafe(path: string): string[] {
  return readdirSync(path).filter((f) => f.endsWith('.txt')).sort();
}
