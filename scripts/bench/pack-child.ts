// One measurement of the pack table (scripts/bench/packs.ts), in a process of its own so that
// its peak memory and heap are its own:
//   build N OUT   the real articles (ECB+, NewsWCL50) analysed once, then distinct synthetic
//                 articles made from them (synthetic.ts: rare names and figures invented per copy)
//                 until there are N, all written through PackBuilder as `corpus build` writes
//   load PACK     the whole pack read as the CLI reads it (header, index, every record)
//   index PACK    only the header and the match index read and indexed, as `compare` opens a pack: what matching needs
// After a load, matching per query (CPU of findRelated) over the bench's 100 queries, three passes: the first
// pass's median apart (matchFirstMs), the median of the two later ones (matchWarmMs, what the 2 ms bar means).
// Prints one JSON line of figures.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { PackBuilder } from '../../src/core/corpus/build.js';
import { analysisFeatures } from '../../src/core/corpus/pack.js';
import { matchFeatures } from '../../src/core/match/matchable.js';
import { findRelated, indexPack } from '../../src/core/match/related.js';
import { openPackForMatching, readPackFile } from '../../src/cli/read-pack.js';
import { benchQueries, realArticles, SyntheticArticles } from './synthetic.js';
import { liveHeapMiB as heapMiB, queryPasses } from './measure.js';

const [mode, arg, out] = process.argv.slice(2);


if (mode === 'build') {
  const size = Number(arg);
  const reals = realArticles();
  const synthetic = new SyntheticArticles(reals);
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  const records = createWriteStream(`${out}.records`);
  let pending = '';
  const builder = new PackBuilder(`bench ${size}`, (line) => {
    pending += `${line}\n`;
  });
  const features = reals.map(({ article }) => ({ match: matchFeatures(article), analysed: analysisFeatures(article) }));
  const analysisCpu = process.cpuUsage(cpuStart);
  // Making a synthetic article and reading its match features is the analysis a real corpus would
  // have done (its own CPU, reported apart), not part of the build; the copies keep their original's
  // analysis features for their records.
  let syntheticCpuMs = 0;
  const BATCH = 1_000;
  for (let from = 0; from < size; from += BATCH) {
    // A batch of synthetic articles and their match features, timed apart from the build (a clock
    // read per article would cost more than it measures).
    const made = process.cpuUsage();
    const batch = Array.from({ length: Math.min(BATCH, size - from) }, (_, b) => {
      const k = (from + b) % reals.length;
      const copy = Math.floor((from + b) / reals.length);
      const input = synthetic.article(k, copy);
      return { input, k, match: copy ? matchFeatures(input.article) : features[k]!.match };
    });
    const used = process.cpuUsage(made);
    syntheticCpuMs += (used.user + used.system) / 1000;
    for (const { input, k, match } of batch) builder.addAnalysed(input, match, features[k]!.analysed);
    if (pending.length > 1 << 20) {
      if (!records.write(pending)) await once(records, 'drain');
      pending = '';
    }
  }
  records.end(pending);
  await once(records, 'finish');
  const { header, index } = builder.finish();
  const head = createWriteStream(out!);
  head.write(`${header}\n${index}\n`);
  for await (const chunk of createReadStream(`${out}.records`)) if (!head.write(chunk)) await once(head, 'drain');
  head.end();
  await once(head, 'finish');
  const cpu = process.cpuUsage(cpuStart);
  console.log(
    JSON.stringify({
      reals: reals.length,
      analysisCpuMs: (analysisCpu.user + analysisCpu.system) / 1000,
      buildCpuMs: (cpu.user + cpu.system - analysisCpu.user - analysisCpu.system) / 1000 - syntheticCpuMs,
      syntheticCpuMs,
      wallMs: performance.now() - wallStart,
      peakMiB: process.resourceUsage().maxRSS / 1024,
      headerBytes: Buffer.byteLength(header) + 1,
      indexBytes: Buffer.byteLength(index) + 1,
    }),
  );
} else if (mode === 'load' || mode === 'index') {
  const asked = benchQueries();
  const before = heapMiB();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let index;
  if (mode === 'load') index = indexPack(await readPackFile(arg!));
  else index = indexPack((await openPackForMatching(arg!)).pack);
  const loadMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const loadCpuMs = (cpu.user + cpu.system) / 1000;
  const heap = heapMiB() - before;
  // The page's match features are read before (the report reads them with the page), not timed.
  const queries = asked.map((article) => ({ article, features: matchFeatures(article) }));
  const { warmMs, firstMs } = queryPasses(queries, ({ article, features }) => void findRelated(article, index, features));
  console.log(JSON.stringify({ loadMs, loadCpuMs, heapMiB: heap, matchWarmMs: warmMs, matchFirstMs: firstMs, peakMiB: process.resourceUsage().maxRSS / 1024 }));
}
