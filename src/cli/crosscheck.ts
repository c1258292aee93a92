import { closeSync, createReadStream, createWriteStream, openSync, statSync, writeSync } from 'node:fs';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPack, findRelated, isCurrentReading, PackBuilder, PACK_LIMITS, indexPack, buildReport, articleLanguage, reportToMarkdown, terminalSafe, exportJson, plural } from '../core/index.js';
import { InputError, readArticleFile, readText, stemOf } from './read-article.js';
import { readCorpusSources, skippedSummary, streamCorpusSources } from './corpus-build.js';
import { openPackForMatching, type OpenedPack } from './read-pack.js';
import { formatReport } from './format-report.js';
import { runFeedCommand, writePackIndex } from './feeds/command.js';
import { progressWithPercent } from './progress.js';
import bundled from '../corpus/bundled.json';

const USAGE = `Crosscheck: compare a news article with other outlets' coverage, on your machine.

Usage:
  crosscheck compare FILE [--corpus PACK_OR_DIR] [--json | --markdown]
      FILE is a saved page (.html) or a plain-text article (.txt): optional header lines
      "Source: OUTLET", "Published: 2025-10-19", "URL: https://...", then the headline
      on its own line, then one paragraph per line.
      --corpus    a corpus pack (.json) or a folder of articles (default: the bundled seed corpus);
                  a pack built by an older version is read as it is, and the articles a report
                  uses are read again from their text (slower): build it again to avoid that
      --json      print the report as JSON
      --markdown  print the report as Markdown, with the outlets' sentences as evidence (for notes)
  crosscheck corpus build DIR_OR_FILE... -o PACK [--name NAME]
      Read .html, .txt and .jsonl articles into a corpus pack. A .jsonl line is one article:
      {"title": ..., "text": ..., "source": ..., "publishedAt": ..., "url": ..., "id": ...}
      (title and text needed). Articles over 100,000 words are skipped.
  crosscheck corpus build --feeds FEEDS -o PACK [--days N] [--name NAME] [--delay SECONDS] [--timeout SECONDS]
      Fetch the articles that outlets' feeds link to, published in the last N days (default 14), into a pack.
      FEEDS is an OPML file or a text file with one feed address per line.
      --delay    pause between two requests to one site (default 1)
      --timeout  give up on a request after this long (default 20)
  crosscheck corpus index PACK... -o INDEX
      Write a pack index (each pack's file name, SHA-256 and build time) for subscribers.
  crosscheck corpus update PACK --feeds FEEDS [--days N] [--delay SECONDS] [--timeout SECONDS]
      Add what the feeds list that is new, drop articles older than N days; asks each feed
      only for changes and never fetches a page the pack already holds.
  crosscheck --help | --version`;

const BUNDLED_PACK = fileURLToPath(new URL(`../${bundled.pack}`, import.meta.url));

class UsageError extends Error {}

interface Options {
  positional: string[];
  flags: Map<string, string | true>;
}

const FLAGS_WITH_VALUE = new Set(['--corpus', '-o', '--output', '--name', '--feeds', '--days', '--delay', '--timeout']);
const FLAGS = new Set([...FLAGS_WITH_VALUE, '--json', '--markdown', '--help', '-h', '--version']);

function parseArgs(argv: readonly string[]): Options {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('-') && arg !== '-') {
      const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      if (!FLAGS.has(name)) throw new UsageError(`unknown option ${name}`);
      if (FLAGS_WITH_VALUE.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
        flags.set(name, value);
      } else flags.set(name, true);
    } else positional.push(arg);
  }
  return { positional, flags };
}

async function loadCorpus(path: string | undefined): Promise<OpenedPack> {
  const target = path ?? BUNDLED_PACK;
  const info = await stat(target).catch(() => undefined);
  if (!info) {
    if (!path) throw new InputError('the bundled corpus is missing: run "npm run build" first');
    throw new InputError(`${target}: no such corpus pack or folder`);
  }
  if (info.isDirectory()) {
    const read = await readCorpusSources([target]);
    if (read.inputs.length === 0) throw new InputError(`${target}: no readable articles in the folder`);
    return { pack: buildPack(stemOf(target), read.inputs), complete: async () => undefined };
  }
  // A pack is read up to the one pack limit, not the 20 MB an article file may have: `corpus build` writes far larger ones.
  // Its match index only: the records of the articles the report relates are read once they are known.
  return openPackForMatching(target);
}

async function compare(options: Options): Promise<void> {
  const [file, ...extra] = options.positional;
  if (!file) throw new UsageError('compare needs a FILE');
  if (extra.length > 0) throw new UsageError(`compare takes one FILE, got ${options.positional.length}`);
  if (options.flags.has('--json') && options.flags.has('--markdown')) throw new UsageError('choose one of --json and --markdown');
  const corpus = options.flags.get('--corpus');
  const [article, opened] = await Promise.all([
    readArticleFile(file),
    loadCorpus(typeof corpus === 'string' ? corpus : undefined),
  ]);
  const language = articleLanguage(article);
  // Every analysis reads English; another language would get a report made of noise.
  if (!language.english)
    throw new InputError(`${file}: the article is ${language.name ? `in ${language.name}` : 'not in English'}; Crosscheck reads English articles only for now`);
  const index = indexPack(opened.pack);
  const positions = new Map(opened.pack.articles.map((a, i) => [a.id, i]));
  const related = new Set(findRelated(article, index).map((item) => positions.get(item.id)!));
  await opened.complete(related);
  if (related.size > 0 && !isCurrentReading(opened.pack.reading))
    process.stderr.write(
      `note: ${typeof corpus === 'string' ? terminalSafe(corpus) : 'the bundled corpus'} was built by an older version of Crosscheck: the ${plural(related.size, 'article', 'articles')} this report uses ${related.size === 1 ? 'was' : 'were'} read again from ${related.size === 1 ? 'its' : 'their'} text. Building the pack again with "crosscheck corpus build" avoids that.\n`,
    );
  const report = buildReport(article, index);
  if (options.flags.has('--json')) process.stdout.write(exportJson(report));
  else if (options.flags.has('--markdown')) process.stdout.write(reportToMarkdown(report));
  else process.stdout.write(formatReport(report));
}

async function corpusBuild(options: Options): Promise<void> {
  const [sub, ...paths] = options.positional;
  if (sub !== 'build' && sub !== 'update' && sub !== 'index')
    throw new UsageError(sub ? `unknown corpus command "${sub}"` : 'corpus needs a command: build, update or index');
  if (sub === 'index') {
    const target = options.flags.get('-o') ?? options.flags.get('--output');
    if (typeof target !== 'string') throw new UsageError('corpus index needs -o INDEX');
    if (paths.length === 0) throw new UsageError('corpus index needs at least one PACK');
    await writePackIndex(paths, target, process.stderr);
    return;
  }
  const output = options.flags.get('-o') ?? options.flags.get('--output');
  const feeds = options.flags.get('--feeds');
  if (sub === 'update' || typeof feeds === 'string') return corpusFromFeeds(sub, paths, options);
  if (typeof output !== 'string') throw new UsageError('corpus build needs -o PACK');
  if (paths.length === 0) throw new UsageError('corpus build needs at least one folder or file');
  // Said before the articles are read and analysed, which can take minutes.
  const target = await stat(output).catch(() => undefined);
  if (target?.isDirectory()) throw new InputError(`${output}: cannot write the pack (is a folder: give a file name, such as my-pack.json)`);
  const folder = await stat(dirname(resolve(output))).catch(() => undefined);
  if (!folder) throw new InputError(`${output}: cannot write the pack (no such folder to write it in)`);
  if (!folder.isDirectory()) throw new InputError(`${output}: cannot write the pack (a part of the path is a file, not a folder)`);
  const name = options.flags.get('--name');
  await buildPackFile(paths, output, typeof name === 'string' ? name : stemOf(output));
}

/**
 * Reads, analyses and writes a pack as the articles come: each article's record goes to a
 * scratch file next to the pack as soon as it is analysed, and only the match index is kept
 * in memory. The pack is then written whole (header, index, records) and renamed into place,
 * so that a failed build leaves no half pack.
 */
async function buildPackFile(paths: readonly string[], output: string, name: string): Promise<void> {
  // Hidden names: a pack written into the folder it is built from must not read its own scratch files.
  const scratch = join(dirname(output), `.${basename(output)}.records-${process.pid}.tmp`);
  const finished = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  let records: number | undefined;
  try {
    records = openSync(scratch, 'w');
    const sink = records;
    let buffered: string[] = [];
    let bufferedChars = 0;
    const flush = () => {
      if (buffered.length > 0) writeSync(sink, buffered.join(''));
      buffered = [];
      bufferedChars = 0;
    };
    const builder = new PackBuilder(name, (line) => {
      buffered.push(line, '\n');
      bufferedChars += line.length + 1;
      if (bufferedChars > 1 << 20) flush();
    });
    const progress = progressLine();
    const read = await streamCorpusSources(paths, (input) => builder.add(input), progress && ((done, total, kept) => progress('reading and analysing', done, total, kept, 'articles')));
    flush();
    closeSync(sink);
    records = undefined;
    if (progress) process.stderr.write('\n');
    for (const { file, reason } of read.skipped) say(`skipped ${file}: ${reason}`);
    const why = read.skipped.length > 0 ? ` (${skippedSummary(read.skipped)})` : '';
    say(`read ${plural(read.filesRead, 'file', 'files')}: kept ${plural(read.kept, 'article', 'articles')}, skipped ${read.skipped.length}${why}`);
    if (read.kept === 0) throw new InputError('no usable articles: nothing written');
    const neighboursProgress = progressLine();
    const { header, index } = builder.finish(undefined, neighboursProgress && ((_, done, total) => neighboursProgress('neighbour lists', done, total, done, 'articles')));
    if (neighboursProgress) process.stderr.write('\n');
    const bytes = header.length + index.length + 2 + statSync(scratch).size;
    // Never write a pack that `compare --corpus` and the extension would refuse to open.
    if (bytes > PACK_LIMITS.fileBytes)
      throw new InputError(`the pack would be ${Math.round(bytes / 1024 / 1024)} MB, over the ${PACK_LIMITS.fileBytes / 1024 / 1024} MB a pack may have: nothing written`);
    await writePack(finished, `${header}\n${index}\n`);
    await pipeline(createReadStream(scratch), createWriteStream(finished, { flags: 'a' }));
    await rename(finished, output);
    say(`wrote ${output}`);
  } finally {
    if (records !== undefined) closeSync(records);
    await rm(scratch, { force: true });
    await rm(finished, { force: true });
  }
}

/**
 * A progress line on a terminal (nothing when stderr is not one), redrawn at most every 200 ms:
 * the bar, the rate, and an estimate of the time left from the rate so far.
 */
function progressLine(): ((stage: string, done: number, total: number, count: number, unit: string) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  const started = performance.now();
  let drawn = 0;
  return (stage, done, total, count, unit) => {
    const now = performance.now();
    if (now - drawn < 200 && done < total) return;
    drawn = now;
    const seconds = (now - started) / 1000;
    const rate = seconds > 0 ? count / seconds : 0;
    const left = done > 0 && done < total ? (seconds * (total - done)) / done : 0;
    const estimate = left > 0 ? `, about ${left < 90 ? `${Math.ceil(left)} s` : `${Math.ceil(left / 60)} min`} left` : '';
    process.stderr.write(`\r${progressWithPercent(done, total)} ${stage}: ${count.toLocaleString('en')} ${unit}, ${rate.toFixed(rate < 10 ? 1 : 0)}/s${estimate}\x1b[K`);
  };
}

/** One line to stderr; file names and ids in it are untrusted, so it passes terminalSafe. */
function say(line: string): void {
  process.stderr.write(`${terminalSafe(line)}\n`);
}

async function corpusFromFeeds(sub: 'build' | 'update', paths: string[], options: Options): Promise<void> {
  const feeds = options.flags.get('--feeds');
  if (typeof feeds !== 'string') throw new UsageError('corpus update needs --feeds FEEDS');
  const output = options.flags.get('-o') ?? options.flags.get('--output');
  const name = options.flags.get('--name');
  const number = (flag: string, min: number): number | undefined => {
    const value = options.flags.get(flag);
    if (value === undefined) return undefined;
    const parsed = Number(value);
    if (typeof value !== 'string' || !Number.isFinite(parsed) || parsed < min) throw new UsageError(`${flag} needs a number of at least ${min}`);
    return parsed;
  };
  const days = number('--days', 1);
  const delaySeconds = number('--delay', 0);
  const timeoutSeconds = number('--timeout', 0.1);
  let target: string;
  let update: string | undefined;
  if (sub === 'build') {
    if (typeof output !== 'string') throw new UsageError('corpus build needs -o PACK');
    if (paths.length > 0) throw new UsageError('corpus build --feeds reads no other folders or files');
    target = output;
  } else {
    if (paths.length !== 1) throw new UsageError('corpus update needs one PACK');
    update = paths[0]!;
    target = typeof output === 'string' ? output : update;
  }
  await runFeedCommand({
    feedsFile: feeds,
    output: target,
    ...(update ? { update } : {}),
    ...(typeof name === 'string' ? { name } : {}),
    ...(days !== undefined ? { days } : {}),
    ...(delaySeconds !== undefined ? { delaySeconds } : {}),
    ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
    version: VERSION,
    err: process.stderr,
  });
}

/** The pack file, or a one-line reason it cannot be written there. */
async function writePack(output: string, json: string): Promise<void> {
  try {
    await writeFile(output, json);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such folder to write it in'
      : code === 'EISDIR' ? 'is a folder: give a file name, such as my-pack.json'
      : code === 'EACCES' || code === 'EPERM' ? 'no permission to write there'
      : code === 'ENOTDIR' ? 'a part of the path is a file, not a folder'
      : code === 'ENOSPC' ? 'the disk is full'
      : (code ?? (error as Error).message);
    throw new InputError(`${output}: cannot write the pack (${reason})`);
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = parseArgs(argv);
    const [command] = options.positional;
    if (options.flags.has('--help') || options.flags.has('-h') || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (options.flags.has('--version')) {
      process.stdout.write(`crosscheck ${VERSION}\n`);
      return 0;
    }
    options.positional.shift();
    if (command === 'compare') await compare(options);
    else if (command === 'corpus') await corpusBuild(options);
    else throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`crosscheck: ${terminalSafe(error.message)}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      say(`crosscheck: ${error.message}`);
      return 1;
    }
    // Anything else is a bug, still said in one line; CROSSCHECK_DEBUG=1 shows where.
    // Its message may quote a file name or a pack's text (a Node or JSON error): it passes terminalSafe like every other line.
    say(`crosscheck: unexpected error: ${(error as Error)?.message ?? String(error)}`);
    if (process.env.CROSSCHECK_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return 70;
  }
}

declare const CROSSCHECK_VERSION: string;
const VERSION = typeof CROSSCHECK_VERSION === 'string' ? CROSSCHECK_VERSION : 'dev';
