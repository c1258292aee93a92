// Where a pack's build goes, without the cost of making its articles (CPU of this process): the
// articles and their features made once and saved, then built as many times as wanted, so that
// two trees' builders can be compared on the same input, alternated, and profiled at two sizes.
//   node scripts/run.mjs scripts/bench/build-phases.ts make N INPUT   the bench's N articles (pack-child.ts's:
//                                 real ones, then distinct synthetic ones) with their features, saved to INPUT
//   node scripts/run.mjs scripts/bench/build-phases.ts build INPUT [N] [OUT]   builds the first N of them (all by
//                                 default) through PackBuilder (records counted only, or written to OUT after the
//                                 header and index lines, as a pack: for comparing two trees' packs with cmp)
// `build` prints one line: the articles added (addAnalysed), the end (finish: terms renumbered,
// neighbours, index line) and their peak; reading the saved input is timed apart and left out.
// A tool for profiling the build, not a bench row (pack-child.ts build is the bench's).
import { closeSync, openSync, readSync, writeFileSync, writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { PerformanceObserver } from 'node:perf_hooks';
import { PackBuilder } from '../../src/core/corpus/build.js';
import { analysisFeatures } from '../../src/core/corpus/pack.js';
import { matchFeatures } from '../../src/core/match/matchable.js';
import { realArticles, SyntheticArticles } from './synthetic.js';
import { cpuMs as cpu } from './measure.js';

const [mode, arg, third, fourth] = process.argv.slice(2);
const BATCH = 1_000;


/** Length-prefixed chunks, each a v8-serialized value. */
function writeChunk(fd: number, value: unknown): void {
  const bytes = serialize(value);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(bytes.length);
  writeSync(fd, length);
  writeSync(fd, bytes);
}

function* chunks(path: string): Generator<unknown> {
  const fd = openSync(path, 'r');
  const length = Buffer.alloc(4);
  try {
    while (readSync(fd, length, 0, 4, null) === 4) {
      const bytes = Buffer.alloc(length.readUInt32LE());
      readSync(fd, bytes, 0, bytes.length, null);
      yield deserialize(bytes);
    }
  } finally {
    closeSync(fd);
  }
}

if (mode === 'make') {
  const size = Number(arg);
  const reals = realArticles();
  const synthetic = new SyntheticArticles(reals);
  const fd = openSync(third!, 'w');
  const features = reals.map(({ article }) => ({ match: matchFeatures(article), analysed: analysisFeatures(article) }));
  writeChunk(fd, features.map((f) => f.analysed));
  for (let from = 0; from < size; from += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, size - from) }, (_, b) => {
      const k = (from + b) % reals.length;
      const copy = Math.floor((from + b) / reals.length);
      const input = synthetic.article(k, copy);
      return { input, k, match: copy ? matchFeatures(input.article) : features[k]!.match };
    });
    writeChunk(fd, batch);
  }
  closeSync(fd);
} else if (mode === 'build') {
  // Wall time of the garbage collections (a busy machine's waiting included): the share of the build they take.
  let gcMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  }).observe({ entryTypes: ['gc'] });
  const limit = third ? Number(third) : Infinity;
  const out = fourth;
  let reading = 0;
  let recordBytes = 0;
  const records: string[] = [];
  const start = cpu();
  let analysed: never[] | undefined;
  let builder: PackBuilder | undefined;
  const input = chunks(arg!);
  for (;;) {
    if (builder && builder.size >= limit) break;
    const t = cpu();
    const next = input.next();
    if (next.done) break;
    const chunk = next.value;
    if (!analysed) {
      analysed = chunk as never[];
      builder = new PackBuilder('bench', (line) => {
        recordBytes += line.length + 1;
        if (out) records.push(line);
      });
      reading += cpu() - t;
      continue;
    }
    const batch = chunk as { input: never; k: number; match: never }[];
    reading += cpu() - t;
    for (const { input, k, match } of batch.slice(0, limit - builder!.size)) builder!.addAnalysed(input, match, analysed[k]!);
  }
  const added = cpu();
  // The observer's entries come in a later turn.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const gcAdding = gcMs;
  let neighboursFrom = 0;
  let neighboursTo = 0;
  const { header, index } = builder!.finish(undefined, (_, done, total) => {
    if (done === 1) neighboursFrom = cpu();
    if (done === total) neighboursTo = cpu();
  });
  const finished = cpu();
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (out) writeFileSync(out, `${header}\n${index}\n${records.join('\n')}\n`);
  console.log(
    JSON.stringify({
      articles: builder!.size,
      addMs: Math.round(added - start - reading),
      finishMs: Math.round(finished - added),
      neighboursMs: Math.round(neighboursTo - neighboursFrom),
      gcAddMs: Math.round(gcAdding),
      gcFinishMs: Math.round(gcMs - gcAdding),
      buildMs: Math.round(finished - start - reading),
      perThousandMs: Math.round(((finished - start - reading) / builder!.size) * 1000),
      readingMs: Math.round(reading),
      indexBytes: index.length,
      recordBytes,
      peakMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}
