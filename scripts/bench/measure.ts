// What every speed and memory figure of the benches is read with, once.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The one median every speed figure is read as: the middle of the samples, or the mean of the two middle ones when
 * their count is even (so that a figure does not depend on which of the two a copy took).
 */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** CPU time of this process so far, user and system, in ms: on a shared machine wall time mostly measures the others. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The heap in use, in MiB, after a collection when Node runs with --expose-gc (as `npm run bench` does): live objects only. */
export function liveHeapMiB(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/**
 * The start of a pack file in memory, read once before any timing: its bytes (200 MB hold the header and the match
 * index of any pack the limits allow), where the header line ends and where the index line ends.
 */
export function packStart(path: string): { bytes: Buffer; headerEnd: number; indexEnd: number } {
  const file = openSync(path, 'r');
  const bytes = Buffer.allocUnsafe(Math.min(fstatSync(file).size, 200 * 1024 * 1024));
  readSync(file, bytes, 0, bytes.length, 0);
  closeSync(file);
  const headerEnd = bytes.indexOf(10);
  const indexEnd = bytes.indexOf(10, headerEnd + 1);
  return { bytes, headerEnd, indexEnd: indexEnd < 0 ? bytes.length : indexEnd };
}

/** Matching per query as the bar means it (warm), with the first pass over the queries apart. */
export interface QueryPasses {
  /** Median over the queries of the passes after the first: matching once the code is compiled and the index placed. */
  warmMs: number;
  /** Median over the queries of the first pass: V8 compiling as the queries first run, postings weighed on first meeting. */
  firstMs: number;
}

/**
 * Times `run` on each query, `passes` times over the same queries in one process (`clock` in ms: CPU time unless
 * given), and reads the first pass apart from the later ones. A single fresh pass measures mostly the JIT's first
 * work over the queries (stop 28: 2.79 ms per query in the bench's one pass against 1.88-1.97 ms warm).
 */
export function queryPasses<T>(queries: readonly T[], run: (query: T) => void, passes = 3, clock: () => number = cpuMs): QueryPasses {
  const times: number[][] = [];
  for (let pass = 0; pass < passes; pass++) {
    times.push(
      queries.map((query) => {
        const started = clock();
        run(query);
        return clock() - started;
      }),
    );
  }
  return { firstMs: median(times[0]!), warmMs: median(times.slice(1).flat()) };
}
