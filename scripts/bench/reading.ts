// Packs of an older reading (core/corpus/reading.ts). For each page of a corpus, the report from
// a pack file of that corpus written by an older tree: with its stored analysis features (as
// before stop 29), and with its related articles read again (what `compare --corpus` does now
// with a pack of another reading); each compared with the report from a pack built now, section
// by section. Then the time to read one related article again (ms, Node), each article 10 times.
//   node scripts/run.mjs scripts/bench/reading.ts CORPUS OLD_PACK.jsonl   (CORPUS: seeds, wcl or ecb)
// An older tree's pack: `git archive COMMIT src | tar -x -C DIR`, then a script in DIR that
// writes encodePack(buildPack(corpus, readingInputs(corpus))) (docs/development.md, stop 29).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openPackForMatching } from '../../src/cli/read-pack.js';
import { buildPack } from '../../src/core/corpus/pack.js';
import { encodePack } from '../../src/core/corpus/pack-file.js';
import { inCurrentReading } from '../../src/core/corpus/reading.js';
import { READING_VERSION } from '../../src/core/reading-version.js';
import { findRelated, indexPack } from '../../src/core/match/related.js';
import { buildReport, type Report } from '../../src/core/report.js';
import { ANALYSES } from '../../src/core/analyses.js';
import type { Article } from '../../src/core/types.js';
import { readingInputs } from './reading-corpora.js';

const [corpus, oldPath] = process.argv.slice(2);
if (!corpus || !oldPath) throw new Error('usage: reading.ts CORPUS OLD_PACK.jsonl');
const inputs = readingInputs(corpus);
const freshPath = join(mkdtempSync(join(tmpdir(), 'reading-')), 'fresh.jsonl');
writeFileSync(freshPath, encodePack(buildPack(corpus, inputs)));

/** A page's report against a pack file, its related records read as `compare --corpus` reads them; `asStored`: their features as the file holds them. */
async function reportOf(file: string, page: Article, asStored: boolean): Promise<Report> {
  const opened = await openPackForMatching(file);
  if (asStored) opened.pack.reading = READING_VERSION;
  const index = indexPack(opened.pack);
  const positions = new Map(opened.pack.articles.map((a, i) => [a.id, i]));
  await opened.complete(new Set(findRelated(page, index).map((item) => positions.get(item.id)!)));
  return buildReport(page, index);
}

const sections = (report: Report): Record<string, string> =>
  Object.fromEntries([...ANALYSES.map((a) => [a.id, JSON.stringify((report as unknown as Record<string, unknown>)[a.id])]), ['related', JSON.stringify(report.related.map((r) => r.id))]]);
const keys = ['related', ...ANALYSES.map((a) => a.id)];
const unlike = { asStored: new Map<string, number>(), readAgain: new Map<string, number>() };
const pages = corpus === 'ecb' ? inputs.filter((_, i) => i % 4 === 0) : inputs;
for (const { id, article } of pages) {
  const fresh = sections(await reportOf(freshPath, article, false));
  const asStored = sections(await reportOf(oldPath, article, true));
  const readAgain = sections(await reportOf(oldPath, article, false));
  const differing = (report: Record<string, string>) => keys.filter((k) => report[k] !== fresh[k]);
  const [stored, again] = [differing(asStored), differing(readAgain)];
  for (const k of stored) unlike.asStored.set(k, (unlike.asStored.get(k) ?? 0) + 1);
  for (const k of again) unlike.readAgain.set(k, (unlike.readAgain.get(k) ?? 0) + 1);
  if (stored.length + again.length > 0) console.log(`${id}: unlike a fresh pack's report: as stored [${stored.join(', ')}], read again [${again.join(', ')}]`);
}
const tally = (counts: Map<string, number>) => keys.map((k) => `${k} ${counts.get(k) ?? 0}`).join(', ');
console.log(`${corpus}: ${pages.length} pages; reports unlike a fresh pack's, by part:`);
console.log(`  as stored:  ${tally(unlike.asStored)}`);
console.log(`  read again: ${tally(unlike.readAgain)}`);

const stored = await openPackForMatching(oldPath);
stored.pack.reading = READING_VERSION;
await stored.complete(new Set(stored.pack.articles.map((_, i) => i)));
const times: number[] = [];
for (let round = 0; round < 10; round++)
  for (const article of stored.pack.articles) {
    const start = performance.now();
    inCurrentReading(article, undefined);
    times.push(performance.now() - start);
  }
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))]!.toFixed(1);
console.log(`read again: ${times.length} reads of ${stored.pack.articles.length} articles: median ${at(0.5)} ms, 90th percentile ${at(0.9)} ms, most ${at(1)} ms`);
