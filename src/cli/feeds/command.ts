// `crosscheck corpus build --feeds FEEDS -o PACK` and `crosscheck corpus update PACK --feeds FEEDS`:
// the terminal side of building packs from feeds (progress on a terminal, a summary at the end).
import { createHash } from 'node:crypto';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readPackFile } from '../read-pack.js';
import { encodePack, isCurrentReading, PACK_INDEX_FORMAT, PACK_INDEX_VERSION, PACK_LIMITS, parsePackJson, PackError, plural, terminalSafe, type BuildProgress, type CorpusPack, type PackIndex, type PackIndexEntry } from '../../core/index.js';
import { InputError, readText } from '../read-article.js';
import { buildFromFeeds, DEFAULT_WINDOW_DAYS, type FeedBuildResult } from './build.js';
import { readFeedList } from './feed-list.js';
import { progressBar, progressWithPercent } from '../progress.js';
import { DEFAULT_FETCHER_OPTIONS, PoliteFetcher } from './fetcher.js';

export interface FeedCommandOptions {
  feedsFile: string;
  output: string;
  /** The pack to update; absent for a new build. */
  update?: string;
  name?: string;
  days?: number;
  delaySeconds?: number;
  timeoutSeconds?: number;
  version: string;
  /** Where progress and the summary go. */
  err: NodeJS.WriteStream | { write(text: string): unknown; isTTY?: boolean };
}

export async function runFeedCommand(options: FeedCommandOptions): Promise<void> {
  const list = readFeedList(await readText(options.feedsFile));
  // A refused line is the file's own text: JSON quotes show where it starts and ends, terminalSafe what JSON leaves (C1 controls, bidi overrides).
  for (const { line, reason } of list.refused) options.err.write(`${terminalSafe(`skipped feed ${JSON.stringify(line)}: ${reason}`)}\n`);
  if (list.feeds.length === 0) throw new InputError(`${options.feedsFile}: no feed addresses in it`);
  const previous = options.update ? await readPack(options.update) : undefined;
  const fetcher = new PoliteFetcher({
    userAgent: `Crosscheck/${options.version} (news comparison; builds a corpus pack from this site's feed)`,
    delayMs: Math.round((options.delaySeconds ?? DEFAULT_FETCHER_OPTIONS.delayMs / 1000) * 1000),
    timeoutMs: Math.round((options.timeoutSeconds ?? DEFAULT_FETCHER_OPTIONS.timeoutMs / 1000) * 1000),
  });
  const tty = options.err.isTTY === true;
  let shown = '';
  const draw = (line: string): void => {
    if (line === shown) return;
    options.err.write(`\r${line}`);
    shown = line;
  };
  const stages = { analysing: 'articles analysed', neighbours: 'neighbour lists' };
  const onBuild: BuildProgress | undefined = tty
    ? (stage, done, total) => {
        // Each stage on its own line: the pages, then the articles, then the neighbour lists.
        if (shown && !shown.endsWith(stages[stage])) {
          options.err.write('\n');
          shown = '';
        }
        draw(`${progressWithPercent(done, total)} ${stages[stage]}`);
      }
    : undefined;
  const result = await buildFromFeeds({
    feeds: list.feeds,
    fetcher,
    name: options.name ?? previous?.name ?? nameFrom(options.output),
    days: options.days ?? DEFAULT_WINDOW_DAYS,
    ...(previous ? { previous } : {}),
    ...(tty ? { onPages: (done: number, total: number) => draw(`${progressBar(done, total)} ${done}/${total} pages`) } : {}),
    ...(onBuild ? { onBuild } : {}),
  });
  if (shown) options.err.write('\n');
  options.err.write(feedBuildSummary(result, fetcher.requestsPerHost, options.days ?? DEFAULT_WINDOW_DAYS));
  if (!result.pack) throw new InputError(`no articles within the last ${options.days ?? DEFAULT_WINDOW_DAYS} days: nothing written`);
  await writeAtomically(options.output, encodePack(result.pack));
  options.err.write(`${terminalSafe(`wrote ${options.output} (${plural(result.pack.articles.length, 'article', 'articles')})`)}\n`);
  if (!isCurrentReading(result.pack.reading))
    options.err.write(`note: the ${plural(result.kept, 'article', 'articles')} kept from the pack were read by an older version of Crosscheck; a report reads them again as it uses them. Building the pack afresh (corpus build --feeds) avoids that.\n`);
}

/** A pack as every CLI command reads one (up to the one pack limit, a line at a time). */
function readPack(path: string): Promise<CorpusPack> {
  return readPackFile(path);
}

/** Written beside the target and renamed over it: a run that stops half-way leaves the old pack whole. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/** What a feed build did, for the terminal: counts, then every failed and skipped address with why. */
export function feedBuildSummary(result: FeedBuildResult, requests: ReadonlyMap<string, number>, days: number): string {
  const lines: string[] = [];
  const feeds = [`${result.feedsRead} read`];
  if (result.feedsNotModified) feeds.push(`${result.feedsNotModified} unchanged since the last run`);
  lines.push(`feeds: ${feeds.join(', ')}`);
  const articles = [`${result.added.length} added`];
  if (result.kept) articles.push(`${result.kept} kept`);
  if (result.dropped) articles.push(`${result.dropped} dropped (older than ${days} days)`);
  if (result.alreadyKnown) articles.push(`${result.alreadyKnown} already read, not fetched again`);
  articles.push(`${result.skipped.length} skipped`, `${result.failed.length} failed`);
  lines.push(`articles: ${articles.join(', ')}`);
  lines.push(`requests: ${[...requests].map(([host, count]) => `${host} ${count}`).join(', ') || 'none'}`);
  for (const { url, reason } of result.failed) lines.push(`  failed  ${url}: ${reason}`);
  for (const { url, reason } of result.skipped) lines.push(`  skipped ${url}: ${reason}`);
  // Addresses, hosts and reasons come from feeds and pages: each line passes terminalSafe on its way out.
  return `${lines.map(terminalSafe).join('\n')}\n`;
}

function nameFrom(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? path;
  return file.replace(/\.json$/i, '').replace(/\.pack$/i, '') || 'feeds';
}

/**
 * The index subscribers read: each pack's file name (the index sits in the same folder), its
 * SHA-256 and when it was built (the file's modification time), newest last. Each pack is
 * validated first: an index never vouches for a file the extension would refuse.
 */
export async function writePackIndex(packs: readonly string[], output: string, err: { write(text: string): unknown }): Promise<void> {
  const entries: PackIndexEntry[] = [];
  for (const path of packs) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) throw new InputError(`${path}: no such pack`);
    if (info.size > PACK_LIMITS.fileBytes) throw new InputError(`${path}: larger than ${PACK_LIMITS.fileBytes / 1024 / 1024} MB`);
    const bytes = await readFile(path);
    let pack: CorpusPack;
    try {
      pack = parsePackJson(bytes.toString('utf8'));
    } catch (error) {
      if (error instanceof PackError) throw new InputError(`${path}: ${error.message}`);
      throw error;
    }
    entries.push({
      url: encodeURIComponent(basename(path)),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      builtAt: info.mtime.toISOString(),
      name: pack.name,
      articles: pack.articles.length,
      bytes: bytes.length,
    });
  }
  entries.sort((a, b) => (a.builtAt < b.builtAt ? -1 : a.builtAt > b.builtAt ? 1 : 0));
  const index: PackIndex = { format: PACK_INDEX_FORMAT, version: PACK_INDEX_VERSION, packs: entries };
  await writeAtomically(output, `${JSON.stringify(index, null, 2)}\n`);
  err.write(`${terminalSafe(`wrote ${output} (${plural(entries.length, 'pack', 'packs')})`)}\n`);
}
