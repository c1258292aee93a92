import { stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildPack, type BuildProgress, type CorpusPack, parsePackJson, PackError, indexPack, buildReport, articleLanguage, reportToMarkdown } from '../core/index.js';
import { InputError, readArticleFile, readText, stemOf } from './read-article.js';
import { readCorpusSources } from './corpus-build.js';
import { formatReport } from './format-report.js';

const USAGE = `Crosscheck: compare a news article with other outlets' coverage, on your machine.

Usage:
  crosscheck compare FILE [--corpus PACK_OR_DIR] [--json | --markdown]
      FILE is a saved page (.html) or a plain-text article (.txt, first line the headline).
      --corpus    a corpus pack (.json) or a folder of articles (default: the bundled seed corpus)
      --json      print the report as JSON
      --markdown  print the report as Markdown, with the outlets' sentences as evidence (for notes)
  crosscheck corpus build DIR_OR_FILE... -o PACK [--name NAME]
      Read .html, .txt and .jsonl articles into a corpus pack.
  crosscheck --help | --version`;

const BUNDLED_PACK = fileURLToPath(new URL('../corpus/seeds.pack.json', import.meta.url));

class UsageError extends Error {}

interface Options {
  positional: string[];
  flags: Map<string, string | true>;
}

const FLAGS_WITH_VALUE = new Set(['--corpus', '-o', '--output', '--name']);
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

async function loadCorpus(path: string | undefined): Promise<CorpusPack> {
  const target = path ?? BUNDLED_PACK;
  const info = await stat(target).catch(() => undefined);
  if (!info) {
    if (!path) throw new InputError('the bundled corpus is missing: run "npm run build" first');
    throw new InputError(`${target}: no such corpus pack or folder`);
  }
  if (info.isDirectory()) {
    const read = await readCorpusSources([target]);
    if (read.inputs.length === 0) throw new InputError(`${target}: no readable articles in the folder`);
    return buildPack(stemOf(target), read.inputs);
  }
  try {
    return parsePackJson(await readText(target));
  } catch (error) {
    if (error instanceof PackError) throw new InputError(`${target}: ${error.message}`);
    throw error;
  }
}

async function compare(options: Options): Promise<void> {
  const [file, ...extra] = options.positional;
  if (!file) throw new UsageError('compare needs a FILE');
  if (extra.length > 0) throw new UsageError(`compare takes one FILE, got ${options.positional.length}`);
  if (options.flags.has('--json') && options.flags.has('--markdown')) throw new UsageError('choose one of --json and --markdown');
  const corpus = options.flags.get('--corpus');
  const [article, pack] = await Promise.all([
    readArticleFile(file),
    loadCorpus(typeof corpus === 'string' ? corpus : undefined),
  ]);
  const language = articleLanguage(article);
  // Every analysis reads English; another language would get a report made of noise.
  if (!language.english)
    throw new InputError(`${file}: the article is ${language.name ? `in ${language.name}` : 'not in English'}; Crosscheck reads English articles only for now`);
  const report = buildReport(article, indexPack(pack));
  if (options.flags.has('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (options.flags.has('--markdown')) process.stdout.write(reportToMarkdown(report));
  else process.stdout.write(formatReport(report));
}

async function corpusBuild(options: Options): Promise<void> {
  const [sub, ...paths] = options.positional;
  if (sub !== 'build') throw new UsageError(sub ? `unknown corpus command "${sub}"` : 'corpus needs a command: build');
  const output = options.flags.get('-o') ?? options.flags.get('--output');
  if (typeof output !== 'string') throw new UsageError('corpus build needs -o PACK');
  if (paths.length === 0) throw new UsageError('corpus build needs at least one folder or file');
  const progress = process.stderr.isTTY
    ? (done: number, total: number) => process.stderr.write(`\r${bar(done, total)} ${done}/${total} files`)
    : undefined;
  const read = await readCorpusSources(paths, progress);
  if (progress) process.stderr.write('\n');
  for (const { file, reason } of read.skipped) process.stderr.write(`skipped ${file}: ${reason}\n`);
  process.stderr.write(`read ${read.filesRead} files: kept ${read.inputs.length} articles, skipped ${read.skipped.length}\n`);
  if (read.inputs.length === 0) throw new InputError('no usable articles: nothing written');
  const name = options.flags.get('--name');
  const stages = { analysing: 'articles analysed', neighbours: 'neighbour lists' };
  let shown = '';
  const building: BuildProgress | undefined = process.stderr.isTTY
    ? (stage, done, total) => {
        // Redrawn at most a hundred times per stage: a terminal write per article would dominate a small build.
        const line = `\r${bar(done, total)} ${Math.floor((done / total) * 100)}% ${stages[stage]}`;
        if (line === shown) return;
        if (shown && !shown.endsWith(stages[stage])) process.stderr.write('\n');
        process.stderr.write((shown = line));
      }
    : undefined;
  const pack = buildPack(typeof name === 'string' ? name : stemOf(output), read.inputs, building);
  if (building) process.stderr.write('\n');
  await writeFile(output, JSON.stringify(pack));
  process.stderr.write(`wrote ${output}\n`);
}

function bar(done: number, total: number): string {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
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
      process.stderr.write(`crosscheck: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      process.stderr.write(`crosscheck: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

declare const CROSSCHECK_VERSION: string;
const VERSION = typeof CROSSCHECK_VERSION === 'string' ? CROSSCHECK_VERSION : 'dev';
